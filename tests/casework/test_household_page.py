"""Issue #19, item 3 (household part): a household's casework from the register, nominating
from the list, the household picker, the Logbook check and the question before approving a
nominee not in Logbook, and the nominations export — through the real widgets."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import LogbookStatus, NominationStatus, ResolutionAction, ResolutionOutcome
from database.models import Analysis, Household, Member, Nomination, Programme, Resolution
from desktop.casework import ops
from desktop.casework.ops import AnalysisEdit
from desktop.casework.programmes import UncheckedNomineeError
from desktop.db import Database
from desktop.meetings import ops as meeting_ops
from desktop.settings import Settings
from desktop.thai import format_national_id
from tests.two_clerks import answer_conflict
from ui import workers
from ui.app import create_application
from ui.casework.forms import AnalysisForm
from ui.casework.nominate import HouseholdPicker
from ui.casework.page import CaseworkPage
from ui.casework.plan import ActivityForm, PlanEditor
from ui.dialogs.conflict import ConflictDialog
from ui.i18n import install_translators
from ui.pages.household_detail import HouseholdDialog
from ui.pages.households import HouseholdsPage


@pytest.fixture(autouse=True)
def thai_and_synchronous(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    install_translators(create_application(), "th")
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    yield


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("AMPHOE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def households(qtbot: QtBot, demo_database: Database) -> HouseholdsPage:
    page = HouseholdsPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activate()
    return page


def _select_rows(page: HouseholdsPage, household_ids: list[int]) -> None:
    ids = page.model.ids()
    selection = page.table.selectionModel()
    selection.clearSelection()
    for hid in household_ids:
        index = page.model.index(ids.index(hid), 0)
        page.table.scrollTo(index)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, flags)


def test_household_page_has_its_casework_tabs_first_analysis_and_edit(
    qtbot: QtBot, demo_database: Database, households: HouseholdsPage
) -> None:
    with demo_database.session() as session:
        hid = session.scalars(
            select(Household.id)
            .where(Household.id.not_in(select(Analysis.household_id)))
            .order_by(Household.id)
        ).first()
        assert hid is not None
    _select_rows(households, [hid])
    rect = households.table.visualRect(households.table.selectionModel().selectedRows()[0])
    qtbot.mouseClick(households.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(households.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = households.findChildren(HouseholdDialog)[-1]
    assert dialog.isVisible() and dialog.household_id == hid
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:2] == ["ที่อยู่และกลุ่มเป้าหมาย", "สมาชิก"]
    assert titles[2:6] == ["วิเคราะห์ ๔ ท", "แผนครัวเรือน", "การช่วยเหลือ", "โครงการพิเศษ"], titles
    assert isinstance(dialog.tabs.widget(3), PlanEditor) and isinstance(dialog.tabs.widget(4), ActivityForm)

    # The first analysis of a household on no casework queue.
    form = dialog.tabs.widget(2)
    assert isinstance(form, AnalysisForm)
    dialog.tabs.setCurrentWidget(form)
    form.recorded_by.setText("นางสาวพรทิพย์ วงค์คำ")
    form.attitude.setPlainText("อยากพึ่งพาตนเอง")
    form.skills.setPlainText("จักสานไม้ไผ่")
    form.resources.setPlainText("ที่ดิน ๓ ไร่")
    form.way_out.setPlainText("เข้ากลุ่มอาชีพจักสาน")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    assert form.history.count() == 1
    _shot(dialog, "household-page-analysis")

    # Edit it: only the changed field is sent, with the version loaded.
    form.history.setCurrentRow(0)
    assert form.loaded is not None and form.way_out.toPlainText() == "เข้ากลุ่มอาชีพจักสาน"
    loaded = form.loaded
    # Another clerk changes another field of the same analysis meanwhile.
    ops.update_analysis(demo_database, AnalysisEdit(loaded.id, loaded.version, {"skills": "ทอผ้า"}))
    form.way_out.setPlainText("เข้ากลุ่มอาชีพจักสานและขายออนไลน์")
    seen: list[ConflictDialog] = []
    answer_conflict("keep_mine_button", seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen, "a stale edit must open the conflict dialog"
    with demo_database.session() as session:
        row = session.scalars(select(Analysis).where(Analysis.household_id == hid)).one()
        assert (row.way_out, row.skills) == ("เข้ากลุ่มอาชีพจักสานและขายออนไลน์", "ทอผ้า")
        assert row.version == loaded.version + 2
    assert form.loaded is not None and form.loaded.version == loaded.version + 2

    # The programmes tab: the household's nominations and Nominate….
    tab = dialog.casework.nominations
    dialog.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 0
    nominate = tab.nominate()
    nominate.reason.setPlainText("บ้านพักอาศัยไม่มั่นคงถาวร")
    qtbot.mouseClick(nominate.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not nominate.isVisible()
    programme_id = nominate.programme.currentData()
    with demo_database.session() as session:
        status = session.scalar(
            select(Nomination.status).where(
                Nomination.household_id == hid, Nomination.programme_id == programme_id
            )
        )
    assert status == NominationStatus.NOMINATED
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "เสนอชื่อแล้ว"
    _shot(dialog, "household-page-programmes")
    dialog.close()  # a closed household page no longer reads the database when others change it


def test_nominate_the_selected_households_from_the_list(
    qtbot: QtBot, demo_database: Database, households: HouseholdsPage
) -> None:
    with demo_database.session() as session:
        programme = session.scalars(
            select(Programme).where(Programme.quota == 3)
        ).one()  # the demo's livelihood
        already = session.scalars(
            select(Nomination.household_id).where(Nomination.programme_id == programme.id)
        ).first()
        nominated = select(Nomination.household_id).where(Nomination.programme_id == programme.id)
        fresh = session.scalars(
            select(Household.id).where(Household.id.not_in(nominated)).order_by(Household.id).limit(2)
        ).all()
        programme_id = programme.id
    assert already is not None and len(fresh) == 2
    assert households.nominate_selected() is None  # nothing selected: says so
    assert households.count_label.text() == "โปรดเลือกครัวเรือนที่จะเสนอชื่อก่อน"
    _select_rows(households, [*fresh, already])
    qtbot.mouseClick(households.nominate_button, Qt.MouseButton.LeftButton)
    dialog = households.nominate_dialog
    dialog.programme.setCurrentIndex(dialog.programme.findData(programme_id))
    dialog.reason.setPlainText("ตกเกณฑ์ด้านรายได้")
    _shot(dialog, "nominate-dialog")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with demo_database.session() as session:
        rows = session.scalars(select(Nomination).where(Nomination.programme_id == programme_id)).all()
        reasons = {n.household_id: n.reason for n in rows}
    assert reasons[fresh[0]] == reasons[fresh[1]] == "ตกเกณฑ์ด้านรายได้"
    assert reasons[already] != "ตกเกณฑ์ด้านรายได้"  # left as it was, and named back
    assert "เสนอชื่อ 2 ครัวเรือน" in households.count_label.text()
    assert "เสนอชื่อไว้แล้ว" in households.count_label.text()


def test_picker_logbook_check_confirmed_approval_and_export(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.session() as session:
        head = session.scalars(
            select(Member)
            .join(Household)
            .where(
                Member.is_head,
                Member.national_id.is_not(None),
                Household.logbook_status == LogbookStatus.NOT_CHECKED,
            )
            .order_by(Member.id)
        ).first()
        assert head is not None
        hid, national_id, full_name = head.household_id, head.national_id or "", head.first_name
        house_no = head.household.house_no
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.activate()
    page.tabs.setCurrentWidget(page.programmes)
    tab = page.programmes
    tab.name.setText("โครงการบ้านมั่นคงชนบท")
    tab.quota.setValue(2)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)

    # The picker: no database id anywhere; an ID with dashes, a name, a house number.
    picker = tab.open_picker()
    assert isinstance(picker, HouseholdPicker)
    qtbot.keyClicks(picker.search_edit, format_national_id(national_id))
    picker.search_now()
    assert [r.id for r in picker.rows] == [hid]
    picker.search_edit.setText(f"{full_name} {house_no}")
    picker.search_now()
    assert hid in [r.id for r in picker.rows]
    texts = [picker.table.item(r, 0).text() for r in range(picker.table.rowCount())]
    assert any(full_name in t for t in texts)
    assert picker.table.item(0, 4).text()  # the target group is shown
    picker.search_edit.setText("ไม่มีชื่อนี้ในทะเบียนแน่นอน")
    picker.search_now()
    assert picker.rows == [] and picker.table.rowCount() == 0
    picker.search_edit.setText(format_national_id(national_id))
    picker.search_now()
    _shot(picker, "household-picker")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # to the list, not yet chosen
    assert picker.isVisible() and tab.picked == []
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert not picker.isVisible() and [r.id for r in tab.picked] == [hid]
    tab.reason.setText("หลังคารั่ว ผนังไม้ผุ")
    qtbot.mouseClick(tab.nominate_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1 and not tab.error.isVisible()

    # Checked in Logbook: the household's Logbook status follows, in the same operation.
    tab.table.selectRow(0)
    tab.step_on.setDate(dt.date.today() - dt.timedelta(days=1))
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        household = session.get(Household, hid)
        assert household is not None
        assert household.logbook_status == LogbookStatus.FOUND
        assert household.logbook_status_on == dt.date.today() - dt.timedelta(days=1)
        # … and later the household is back to "not checked" (an older check, a correction)
        household.logbook_status = LogbookStatus.NOT_CHECKED
        session.commit()

    # Approving it asks first; No leaves it, Yes approves.
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert box.isVisible() and "ยังไม่ตรวจสอบ" in box.text()
    _shot(box, "approve-unchecked-question")
    box.button(QMessageBox.StandardButton.No).click()
    with demo_database.session() as session:
        status = session.scalars(select(Nomination.status).where(Nomination.household_id == hid)).all()
    assert NominationStatus.APPROVED not in status
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    tab.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    with demo_database.session() as session:
        nomination = session.scalars(
            select(Nomination).where(
                Nomination.household_id == hid, Nomination.status == NominationStatus.APPROVED
            )
        ).one()
        assert nomination.resolution_id == tab.resolution.currentData()

    # The nominations list exported as the CLI writes it.
    out = tmp_path / "รายชื่อ.xlsx"
    tab.export(out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any(full_name in v for v in values) and "ที่ประชุมเห็นชอบแล้ว" in values
    assert tab.last_export == (1, out) and str(out) in tab.export_status.text()


def test_a_resolution_approves_a_nominee_not_found_in_logbook_only_when_confirmed(
    demo_database: Database,
) -> None:
    """The meetings path: the demo's applied approval undone, its nominee then not found in
    Logbook; applying again refuses with the question's sentence until confirmed."""
    with demo_database.session() as session:
        resolution_id = session.scalars(
            select(Resolution.id).where(Resolution.action == ResolutionAction.APPROVE_NOMINATION)
        ).one()
    meeting_ops.undo_resolution(demo_database, resolution_id)
    with demo_database.session() as session:
        nomination = session.scalars(
            select(Nomination)
            .where(Nomination.status == NominationStatus.CHECKED_IN_LOGBOOK)
            .join(Programme)
            .where(Programme.quota == 1)
        ).one()
        household = session.get(Household, nomination.household_id)
        assert household is not None
        household.logbook_status = LogbookStatus.NOT_FOUND
        session.commit()
    with pytest.raises(UncheckedNomineeError) as refused:
        meeting_ops.apply_resolution(demo_database, resolution_id)
    assert "ไม่พบในระบบ" in refused.value.th and "not found" in refused.value.en
    assert meeting_ops.apply_resolution(demo_database, resolution_id, confirm_unchecked=True).value == 1


def test_meeting_resolution_asks_before_approving_a_nominee_not_checked_in_logbook(
    qtbot: QtBot, demo_database: Database
) -> None:
    """Through the meetings window: a resolution approving a programme's nominees whose
    household is still not checked in Logbook asks Yes/No; No writes nothing, Yes applies."""
    from desktop.casework import programmes
    from tests.conftest import click
    from tests.meetings.conftest import new_meeting
    from ui.main_window import MainWindow
    from ui.pages.meetings import MeetingsPage

    with demo_database.session() as session:
        programme = Programme(name="โครงการซ่อมแซมบ้านผู้สูงอายุ", quota=None)
        session.add(programme)
        session.flush()
        hid = session.scalars(select(Household.id).order_by(Household.id.desc())).first()
        assert hid is not None
        nomination = programmes.nominate(session, programme.id, hid, "ผู้สูงอายุอยู่ลำพัง หลังคารั่ว")
        programmes.check_in_logbook(session, nomination.id, dt.date(2024, 9, 3))
        session.get(Household, hid).logbook_status = LogbookStatus.NOT_CHECKED  # type: ignore[union-attr]
        session.commit()
        programme_id = programme.id
    window = MainWindow(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.open_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    editor = page.editor
    new_meeting(qtbot, page, dt.date(2024, 10, 15))
    editor.tabs.setCurrentIndex(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.new_title.setText("ขอความเห็นชอบครัวเรือนเข้าร่วมโครงการซ่อมแซมบ้านผู้สูงอายุ")
    click(qtbot, editor.add_item_button)
    item_id = editor.tree.current_id()
    panel = editor.item_panel
    panel.kind.setCurrentIndex(panel.kind.findData("nominations"))
    panel.ref.setCurrentIndex(panel.ref.findData(str(programme_id)))
    click(qtbot, panel.build_button)
    click(qtbot, editor.held_button)
    editor.tabs.setCurrentIndex(3)
    editor.minutes.select_item(item_id)  # type: ignore[arg-type]
    resolution = editor.minutes.resolutions
    resolution.outcome.setCurrentIndex(resolution.outcome.findData(ResolutionOutcome.APPROVED))
    resolution.action.setCurrentIndex(resolution.action.findData(ResolutionAction.APPROVE_NOMINATION))
    resolution.programme.setCurrentIndex(resolution.programme.findData(programme_id))
    click(qtbot, resolution.new_button)

    def status() -> NominationStatus:
        with demo_database.session() as session:
            return session.scalars(
                select(Nomination.status).where(Nomination.programme_id == programme_id)
            ).one()

    click(qtbot, resolution.apply_button)
    box = resolution.confirm_box
    assert box.isVisible() and "ยังไม่ตรวจสอบ" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert status() == NominationStatus.CHECKED_IN_LOGBOOK
    click(qtbot, resolution.apply_button)
    resolution.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert status() == NominationStatus.APPROVED
