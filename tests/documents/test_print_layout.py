"""The demo's documents set as the office prints them: TH Sarabun New sizes, breaks a Thai
reader accepts, line spacing from the real ink, the regulation's layouts."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest

from desktop.db import open_database
from desktop.documents.fonts import BUNDLED_SCALE, Family
from desktop.documents.meeting_documents import build_document
from desktop.documents.model import Document, Paragraph
from desktop.documents.pdf import Fonts, fonts_for, layout_document, wrap
from desktop.settings import Settings


def _base(text: str) -> int:
    """Characters that take room on the line: everything but combining marks."""
    return sum(1 for char in text if unicodedata.category(char) != "Mn")


@pytest.fixture
def minutes(demo_sqlite_url: str) -> Document:
    database = open_database(demo_sqlite_url)
    try:
        with database.session() as session:
            return build_document(session, 2, "minutes", Settings())
    finally:
        database.dispose()


def test_bundled_sarabun_is_set_at_th_sarabun_new_sizes() -> None:
    fonts = fonts_for(Document("probe"))
    assert fonts.scale == BUNDLED_SCALE
    # The line of minutes prose: 464 pt in Sarabun 16 pt, 304 pt in TH Sarabun New 16 pt.
    prose = "ฝ่ายเลขานุการฯ ได้นำเสนอผลการตรวจสอบข้อมูลครัวเรือนเป้าหมายจากระบบ TPMAP ประจำปี"
    unscaled = fonts.width(prose, False, 16) / fonts.scale
    assert abs(fonts.width(prose, False, 16) / unscaled - 304 / 464) < 0.01


def test_a_chosen_family_keeps_its_faces(tmp_path: Path) -> None:
    bundled = Family.bundled()
    chosen = Family.chosen(str(bundled.regular), str(bundled.bold), "")
    assert chosen.bold == bundled.bold and chosen.italic == bundled.regular
    assert Family.chosen(str(tmp_path / "missing.ttf")) == bundled
    laksaman = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
    if laksaman.is_file():  # TLWG faces are drawn as large as Sarabun: scaled by their x-height
        assert 0.6 < Family.chosen(str(laksaman)).scale < 0.7


def test_a_line_of_minutes_prose_holds_75_base_characters(minutes: Document) -> None:
    layout = layout_document(minutes)
    fonts: Fonts = layout.fonts
    full_lines: list[int] = []
    for block in minutes.blocks:
        if not isinstance(block, Paragraph) or not block.first_indent_cm or len(block.text) < 200:
            continue
        lines = wrap(fonts, block, layout.width)
        for line, following in itertools.pairwise(lines[1:]):
            held = _base("".join(token.text for token in line))
            # What the line holds: its text, and the word that no longer fitted.
            assert held + _base(following[0].text) >= 75, "".join(t.text for t in line)
            full_lines.append(held)
    assert len(full_lines) > 8
    assert sum(full_lines) / len(full_lines) >= 75
