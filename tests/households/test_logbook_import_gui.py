"""นำเข้าผล Logbook… on the household page (issue #19): choose the export, see who is found and
who is not, apply in one transaction; a hostile file is refused in one sentence; Cancel
leaves the register as it was. Driven through the real widgets, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import LogbookStatus, NominationStatus
from database.models import AuditEntry, Household, Member, Nomination, Programme
from desktop.casework import ops as casework
from desktop.db import Database
from desktop.households import reconcile
from desktop.progress import Progress
from desktop.settings import Settings
from tests.households.files import write_xlsx, zip_bomb
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.pages.households import HouseholdsPage
from ui.pages.logbook_import import LogbookImportDialog


@pytest.fixture
def page(qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[HouseholdsPage]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    install_translators(create_application(), "th")
    widget = HouseholdsPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.activate()
    yield widget


def statuses(database: Database) -> dict[int, LogbookStatus]:
    with database.session() as session:
        return dict(session.execute(select(Household.id, Household.logbook_status)).all())  # type: ignore[arg-type]


def logbook_export(database: Database, path: Path, count: int) -> tuple[Path, set[int]]:
    """An export as Logbook writes it: a title row, then the heads of the first `count`
    households by national ID (one by name only), and one person the register does not know."""
    with database.session() as session:
        heads = session.execute(
            select(Member.household_id, Member.national_id, Member.title, Member.first_name, Member.last_name)
            .where(Member.is_head, Member.national_id.is_not(None))
            .order_by(Member.household_id)
            .limit(count)
        ).all()
    rows: list[list[object]] = [["ข้อมูลครัวเรือนจากระบบ TPMAP Logbook"], ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ-สกุล"]]
    for index, (_, national_id, title, first, last) in enumerate(heads, 1):
        rows.append([index, national_id if index > 1 else "", f"{title}{first} {last}"])
    rows.append([len(heads) + 1, "", "นายไม่มี ในทะเบียน"])
    return write_xlsx(path, rows), {h[0] for h in heads}


def open_dialog(
    qtbot: QtBot, page: HouseholdsPage, monkeypatch: pytest.MonkeyPatch, path: Path
) -> LogbookImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path), ""))
    qtbot.mouseClick(page.logbook_button, Qt.MouseButton.LeftButton)
    dialogs = page.findChildren(LogbookImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def test_preview_then_apply_marks_found_and_not_found(
    qtbot: QtBot,
    page: HouseholdsPage,
    demo_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    before = statuses(demo_database)
    path, found = logbook_export(demo_database, tmp_path / "logbook-export.xlsx", 12)
    dialog = open_dialog(qtbot, page, monkeypatch, path)

    # The preview: counts and rows, nothing written yet.
    assert dialog.apply_button.isEnabled() and not dialog.error.isVisible()
    assert dialog.found_model.rowCount() == 12
    assert dialog.not_found_model.rowCount() == len(before) - 12
    assert dialog.unmatched_model.rowCount() == 1
    assert "พบใน Logbook 12 ครัวเรือน" in dialog.summary.text()
    assert dialog.tabs.tabText(0).endswith("(12)") and dialog.tabs.tabText(2).endswith("(1)")
    assert {r.household_id for r in dialog.found_model.rows} == found
    row = dialog.found_model.rows[0]
    assert dialog.found_model.data(dialog.found_model.index(0, 3)) in ("พบในระบบ", "บันทึกแล้ว")
    assert row.head and row.address
    assert statuses(demo_database) == before

    # Apply: one transaction; the entered stay entered, the rest become found / not found.
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    after = statuses(demo_database)
    for household_id, status in after.items():
        if household_id in found:
            expected = (
                LogbookStatus.ENTERED
                if before[household_id] == LogbookStatus.ENTERED
                else LogbookStatus.FOUND
            )
        else:
            expected = LogbookStatus.NOT_FOUND
        assert status == expected, household_id
    assert dialog.applied is not None and dialog.applied.found == 12
    assert not dialog.apply_button.isEnabled()
    with demo_database.session() as session:
        summaries = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.summary.contains("logbook-export"))
        ).all()
    assert any("นำเข้าผล Logbook" in s for s in summaries)
    # The household list shows the new statuses (the page heard the change).
    page.logbook_combo.setCurrentIndex(page.logbook_combo.findData(LogbookStatus.FOUND))
    qtbot.waitUntil(
        lambda: page.model.rowCount() == sum(1 for s in after.values() if s == LogbookStatus.FOUND)
    )


def test_hostile_file_is_refused_in_one_sentence(
    qtbot: QtBot,
    page: HouseholdsPage,
    demo_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    before = statuses(demo_database)
    dialog = open_dialog(qtbot, page, monkeypatch, zip_bomb(tmp_path / "logbook-bomb.xlsx"))
    assert dialog.error.isVisible() and "logbook-bomb.xlsx" in dialog.error.text()
    assert len(dialog.error.text().splitlines()) == 1 and not dialog.apply_button.isEnabled()
    assert statuses(demo_database) == before


def test_cancel_while_writing_leaves_the_register_as_it_was(
    qtbot: QtBot,
    page: HouseholdsPage,
    demo_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    before = statuses(demo_database)
    path, _ = logbook_export(demo_database, tmp_path / "logbook.xlsx", 5)
    dialog = open_dialog(qtbot, page, monkeypatch, path)
    writing = reconcile.apply

    def cancelled_at_the_end(*args: object, **kwargs: object) -> object:
        # The clerk presses Cancel while the statuses are being written: the last progress
        # call, after the UPDATE, raises Cancelled like the real dialog's Cancel does.
        progress = kwargs.get("progress") or args[3]
        assert isinstance(progress, Progress)
        progress.is_cancelled = lambda: True
        return writing(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reconcile, "apply", cancelled_at_the_end)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "ยกเลิก" in dialog.summary.text() and dialog.applied is None
    assert dialog.apply_button.isEnabled()
    assert statuses(demo_database) == before


def test_apply_marks_the_open_nominations_of_households_found(
    qtbot: QtBot,
    page: HouseholdsPage,
    demo_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The export found a nominee's household: its nomination is checked in Logbook too, as the
    clerk's check on the programme's list would do; a nominee the export missed stays nominated."""
    path, found = logbook_export(demo_database, tmp_path / "logbook-nominees.xlsx", 8)
    missed = max(statuses(demo_database).keys() - found)
    with demo_database.session() as session:
        programme_id = session.scalars(select(Programme.id).order_by(Programme.id)).first()
    assert programme_id is not None
    casework.nominate_households(demo_database, programme_id, [*sorted(found)[:3], missed], "บ้านทรุดโทรม")

    def open_nominations() -> dict[int, tuple[int, NominationStatus, int]]:
        with demo_database.session() as session:
            rows = session.execute(
                select(Nomination.id, Nomination.household_id, Nomination.status, Nomination.version).where(
                    Nomination.status.in_((NominationStatus.NOMINATED, NominationStatus.CHECKED_IN_LOGBOOK))
                )
            ).all()
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    before = open_nominations()
    to_check = {nid for nid, (hid, status, _) in before.items() if hid in found and status == "nominated"}
    assert len(to_check) >= 3
    dialog = open_dialog(qtbot, page, monkeypatch, path)
    assert f"การเสนอชื่อ {len(to_check)} รายการจะเปลี่ยนเป็น “ตรวจสอบใน Logbook แล้ว”" in dialog.summary.text()
    assert open_nominations() == before  # the preview writes nothing

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    after = open_nominations()
    for nid, (hid, status, version) in before.items():
        if nid in to_check:
            assert after[nid] == (hid, NominationStatus.CHECKED_IN_LOGBOOK, version + 1)
        else:
            assert after[nid] == (hid, status, version)  # the missed household's nominee too
    assert any(hid == missed and status == NominationStatus.NOMINATED for hid, status, _ in after.values())
    assert dialog.applied is not None and sorted(dialog.applied.nominations_checked) == sorted(to_check)
    assert f"การเสนอชื่อ {len(to_check)} รายการเปลี่ยนเป็น" in dialog.summary.text()
    with demo_database.session() as session:
        checked_on = set(session.scalars(select(Nomination.checked_on).where(Nomination.id.in_(to_check))))
        audited = {
            entity_id
            for entity_id, after_value in session.execute(
                select(AuditEntry.entity_id, AuditEntry.after).where(
                    AuditEntry.entity == "nomination",
                    AuditEntry.field == "status",
                    AuditEntry.summary.contains("logbook-nominees.xlsx"),
                )
            )
            if after_value == "checked_in_logbook"
        }
    assert checked_on == {dt.date.today()} and audited == to_check
