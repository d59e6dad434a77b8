"""The cover letter alone, from the window: previewed without taking a number, numbered when
saved or printed (the same operation as `letters cover`); voiding a letter number with its
reason; and a meeting with no venue, whose cover letter reads right and whose package and
cover letter name the empty field before going ahead (issue #19)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import AuditEntry, Meeting, OutgoingLetter
from desktop.cli import main
from desktop.db import Database
from desktop.errors import UserError
from desktop.safety.conflicts import ConflictError
from desktop.submissions import ops
from tests.conftest import click
from tests.pdf_text import pdf_text
from tests.submissions.conftest import demo_meeting_id, zip_member
from ui.dialogs.cover_letter import CoverLetterPreviewDialog
from ui.dialogs.void_letter import VoidLetterDialog
from ui.main_window import MainWindow
from ui.meetings.printing import PrintBar
from ui.pages.letters import LettersPage
from ui.pages.meetings import MeetingsPage
from ui.pages.submissions import SubmissionsPage


def letters(database: Database) -> list[tuple[int, str, bool, str]]:
    with database.session() as session:
        return [
            (row.running_no, row.kind, row.cancelled, row.cancel_reason)
            for row in session.scalars(select(OutgoingLetter).order_by(OutgoingLetter.id))
        ]


def answering(answer: Callable[[QWidget], bool]) -> QTimer:
    """Answer the modal dialogs that open while a click runs; answer returns True when it did."""
    seen: list[QWidget] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in seen and answer(modal):
            seen.append(modal)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    return timer


def only_preview(parent: QWidget) -> CoverLetterPreviewDialog:
    # previews closed before were deleted on close: let that happen before counting
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    previews = parent.findChildren(CoverLetterPreviewDialog)
    assert len(previews) == 1
    return previews[0]


def test_cover_letter_preview_takes_no_number_save_and_print_take_one(
    window: MainWindow, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = window.open_page(LettersPage)
    assert isinstance(page, LettersPage)
    meeting_id = demo_meeting_id(demo_database)
    page.cover_meeting.setCurrentIndex(page.cover_meeting.findData(meeting_id))
    click(qtbot, page.cover_button)
    preview = only_preview(page)
    assert len(preview.pages) == 1 and preview.print_button.isEnabled()
    text = pdf_text(preview.pdf)
    assert "ที่ พย ๐๗๑๙/........" in text  # the number's place, until the register gives one
    assert "ส่งรายงานการประชุม ศจพ.อ.เวียงทอง ครั้งที่ ๒/๒๕๖๗" in text
    assert "พย ๐๗๑๙/๑" in preview.number_label.text() and not preview.warning.isVisible()
    preview.grab().save(str(tmp_path / "cover-preview.png"))
    click(qtbot, page.cover_button)  # previewing again takes no number either
    assert letters(demo_database) == []
    for dialog in page.findChildren(CoverLetterPreviewDialog):
        dialog.close()
    QApplication.processEvents()

    # Saving takes the number; the pages shown then carry it.
    click(qtbot, page.cover_button)
    preview = only_preview(page)
    saved = preview.save(".pdf", tmp_path / "cover.pdf")
    assert saved == tmp_path / "cover.pdf"
    assert letters(demo_database) == [(1, "cover", False, "")]
    assert "ที่ พย ๐๗๑๙/๑" in pdf_text(saved) and "ที่ พย ๐๗๑๙/๑" in pdf_text(preview.pdf)
    assert "พย ๐๗๑๙/๑" in preview.status.text() and "พย ๐๗๑๙/๑" in preview.number_label.text()
    # The same letter as Word, and printed: the meeting's unsent cover letter keeps its number.
    assert preview.save(".docx", tmp_path / "cover.docx") == tmp_path / "cover.docx"
    assert (tmp_path / "cover.docx").stat().st_size > 5000
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_pages(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    assert "พิมพ์" in preview.status.text() and "พย ๐๗๑๙/๑" in preview.status.text()
    assert letters(demo_database) == [(1, "cover", False, "")]
    assert page.letters.cell_text(0, 0) == "พย ๐๗๑๙/๑"  # the register on the page heard of it
    preview.close()

    # From the meeting's print row: the same letter, still its number.
    meetings = window.open_page(MeetingsPage)
    assert isinstance(meetings, MeetingsPage)
    meetings.editor.open_meeting(meeting_id)
    printing = meetings.editor.printing
    assert isinstance(printing, PrintBar)
    printing.open_in_viewer = False
    click(qtbot, printing.cover_button)
    from_meeting = only_preview(printing)
    assert "ที่ พย ๐๗๑๙/๑" in pdf_text(from_meeting.pdf)
    assert "พย ๐๗๑๙/๑" in from_meeting.number_label.text()
    from_meeting.close()
    assert letters(demo_database) == [(1, "cover", False, "")]
    QApplication.processEvents()

    # Its number voided, the meeting's cover letter waits for a new one: ๒, never ๑ again.
    row = ops.list_letters(demo_database)[0]
    ops.void_letter(demo_database, ops.LetterVoid(row.id, row.version, "แก้ไขเนื้อหาหนังสือ"))
    click(qtbot, printing.cover_button)
    renewed = only_preview(printing)
    assert "ที่ พย ๐๗๑๙/........" in pdf_text(renewed.pdf) and "พย ๐๗๑๙/๒" in renewed.number_label.text()
    assert renewed.save(".pdf", tmp_path / "renewed.pdf") is not None
    assert "ที่ พย ๐๗๑๙/๒" in pdf_text(tmp_path / "renewed.pdf")
    assert letters(demo_database) == [(1, "cover", True, "แก้ไขเนื้อหาหนังสือ"), (2, "cover", False, "")]
    renewed.close()


def test_void_a_letter_number_with_its_reason(
    window: MainWindow, demo_database: Database, qtbot: QtBot
) -> None:
    page = window.open_page(LettersPage)
    assert isinstance(page, LettersPage)
    today = dt.date.today()
    page.take_number("ขอเชิญประชุม", "หัวหน้าส่วนราชการ", today)
    page.take_number("ขอความอนุเคราะห์", "นายก อบต.", today)
    assert not page.void_button.isEnabled()  # nothing selected
    page.letters.selectRow(1)  # newest first: row 1 is ๑
    assert page.void_button.isEnabled()

    def void_with_reason(modal: QWidget) -> bool:
        if not isinstance(modal, VoidLetterDialog):
            return False
        ok = modal.buttons.buttons()[0]
        assert "พย ๐๗๑๙/๑" in modal.windowTitle() and not ok.isEnabled()  # no reason, no void
        modal.reason.setText("พิมพ์ผิด ออกหนังสือฉบับใหม่แทน")
        modal.accept()
        return True

    timer = answering(void_with_reason)
    try:
        click(qtbot, page.void_button)
    finally:
        timer.stop()
    assert letters(demo_database) == [
        (1, "letter", True, "พิมพ์ผิด ออกหนังสือฉบับใหม่แทน"),
        (2, "letter", False, ""),
    ]
    assert page.letters.cell_text(1, 0) == "พย ๐๗๑๙/๑"  # the number stays in the register
    assert page.letters.cell_text(1, 4) == "ยกเลิก: พิมพ์ผิด ออกหนังสือฉบับใหม่แทน"
    assert page.letters.cell_text(0, 4) == "ออกเลขแล้ว"
    assert "พย ๐๗๑๙/๑" in page.status.text()
    page.letters.selectRow(1)
    assert not page.void_button.isEnabled()  # voided once is enough
    page.take_number("ฉบับใหม่", "นายก อบต.", today)
    assert page.letters.cell_text(0, 0) == "พย ๐๗๑๙/๓"  # a voided number is never handed out again
    with demo_database.session() as session:
        letter_id = session.scalars(select(OutgoingLetter.id).where(OutgoingLetter.running_no == 1)).one()
        audited = [
            entry.after
            for entry in session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "outgoing_letter", AuditEntry.entity_id == letter_id
                )
            )
        ]
    assert {"cancelled": True, "cancel_reason": "พิมพ์ผิด ออกหนังสือฉบับใหม่แทน"} in audited
    # The operation refuses what the dialog does not allow, whoever calls it.
    row = next(r for r in ops.list_letters(demo_database) if r.running_no == 2)
    with pytest.raises(UserError, match="เหตุ"):
        ops.void_letter(demo_database, ops.LetterVoid(row.id, row.version, "  "))
    voided = next(r for r in ops.list_letters(demo_database) if r.running_no == 1)
    with pytest.raises(UserError, match="ยกเลิกไปแล้ว"):
        ops.void_letter(demo_database, ops.LetterVoid(voided.id, voided.version, "อีกครั้ง"))
    # Two clerks void the same number from lists loaded together: the second sees a conflict.
    loaded = next(r for r in ops.list_letters(demo_database) if r.running_no == 2)
    ops.void_letter(demo_database, ops.LetterVoid(loaded.id, loaded.version, "ออกซ้ำ"))
    with pytest.raises(ConflictError) as conflict:
        ops.void_letter(demo_database, ops.LetterVoid(loaded.id, loaded.version, "ไม่ได้ส่ง"))
    assert conflict.value.theirs["cancel_reason"] == "ออกซ้ำ"


def _without_venue(database: Database) -> int:
    meeting_id = demo_meeting_id(database)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.venue = ""
    return meeting_id


def test_no_venue_cover_letter_reads_right_and_warns_first(
    window: MainWindow, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    meeting_id = _without_venue(demo_database)
    page = window.open_page(SubmissionsPage)
    assert isinstance(page, SubmissionsPage)
    page.meeting.setCurrentIndex(page.meeting.findData(meeting_id))
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], bool]:
        def press(modal: QWidget) -> bool:
            if not isinstance(modal, QMessageBox):
                return False
            asked.append(modal.text())
            modal.button(button).click()
            return True

        return press

    timer = answering(answer(QMessageBox.StandardButton.No))
    try:
        click(qtbot, page.build_button)
    finally:
        timer.stop()
    assert len(asked) == 1 and "สถานที่ประชุม" in asked[0]
    assert page.package is None and letters(demo_database) == []  # not built, no number taken
    timer = answering(answer(QMessageBox.StandardButton.Yes))
    try:
        click(qtbot, page.build_button)
    finally:
        timer.stop()
    assert len(asked) == 2 and page.package is not None
    (tmp_path / "cover.pdf").write_bytes(zip_member(page.package.path, "01-cover-letter.pdf"))
    text = " ".join(pdf_text(tmp_path / "cover.pdf").split())
    assert "ณ เรียบร้อย" not in text and "ณ  เรียบร้อย" not in pdf_text(tmp_path / "cover.pdf")
    assert "เมื่อวันพุธที่ ๔ กันยายน ๒๕๖๗ เรียบร้อยแล้ว" in text

    # The cover letter alone says so in the preview and asks before taking a number.
    letters_page = window.open_page(LettersPage)
    assert isinstance(letters_page, LettersPage)
    letters_page.cover_meeting.setCurrentIndex(letters_page.cover_meeting.findData(meeting_id))
    click(qtbot, letters_page.cover_button)
    preview = only_preview(letters_page)
    assert preview.warning.isVisible() and "สถานที่ประชุม" in preview.warning.text()
    preview.grab().save(str(tmp_path / "cover-warning.png"))
    timer = answering(answer(QMessageBox.StandardButton.No))
    try:
        assert preview.save(".pdf", tmp_path / "refused.pdf") is None
    finally:
        timer.stop()
    assert len(asked) == 3 and not (tmp_path / "refused.pdf").exists()
    preview.close()


def test_letters_cover_on_the_command_line_warns_and_reads_right(
    demo_sqlite_url: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.db import open_database

    database = open_database(demo_sqlite_url)
    meeting_id = _without_venue(database)
    database.dispose()
    out = tmp_path / "cover.pdf"
    assert (
        main(["--db", demo_sqlite_url, "letters", "cover", "--meeting", str(meeting_id), "--out", str(out)])
        == 0
    )
    captured = capsys.readouterr()
    assert "พย ๐๗๑๙/๑" in captured.out
    assert "คำเตือน" in captured.err and "สถานที่ประชุม" in captured.err
    text = " ".join(pdf_text(out).split())
    assert "ณ เรียบร้อย" not in text and "๒๕๖๗ เรียบร้อยแล้ว" in text
