"""A family of faces chosen in the Settings window reaches the printed documents."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import Meeting
from desktop import settings as settings_store
from desktop.db import Database, open_database
from desktop.documents.fonts import Family
from desktop.documents.meeting_documents import write_meeting_document
from desktop.settings import Settings
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.settings_page import SettingsPage

TLWG = Path("/usr/share/fonts/truetype/tlwg")
FACES = {
    "document_font": TLWG / "Laksaman.ttf",
    "document_font_bold": TLWG / "Laksaman-Bold.ttf",
    "document_font_italic": TLWG / "Laksaman-Italic.ttf",
}


@pytest.fixture
def database(demo_sqlite_url: str) -> Iterator[Database]:
    db = open_database(demo_sqlite_url)
    yield db
    db.dispose()


@pytest.mark.skipif(not all(p.is_file() for p in FACES.values()), reason="fonts-tlwg-laksaman (.ci/run)")
def test_settings_window_takes_a_family_and_documents_use_its_faces(
    qtbot: QtBot, database: Database, data_dir: Path, tmp_path: Path
) -> None:
    app = create_application()
    install_translators(app, "th")
    window = MainWindow(database, Settings(database_url=database.url))
    qtbot.addWidget(window)
    page = window.open_page(SettingsPage)
    for setting, path in FACES.items():
        page.font_faces[setting].setText(str(path))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = settings_store.load()
    assert [getattr(saved, setting) for setting in FACES] == [str(p) for p in FACES.values()]
    family = Family.chosen(saved.document_font, saved.document_font_bold, saved.document_font_italic)
    assert family.bold == FACES["document_font_bold"] and 0.6 < family.scale < 0.7
    with database.session() as session:
        meeting = session.scalars(select(Meeting.id).where(Meeting.number == 2)).one()
    pdf = write_meeting_document(database, meeting, "minutes", tmp_path / "minutes.pdf", saved)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    names = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]}
    assert names == {"Laksaman", "Laksaman-Bold"}  # the chosen regular and bold faces, embedded
