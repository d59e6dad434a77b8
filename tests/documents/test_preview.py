"""The preview dialog shows rendered pages and saves the document as PDF or DOCX."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from desktop.db import Database
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
