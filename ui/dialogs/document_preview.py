"""Preview a meeting's document as rendered pages, then save it (PDF or DOCX) or print it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.db import Database
from desktop.documents.meeting_documents import Kind, write_meeting_document
from desktop.documents.preview import meeting_preview, page_images
from desktop.progress import Progress
from ui.messages import show_error
from ui.widgets.dialog import Dialog
from ui.workers import Operation, run_in_background

PRINT_DPI = 200.0


class DocumentPreviewDialog(Dialog):
    def __init__(
        self, database: Database, meeting_id: int, kind: Kind, name: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.database, self.meeting_id, self.kind, self.name = database, meeting_id, kind, name
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", name))
        self.resize(900, 900)
        self._scratch = tempfile.TemporaryDirectory(prefix="amphoe-preview-")
        self.pdf = Path(self._scratch.name) / f"{name}.pdf"
        self.pages: list[QImage] = []
        self._operation: Operation | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Preparing the pages…"))
        layout.addWidget(self.status)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroller.setWidget(self.page_box)
        layout.addWidget(self.scroller, 1)
        buttons = QHBoxLayout()
        self.save_pdf = QPushButton(self.tr("Save as PDF…"))
        self.save_docx = QPushButton(self.tr("Save as DOCX…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.save_pdf, self.save_docx, self.print_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.save_pdf.clicked.connect(lambda: self.save(".pdf"))
        self.save_docx.clicked.connect(lambda: self.save(".docx"))
        self.print_button.clicked.connect(lambda _=False: self.print_pages())
        close.clicked.connect(self.accept)
        self.finished.connect(lambda _result: self._scratch.cleanup())

    def start(self) -> None:
        database, meeting_id, kind, pdf = self.database, self.meeting_id, self.kind, self.pdf

        def work(progress: Progress) -> list[bytes]:
            progress(0, 2, "")
            return meeting_preview(database, meeting_id, kind, pdf)  # the Garuda's empty place framed

        self._operation = run_in_background(
            self, self.tr("Preparing the pages…"), work, self.show_pages, self.failed
        )

    def show_pages(self, images: Any) -> None:
        self.pages = [QImage.fromData(data) for data in images]
        for image in self.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #999;")
            self.page_layout.addWidget(label)
        self.status.setText(self.tr("%1 pages").replace("%1", str(len(self.pages))))
        for button in (self.save_pdf, self.save_docx, self.print_button):
            button.setEnabled(True)

    def failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The document could not be prepared."))
        show_error(self, error)

    def choose_target(self, suffix: str) -> Path | None:
        start = paths.documents_dir() / f"{self.name}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save document"), str(start), f"*{suffix}")
        return Path(chosen) if chosen else None

    def save(self, suffix: str, target: Path | None = None) -> Path | None:
        if target is None:
            target = self.choose_target(suffix)
            if target is None:
                return None
        try:
            if suffix == ".pdf":
                shutil.copyfile(self.pdf, target)
            else:
                write_meeting_document(self.database, self.meeting_id, self.kind, target)
        except Exception as error:
            show_error(self, error)
            return None
        self.status.setText(self.tr("Saved: %1").replace("%1", str(target)))
        return target

    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.name)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_pages(self, printer: QPrinter | None = None) -> None:
        """Print the previewed pages (on the printer given, else the one the clerk chooses)."""
        printer = printer or self.choose_printer()
        if printer is not None:
            paint_pages(printer, self.pdf)


def paint_pages(printer: QPrinter, pdf: Path) -> None:
    images = [QImage.fromData(data) for data in page_images(pdf, dpi=PRINT_DPI)]
    painter = QPainter(printer)
    for index, image in enumerate(images):
        if index:
            printer.newPage()
        area = painter.viewport()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.setViewport(area.x(), area.y(), size.width(), size.height())
        painter.setWindow(image.rect())
        painter.drawImage(0, 0, image)
        painter.setViewport(area)
    painter.end()
