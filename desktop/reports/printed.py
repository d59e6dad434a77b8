"""PDF and DOCX of a report: title, the charts (the very PNG the window shows), the tables.

Interim writer until the documents engine (desktop.documents) lands on main: reportlab with
the bundled Sarabun and HarfBuzz shaping (ReportLab's ``shaping`` through uharfbuzz) for the
PDF, python-docx for the DOCX. Header rows repeat on every page; pages after the first are
numbered at the top centre ("- ๒ -"), as official documents are.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from desktop.paths import font_path
from desktop.reports.charts import render_chart
from desktop.reports.model import COUNT, DATE, MONEY, Report, ReportTable
from desktop.reports.output import made_line
from desktop.thai import thai_date_short, to_thai_digits

FONT, BOLD = "SarabunReport", "SarabunReport-Bold"


def cell_text(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == DATE and isinstance(value, dt.date):
        return thai_date_short(value, thai_digits=False)
    if kind == MONEY and isinstance(value, int | float | Decimal):
        return f"{value:,.2f}"
    if kind == COUNT and isinstance(value, int | float | Decimal):
        return f"{value:,}"
    return str(value)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Thai has no spaces between words: break at word boundaries (pythainlp) so that no
    line is wider than ``width``. ReportLab's own wrapping splits inside a syllable and loses
    the tone mark there; lines that already fit are shaped correctly."""
    from pythainlp.tokenize import word_tokenize
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for paragraph in text.split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)  # most cells: no need to find word boundaries
            continue
        line = ""
        for word in word_tokenize(paragraph, keep_whitespace=True):
            if line and stringWidth(line + word, font, size) > width:
                lines.append(line.rstrip())
                line = word.lstrip()
            else:
                line += word
        lines.append(line)
    return lines


def write_document(report: Report, path: Path) -> None:
    if path.suffix.lower() == ".docx":
        _docx(report, path)
    else:
        _pdf(report, path)


# --- PDF ---------------------------------------------------------------------------------------


@cache
def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(font_path("Regular")), shapable=True))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path("Bold")), shapable=True))


def _pdf(report: Report, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=15, shaping=True)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=body, fontName=BOLD, alignment=TA_CENTER)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=24, alignment=TA_CENTER)
    subtitle = ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19, alignment=TA_CENTER)
    section = ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=14, leading=20, spaceBefore=8)
    page_size = landscape(A4)
    margin = 1.5 * cm
    usable = page_size[0] - 2 * margin

    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def cell(text: str, style: ParagraphStyle, width: float) -> Paragraph:
        lines = break_lines(text, style.fontName, style.fontSize, width - 14)  # cell padding 6 + 6
        return Paragraph("<br/>".join(escape(line) for line in lines), style)

    story: list[Any] = [
        Paragraph(escape(report.title), title),
        Paragraph(escape(report.subtitle), subtitle),
        Paragraph(escape(made_line(report)), subtitle),
        Spacer(1, 0.3 * cm),
    ]
    for chart_spec in report.charts:
        chart = render_chart(chart_spec)
        width = min(usable * 0.75, 17 * cm)
        story.append(Image(io.BytesIO(chart.png), width=width, height=width * chart.height / chart.width))
        story.append(Spacer(1, 0.3 * cm))

    def table(spec: ReportTable) -> list[Any]:
        weights = [c.width for c in spec.columns]
        widths = [usable * w / sum(weights) for w in weights]
        header = [cell(c.header, head, w) for c, w in zip(spec.columns, widths, strict=True)]
        rows = [header]
        for row in spec.rows:
            rows.append(
                [
                    cell(cell_text(v, c.kind), right if c.kind in (COUNT, MONEY) else body, w)
                    for v, c, w in zip(row, spec.columns, widths, strict=True)
                ]
            )
        if spec.totals is not None:
            rows.append(
                [
                    cell(cell_text(v, c.kind), head, w)
                    for v, c, w in zip(spec.totals, spec.columns, widths, strict=True)
                ]
            )
        grid = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if spec.totals is not None:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
        grid.setStyle(TableStyle(style))
        parts: list[Any] = [
            KeepTogether([Paragraph(escape(spec.title), section), Spacer(1, 0.15 * cm)]),
            grid,
        ]
        if spec.note:
            parts.append(Paragraph(escape(spec.note), body))
        return parts

    for spec in report.tables:
        story.extend(table(spec))

    def number_pages(canvas: Any, document: Any) -> None:
        if document.page > 1:
            canvas.saveState()
            canvas.setFont(FONT, 14)
            canvas.drawCentredString(
                page_size[0] / 2, page_size[1] - 1.0 * cm, f"- {to_thai_digits(document.page)} -"
            )
            canvas.restoreState()

    document = SimpleDocTemplate(
        str(path),
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=report.title,
        author=report.office,
    )
    document.build(story, onFirstPage=number_pages, onLaterPages=number_pages)


# --- DOCX --------------------------------------------------------------------------------------


def _docx(report: Report, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    normal = document.styles["Normal"]
    normal.font.name = "TH Sarabun New"
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), "TH Sarabun New")
    normal.element.get_or_add_rPr().append(OxmlElement("w:szCs"))
    normal.element.rPr.find(qn("w:szCs")).set(qn("w:val"), "28")

    def centred(text: str, size: int, bold: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)

    centred(report.title, 18, bold=True)
    centred(report.subtitle, 15)
    centred(made_line(report), 14)
    for chart_spec in report.charts:
        chart = render_chart(chart_spec)
        document.add_picture(io.BytesIO(chart.png), width=Cm(17))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for spec in report.tables:
        heading = document.add_paragraph()
        heading.add_run(spec.title).bold = True
        rows = list(spec.rows) + ([spec.totals] if spec.totals is not None else [])
        grid = document.add_table(rows=1 + len(rows), cols=len(spec.columns))
        grid.style = "Table Grid"
        header_row = grid.rows[0]
        properties = header_row._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)  # the header row repeats on every page
        for cell, column in zip(header_row.cells, spec.columns, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(column.header).bold = True
        for r, row in enumerate(rows, 1):
            is_total = spec.totals is not None and r == len(rows)
            for cell, value, column in zip(grid.rows[r].cells, row, spec.columns, strict=True):
                run = cell.paragraphs[0].add_run(cell_text(value, column.kind))
                run.bold = is_total
                if column.kind in (COUNT, MONEY):
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if spec.note:
            document.add_paragraph(spec.note)
    document.save(str(path))
