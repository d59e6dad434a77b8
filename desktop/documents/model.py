"""The document model: what an official document says, independent of PDF or DOCX.

Blocks flow down the page; renderers (pdf.py, docx_writer.py) lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.documents.fonts import Family

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


@dataclass
class Paragraph:
    """Text that wraps at Thai word boundaries. `label` hangs to the left (numbered items)."""

    runs: list[Run]
    align: Align = "left"
    size: float = 16
    first_indent_cm: float = 0.0  # first line only (the usual 2.5 cm of official letters)
    left_indent_cm: float = 0.0  # every line
    label: str = ""  # "๑." hanging before the text, at left_indent - label width
    label_at_margin: bool = False  # the label at the margin (อ้างถึง, สิ่งที่ส่งมาด้วย), text hanging
    space_before: float = 0.0  # points
    space_after: float = 0.0
    keep_with_next: bool = False

    @classmethod
    def of(cls, text: str, *, bold: bool = False, **options: object) -> Paragraph:
        return cls([Run(text, bold)], **options)  # type: ignore[arg-type]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def heading(text: str, size: float = 18, space_after: float = 6) -> Paragraph:
    return Paragraph(
        [Run(text, True)], align="center", size=size, space_after=space_after, keep_with_next=True
    )


@dataclass
class Column:
    header: str
    width: float  # relative share of the text width
    align: Align = "left"
    min_width_cm: float = 0.0  # never narrower (a signature column: room for a pen)


@dataclass
class Table:
    """A table whose header row repeats at the top of every page it spans."""

    columns: list[Column]
    rows: list[list[str]]
    size: float = 14
    space_before: float = 4.0
    space_after: float = 8.0
    caption: str = ""  # bold line above the table (kept with it)
    borders: bool = True
    show_header: bool = True  # a list laid out in columns (attendance) has no header row
    row_height_cm: float = 0.0  # at least this tall (sign sheets: room for a pen)


@dataclass
class SignatureBlock:
    """Lines centred in the right half of the page: (ลงชื่อ) …, (name), position."""

    lines: list[str]
    space_before: float = 24.0
    size: float = 16
    position: Literal["right", "left", "center"] = "right"


@dataclass
class SideBySide:
    """Left and right texts on the same lines: ที่ … on the left, the office address on the right."""

    left: list[str]
    right: list[str]
    size: float = 16
    space_after: float = 0.0


@dataclass
class Image:
    path: Path
    width_cm: float
    align: Align = "center"
    space_after: float = 6.0


@dataclass
class Emblem:
    """The Garuda at the top of the first page, its space kept when the office has no image.

    External letters: 3 cm high, top centre, its top 1.5 cm from the page edge; the text
    starts below it. Memos: 1.5 cm at the left margin, the heading (beside_size) on its foot.
    """

    path: Path | None
    height_cm: float = 3.0
    top_cm: float = 1.5
    align: Align = "center"
    beside_size: float = 0.0


@dataclass
class Spacer:
    height: float  # points


@dataclass
class PageBreak:
    pass


Block = Paragraph | Table | SignatureBlock | SideBySide | Image | Emblem | Spacer | PageBreak


@dataclass
class PageSetup:
    margin_left_cm: float = 3.0
    margin_right_cm: float = 2.0
    margin_top_cm: float = 2.5
    margin_bottom_cm: float = 2.0
    thai_digits: bool = True
    landscape: bool = False


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    page: PageSetup = field(default_factory=PageSetup)
    family: Family | None = None  # None: the bundled Sarabun, scaled to TH Sarabun New's sizes
    author: str = ""  # the office: PDF and DOCX metadata

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def plain_text(self) -> str:
        """Every text of the document in reading order (tests compare renderers against it)."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                gap = "\t" if block.label_at_margin else " "  # the DOCX tabs to the hanging indent
                parts.append(f"{block.label}{gap}{block.text}" if block.label else block.text)
            elif isinstance(block, Table):
                if block.caption:
                    parts.append(block.caption)
                if block.show_header:
                    parts.extend(c.header for c in block.columns)
                for row in block.rows:
                    parts.extend(row)
            elif isinstance(block, SignatureBlock):
                parts.extend(block.lines)
            elif isinstance(block, SideBySide):
                parts.extend(block.left + block.right)
        return "\n".join(p for p in parts if p)
