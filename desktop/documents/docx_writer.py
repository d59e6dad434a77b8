"""The editable DOCX twin: the same blocks and text as the PDF, in Word's own terms.

Clerks finish documents in Word, so the styles matter more than pixel identity: the
body font is set for Word's complex-script slot (w:cs, w:szCs), which is what Word
uses for Thai; tables mark their header row to repeat on every page.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from desktop.documents.model import (
    Align,
    Document,
    Image,
    PageBreak,
    Paragraph,
    SideBySide,
    SignatureBlock,
    Spacer,
    Table,
)

FONT = "TH Sarabun New"  # what Thai offices have installed; Word substitutes when missing
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _font(run: object, size: float, bold: bool = False) -> None:
    font = run.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    properties = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(int(size * 2)))
    properties.append(size_cs)
    if bold:
        properties.append(OxmlElement("w:bCs"))


def _paragraph(
    container: object, align: Align = "left", space_after: float = 0, space_before: float = 0
) -> object:
    paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = ALIGN[align]
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(space_before)
    return paragraph


def _write_paragraph(doc: object, block: Paragraph) -> None:
    paragraph = _paragraph(doc, block.align, block.space_after, block.space_before)
    fmt = paragraph.paragraph_format  # type: ignore[attr-defined]
    fmt.left_indent = Cm(block.left_indent_cm)
    fmt.first_line_indent = Cm(block.first_indent_cm)
    fmt.keep_with_next = block.keep_with_next
    if block.label:
        _font(paragraph.add_run(block.label + " "), block.size)  # type: ignore[attr-defined]
    for run in block.runs:
        for index, line in enumerate(run.text.split("\n")):
            if index:
                paragraph.add_run().add_break(WD_BREAK.LINE)  # type: ignore[attr-defined]
            _font(paragraph.add_run(line), block.size, run.bold)  # type: ignore[attr-defined]


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _write_table(doc: object, block: Table, text_width_cm: float) -> None:
    if block.caption:
        _write_paragraph(
            doc, Paragraph.of(block.caption, bold=True, size=block.size + 2, keep_with_next=True)
        )
    table = doc.add_table(rows=1 if block.show_header else 0, cols=len(block.columns))  # type: ignore[attr-defined]
    if block.borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(c.width for c in block.columns)
    if block.show_header:
        for cell, column in zip(table.rows[0].cells, block.columns, strict=True):
            cell.width = Cm(text_width_cm * column.width / total)
            cell.paragraphs[0].alignment = ALIGN["center"]
            _font(cell.paragraphs[0].add_run(column.header), block.size, True)
        _repeat_header(table.rows[0])
    for values in block.rows:
        cells = table.add_row().cells
        for cell, value, column in zip(cells, values, block.columns, strict=True):
            cell.width = Cm(text_width_cm * column.width / total)
            cell.paragraphs[0].alignment = ALIGN[column.align]
            _font(cell.paragraphs[0].add_run(value), block.size)
    _paragraph(doc, space_after=block.space_after)


def write_docx(document: Document, path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    setup = document.page
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if setup.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = Cm(setup.margin_left_cm)
    section.right_margin = Cm(setup.margin_right_cm)
    section.top_margin = Cm(setup.margin_top_cm)
    section.bottom_margin = Cm(setup.margin_bottom_cm)
    _page_numbers(section, setup.thai_digits)
    text_width_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(16)
    normal.paragraph_format.space_after = Pt(0)
    doc.core_properties.title = document.title
    for block in document.blocks:
        if isinstance(block, Paragraph):
            _write_paragraph(doc, block)
        elif isinstance(block, Table):
            _write_table(doc, block, text_width_cm)
        elif isinstance(block, SignatureBlock):
            _paragraph(doc, space_before=block.space_before)
            for line in block.lines:
                paragraph = _paragraph(doc, "center")
                paragraph.paragraph_format.left_indent = Cm(text_width_cm * 0.36)  # type: ignore[attr-defined]
                _font(paragraph.add_run(line), block.size)  # type: ignore[attr-defined]
        elif isinstance(block, SideBySide):
            _write_side_by_side(doc, block, text_width_cm)
        elif isinstance(block, Image):
            paragraph = _paragraph(doc, block.align, block.space_after)
            paragraph.add_run().add_picture(str(block.path), width=Cm(block.width_cm))  # type: ignore[attr-defined]
        elif isinstance(block, Spacer):
            _paragraph(doc, space_after=block.height)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def _write_side_by_side(doc: object, block: SideBySide, text_width_cm: float) -> None:
    table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    left, right = table.rows[0].cells
    left.width, right.width = Cm(text_width_cm * 0.58), Cm(text_width_cm * 0.42)
    for cell, lines in ((left, block.left), (right, block.right)):
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            _font(paragraph.add_run(line), block.size)


def _page_numbers(section: object, thai_digits: bool) -> None:
    """'- ๒ -' at the top centre from page 2 on (a different first-page header stays empty)."""
    section.different_first_page_header_footer = True  # type: ignore[attr-defined]
    paragraph = section.header.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = ALIGN["center"]
    _font(paragraph.add_run("- "), 16)
    run = paragraph.add_run()
    _font(run, 16)
    for kind, text in (
        ("begin", None),
        (None, " PAGE \\* ThaiArabic " if thai_digits else " PAGE "),
        ("end", None),
    ):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)
    _font(paragraph.add_run(" -"), 16)
