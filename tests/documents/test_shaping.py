"""Marks must reach the page: a rendered ที่ carries more ink than ที, ปู่ more than ปู.

The text layer cannot show this (it is the source text either way); only the pixels can.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from desktop.documents import render
from desktop.documents.model import Document, Paragraph


def _ink(text: str, folder: Path) -> int:
    pdf = folder / "probe.pdf"
    render(Document("probe").add(Paragraph.of(text, size=48)), pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(pdf), str(folder / "probe")], check=True
    )
    image = Image.open(folder / "probe-1.png").convert("L")
    return sum(image.histogram()[:128])


@pytest.mark.parametrize(
    ("with_mark", "without"),
    [("ที่", "ที"), ("ปู่", "ปู"), ("ปู", "ป"), ("น้ำ", "นำ"), ("บูรณาการ", "บรณาการ")],
)
def test_every_mark_is_drawn(tmp_path: Path, with_mark: str, without: str) -> None:
    assert _ink(with_mark, tmp_path) > _ink(without, tmp_path) + 20


def test_glyph_codes_read_back_as_the_text(tmp_path: Path) -> None:
    """Readers that ignore /ActualText (pdfminer here, like MuPDF and pdf.js) read each glyph's
    ToUnicode entry: shifted marks, ั on ป, ำ alone and under a tone mark come back exact, and
    the ํ of ำ drawn as an outline still leaves ทำ as dark as ทํา."""
    import pdfplumber

    text = "ที่ ปั้น น้ำ ทำ ป่า ค่ำ ฟื้น ปี่ ตำบล"
    pdf = tmp_path / "codes.pdf"
    render(Document("codes").add(Paragraph.of(text, size=48)), pdf)
    with pdfplumber.open(pdf) as document:
        read = "".join(char["text"] for char in document.pages[0].chars)
    assert read == text
    assert _ink("ทำ", tmp_path) > _ink("ทา", tmp_path) + 20
