"""The DOCX twins a clerk keeps editing in Word: widths, numbering, spacing, language,
justification, kept-together blocks, schema order, the office's metadata; and one
rendering through LibreOffice headless (seconds per conversion: one call for two files)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import select

from database.models import Meeting
from desktop.db import open_database
from desktop.documents import render
from desktop.documents.meeting_documents import build_document
from desktop.documents.model import Table
from desktop.documents.pdf import column_widths, fonts_for
from desktop.settings import Settings
from tests.pdf_text import pdf_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# CT_RPr's sequence, as far as we write it.
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "lang"]


def _documents(url: str, tmp_path: Path, kinds: tuple[str, ...]) -> dict[str, tuple[object, Path]]:
    database = open_database(url)
    out = {}
    try:
        with database.session() as session:
            meeting = session.scalars(select(Meeting.id).where(Meeting.number == 2)).one()
            for kind in kinds:
                document = build_document(session, meeting, kind, Settings())  # type: ignore[arg-type]
                path = tmp_path / f"{kind}.docx"
                render(document, path)
                out[kind] = (document, path)
    finally:
        database.dispose()
    return out


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def test_docx_twin_is_what_word_expects(demo_sqlite_url: str, tmp_path: Path) -> None:
    made = _documents(demo_sqlite_url, tmp_path, ("minutes", "signsheet", "cover"))
    document, path = made["signsheet"]
    body = _xml(path, "word/document.xml")
    styles = _xml(path, "word/styles.xml")
    # The table grid holds the PDF's designed widths (twips), and every cell its own.
    table = next(block for block in document.blocks if isinstance(block, Table))  # type: ignore[attr-defined]
    expected = [round(w * 20) for w in column_widths(fonts_for(document), table, 16 / 2.54 * 72)]  # type: ignore[arg-type]
    grid = [int(c.get(f"{W}w")) for c in body.find(f".//{W}tblGrid").findall(f"{W}gridCol")]
    assert grid == expected
    assert max(grid) >= 4.0 / 2.54 * 1440  # the signature column
    first_row = body.find(f".//{W}tr")
    assert [int(tc.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for tc in first_row.findall(f"{W}tc")] == grid
    assert body.find(f".//{W}tblLayout").get(f"{W}type") == "fixed"
    assert body.find(f".//{W}trHeight") is not None  # rows of at least 1.2 cm
    # Page numbers in Thai digits from the section's format; single spacing; Thai language.
    assert body.find(f".//{W}pgNumType").get(f"{W}fmt") == "thaiNumbers"
    # A plain PAGE field, which takes that format in Word; LibreOffice reads the field
    # switches \* ThaiArabic / ThaiCardText / ThaiLetter all as Thai letters (ข for 2).
    with zipfile.ZipFile(path) as archive:
        headers = [name for name in archive.namelist() if name.startswith("word/header")]
    fields = [
        (field.text or "").strip() for name in headers for field in _xml(path, name).iter(f"{W}instrText")
    ]
    assert fields == ["PAGE"]
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f".//{W}spacing").get(f"{W}line") == "240"
    assert normal.find(f".//{W}lang").get(f"{W}bidi") == "th-TH"
    for _kind, (_document, docx_path) in made.items():
        xml = _xml(docx_path, "word/document.xml")
        for properties in xml.iter(f"{W}rPr"):
            names = [etree.QName(child).localname for child in properties]
            known = [RPR_ORDER.index(n) for n in names if n in RPR_ORDER]
            assert known == sorted(known), names
        core = _xml(docx_path, "docProps/core.xml")
        text = etree.tostring(core, encoding="unicode")
        assert "python-docx" not in text and "สำนักงานพัฒนาชุมชน" in text
        created = core.find("{http://purl.org/dc/terms/}created").text
        assert created[:4] == str(dt.datetime.now(dt.UTC).year)
    minutes = _xml(made["minutes"][1], "word/document.xml")
    justified = [jc for jc in minutes.iter(f"{W}jc") if jc.get(f"{W}val") == "thaiDistribute"]
    assert len(justified) > 5
    cover = _xml(made["cover"][1], "word/document.xml")
    paragraphs = list(cover.iter(f"{W}p"))
    closing = next(i for i, p in enumerate(paragraphs) if "ขอแสดงความนับถือ" in "".join(p.itertext()))
    for paragraph in paragraphs[closing - 2 : closing + 3]:  # the closing through the name: kept together
        assert paragraph.find(f"{W}pPr/{W}keepNext") is not None, "".join(paragraph.itertext())


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)"
)
def test_libreoffice_renders_the_twins(demo_sqlite_url: str, tmp_path: Path) -> None:
    made = _documents(demo_sqlite_url, tmp_path, ("cover", "minutes"))
    out = tmp_path / "lo"
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"  # no clash with a running office
    files = [str(path) for _document, path in made.values()]
    subprocess.run(
        ["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", str(out), *files],
        check=True,
        capture_output=True,
        timeout=180,
    )
    cover = pdf_text(out / "cover.pdf")
    assert "ขอแสดงความนับถือ" in cover and "ไปรษณีย์อิเล็กทรอนิกส์" in cover
    count = len(PdfReader(str(out / "cover.pdf")).pages)
    pages = [pdf_text(out / "cover.pdf", page=n) for n in range(1, count + 1)]
    signature = [page for page in pages if "ขอแสดงความนับถือ" in page]
    assert signature and "นายอำเภอ" in signature[0]  # the signature block stays on one page
    minutes = pdf_text(out / "minutes.pdf", page=2)
    assert minutes.strip().splitlines()[0].replace(" ", "") in ("-2-", "-๒-")  # never a Thai letter
