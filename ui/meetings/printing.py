"""Print a meeting's agenda, sign sheet and minutes (PDF or DOCX) from the meeting page.

The file is written to the data folder's documents/ in the background, then shown by the
system viewer (where the clerk prints it); "Save a copy…" puts it where she wants.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop import paths
from desktop.db import Database
from desktop.documents.meeting_documents import Kind, write_meeting_document
from desktop.progress import Progress
from ui.dialogs.cover_letter import CoverLetterPreviewDialog, open_cover_letter
from ui.dialogs.document_preview import DocumentPreviewDialog
from ui.messages import show_error
from ui.widgets.overflow import OverflowRow
from ui.workers import run_in_background


def output_folder() -> Path:
    folder = paths.data_dir() / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class PrintBar(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.meeting_id: int | None = None
        self.number = ""
        self.last_path: Path | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = OverflowRow()  # six print buttons are wider than an office screen's page
        outer.addWidget(layout)
        self.format = QComboBox()
        self.format.addItem("PDF", ".pdf")
        self.format.addItem("DOCX", ".docx")
        layout.addWidget(self.format)
        self.buttons: dict[str, QPushButton] = {}
        for kind, label in (
            ("agenda", self.tr("Print agenda")),
            ("signsheet", self.tr("Print sign sheet")),
            ("minutes", self.tr("Print minutes")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, kind=kind: self.print_document(kind))
            layout.addWidget(button)
            self.buttons[kind] = button
        self.preview_buttons: dict[str, QPushButton] = {}
        for kind, label in (
            ("agenda", self.tr("Preview agenda")),
            ("signsheet", self.tr("Preview sign sheet")),
            ("minutes", self.tr("Preview minutes")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, kind=kind: self.preview(kind))
            layout.addWidget(button)
            self.preview_buttons[kind] = button
        # the cover letter alone: previewed without a number, numbered when saved or printed
        self.cover_button = QPushButton(self.tr("Cover letter…"))
        self.cover_button.clicked.connect(lambda _=False: self.preview_cover())
        layout.addWidget(self.cover_button)
        self.result = QLabel()
        self.result.setMinimumWidth(40)  # "Written: …" shortens rather than widening the page
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.result, 1)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_last)
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.copy_button.clicked.connect(self.save_copy)
        layout.addWidget(self.open_button)
        layout.addWidget(self.copy_button)
        self.set_meeting(None, "")

    def set_meeting(self, meeting_id: int | None, number: str) -> None:
        changed = meeting_id != self.meeting_id
        self.meeting_id, self.number = meeting_id, number
        for button in [*self.buttons.values(), *self.preview_buttons.values(), self.cover_button]:
            button.setEnabled(meeting_id is not None)
        if changed:
            self.last_path = None
            self.result.clear()
        self.open_button.setEnabled(self.last_path is not None)
        self.copy_button.setEnabled(self.last_path is not None)

    def target(self, kind: str) -> Path:
        stem = re.sub(r"[^\w.-]+", "-", f"meeting-{self.number}-{kind}").strip("-")
        return output_folder() / f"{stem}{self.format.currentData()}"

    def print_document(self, kind: str) -> None:
        if self.meeting_id is None:
            return
        meeting_id, path, database = self.meeting_id, self.target(kind), self.database
        typed_kind: Kind = "agenda" if kind == "agenda" else "signsheet" if kind == "signsheet" else "minutes"

        def work(_progress: Progress) -> Path:
            return write_meeting_document(database, meeting_id, typed_kind, path)

        run_in_background(self, self.tr("Preparing the document"), work, self.written, self.failed)

    def written(self, path: Any) -> None:
        self.last_path = Path(path)
        self.result.setText(self.tr("Written: %1").replace("%1", self.last_path.name))
        self.result.setToolTip(str(self.last_path))
        self.open_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.open_last()

    def preview(self, kind: str) -> DocumentPreviewDialog | None:
        """Rendered pages first; the clerk saves or prints from the preview."""
        if self.meeting_id is None:
            return None
        typed_kind: Kind = "agenda" if kind == "agenda" else "signsheet" if kind == "signsheet" else "minutes"
        stem = re.sub(r"[^\w.-]+", "-", f"meeting-{self.number}-{kind}").strip("-")
        dialog = DocumentPreviewDialog(self.database, self.meeting_id, typed_kind, stem, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.start()
        if self.open_in_viewer:
            dialog.show()
        return dialog

    def preview_cover(self) -> CoverLetterPreviewDialog | None:
        if self.meeting_id is None:
            return None
        return open_cover_letter(self, self.database, self.meeting_id, self.number, self.open_in_viewer)

    def failed(self, error: BaseException) -> None:
        show_error(self, error)

    def open_last(self) -> None:
        if self.last_path is not None and self.open_in_viewer:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    # The system viewer is where the clerk prints; tests write the file without opening it.
    open_in_viewer = True

    def save_copy(self) -> None:
        if self.last_path is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(paths.documents_dir() / self.last_path.name)
        )
        if target:
            shutil.copyfile(self.last_path, target)
