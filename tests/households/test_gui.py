from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from database.models import AuditEntry, Household, Member
from desktop.db import Database
from desktop.settings import Settings
from tests.households.files import bad_check_digit, make_id, messy_rows, write_xlsx
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.pages import household_model
from ui.pages.household_detail import HouseholdDialog
from ui.pages.household_model import NAME, HouseholdTableModel
from ui.pages.households import HouseholdsPage


@pytest.fixture(autouse=True)
def synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)


@pytest.fixture
def page(qtbot: QtBot, demo_database: Database) -> HouseholdsPage:
    install_translators(create_application(), "th")
    widget = HouseholdsPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activate()
    return widget


def test_model_passes_qmodeltester(qtmodeltester, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    model = HouseholdTableModel(demo_database)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.set_search("นาย")
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_keep_their_own_values_after_a_search_moves_them(
    monkeypatch: pytest.MonkeyPatch, demo_database: Database
) -> None:
    monkeypatch.setattr(household_model, "BLOCK", 5)  # the demo's 64 households span 13 blocks
    model = HouseholdTableModel(demo_database)
    model.reload()
    names = {model.household_id(r): model.data(model.index(r, NAME)) for r in range(model.rowCount())}
    assert None not in names.values()
    far_down = model.household_id(40)
    model.set_search(str(model.data(model.index(40, NAME))).split()[-1])  # its head's surname
    assert far_down in model.ids() and model.rowCount() < len(names)
    shown = {model.household_id(r): model.data(model.index(r, NAME)) for r in range(model.rowCount())}
    assert shown == {household_id: names[household_id] for household_id in shown}


def test_filter_search_sort_and_selection(
    page: HouseholdsPage, qtbot: QtBot, demo_database: Database
) -> None:
    total = page.model.rowCount()
    with demo_database.session() as session:
        in_group_1 = session.scalar(
            select(func.count()).select_from(Household).where(Household.target_group == 1)
        )
        some = session.scalars(select(Member).where(Member.national_id.is_not(None))).first()
        assert some is not None
        first_name, national_id, household_id = some.first_name, some.national_id, some.household_id
    page.group_combo.setCurrentIndex(page.group_combo.findData(1))
    assert page.model.rowCount() == in_group_1 < total
    page.group_combo.setCurrentIndex(0)
    assert page.model.rowCount() == total
    qtbot.keyClicks(page.search_edit, national_id[:9])
    assert household_id in page.model.ids()
    assert page.model.rowCount() < total
    page.search_edit.clear()
    page.search_edit.setText(first_name)  # Thai: setText, QTest cannot type it
    assert household_id in page.model.ids()
    assert "แสดง" in page.count_label.text()
    page.search_edit.clear()
    page.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)  # income
    incomes = [page.model.data(page.model.index(r, 7)) for r in range(page.model.rowCount())]
    numbers = [int(v.replace(",", "")) for v in incomes if v]
    assert numbers == sorted(numbers, reverse=True)
    page.table.selectRow(0)
    assert "เลือกไว้ 1" in page.count_label.text()


def test_export_of_filtered_list(page: HouseholdsPage, tmp_path: Path) -> None:
    page.group_combo.setCurrentIndex(page.group_combo.findData(4))
    shown = page.model.rowCount()
    page.export(tmp_path / "group4.xlsx")
    assert page.last_export_count == shown
    rows = list(load_workbook(tmp_path / "group4.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == shown and all(str(r[10]).startswith("4") for r in rows)


def test_import_dialog_preview_then_import(page: HouseholdsPage, qtbot: QtBot, tmp_path: Path) -> None:
    before = page.model.total()
    rows = messy_rows()
    rows[5][2] = bad_check_digit(2)
    path = write_xlsx(tmp_path / "messy.xlsx", rows)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    assert dialog.mapping is not None and dialog.preview_button.isEnabled()
    assert dialog.mapping_combo(2).currentData() == "national_id"
    dialog.preview_button.click()
    assert dialog.import_result is not None and dialog.import_result.refused
    assert dialog.problems_table.rowCount() == 1 and dialog.problems_table.item(0, 0).text() == "6"
    dialog.skip_check.setChecked(True)
    dialog.mapping_name_edit.setText("แบบตำบล")
    dialog.save_mapping_button.click()
    assert dialog.saved_combo.findData("แบบตำบล") >= 0
    dialog.import_button.click()
    assert dialog.import_result is not None and dialog.import_result.written
    assert page.model.total() == before + 2  # สมชาย and กานดา: a household each; มาลี was rejected


def test_import_dialog_maps_a_later_sheet_from_its_top_rows_only(
    page: HouseholdsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook of three sheets, the list on the second: choosing that sheet maps its
    columns from its top rows (no whole-sheet read), the preview then reads it once."""
    from openpyxl import Workbook

    from desktop.households.importing import reader, service

    whole_reads: list[str | None] = []
    read_table = reader.read_table

    def counted(path: Path, sheet: str | None = None, streaming: bool = False) -> reader.Table:
        whole_reads.append(sheet)
        return read_table(path, sheet, streaming)

    monkeypatch.setattr(service, "read_table", counted)  # the preview's read
    monkeypatch.setattr(reader, "read_table", counted)  # a top-rows read that fell back to the whole
    workbook = Workbook()
    workbook.active.title = "สรุป"
    workbook.active.append(["สรุปรายตำบล"])
    sheet = workbook.create_sheet("ครัวเรือน")
    sheet.append(["บัญชีครัวเรือนเป้าหมาย"])
    sheet.append(["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "หมู่", "ตำบล", "รายได้"])
    for n in range(400):
        sheet.append([n + 1, f"นายคน{n} ดี", make_id(9000 + n), str(n + 1), 2, "ทุ่งทอง", 1000 + n])
    workbook.create_sheet("หมายเหตุ").append(["ไม่มี"])
    path = tmp_path / "three-sheets.xlsx"
    workbook.save(path)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    names = [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())]
    assert names == ["สรุป", "ครัวเรือน", "หมายเหตุ"]
    dialog.sheet_combo.setCurrentIndex(1)
    assert dialog.mapping is not None and dialog.mapping.header_row == 1
    assert dialog.mapping_combo(2).currentData() == "national_id"
    assert "ครัวเรือน" not in whole_reads  # its mapping came from its top rows only
    # (the first sheet, one row long, was read whole when the file was chosen: it is all top)
    dialog.preview_button.click()
    assert dialog.import_result is not None and dialog.import_result.parsed.rows_read == 400
    assert whole_reads.count("ครัวเรือน") == 1  # the one whole read, by the preview


def test_import_dialog_lists_pairs_and_the_clerk_merges_one(
    page: HouseholdsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview names the shape and lists same-address rows side by side; the clerk ticks
    one pair, and Import writes the preview's rows (the file is not read again)."""
    from desktop.households.importing import service
    from desktop.households.importing.grouping import Shape

    before = page.model.total()
    rows = [["ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "หมู่", "ตำบล"]]
    rows += [[f"นายหัว{n} ดี", make_id(700 + n), str(n % 3 + 1), 4, "ทุ่งทอง"] for n in range(6)]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    dialog.preview_button.click()
    result = dialog.import_result
    assert result is not None and not result.written
    shape_text = dialog.shape_combo.itemText(0)
    assert Shape.PER_HOUSEHOLD.th() in shape_text or Shape.PER_HOUSEHOLD.en() in shape_text
    assert dialog.pairs_table.rowCount() == 3 and dialog.result_tabs.currentIndex() == 2
    assert (dialog.pairs_table.item(0, 1).text(), dialog.pairs_table.item(0, 4).text()) == ("2", "5")
    reads: list[object] = []
    original = service._read
    monkeypatch.setattr(service, "_read", lambda *args: reads.append(args) or original(*args))
    dialog.shape_combo.setCurrentIndex(dialog.shape_combo.findData("person"))  # the clerk's shape
    dialog.preview_button.click()
    per_person = dialog.import_result
    assert per_person is not None and per_person.shape.chosen_by_clerk
    assert len(per_person.plan.new_households) == 3 and dialog.pairs_table.rowCount() == 0
    dialog.shape_combo.setCurrentIndex(0)
    dialog.preview_button.click()
    assert dialog.pairs_table.rowCount() == 3
    dialog.set_pair_merged(0, True)
    dialog.import_button.click()
    assert reads == []  # neither the later previews nor Import read the file again
    written = dialog.import_result
    assert written is not None and written.written and written.plan.merged_pairs == 1
    assert page.model.total() == before + 5


def test_member_edit_with_validation_and_history(
    page: HouseholdsPage, qtbot: QtBot, demo_database: Database
) -> None:
    household_id = page.model.household_id(0)
    dialog = HouseholdDialog(demo_database, household_id, page)
    qtbot.addWidget(dialog)
    members_before = len(dialog.data.members)
    member_dialog = dialog.add_member()
    member_dialog.first_edit.setText("ทดสอบ")
    member_dialog.last_edit.setText("ระบบดี")
    member_dialog.id_edit.setText(bad_check_digit(77))
    member_dialog.save()
    assert "เลขตรวจสอบ" in member_dialog.error_label.text()
    assert member_dialog.isVisible()
    member_dialog.id_edit.setText(make_id(77))
    member_dialog.save()
    assert not member_dialog.isVisible()
    assert len(dialog.data.members) == members_before + 1
    dialog.members_table.selectRow(members_before)
    editor = dialog.edit_member()
    assert editor is not None
    editor.age_spin.setValue(70)
    editor.save()
    dialog.fields["house_no"].setText("999/9")
    dialog.save_button.click()
    dialog.tabs.setCurrentIndex(2)
    texts = [dialog.history_table.item(r, 3).text() for r in range(dialog.history_table.rowCount())]
    assert any("อายุ" in t for t in texts) and "บ้านเลขที่" in texts
    dialog.members_table.selectRow(members_before)
    dialog.remove_selected(confirm=False)
    assert len(dialog.data.members) == members_before
    with demo_database.session() as session:
        assert session.get(Household, household_id).house_no == "999/9"  # type: ignore[union-attr]
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "household", AuditEntry.entity_id == household_id)
        ).all()
        assert any(isinstance(e.after, dict) and e.after.get("house_no") == "999/9" for e in entries)
        assert "member" in [e.field for e in entries]
    page.refresh()
    page.search_edit.setText("999/9")
    assert page.model.ids() == [household_id]
