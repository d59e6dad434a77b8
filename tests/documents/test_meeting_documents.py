"""The demo meeting's documents, read back from the PDF with poppler and from the DOCX."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.db import Database
from desktop.documents.meeting_documents import build_document, write_meeting_document
from desktop.documents.model import Paragraph
from desktop.documents.pdf import Layout, layout_document, wrap
from desktop.documents.thai_text import segment
from desktop.settings import Settings
from tests.pdf_text import pdf_text


def _layout_lines(layout: Layout) -> list[str]:
    return [piece.text for page in layout.pages for _top, piece in page if piece.text.strip()]


@pytest.mark.parametrize("kind", ["agenda", "minutes", "signsheet", "cover"])
def test_text_layer_equals_the_source(
    demo_database: Database, held_meeting_id: int, tmp_path: Path, kind: str
) -> None:
    settings = Settings()
    with demo_database.session() as session:
        document = build_document(session, held_meeting_id, kind, settings)  # type: ignore[arg-type]
    pdf = tmp_path / f"{kind}.pdf"
    write_meeting_document(demo_database, held_meeting_id, kind, pdf, settings)  # type: ignore[arg-type]
    text = pdf_text(pdf)
    compact = re.sub(r"\s", "", text)  # table cells wrap inside their column
    for line in _layout_lines(layout_document(document)):
        assert re.sub(r"\s", "", line) in compact, line
    assert not re.search("[\ue000-\uf8ff\u200b-\u200d\ufeff]", text)
    assert "\u0e4d\u0e32" not in text  # ำ never comes back split into ํ + า
    assert "ที่ประชุม" in text or kind in ("signsheet", "cover")


def test_minutes_sections_in_the_regulation_order(
    demo_database: Database, held_meeting_id: int, tmp_path: Path
) -> None:
    pdf = write_meeting_document(
        demo_database, held_meeting_id, "minutes", tmp_path / "minutes.pdf", Settings()
    )
    text = pdf_text(pdf)
    order = [
        "รายงานการประชุม", "ครั้งที่ ๒/๒๕๖๗", "วันพุธที่ ๔ กันยายน ๒๕๖๗", "ณ ห้องประชุม", "ผู้มาประชุม",
        "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา", "ระเบียบวาระที่ ๑", "มติที่ประชุม",
        "ระเบียบวาระที่ ๕", "เลิกประชุมเวลา", "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม",
        "บัญชีรายชื่อครัวเรือนแนบท้าย",
    ]  # fmt: skip
    positions = [text.find(marker) for marker in order]
    assert -1 not in positions, [m for m, p in zip(order, positions, strict=True) if p == -1]
    assert positions == sorted(positions)
    assert "xxxxx" in text  # national IDs in the annex are masked


def test_multi_page_minutes_number_pages_and_quote_the_next_page(
    demo_database: Database, held_meeting_id: int, tmp_path: Path
) -> None:
    pdf = write_meeting_document(
        demo_database, held_meeting_id, "minutes", tmp_path / "minutes.pdf", Settings()
    )
    pages = len(PdfReader(str(pdf)).pages)
    assert pages >= 3
    thai = "๐๑๒๓๔๕๖๗๘๙"
    for number in range(1, pages + 1):
        page = pdf_text(pdf, page=number).strip().splitlines()
        if number == 1:
            assert not any(re.fullmatch(r"- [๐-๙]+ -", line) for line in page)
        else:
            assert page[0] == f"- {''.join(thai[int(d)] for d in str(number))} -"
        if number < pages:
            following = pdf_text(pdf, page=number + 1).strip().splitlines()
            quoted = page[-1]
            assert quoted.endswith("..."), quoted
            assert following[1].replace(" ", "").startswith(quoted[:-3].replace(" ", "")), (
                quoted,
                following[1],
            )
        else:
            assert not page[-1].endswith("...")


def test_no_line_break_inside_a_thai_word(demo_database: Database, held_meeting_id: int) -> None:
    with demo_database.session() as session:
        document = build_document(session, held_meeting_id, "minutes", Settings())
    layout = layout_document(document)
    checked = 0
    for block in document.blocks:
        if not isinstance(block, Paragraph) or len(block.text) < 150:
            continue
        lines = wrap(layout.fonts, block, layout.width)
        words = segment(block.text)
        boundaries = {sum(len(w) for w in words[:i]) for i in range(len(words) + 1)}
        offset = 0
        for line in lines[:-1]:
            joined = "".join(t.text for t in line)
            offset = block.text.index(joined, offset) + len(joined)
            assert offset in boundaries, (joined[-10:], block.text[offset : offset + 10])
            checked += 1
    assert checked > 10


def test_font_is_embedded(demo_database: Database, held_meeting_id: int, tmp_path: Path) -> None:
    pdf = write_meeting_document(
        demo_database, held_meeting_id, "agenda", tmp_path / "agenda.pdf", Settings()
    )
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in fonts.splitlines() if "Sarabun" in line]
    assert rows and all(" yes " in row for row in rows)


@pytest.mark.parametrize("kind", ["agenda", "minutes", "signsheet", "cover"])
def test_docx_twin_carries_the_same_text(
    demo_database: Database, held_meeting_id: int, tmp_path: Path, kind: str
) -> None:
    settings = Settings()
    with demo_database.session() as session:
        document = build_document(session, held_meeting_id, kind, settings)  # type: ignore[arg-type]
    path = write_meeting_document(demo_database, held_meeting_id, kind, tmp_path / f"{kind}.docx", settings)  # type: ignore[arg-type]
    opened = docx.Document(str(path))
    texts = [p.text for p in opened.paragraphs]
    for table in opened.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    everything = "\n".join(texts)
    for line in document.plain_text().splitlines():
        assert line.strip() in everything, line


def test_arabic_digits_setting(demo_database: Database, held_meeting_id: int, tmp_path: Path) -> None:
    pdf = write_meeting_document(
        demo_database, held_meeting_id, "minutes", tmp_path / "m.pdf", Settings(thai_digits=False)
    )
    text = pdf_text(pdf)
    assert "ครั้งที่ 2/2567" in text and "๒๕๖๗" not in text


def test_cli_prints_documents_and_refuses_unknown_meetings(
    demo_database: Database, held_meeting_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = demo_database.url
    for kind in ("agenda", "minutes", "signsheet"):
        assert (
            main(
                ["--db", url, "meetings", kind, str(held_meeting_id), "--out", str(tmp_path / f"{kind}.pdf")]
            )
            == 0
        )
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    assert (
        main(
            [
                "--db",
                url,
                "letters",
                "cover",
                "--meeting",
                str(held_meeting_id),
                "--out",
                str(tmp_path / "c.docx"),
            ]
        )
        == 0
    )
    assert docx.Document(str(tmp_path / "c.docx")).paragraphs
    capsys.readouterr()
    assert (
        main(["--db", url, "--lang", "en", "meetings", "minutes", "999", "--out", str(tmp_path / "x.pdf")])
        == 1
    )
    assert capsys.readouterr().err.strip() == "There is no meeting with ID 999."
    assert not (tmp_path / "x.pdf").exists()
    assert (
        main(["--db", url, "meetings", "minutes", str(held_meeting_id), "--out", str(tmp_path / "x.txt")])
        == 1
    )
