"""The preview dialog shows rendered pages and saves the document as PDF or DOCX."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.documents.preview import page_images
from ui import workers
from ui.dialogs.document_preview import DocumentPreviewDialog


def test_preview_shows_pages_and_saves_both_formats(
    qtbot: QtBot,
    demo_database: Database,
    held_meeting_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    dialog = DocumentPreviewDialog(demo_database, held_meeting_id, "minutes", "minutes-2-2567")
    qtbot.addWidget(dialog)
    dialog.start()
    assert len(dialog.pages) >= 3
    assert all(not page.isNull() and page.width() > 500 for page in dialog.pages)
    assert dialog.page_layout.count() == len(dialog.pages)
    assert dialog.save_pdf.isEnabled() and dialog.print_button.isEnabled()
    pdf = dialog.save(".pdf", tmp_path / "minutes.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    saved = dialog.save(".docx", tmp_path / "minutes.docx")
    assert saved is not None
    assert any("รายงานการประชุม" in p.text for p in docx.Document(str(saved)).paragraphs)
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_preview_frames_the_garudas_empty_place_but_never_the_pdf(
    qtbot: QtBot,
    demo_database: Database,
    held_meeting_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The demo office has no Garuda image: the cover letter keeps its place (3 cm, its top
    1.5 cm from the edge, centred); the preview shows a faint frame there, the PDF saved
    and printed from the same preview has nothing there."""
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    dialog = DocumentPreviewDialog(demo_database, held_meeting_id, "cover", "cover-2-2567")
    qtbot.addWidget(dialog)
    dialog.start()
    shown = dialog.pages[0]
    scale = shown.width() / (21.0 / 2.54 * 72)  # pixels per point at the preview's resolution
    left = (3.0 + (16.0 - 3.0) / 2) / 2.54 * 72  # the frame's left edge between the margins
    top = 1.5 / 2.54 * 72
    band = [(round((left + dx) * scale), round(top * scale)) for dx in range(0, 80)]
    grey = [shown.pixelColor(x, y).red() for x, y in band]
    assert any(150 < value < 240 for value in grey)  # faint grey dashes
    saved = dialog.save(".pdf", tmp_path / "cover.pdf")
    assert saved is not None
    printed = QImage.fromData(page_images(saved, dpi=96.0)[0])
    assert all(printed.pixelColor(x, y).red() > 250 for x, y in band)  # white in the PDF itself
