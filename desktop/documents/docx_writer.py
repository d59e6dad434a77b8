"""The editable DOCX twin: the same blocks and text as the PDF, in Word's own terms.

Clerks finish documents in Word, so the styles matter more than pixel identity: the
body font is set for Word's complex-script slot (w:cs, w:szCs), which is what Word
uses for Thai, with the Thai language tag (w:lang w:bidi); single line spacing as
official typing uses; prose paragraphs in Thai distributed justification; the column
widths the PDF uses written in the table grid and in every cell; headings, closings and
signature blocks kept with what follows; the Garuda in the first page's header 1.5 cm
from the edge; page numbers from page 2 in Thai digits (the section's number format).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips
from docx.table import _Cell

from desktop.documents.model import (
    Align,
    Document,
    Emblem,
    Image,
    PageBreak,
    Paragraph,
    SideBySide,
    SignatureBlock,
    Spacer,
    Table,
)

FONT = "TH Sarabun New"  # what Thai offices have installed; Word substitutes when missing
LANGUAGE = "th-TH"
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _font(run: object, size: float, bold: bool = False) -> None:
    """The run's font in every script slot, in the schema's element order (rFonts, b, bCs, sz, szCs)."""
    font = run.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    properties = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    if bold:
        properties.get_or_add_bCs()
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(int(size * 2)))
    properties.find(qn("w:sz")).addnext(size_cs)


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
    if block.align == "left" and block.first_indent_cm and not block.label:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY  # type: ignore[attr-defined]  # official prose
    if block.label and block.label_at_margin:
        # The label at the margin (or the first indent), the text hanging at the left indent:
        # Word and LibreOffice take a hanging indent as the tab stop after the label.
        fmt.first_line_indent = Cm(block.first_indent_cm - block.left_indent_cm)
        _font(paragraph.add_run(block.label + "\t"), block.size)  # type: ignore[attr-defined]
    elif block.label:
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


def _grid(table: object, widths: list[float]) -> None:
    """The designed widths in the table grid (fixed layout): Word and LibreOffice keep them."""
    table.autofit = False  # type: ignore[attr-defined]
    grid = table._tbl.tblGrid  # type: ignore[attr-defined]
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(round(width * 20)))


def _write_table(doc: object, block: Table, widths: list[float]) -> None:
    """widths: each column's width in points, as the PDF lays it out."""
    if block.caption:
        _write_paragraph(
            doc, Paragraph.of(block.caption, bold=True, size=block.size + 2, keep_with_next=True)
        )
    table = doc.add_table(rows=1 if block.show_header else 0, cols=len(block.columns))  # type: ignore[attr-defined]
    if block.borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _grid(table, widths)
    if block.show_header:
        for cell, column, width in zip(table.rows[0].cells, block.columns, widths, strict=True):
            cell.width = Twips(round(width * 20))
            cell.paragraphs[0].alignment = ALIGN["center"]
            _font(cell.paragraphs[0].add_run(column.header), block.size, True)
        _repeat_header(table.rows[0])
    prototype = None
    for values in block.rows:
        if prototype is None:
            row = table.add_row()
            if block.row_height_cm:
                row.height = Cm(block.row_height_cm)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            # row.cells walks the whole table grid: quadratic over a 1,000-row annex.
            cells = [_Cell(tc, table) for tc in row._tr.tc_lst]
            for cell, value, column, width in zip(cells, values, block.columns, widths, strict=True):
                cell.width = Twips(round(width * 20))
                cell.paragraphs[0].alignment = ALIGN[column.align]
                run = cell.paragraphs[0].add_run(value)
                if not value:  # every cell keeps a text node for the copies to fill
                    run._r.append(OxmlElement("w:t"))
                _font(run, block.size)
            prototype = row._tr
            continue
        # Later rows are copies of the first with their own texts: python-docx's per-element
        # insertion costs ~20 ms a row, a copy costs well under one.
        tr = copy.deepcopy(prototype)
        for text_node, value in zip(tr.iter(qn("w:t")), values, strict=True):
            text_node.text = value
            text_node.set(qn("xml:space"), "preserve")
        table._tbl.append(tr)
    _paragraph(doc, space_after=block.space_after)


def _write_signature(doc: object, block: SignatureBlock, text_width_cm: float) -> None:
    """Every line kept with the next: the block never splits across pages."""
    spacer = _paragraph(doc, space_before=block.space_before)
    spacer.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    indent = {"right": 0.36, "left": -0.5, "center": 0.0}[block.position]
    for index, line in enumerate(block.lines):
        paragraph = _paragraph(doc, "center")
        fmt = paragraph.paragraph_format  # type: ignore[attr-defined]
        if indent > 0:
            fmt.left_indent = Cm(text_width_cm * indent)
        elif indent < 0:
            fmt.right_indent = Cm(text_width_cm * -indent)
        fmt.keep_with_next = index < len(block.lines) - 1
        _font(paragraph.add_run(line), block.size)  # type: ignore[attr-defined]


def _write_emblem(section: object, block: Emblem) -> None:
    """The Garuda in the first page's header, its top 1.5 cm from the edge: the body starts
    below it. Without an image, an empty line of the Garuda's height keeps its place."""
    section.header_distance = Cm(block.top_cm)  # type: ignore[attr-defined]
    paragraph = section.first_page_header.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = ALIGN[block.align]
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(0)
    if block.path is not None and block.path.is_file():
        paragraph.add_run().add_picture(str(block.path), height=Cm(block.height_cm))
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Cm(block.height_cm)


def _language(style: object) -> None:
    """Thai as the complex-script language of the style (spell checking, line breaking)."""
    properties = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:bidi"), LANGUAGE)


def write_docx(document: Document, path: Path) -> None:
    from desktop.documents.pdf import column_widths, fonts_for

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
    section.header_distance = Cm(1.5)  # the page number stands 1.5 cm from the top, as in the PDF
    _page_numbers(section, setup.thai_digits)
    text_width_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(16)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0  # single, as official letters are typed
    _language(normal)
    _metadata(doc, document)
    fonts = fonts_for(document)
    for block in document.blocks:
        if isinstance(block, Paragraph):
            _write_paragraph(doc, block)
        elif isinstance(block, Table):
            _write_table(doc, block, column_widths(fonts, block, text_width_cm / 2.54 * 72))
        elif isinstance(block, SignatureBlock):
            _write_signature(doc, block, text_width_cm)
        elif isinstance(block, SideBySide):
            _write_side_by_side(doc, block, text_width_cm)
        elif isinstance(block, Emblem):
            _write_emblem(section, block)
        elif isinstance(block, Image):
            paragraph = _paragraph(doc, block.align, block.space_after)
            paragraph.add_run().add_picture(str(block.path), width=Cm(block.width_cm))  # type: ignore[attr-defined]
        elif isinstance(block, Spacer):
            _paragraph(doc, space_after=block.height)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def _metadata(doc: object, document: Document) -> None:
    """The office's own metadata, not python-docx's template (author 'python-docx', 2013)."""
    properties = doc.core_properties  # type: ignore[attr-defined]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    properties.title = document.title
    properties.author = document.author or "Amphoe Desk"
    properties.last_modified_by = document.author or "Amphoe Desk"
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.language = LANGUAGE
    properties.created = now
    properties.modified = now
    for printed in properties._element.findall(qn("cp:lastPrinted")):  # the template's 2013
        properties._element.remove(printed)
    properties.revision = 1


def _write_side_by_side(doc: object, block: SideBySide, text_width_cm: float) -> None:
    table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    widths = [text_width_cm * 0.58 / 2.54 * 72, text_width_cm * 0.42 / 2.54 * 72]
    _grid(table, widths)
    left, right = table.rows[0].cells
    left.width, right.width = (Twips(round(w * 20)) for w in widths)
    for cell, lines in ((left, block.left), (right, block.right)):
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            _font(paragraph.add_run(line), block.size)


def _page_numbers(section: object, thai_digits: bool) -> None:
    """'- ๒ -' at the top centre from page 2 on (a different first-page header stays empty).

    The digits come from the section's page-number format (w:pgNumType w:fmt="thaiNumbers"),
    which Word applies to a plain PAGE field. The field switch \\* ThaiArabic is not used:
    LibreOffice reads it as Thai letters (ข for 2); it shows the plain field as 2.
    """
    section.different_first_page_header_footer = True  # type: ignore[attr-defined]
    if thai_digits:
        numbering = OxmlElement("w:pgNumType")
        numbering.set(qn("w:fmt"), "thaiNumbers")
        properties = section._sectPr  # type: ignore[attr-defined]
        following = properties.find(qn("w:cols"))
        if following is not None:
            following.addprevious(numbering)
        else:
            properties.append(numbering)
    paragraph = section.header.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = ALIGN["center"]
    _font(paragraph.add_run("- "), 16)
    run = paragraph.add_run()
    _font(run, 16)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)
    _font(paragraph.add_run(" -"), 16)
