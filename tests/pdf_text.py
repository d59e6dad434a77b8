"""Read a PDF's text as a clerk's copy-paste would: poppler's pdftotext honours /ActualText.

pdfplumber and pypdf ignore /ActualText and read each glyph's ToUnicode entry (our PDFs
keep those exact too, desktop/documents/pdf.py), but they add or drop spaces by the glyphs'
distances; our PDFs carry the source text, spaces included, in /ActualText spans.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path, page: int | None = None) -> str:
    options = ["-raw"] + (["-f", str(page), "-l", str(page)] if page is not None else [])
    result = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout
