"""PDF output with reportlab: shaped Thai, our own line breaks, official page furniture.

Layout runs in two passes: first every block is cut into placed pieces on pages, then
the pages are drawn, so each page can show the first words of the next one.
Every shaped run is wrapped in an /ActualText span: shaping replaces characters by
positioned glyphs, and without the span copy-paste loses tone marks and splits ำ. Viewers
that ignore /ActualText (MuPDF, pdf.js, pdfminer) read each glyph's ToUnicode entry
instead, so those entries say what the glyph stands for too (see `_ThaiFont`).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import Family
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
from desktop.documents.thai_text import Token, fill_lines, longest_unit, tokens_of, words
from desktop.thai import digits

CELL_PAD = 3.0


PRIVATE = range(0xE000, 0xF900)  # where reportlab puts glyphs that have no character
_CMAP_LOCK = threading.Lock()


class _ThaiFont(TTFont):  # type: ignore[misc]
    """A TTF whose ToUnicode map tells what each shaped glyph stands for.

    reportlab maps a glyph without a character of its own (Sarabun's shifted tone marks,
    ั on ป) to a private-use code, and a character HarfBuzz split (ำ → ํ + า) to its
    parts, so a viewer reading glyphs gets "ที" for ที่ and "ํา" for ำ. `shaped` records
    the meaning of every such glyph here (private code → text): a shifted mark means its
    mark, the า of a split ำ means ำ (a code of its own for the same glyph, so a plain า
    elsewhere keeps its meaning).
    """

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, shapable=True)
        self.meanings: dict[int, str] = {}

    def addObjects(self, doc: Any) -> None:
        # reportlab builds each subset's ToUnicode map with this module-level function.
        def cmap(font_name: str, subset: list[int]) -> str:
            return _to_unicode_cmap(font_name, subset, self.meanings)

        with _CMAP_LOCK:
            original = ttfonts.makeToUnicodeCMap
            ttfonts.makeToUnicodeCMap = cmap
            try:
                super().addObjects(doc)
            finally:
                ttfonts.makeToUnicodeCMap = original


def _to_unicode_cmap(font_name: str, subset: list[int], meanings: dict[int, str]) -> str:
    entries = []
    for index, code in enumerate(subset):
        text = meanings.get(code, chr(code))
        entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) /Supplement 0 >> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@functools.cache
def _register(path: str) -> str:
    name = f"amphoe-{len(pdfmetrics.getRegisteredFontNames())}-{Path(path).stem}"
    font = _ThaiFont(name, path)
    pdfmetrics.registerFont(font)
    # reportlab hands every later name of a face the first object registered for it; a plain
    # TTFont registered first would silently lose the text layer (no `meanings`).
    if pdfmetrics.getFont(name) is not font:
        raise RuntimeError(f"{path} was registered with reportlab outside desktop.documents.pdf")
    return name


@functools.lru_cache(maxsize=65536)
def _shaped_width(text: str, font: str) -> float:
    data = getattr(shaped(text, font).glyphs, "__shapeData__", None)
    if not data:
        return float(pdfmetrics.stringWidth(text, font, 1000)) / 1000
    return sum(float(glyph[1]) for glyph in data) / 1000


@dataclass(frozen=True)
class Fonts:
    """The registered faces of the document's family; sizes given to it are nominal
    (TH Sarabun New points) and drawn at the family's scale."""

    family: Family
    regular: str
    bold: str
    italic: str

    @functools.cached_property
    def scale(self) -> float:
        return self.family.scale

    def name(self, bold: bool, italic: bool = False) -> str:
        return self.bold if bold else self.italic if italic else self.regular

    def drawn(self, size: float) -> float:
        return size * self.scale

    def width(self, text: str, bold: bool, size: float) -> float:
        """Advance width of the shaped text (HarfBuzz may differ from the plain glyph sum)."""
        return _shaped_width(text, self.name(bold)) * size * self.scale

    def line(self, size: float) -> float:
        """Baseline-to-baseline distance: the face's real ink plus a gap (fonts.LINE_GAP)."""
        return self.family.line_height(size)

    def ascent(self, size: float) -> float:
        return self.family.ascent(size)

    def draw(self, canvas: Canvas, x: float, baseline: float, text: str, bold: bool, size: float) -> None:
        draw_text(canvas, x, baseline, text, self.name(bold), self.drawn(size))


def fonts_for(document: Document) -> Fonts:
    family = document.family or Family.bundled()
    return Fonts(
        family, _register(str(family.regular)), _register(str(family.bold)), _register(str(family.italic))
    )


@functools.lru_cache(maxsize=65536)
def shaped(text: str, font: str) -> Run:
    """HarfBuzz glyphs with their positions (reportlab's ShapedStr).

    `drawString(..., shaping=True)` silently draws unshaped text when the optional rlbidi
    package is missing, and then Sarabun loses its tone marks (ที่ → ที); calling the
    shaper ourselves does not depend on it.
    """
    glyphs = shapeStr(text, font, 16)
    data = getattr(glyphs, "__shapeData__", None)
    if not data:
        return Run(glyphs)
    return _with_meanings(text, glyphs, data, pdfmetrics.getFont(font))


@dataclass(frozen=True)
class Run:
    """Shaped text ready to draw: glyphs shown as text, and the few glyphs drawn as outlines
    (a glyph that stands for no character of its own: the ํ of a split ำ)."""

    glyphs: Any  # reportlab's ShapedStr (or a plain str when nothing was shaped)
    outlines: tuple[tuple[int, float, float], ...] = ()  # glyph id, x, y in 1/1000 em


def _with_meanings(text: str, glyphs: str, data: list[Any], ttf: _ThaiFont) -> Run:
    """Give every glyph a code whose ToUnicode entry is the text it stands for.

    Within one HarfBuzz cluster (MONOTONE_CHARACTERS: one per character unless the shaper
    split, joined or reordered them) the glyphs take the cluster's characters one by one;
    the า of a split ำ stands for ำ; a glyph left over (the ํ of ำ, zero-width) is drawn as an
    outline, since a ToUnicode entry cannot say "nothing" in every viewer.
    """
    codes: list[str | None] = list(glyphs)
    starts = sorted({glyph.cluster for glyph in data if 0 <= glyph.cluster < len(text)})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    index = 0
    while index < len(codes):
        cluster = data[index].cluster
        last = index
        while last + 1 < len(codes) and data[last + 1].cluster == cluster:
            last += 1
        source = text[cluster : ends.get(cluster, cluster)]
        members = list(range(index, last + 1))
        index = last + 1
        if "".join(c or "" for c in codes[members[0] : members[-1] + 1]) == source or not source:
            continue
        meanings: dict[int, str] = {}
        if source.endswith("ำ") and codes[members[-1]] == "า":
            meanings[members.pop()] = "ำ"
            source = source[:-1]
        spare = len(members) - len(source)
        for member in list(members):  # the ํ of ำ (alone or in a ligature) first, then others
            if spare > 0 and data[member].x_advance == 0 and codes[member] == "ํ":
                members.remove(member)
                meanings[member] = ""
                spare -= 1
        for member in list(reversed(members)):
            if spare > 0 and data[member].x_advance == 0:
                members.remove(member)
                meanings[member] = ""
                spare -= 1
        if spare > 0:
            continue  # cannot be said glyph by glyph: reportlab's own mapping stays
        for position, member in enumerate(members):
            last_one = position == len(members) - 1
            meanings[member] = source[position:] if last_one else source[position]
        for member, meaning in meanings.items():
            codes[member] = _code_meaning(ttf, codes[member] or "", meaning) if meaning else None
    if None not in codes:
        return Run(ShapedStr("".join(c or "" for c in codes), shapeData=data))
    outlines = []
    kept_codes, kept_data = [], []
    x = 0.0
    for position, (code, glyph) in enumerate(zip(codes, data, strict=True)):
        if code is None:
            gid = ttf.face.charToGlyph[ord(glyphs[position])]
            outlines.append((gid, x + glyph.x_offset, float(glyph.y_offset)))
        else:
            kept_codes.append(code)
            kept_data.append(glyph)
        x += glyph.x_advance
    return Run(ShapedStr("".join(kept_codes), shapeData=kept_data), tuple(outlines))


def _code_meaning(ttf: _ThaiFont, code: str, meaning: str) -> str:
    """A code drawing the glyph of `code` whose ToUnicode entry is `meaning`."""
    if code == meaning:
        return code
    if ord(code) in PRIVATE and ttf.meanings.setdefault(ord(code), meaning) == meaning:
        return code  # a glyph of its own (a shifted mark): its code can say it directly
    gid = ttf.face.charToGlyph[ord(code)]
    private = ttf.hbAddPrivate(f"gid{gid}={meaning}", gid, ttf.face.charWidths[ord(code)])
    ttf.meanings[private] = meaning
    return chr(private)


class _Pen:
    """Collects a glyph's outline from HarfBuzz as reportlab path operations (font units)."""

    def __init__(self) -> None:
        self.operations: list[tuple[str, tuple[float, ...]]] = []
        self.current = (0.0, 0.0)

    def moveTo(self, point: tuple[float, float]) -> None:  # the pen protocol's names (fontTools, HarfBuzz)
        self.operations.append(("moveTo", point))
        self.current = point

    def lineTo(self, point: tuple[float, float]) -> None:
        self.operations.append(("lineTo", point))
        self.current = point

    def curveTo(self, *points: tuple[float, float]) -> None:
        self.operations.append(("curveTo", tuple(v for point in points for v in point)))
        self.current = points[-1]

    def qCurveTo(self, control: tuple[float, float], point: tuple[float, float]) -> None:
        (x0, y0), (cx, cy), (x, y) = self.current, control, point
        self.curveTo(
            (x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0)),
            (x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y)),
            point,
        )

    def closePath(self) -> None:
        self.operations.append(("close", ()))


@functools.lru_cache(maxsize=256)
def _outline(font: str, gid: int) -> tuple[float, tuple[tuple[str, tuple[float, ...]], ...]]:
    """A glyph's outline in font units, and the font's units per em."""
    import uharfbuzz as hb

    face = pdfmetrics.getFont(font).hbFace
    pen = _Pen()
    hb.Font(face).draw_glyph_with_pen(gid, pen)
    return float(face.upem), tuple(pen.operations)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw shaped text whose text layer is the source string exactly."""
    if not text:
        return
    hex_text = "FEFF" + text.encode("utf-16-be").hex().upper()
    canvas._code.append(f"/Span <</ActualText <{hex_text}>>> BDC")
    glyphs = shaped(text, font)
    run = canvas.beginText(x, y)
    run.setFont(font, size)
    run.textOut(glyphs.glyphs)
    canvas.drawText(run)
    for gid, dx, dy in glyphs.outlines:
        upem, operations = _outline(font, gid)
        canvas.saveState()
        canvas.translate(x + dx * size / 1000, y + dy * size / 1000)
        canvas.scale(size / upem, size / upem)
        path = canvas.beginPath()
        for name, values in operations:
            getattr(path, name)(*values)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
    canvas._code.append("EMC")


Draw = Callable[[Canvas, float], None]  # draws with the piece's top at the given y


@dataclass
class Piece:
    height: float
    draw: Draw
    text: str = ""  # what the continuation line quotes when this piece opens a page
    kind: str = ""  # "line": one line of text (tests measure the ink between lines)


@dataclass
class Layout:
    fonts: Fonts
    page_width: float
    page_height: float
    left: float
    right: float
    top: float
    bottom: float  # lowest y the body may use (the continuation line sits below it)
    pages: list[list[tuple[float, Piece]]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.top

    @property
    def width(self) -> float:
        return self.right - self.left

    def room(self) -> float:
        return self.y - self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def place(self, piece: Piece) -> None:
        if piece.height > self.room() and self.pages[-1]:
            self.new_page()
        self.pages[-1].append((self.y, piece))
        self.y -= piece.height

    def skip(self, height: float) -> None:
        if self.pages[-1]:
            self.y = max(self.y - height, self.bottom)


def _line_piece(fonts: Fonts, line: list[Token], x: float, width: float, align: Align, size: float) -> Piece:
    height = fonts.line(size)
    segments: list[tuple[str, bool]] = []
    for token in line:
        if segments and segments[-1][1] == token.bold:
            segments[-1] = (segments[-1][0] + token.text, token.bold)
        else:
            segments.append((token.text, token.bold))
    total = sum(fonts.width(text, bold, size) for text, bold in segments)
    start = {"left": x, "center": x + (width - total) / 2, "right": x + width - total}[align]

    def draw(canvas: Canvas, top: float) -> None:
        baseline = top - fonts.ascent(size)
        cursor = start
        for text, bold in segments:
            fonts.draw(canvas, cursor, baseline, text, bold, size)
            cursor += fonts.width(text, bold, size)

    return Piece(height, draw, "".join(text for text, _ in segments), "line")


def wrap(fonts: Fonts, paragraph: Paragraph, width: float) -> list[list[Token]]:
    tokens = tokens_of((run.text, run.bold) for run in paragraph.runs)
    first = width - (paragraph.first_indent_cm + paragraph.left_indent_cm) * cm
    if paragraph.label_at_margin:
        first = width - paragraph.left_indent_cm * cm
    rest = width - paragraph.left_indent_cm * cm
    return fill_lines(
        tokens,
        [first, rest],
        lambda text, bold: fonts.width(text, bold, paragraph.size),
        no_lone_word=paragraph.align == "left" and not paragraph.label,
    )


def _paragraph_pieces(layout: Layout, paragraph: Paragraph) -> list[Piece]:
    fonts = layout.fonts
    lines = wrap(fonts, paragraph, layout.width)
    pieces = []
    for index, line in enumerate(lines):
        first_line = index == 0 and not paragraph.label_at_margin
        indent = paragraph.left_indent_cm * cm + (paragraph.first_indent_cm * cm if first_line else 0)
        x = layout.left + indent
        piece = _line_piece(fonts, line, x, layout.width - indent, paragraph.align, paragraph.size)
        if index == 0 and paragraph.label:
            label_x = layout.left + max(
                paragraph.left_indent_cm * cm - fonts.width(paragraph.label + " ", False, paragraph.size), 0
            )
            if paragraph.label_at_margin:
                label_x = layout.left + paragraph.first_indent_cm * cm
            line_draw = piece.draw

            def draw(
                canvas: Canvas, top: float, line_draw: Draw = line_draw, label_x: float = label_x
            ) -> None:
                fonts.draw(
                    canvas,
                    label_x,
                    top - fonts.ascent(paragraph.size),
                    paragraph.label,
                    False,
                    paragraph.size,
                )
                line_draw(canvas, top)

            piece = Piece(piece.height, draw, paragraph.label + " " + piece.text, "line")
        pieces.append(piece)
    return pieces or [Piece(fonts.line(paragraph.size), lambda canvas, top: None)]


def _place_paragraph(layout: Layout, paragraph: Paragraph, next_height: float) -> None:
    layout.skip(paragraph.space_before)
    pieces = _paragraph_pieces(layout, paragraph)
    total = sum(p.height for p in pieces)
    if paragraph.keep_with_next and total + next_height > layout.room() and layout.pages[-1]:
        layout.new_page()
    for piece in pieces:
        layout.place(piece)
    layout.skip(paragraph.space_after)


def _cell_lines(fonts: Fonts, cell: str, bold: bool, width: float, size: float) -> list[list[Token]]:
    return fill_lines(tokens_of([(cell, bold)]), [width], lambda t, b: fonts.width(t, b, size))


def _table_row(layout: Layout, table: Table, cells: list[str], bold: bool, widths: list[float]) -> Piece:
    fonts, size = layout.fonts, table.size
    wrapped = [
        _cell_lines(fonts, cell, bold, w - 2 * CELL_PAD, size) for cell, w in zip(cells, widths, strict=True)
    ]
    line_height = fonts.line(size)
    pad = CELL_PAD if table.borders else 0.0
    height = max(max(len(lines) for lines in wrapped) * line_height + 2 * pad, table.row_height_cm * cm)
    aligns: list[Align] = ["center"] * len(cells) if bold else [c.align for c in table.columns]

    def draw(canvas: Canvas, top: float) -> None:
        x = layout.left
        canvas.setLineWidth(0.5)
        for lines, w, align in zip(wrapped, widths, aligns, strict=True):
            if table.borders:
                canvas.rect(x, top - height, w, height, stroke=1, fill=0)
            middle = (height - 2 * pad - len(lines) * line_height) / 2  # text centred in a tall row
            for index, line in enumerate(lines):
                piece = _line_piece(fonts, line, x + CELL_PAD, w - 2 * CELL_PAD, align, size)
                piece.draw(canvas, top - pad - middle - index * line_height)
            x += w

    single = not table.borders and max(len(lines) for lines in wrapped) == 1
    kind = "header" if bold else "line" if single else "row"
    # What the continuation quotes: the row's number and its first cell in words (a name,
    # not a string of digits such as a masked national ID).
    filled = [cell for cell in cells if cell.strip()]
    worded = [cell for cell in filled[1:] if re.search("[ก-๏]", cell)]
    quoted = " ".join(filled[:1] + (worded[:1] or filled[1:2]))
    return Piece(height, draw, quoted, kind)


def column_widths(fonts: Fonts, table: Table, width: float) -> list[float]:
    """The designed shares of the width, widened where a column's longest unbreakable word
    (header or cell) would not fit, the room taken from the columns that can spare it."""
    total = sum(c.width for c in table.columns)
    designed = [width * c.width / total for c in table.columns]
    need = []
    for index, column in enumerate(table.columns):
        widest = (
            longest_unit(column.header, lambda t: fonts.width(t, True, table.size))
            if table.show_header
            else 0
        )
        for row in table.rows:
            widest = max(widest, longest_unit(row[index], lambda t: fonts.width(t, False, table.size)))
        need.append(max(widest + 2 * CELL_PAD + 1.0, column.min_width_cm * cm))
    if sum(need) > width:
        return designed  # cannot be helped: the narrowest columns break between clusters
    widths = designed[:]
    for _ in range(len(widths)):
        short = sum(max(n - w, 0) for n, w in zip(need, widths, strict=True))
        if short <= 0.01:
            break
        spare = [max(w - n, 0) for n, w in zip(need, widths, strict=True)]
        room = sum(spare)
        widths = [
            max(w, n) - (s / room * short if room else 0) for w, n, s in zip(widths, need, spare, strict=True)
        ]
    return widths


def _place_table(layout: Layout, table: Table) -> None:
    layout.skip(table.space_before)
    widths = column_widths(layout.fonts, table, layout.width)
    header = _table_row(layout, table, [c.header for c in table.columns], True, widths)
    caption = (
        _paragraph_pieces(layout, Paragraph.of(table.caption, bold=True, size=table.size + 2))
        if table.caption
        else []
    )
    rows = [_table_row(layout, table, row, False, widths) for row in table.rows]
    header_height = header.height if table.show_header else 0.0
    # A table never starts at a page foot with fewer than 3 of its rows; a short table that
    # would be split but fits a page of its own starts on the next page.
    opening = sum(p.height for p in caption) + header_height + sum(p.height for p in rows[:3])
    whole = opening + sum(p.height for p in rows[3:])
    page_room = layout.top - layout.bottom
    short = len(rows) <= 10 and whole <= page_room
    if (opening > layout.room() or (short and whole > layout.room())) and layout.pages[-1]:
        layout.new_page()
    for piece in caption:
        layout.place(piece)
    if table.show_header:
        layout.place(header)
    for piece in rows:
        if piece.height > layout.room():
            layout.new_page()
            if table.show_header:  # the header row repeats on every page of the table;
                layout.place(
                    Piece(header.height, header.draw, kind="header")
                )  # the continuation quotes the row after it
        layout.place(piece)
    layout.skip(table.space_after)


def _place_signature(layout: Layout, block: SignatureBlock) -> None:
    fonts, size = layout.fonts, block.size
    line_height = fonts.line(size)
    height = block.space_before + line_height * len(block.lines)
    centre = {
        "right": layout.left + layout.width * 0.68,
        "left": layout.left + layout.width * 0.25,
        "center": layout.left + layout.width / 2,
    }[block.position]

    def draw(canvas: Canvas, top: float) -> None:
        for index, line in enumerate(block.lines):
            width = fonts.width(line, False, size)
            baseline = top - block.space_before - index * line_height - fonts.ascent(size)
            fonts.draw(canvas, centre - width / 2, baseline, line, False, size)

    layout.place(Piece(height, draw, block.lines[0] if block.lines else ""))


def _place_side_by_side(layout: Layout, block: SideBySide) -> None:
    fonts, size = layout.fonts, block.size
    line_height = fonts.line(size)
    count = max(len(block.left), len(block.right))
    right_x = layout.left + layout.width * 0.58

    def draw(canvas: Canvas, top: float) -> None:
        for index, text in enumerate(block.left):
            fonts.draw(canvas, layout.left, top - index * line_height - fonts.ascent(size), text, False, size)
        for index, text in enumerate(block.right):
            fonts.draw(canvas, right_x, top - index * line_height - fonts.ascent(size), text, False, size)

    layout.place(Piece(count * line_height + block.space_after, draw, " ".join(block.left + block.right)))


def _aligned_x(layout: Layout, width: float, align: str) -> float:
    """Where a block of this width starts between the margins: left, center or right."""
    return {
        "left": layout.left,
        "center": layout.left + (layout.width - width) / 2,
        "right": layout.right - width,
    }[align]


def _place_image(layout: Layout, block: Image) -> None:
    reader = ImageReader(str(block.path))
    image_width, image_height = reader.getSize()
    width = block.width_cm * cm
    height = width * image_height / image_width
    x = _aligned_x(layout, width, block.align)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.drawImage(reader, x, top - height, width, height, mask="auto")

    layout.place(Piece(height + block.space_after, draw))


def _place_emblem(layout: Layout, block: Emblem) -> None:
    """Drawn at its fixed place on the page, not in the flow; the flow resumes below it
    (or, with a heading beside it, on its foot)."""
    height = block.height_cm * cm
    top = layout.page_height - block.top_cm * cm
    if block.path is not None and block.path.is_file():
        reader = ImageReader(str(block.path))
        image_width, image_height = reader.getSize()
        width = height * image_width / image_height
        x = _aligned_x(layout, width, block.align)

        def draw(canvas: Canvas, _top: float) -> None:
            canvas.drawImage(reader, x, top - height, width, height, mask="auto")

        layout.pages[-1].append((top, Piece(0.0, draw)))
    if block.beside_size:
        layout.y = top - height + layout.fonts.ascent(block.beside_size)
    else:
        layout.y = min(layout.y, top - height - 2)


def empty_emblem_spaces(document: Document) -> list[tuple[float, float, float, float]]:
    """Where the Garuda goes on the first page when the office has no image: (x, y of the
    top, width, height) in points from the page's bottom left; its width is its height."""
    setup = document.page
    page_width, page_height = landscape(A4) if setup.landscape else A4
    left, right = setup.margin_left_cm * cm, page_width - setup.margin_right_cm * cm
    spaces = []
    for block in document.blocks:
        if isinstance(block, Emblem) and not (block.path is not None and block.path.is_file()):
            size = block.height_cm * cm
            x = {"left": left, "center": (left + right - size) / 2, "right": right - size}[block.align]
            spaces.append((x, page_height - block.top_cm * cm, size, size))
    return spaces


def _first_words(text: str, count: int = 2, limit: int = 24) -> str:
    """The opening words of a text: a leading number or label plus up to two whole words
    (a name, a date or a number with its unit counts as one)."""
    taken: list[str] = []
    found = 0
    for unit in words(text.strip()):
        if any(char.isalpha() for char in unit):
            if found == count or (found and len("".join(taken)) + len(unit) > limit):
                break
            found += 1
        taken.append(unit)
    return "".join(taken).strip()


def layout_document(document: Document) -> Layout:
    setup = document.page
    size = landscape(A4) if setup.landscape else A4
    fonts = fonts_for(document)
    line = fonts.line(16)
    layout = Layout(
        fonts=fonts,
        page_width=size[0],
        page_height=size[1],
        left=setup.margin_left_cm * cm,
        right=size[0] - setup.margin_right_cm * cm,
        top=size[1] - setup.margin_top_cm * cm,
        bottom=setup.margin_bottom_cm * cm + line,  # the last line is kept for the continuation
    )
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            next_height = 0.0
            if isinstance(following, Paragraph):
                next_height = fonts.line(following.size) * 2
            elif isinstance(following, Table):
                next_height = fonts.line(following.size) * 3
            elif isinstance(following, SignatureBlock):  # a closing stays with its signature
                next_height = following.space_before + fonts.line(following.size) * len(following.lines)
            _place_paragraph(layout, block, next_height)
        elif isinstance(block, Table):
            _place_table(layout, block)
        elif isinstance(block, SignatureBlock):
            _place_signature(layout, block)
        elif isinstance(block, SideBySide):
            _place_side_by_side(layout, block)
        elif isinstance(block, Image):
            _place_image(layout, block)
        elif isinstance(block, Emblem):
            _place_emblem(layout, block)
        elif isinstance(block, Spacer):
            layout.skip(block.height)
        elif isinstance(block, PageBreak):
            layout.new_page()
    if not layout.pages[-1] and len(layout.pages) > 1:
        layout.pages.pop()
    return layout


def continuation_text(layout: Layout, page_index: int) -> str:
    """The first words of the next page, followed by '...' (empty on the last page)."""
    if page_index + 1 >= len(layout.pages):
        return ""
    for _top, piece in layout.pages[page_index + 1]:
        if piece.text.strip():
            return _first_words(piece.text) + "..."
    return ""


def write_pdf(document: Document, path: Path) -> int:
    """Render to path; returns the number of pages."""
    layout = layout_document(document)
    setup = document.page
    path.parent.mkdir(parents=True, exist_ok=True)
    # The initial font is ours: reportlab's default would reference a Helvetica that no
    # text uses and that is not embedded.
    canvas = Canvas(
        str(path),
        pagesize=(layout.page_width, layout.page_height),
        pageCompression=1,
        initialFontName=layout.fonts.regular,
        lang="th-TH",
    )
    canvas.setTitle(document.title)
    canvas.setAuthor(document.author or "Amphoe Desk")
    canvas.setSubject(document.title)
    canvas.setCreator("Amphoe Desk")
    fonts = layout.fonts
    for page_index, placed in enumerate(layout.pages):
        if page_index > 0:
            number = f"- {digits(page_index + 1, setup.thai_digits)} -"
            width = fonts.width(number, False, 16)
            fonts.draw(
                canvas, (layout.page_width - width) / 2, layout.page_height - 1.5 * cm, number, False, 16
            )
        for top, piece in placed:
            piece.draw(canvas, top)
        following = continuation_text(layout, page_index)
        if following:
            width = fonts.width(following, False, 16)
            baseline = setup.margin_bottom_cm * cm + fonts.line(16) - fonts.ascent(16)
            fonts.draw(canvas, layout.right - width, baseline, following, False, 16)
        canvas.showPage()
    canvas.save()
    return len(layout.pages)


def wrapped_texts(document: Document) -> list[tuple[str, list[str]]]:
    """Each paragraph and table cell with the lines it is broken into, as the pages set them
    (tests check where the breaks fall)."""
    fonts = fonts_for(document)
    setup = document.page
    size = landscape(A4) if setup.landscape else A4
    width = size[0] - (setup.margin_left_cm + setup.margin_right_cm) * cm
    out: list[tuple[str, list[str]]] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            lines = wrap(fonts, block, width)
            out.append((block.text, ["".join(t.text for t in line) for line in lines]))
        elif isinstance(block, Table):
            widths = column_widths(fonts, block, width)
            rows = [(True, [c.header for c in block.columns])] if block.show_header else []
            for bold, row in rows + [(False, r) for r in block.rows]:
                for cell, w in zip(row, widths, strict=True):
                    lines = _cell_lines(fonts, cell, bold, w - 2 * CELL_PAD, block.size)
                    out.append((cell, ["".join(t.text for t in line) for line in lines]))
    return out
