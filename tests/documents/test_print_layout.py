"""The demo's documents set as the office prints them: TH Sarabun New sizes, breaks a Thai
reader accepts, line spacing from the real ink, the regulation's layouts."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import Meeting, OfficeProfile
from desktop.db import open_database
from desktop.documents.fonts import BUNDLED_SCALE, Family
from desktop.documents.letters import Memo, memo
from desktop.documents.meeting_documents import KINDS, Style, build_document
from desktop.documents.model import Document, Paragraph
from desktop.documents.names import database_names
from desktop.documents.pdf import Fonts, fonts_for, layout_document, wrap, wrapped_texts
from desktop.documents.thai_text import NAME_GLUE_LIMIT, segment
from desktop.households.printed import household_document
from desktop.reports.committee import BUILDERS, build_report
from desktop.reports.printed import report_document
from desktop.settings import Settings


def _meeting_two(session: Session) -> int:
    """The demo's second meeting: held, with resolutions, a household list and a circular."""
    return session.scalars(select(Meeting.id).where(Meeting.number == 2)).one()


def _base(text: str) -> int:
    """Characters that take room on the line: everything but combining marks."""
    return sum(1 for char in text if unicodedata.category(char) != "Mn")


@pytest.fixture
def minutes(demo_sqlite_url: str) -> Document:
    database = open_database(demo_sqlite_url)
    try:
        with database.session() as session:
            return build_document(session, _meeting_two(session), "minutes", Settings())
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


DIGITS = "0-9๐-๙"
MONTHS = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
MONTHS_SHORT = r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
UNBROKEN = [
    ("a number", re.compile(rf"[{DIGITS}]+(?:[/,.:][{DIGITS}]+)*")),
    ("a date", re.compile(rf"[{DIGITS}]{{1,2}} (?:{MONTHS}|{MONTHS_SHORT}) [{DIGITS}]{{2,4}}")),
    ("a numbered prefix", re.compile(rf"(?:พ\.ศ\.|ครั้งที่|หมู่ที่|ม\.) ?[{DIGITS}]")),
    ("a time", re.compile(rf"[{DIGITS}]+\.[{DIGITS}]+ น\.")),
]


def _demo_documents(url: str) -> tuple[dict[str, Document], set[str]]:
    """Every printed document of the demo, and the names of its database."""
    settings = Settings()
    database = open_database(url)
    documents: dict[str, Document] = {}
    try:
        with database.session() as session:
            for kind in KINDS:
                documents[kind] = build_document(session, _meeting_two(session), kind, settings)
            for name in BUILDERS:
                report = build_report(session, name, 2568, dt.date(2025, 3, 12))
                documents[f"report-{name}"] = report_document(report, [], settings)
            documents["households"] = household_document(session, settings=settings)[0]
            office = session.scalars(select(OfficeProfile)).one()
            style = Style(settings)
            documents["memo"] = memo(
                style.document("บันทึกข้อความ"),
                Memo(
                    office.office_name,
                    f"{office.letter_code}/๑๒",
                    style.date(dt.date(2024, 9, 5)),
                    "ขออนุมัติเดินทางไปราชการ ตำบลป่าแฝก",
                    f"นายอำเภอ{office.district}",
                    [
                        f"ด้วย{office.office_name} จะออกตรวจเยี่ยมครัวเรือนเป้าหมาย ตำบลป่าแฝก หมู่ที่ ๕ "
                        "ในวันพุธที่ ๑๑ กันยายน ๒๕๖๗ เวลา ๐๙.๐๐ น. ร่วมกับทีมปฏิบัติการ "
                        f"(ทีมพี่เลี้ยง) โดยมี{office.development_officer_name} เป็นหัวหน้าคณะ",
                    ],
                    office.development_officer_name,
                    [f"พัฒนาการอำเภอ{office.district}"],
                ),
                style.t,
            )
            names = database_names(session)
    finally:
        database.dispose()
    return documents, names


def _break_offsets(text: str, lines: list[str]) -> list[int]:
    """Where in the text each line after the first begins (spaces dropped at breaks skipped)."""
    offsets = []
    position = 0
    for line in lines:
        position = text.index(line, position) if line else position
        offsets.append(position)
        position += len(line)
    return offsets[1:]


def test_no_break_inside_a_name_a_number_a_date_or_after_a_bracket(demo_sqlite_url: str) -> None:
    documents, names = _demo_documents(demo_sqlite_url)
    short_names = sorted((n for n in names if 2 < len(n) <= NAME_GLUE_LIMIT), key=len, reverse=True)
    assert any(name == "อินต๊ะ" or name.endswith("อินต๊ะ") for name in names) or len(short_names) > 50
    bad: list[str] = []
    breaks = 0
    for kind, document in documents.items():
        for text, lines in wrapped_texts(document):
            if len(lines) < 2:
                continue
            boundaries = set(itertools.accumulate(len(w) for w in segment(text)))
            for offset in _break_offsets(text, lines):
                breaks += 1
                before, after = text[:offset].rstrip(), text[offset:]
                where = f"{kind}: …{before[-16:]}|{after[:16]}…"
                if before.endswith("("):
                    bad.append(f"after '(' {where}")
                if offset not in boundaries and text[offset - 1 : offset] != " ":
                    bad.append(f"inside a word {where}")
                for label, pattern in UNBROKEN:
                    if any(m.start() < offset < m.end() for m in pattern.finditer(text)):
                        bad.append(f"inside {label} {where}")
                for name in short_names:
                    start = text.find(name)
                    while start != -1:
                        if start < offset < start + len(name) and text[offset - 1] != " ":
                            bad.append(f"inside the name {name} {where}")
                        elif start < offset < start + len(name) and len(name) <= 24:
                            bad.append(f"between the words of the name {name} {where}")
                        start = text.find(name, start + 1)
    assert breaks > 50
    assert not bad, "\n".join(bad[:40])


def _ink_rows(pdf: Path, pages: int, dpi: float) -> list[tuple[float, float] | None]:
    """Top and bottom of the ink on each page, in points from the page top."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    extents: list[tuple[float, float] | None] = []
    try:
        for index in range(pages):
            image = document[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            box = image.point(lambda value: 255 if value < 160 else 0).getbbox()
            extents.append(None if box is None else (box[1] * 72 / dpi, box[3] * 72 / dpi))
    finally:
        document.close()
    return extents


def test_no_two_lines_ink_within_a_point(minutes: Document, tmp_path: Path) -> None:
    """Each line of the first pages drawn alone at its place; the white between one line's
    lowest ink and the next one's highest is at least 1 pt."""
    from reportlab.pdfgen.canvas import Canvas

    layout = layout_document(minutes)
    pairs = []
    pdf = tmp_path / "lines.pdf"
    canvas = Canvas(str(pdf), pagesize=(layout.page_width, layout.page_height))
    drawn = 0
    for placed in layout.pages[:2]:
        lines = [(top, piece) for top, piece in placed if piece.kind == "line" and piece.text.strip()]
        for (top, piece), (next_top, _) in itertools.pairwise(lines):
            if abs(top - piece.height - next_top) < 0.01:  # the next line follows with no space
                pairs.append((drawn, drawn + 1))
            drawn += 1
        drawn += 1
        for top, piece in lines:
            piece.draw(canvas, top)
            canvas.showPage()
    canvas.save()
    extents = _ink_rows(pdf, drawn, dpi=288)
    assert len(pairs) > 20
    gaps = []
    for upper, lower in pairs:
        above, below = extents[upper], extents[lower]
        if above and below:
            gaps.append(below[0] - above[1])
    assert min(gaps) >= 1.0, sorted(gaps)[:5]


def _garuda(path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (200, 220), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 190, 210), fill="black")
    image.save(path)
    return path


def test_external_letter_keeps_the_garuda_space_and_hangs_its_headings(
    demo_sqlite_url: str, tmp_path: Path
) -> None:
    import pdfplumber

    from desktop.documents import render
    from desktop.documents.meeting_documents import build_cover_letter

    database = open_database(demo_sqlite_url)
    try:
        with database.session() as session:
            plain = build_cover_letter(session, _meeting_two(session), Settings())
            long = build_cover_letter(
                session,
                _meeting_two(session),
                Settings(garuda_image=str(_garuda(tmp_path / "garuda.png"))),
                enclosures=["รายงานการประชุม ศจพ.อ.เวียงทอง ครั้งที่ ๒/๒๕๖๗ พร้อมบัญชีรายชื่อครัวเรือน"
                            "เป้าหมายที่ต้องบันทึกข้อมูลในระบบ Logbook และแบบรายงานผลการดำเนินงาน", "สำเนาคำสั่ง"],
            )  # fmt: skip
    finally:
        database.dispose()
    cm = 72 / 2.54
    for name, document in (("plain", plain), ("garuda", long)):
        render(document, tmp_path / f"{name}.pdf")
    with pdfplumber.open(tmp_path / "plain.pdf") as pdf:
        page = pdf.pages[0]
        first_text = min(char["top"] for char in page.chars)
        assert first_text >= 4.5 * cm - 2, first_text / cm  # the Garuda's 3 cm from 1.5 cm stay empty
        text = page.extract_text()
    assert "ไปรษณีย์อิเล็กทรอนิกส์" in (plain.plain_text()) and "@" in plain.plain_text()
    with pdfplumber.open(tmp_path / "garuda.pdf") as pdf:
        page = pdf.pages[0]
        (image,) = page.images
        assert abs(image["top"] - 1.5 * cm) < 2 and abs(image["bottom"] - image["top"] - 3 * cm) < 2
        assert min(char["top"] for char in page.chars) > image["bottom"]
        lines: dict[int, list[dict[str, float]]] = {}
        for char in page.chars:
            lines.setdefault(round(char["top"]), []).append(char)
        starts = sorted((round(top), min(c["x0"] for c in chars)) for top, chars in lines.items())
    left = 3 * cm
    # สิ่งที่ส่งมาด้วย: its first item on its own line, the item's second line hanging under
    # the item's text, the next item's number under the first's: nothing returns to the margin.
    hanging = [
        block.left_indent_cm
        for block in long.blocks
        if isinstance(block, Paragraph) and block.label.startswith("สิ่งที่ส่งมาด้วย")
    ]
    assert hanging
    indent = left + hanging[0] * cm
    assert sum(1 for _top, x in starts if abs(x - indent) < 1.5) >= 1, (indent, starts)
    assert text


def test_minutes_and_agenda_follow_the_regulation(minutes: Document, demo_sqlite_url: str) -> None:
    text = minutes.plain_text()
    assert "เมื่อวันพุธที่ ๔ กันยายน ๒๕๖๗" in text  # แบบที่ ๑๑: "เมื่อ" before the date
    assert not re.search("(?m)^-$", text)  # an empty item says "- ไม่มี -", not a dash
    assert not re.search(r"[0-9]", re.sub(r"\S+@\S+|[A-Za-z]+[0-9]*", "", text))


def test_sign_sheet_rows_take_a_pen(demo_sqlite_url: str, tmp_path: Path) -> None:
    import pdfplumber

    from desktop.documents.meeting_documents import write_meeting_document

    database = open_database(demo_sqlite_url)
    try:
        with database.session() as session:
            meeting = _meeting_two(session)
        pdf = write_meeting_document(database, meeting, "signsheet", tmp_path / "signsheet.pdf", Settings())
    finally:
        database.dispose()
    cm = 72 / 2.54
    with pdfplumber.open(pdf) as document:
        heights, widths = [], []
        for page in document.pages:
            for rect in page.rects:
                if rect["height"] > 0.9 * cm:
                    heights.append(rect["height"])
                    widths.append(rect["width"])
        pages = len(document.pages)
    assert len(heights) > 5 * 20
    assert min(heights) >= 1.2 * cm - 0.1
    assert max(widths) >= 4.0 * cm  # the signature column
    assert pages <= 3


def test_no_table_starts_with_fewer_than_three_rows_at_a_page_foot(demo_sqlite_url: str) -> None:
    documents, _names = _demo_documents(demo_sqlite_url)
    checked = 0
    for kind, document in documents.items():
        layout = layout_document(document)
        for page, following in itertools.pairwise(layout.pages):
            kinds = [piece.kind for _top, piece in page]
            if "header" not in kinds or not following or following[0][1].kind != "header":
                continue
            last_header = len(kinds) - 1 - kinds[::-1].index("header")
            rows = len(kinds) - last_header - 1
            if last_header == 0 or kinds[:last_header].count("header") == 0:
                checked += 1
                assert rows >= 3, (kind, rows)
    assert checked >= 0


def test_printed_charts_use_thai_digits() -> None:
    from desktop.reports.charts import ChartSpec, Series, render_chart

    spec = ChartSpec("ครัวเรือน 2568", ["กลุ่มที่ 1", "กลุ่มที่ 2"], [Series("จำนวน", [120, 340])])
    arabic = render_chart(spec, scale=1)
    thai = render_chart(replace(spec, thai_digits=True), scale=1)
    assert arabic.rgb != thai.rgb


def test_pdf_metadata_and_fonts(demo_sqlite_url: str, tmp_path: Path) -> None:
    import subprocess

    from pypdf import PdfReader

    from desktop.documents import render

    documents, _names = _demo_documents(demo_sqlite_url)
    pdf = tmp_path / "minutes.pdf"
    render(documents["minutes"], pdf)
    reader = PdfReader(str(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "รายงานการประชุม ครั้งที่ ๒/๒๕๖๗"  # Thai digits, like the page
    assert reader.metadata.author and reader.metadata.author.startswith("สำนักงานพัฒนาชุมชน")
    assert reader.trailer["/Root"]["/Lang"] == "th-TH"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts  # nothing referenced and not embedded
    assert "Helvetica" not in fonts


def test_no_arabic_digit_in_a_thai_digit_document(demo_sqlite_url: str) -> None:
    documents, _names = _demo_documents(demo_sqlite_url)
    for kind, document in documents.items():
        # Latin words (TPMAP, GLO) and e-mail addresses keep their own characters.
        text = re.sub(r"\S+@\S+|[A-Za-z][A-Za-z0-9]*", "", document.plain_text() + document.title)
        assert not re.search("[0-9]", text), (kind, re.findall(r".{0,20}[0-9].{0,20}", text)[:5])
