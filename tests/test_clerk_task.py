"""The clerk's whole task in the window, on a 1366×768 screen, through the widgets only.

The province asks each district to nominate households for a housing programme; the clerk
sets up the programme, nominates from the household list, imports the TPMAP Logbook export
that checks them, puts them before ศจพ.อ. (agenda list, attendance, resolution), previews
the minutes, saves the cover letter and writes the package to a folder standing for the USB
stick. No service is called to do a step: the test clicks, types and reads the widgets, and
looks in the database and the files only to check what the steps did. On SQLite and on the
real PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import LogbookStatus, NominationStatus, ResolutionAction, ResolutionOutcome
from database.models import Household, Member, Nomination, Programme
from desktop.db import Database
from tests.pdf_text import pdf_text
from ui.casework.page import CaseworkPage
from ui.dialogs.cover_letter import CoverLetterPreviewDialog
from ui.dialogs.document_preview import DocumentPreviewDialog
from ui.main_window import MainWindow
from ui.meetings.roster import to_qdate
from ui.pages.households import HouseholdsPage
from ui.pages.logbook_import import LogbookImportDialog
from ui.pages.meetings import MeetingsPage
from ui.pages.submissions import SubmissionsPage

PROGRAMME = "โครงการบ้านมั่นคงชนบท ปี ๒๕๗๐"
NOMINEES = 3


def click(qtbot: QtBot, button: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from ui.widgets.overflow import OverflowRow

    row = button.parentWidget()
    if isinstance(row, OverflowRow) and isinstance(button, QAbstractButton):
        action = row.action_for(button)  # at 1366×768 it may be in the row's More menu
        if action is not None:
            assert action.isEnabled() and row.more.isVisibleTo(row.window()), button
            action.trigger()
            return
    assert button.isEnabled() and button.isVisibleTo(button.window()), button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def only(parent: QWidget, kind: type) -> object:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # dialogs closed earlier
    found = parent.findChildren(kind)
    assert len(found) == 1, found
    return found[0]


def logbook_export(path: Path, heads: list[tuple[str, str]]) -> Path:
    """The export Logbook gives: a title row, a header, one row per person found there."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ข้อมูลครัวเรือนจากระบบ TPMAP Logbook"])
    sheet.append(["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ-สกุล"])
    for index, (national_id, name) in enumerate(heads, 1):
        sheet.append([index, national_id, name])
    book.save(path)
    return path


def test_housing_nomination_task_through_the_window(
    window: MainWindow,
    demo_database: Database,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = demo_database
    assert window.width() <= 1366 and window.height() <= 768  # the office screen holds it
    today = dt.date.today()

    # 1. The programme, with its quota, on the casework page's programmes tab.
    casework = window.open_page(CaseworkPage)
    casework.tabs.setCurrentWidget(casework.programmes)
    programmes = casework.programmes
    programmes.name.setText(PROGRAMME)
    programmes.quota.setValue(NOMINEES)
    click(qtbot, programmes.add_button)
    with database.session() as session:
        programme_id = session.scalars(select(Programme.id).where(Programme.name == PROGRAMME)).one()

    # 2. Nominate from the household list: the first households whose heads have an ID and
    #    that Logbook has not checked yet, selected in the table.
    households = window.open_page(HouseholdsPage)
    with database.session() as session:
        heads = session.execute(
            select(Member.household_id, Member.national_id, Member.title, Member.first_name, Member.last_name)
            .join(Household, Household.id == Member.household_id)
            .where(Member.is_head, Member.national_id.is_not(None))
            .where(Household.logbook_status == LogbookStatus.NOT_CHECKED)
            .order_by(Member.household_id)
            .limit(NOMINEES)
        ).all()
    chosen = [h[0] for h in heads]
    assert len(chosen) == NOMINEES
    ids = households.model.ids()
    selection = households.table.selectionModel()
    selection.clearSelection()
    for household_id in chosen:
        index = households.model.index(ids.index(household_id), 0)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    click(qtbot, households.nominate_button)
    nominate = households.nominate_dialog
    nominate.programme.setCurrentIndex(nominate.programme.findData(programme_id))
    nominate.reason.setPlainText("บ้านทรุดโทรม หลังคารั่ว")
    click(qtbot, nominate.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def nominations() -> dict[int, NominationStatus]:
        with database.session() as session:
            rows = session.execute(
                select(Nomination.household_id, Nomination.status).where(
                    Nomination.programme_id == programme_id
                )
            ).all()
        return {household_id: status for household_id, status in rows}

    assert nominations() == dict.fromkeys(chosen, NominationStatus.NOMINATED)

    # 3. The TPMAP Logbook export, previewed then applied: the three are found.
    export = logbook_export(
        tmp_path / "logbook.xlsx", [(national_id or "", f"{t}{f} {s}") for _, national_id, t, f, s in heads]
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(export), ""))
    click(qtbot, households.logbook_button)
    logbook = only(households, LogbookImportDialog)
    assert isinstance(logbook, LogbookImportDialog)
    click(qtbot, logbook.choose_button)
    assert {r.household_id for r in logbook.found_model.rows} == set(chosen)
    click(qtbot, logbook.apply_button)
    with database.session() as session:
        statuses = set(session.scalars(select(Household.logbook_status).where(Household.id.in_(chosen))))
    assert statuses == {LogbookStatus.FOUND}
    #    … and the import marked each nomination checked in Logbook (it said so first).
    assert f"การเสนอชื่อ {NOMINEES} รายการเปลี่ยนเป็น" in logbook.summary.text()
    logbook.close()
    assert nominations() == dict.fromkeys(chosen, NominationStatus.CHECKED_IN_LOGBOOK)
    window.open_page(CaseworkPage)
    programmes.programme_list.setCurrentRow(
        next(
            r
            for r in range(programmes.programme_list.count())
            if PROGRAMME in programmes.programme_list.item(r).text()
        )
    )
    shown = {programmes.table.item(row, 3).text() for row in range(programmes.table.rowCount())}
    assert shown == {"ตรวจสอบใน Logbook แล้ว"}

    # 4. The meeting: details, an agenda item listing the programme's nominees.
    meetings = window.open_page(MeetingsPage)
    meetings.list.date.setDate(to_qdate(today + dt.timedelta(days=7)))
    click(qtbot, meetings.list.new_button)
    editor = meetings.editor
    assert editor.detail is not None
    meeting_id = editor.detail.id
    editor.venue.setText("ห้องประชุมที่ว่าการอำเภอเวียงทอง")
    click(qtbot, editor.save_details_button)
    editor.tabs.setCurrentIndex(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.new_title.setText("ขอความเห็นชอบรายชื่อครัวเรือนเข้าร่วม" + PROGRAMME)
    click(qtbot, editor.add_item_button)
    item_id = editor.tree.current_id()
    panel = editor.item_panel
    panel.kind.setCurrentIndex(panel.kind.findData("nominations"))
    panel.ref.setCurrentIndex(panel.ref.findData(str(programme_id)))
    click(qtbot, panel.build_button)
    assert panel.households.rowCount() == NOMINEES
    click(qtbot, editor.send_button)
    click(qtbot, editor.held_button)

    # 5. Attendance as it stands (everyone present), the quorum holds.
    editor.tabs.setCurrentIndex(2)
    click(qtbot, editor.attendance.save_button)
    assert "ครบองค์ประชุม" in editor.attendance.quorum_label.text()

    # 6. The resolution approving the nominees, applied to the households.
    editor.tabs.setCurrentIndex(3)
    minutes = editor.minutes
    minutes.select_item(item_id)
    minutes.discussion.setPlainText("ฝ่ายเลขานุการฯ เสนอรายชื่อครัวเรือนที่ผ่านการตรวจสอบใน TPMAP Logbook แล้ว")
    click(qtbot, minutes.save_button)
    resolution = minutes.resolutions
    resolution.outcome.setCurrentIndex(resolution.outcome.findData(ResolutionOutcome.APPROVED))
    resolution.action.setCurrentIndex(resolution.action.findData(ResolutionAction.APPROVE_NOMINATION))
    resolution.programme.setCurrentIndex(resolution.programme.findData(programme_id))
    click(qtbot, resolution.new_button)
    click(qtbot, resolution.apply_button)
    box = QApplication.activeModalWidget()
    assert not isinstance(box, QMessageBox), (
        box.text() if isinstance(box, QMessageBox) else ""
    )  # checked: no question
    assert nominations() == dict.fromkeys(chosen, NominationStatus.APPROVED)

    # 7. The minutes previewed: rendered pages naming the programme and the resolution.
    printing = editor.printing
    printing.open_in_viewer = False
    click(qtbot, printing.preview_buttons["minutes"])
    preview = only(printing, DocumentPreviewDialog)
    assert isinstance(preview, DocumentPreviewDialog) and len(preview.pages) >= 1
    preview.close()
    click(qtbot, printing.buttons["minutes"])
    assert printing.last_path is not None
    minutes_text = pdf_text(printing.last_path)
    assert "รายงานการประชุม" in minutes_text and "ที่ประชุมมีมติเห็นชอบ" in minutes_text

    # 8. The cover letter: previewed without a number, saved with one.
    click(qtbot, printing.cover_button)
    cover = only(printing, CoverLetterPreviewDialog)
    assert isinstance(cover, CoverLetterPreviewDialog)
    assert "ที่ พย ๐๗๑๙/........" in pdf_text(cover.pdf)
    saved = cover.save(".pdf", tmp_path / "หนังสือนำส่ง.pdf")
    assert saved is not None and "ที่ พย ๐๗๑๙/" in pdf_text(saved)
    cover.close()

    # 9. The package for the province, written to the folder standing for the USB stick.
    submissions = window.open_page(SubmissionsPage)
    submissions.meeting.setCurrentIndex(submissions.meeting.findData(meeting_id))
    click(qtbot, submissions.build_button)
    assert submissions.package is not None
    stick = tmp_path / "STICK"
    stick.mkdir()
    submissions.target.setText(str(stick))
    click(qtbot, submissions.usb_button)
    written = list(stick.iterdir())
    assert [p.name for p in written] == [submissions.package.path.name]
    with zipfile.ZipFile(written[0]) as package:
        names = package.namelist()
    assert "manifest.json" in names and any(n.endswith(".pdf") for n in names)
