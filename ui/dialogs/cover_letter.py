"""The cover letter (หนังสือนำส่ง) for a meeting's minutes, alone: previewed, saved, printed.

The preview never takes a number from the outgoing letter register (it is a query, always
rolled back); the number is taken when the clerk saves or prints, by the same operation as
`letters cover`. A meeting whose cover letter would print an empty field (no venue …) is
named in a warning line, and saving or printing asks before going ahead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.documents.preview import page_images
from desktop.progress import Progress
from desktop.submissions import ops
from desktop.submissions.package import CoverLetter, MissingField, gaps_sentence
from ui.dialogs.document_preview import DocumentPreviewDialog, paint_pages
from ui.messages import current_language
from ui.operations import run_op
from ui.workers import Operation, run_in_background

WARNING_STYLE = "color: #b00020;"


def confirm_gaps(parent: QWidget, gaps: list[MissingField]) -> bool:
    """Ask before making a cover letter (or a package) with empty fields; True: go ahead."""
    if not gaps:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CoverLetter", "Fields not filled in"),
        gaps_sentence(gaps, current_language())
        + "\n"
        + QCoreApplication.translate("CoverLetter", "Go ahead anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class CoverLetterPreviewDialog(DocumentPreviewDialog):
    def __init__(self, database: Database, meeting_id: int, name: str, parent: QWidget | None = None):
        super().__init__(database, meeting_id, "cover", name, parent)
        self.setWindowTitle(self.tr("Cover letter: %1").replace("%1", name))
        self.letter: CoverLetter | None = None  # what the preview shows
        self.gaps: list[MissingField] = []
        self.taken: CoverLetter | None = None  # the numbered letter written last
        self._numbering: Operation | None = None
        # the message of a save or print, shown once the pages show its number
        self._after_preview: Callable[[], None] | None = None
        self.number_label = QLabel()
        self.number_label.setObjectName("cover_letter_number")
        self.number_label.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("cover_letter_gaps")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.number_label)
        layout.insertWidget(2, self.warning)
        self._numbered_pdf = Path(self._scratch.name) / f"{name}-numbered.pdf"

    def start(self) -> None:
        database, meeting_id, pdf = self.database, self.meeting_id, self.pdf

        def work(progress: Progress) -> tuple[CoverLetter, list[MissingField], list[bytes]]:
            progress(0, 2, "")
            gaps = ops.cover_letter_gaps(database, meeting_id)
            letter = ops.preview_cover_letter(database, meeting_id, pdf)
            progress(1, 2, "")
            return letter, gaps, page_images(pdf)

        self._operation = run_in_background(
            self, self.tr("Preparing the pages…"), work, self._previewed, self.failed
        )

    def _previewed(self, result: Any) -> None:
        self.letter, self.gaps, images = result
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.show_pages(images)
        if self.gaps:
            self.warning.setText(gaps_sentence(self.gaps, current_language()))
            self.warning.show()
        else:
            self.warning.hide()
        self.number_label.setText(self.number_text())
        if self._after_preview is not None:
            after, self._after_preview = self._after_preview, None
            after()

    def number_text(self) -> str:
        letter = self.letter
        if letter is None:
            return ""
        if letter.letter_number:
            return self.tr("Letter number %1 (taken earlier, kept until the letter is sent).").replace(
                "%1", letter.letter_number
            )
        return self.tr(
            "No number yet: the register gives one when you save or print (next free number now: %1)."
        ).replace("%1", letter.next_number)

    def _number_and_write(self, path: Path, then: Callable[[CoverLetter], str]) -> None:
        """Take the number (or keep the meeting's unsent one) and write the letter to path."""
        if not confirm_gaps(self, self.gaps):
            return
        database, meeting_id = self.database, self.meeting_id

        def done(letter: CoverLetter) -> None:
            self.taken = letter
            message = then(letter)  # print at once; say so once the pages show the number
            self._after_preview = lambda: self.status.setText(message)
            self.start()  # show the pages again, now with the number

        self._numbering = run_op(
            self,
            lambda: ops.write_cover_letter(database, meeting_id, path),
            done,
            title=self.tr("Writing the cover letter…"),
        )

    def save(self, suffix: str, target: Path | None = None) -> Path | None:
        if target is None:
            target = self.choose_target(suffix)
            if target is None:
                return None
        chosen = target

        def saved(letter: CoverLetter) -> str:
            return (
                self.tr("Saved as letter number %1: %2")
                .replace("%1", letter.letter_number)
                .replace("%2", str(chosen))
            )

        self._number_and_write(chosen, saved)
        return chosen if self.taken is not None and self.taken.path == chosen else None

    def print_pages(self, printer: QPrinter | None = None) -> None:
        printer = printer or self.choose_printer()
        if printer is None:
            return  # the print dialog was cancelled: no number taken

        def numbered(letter: CoverLetter) -> str:
            paint_pages(printer, letter.path)
            return self.tr("Printed as letter number %1.").replace("%1", letter.letter_number)

        self._number_and_write(self._numbered_pdf, numbered)


def open_cover_letter(
    parent: QWidget, database: Database, meeting_id: int, meeting_number: str, show: bool = True
) -> CoverLetterPreviewDialog:
    """The cover letter's preview for a meeting (from the meeting's print row or the letters page)."""
    stem = re.sub(r"[^\w.-]+", "-", f"meeting-{meeting_number}-cover-letter").strip("-")
    dialog = CoverLetterPreviewDialog(database, meeting_id, stem, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    if show:
        dialog.show()
    return dialog
