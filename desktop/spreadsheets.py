"""Formatted xlsx output shared by every export: Thai headers, IDs as text, safe cells."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl takes ~0.3 s to import: only when a workbook is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@functools.cache
def _styles() -> SimpleNamespace:
    from openpyxl.styles import Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    return SimpleNamespace(
        header_font=Font(name="TH Sarabun New", bold=True, size=14),
        body_font=Font(name="TH Sarabun New", size=14),
        header_fill=PatternFill("solid", fgColor="DDEBF7"),
        border=Border(left=thin, right=thin, top=thin, bottom=thin),
    )


def neutralize(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


@dataclass
class Column:
    header: str
    width: float = 14
    text: bool = False  # stored and shown as text (IDs, codes): leading zeros kept
    number_format: str = ""


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    heading: str = ""  # a title line above the table
    totals: Sequence[Any] | None = None
    subheadings: Sequence[str] = ()  # more lines under the heading (office, fiscal year …)
    note: str = ""  # a line under the table (e.g. "first 5,000 of 12,345 rows")
    footer: str = ""  # printed at the bottom left of every page; page numbers go bottom right
    landscape: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def _cell(sheet: Worksheet, value: Any, column: Column | None, header: bool = False) -> WriteOnlyCell:
    if column is not None and column.text and value is not None and not isinstance(value, str):
        value = str(value)
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    styles = _styles()
    cell = WriteOnlyCell(sheet, value=neutralize(value) if not header else value)
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"
    cell.font = styles.header_font if header else styles.body_font
    cell.border = styles.border
    if header:
        cell.fill = styles.header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    elif column is not None:
        if column.text:
            cell.number_format = "@"
        elif column.number_format:
            cell.number_format = column.number_format
    return cell


def write_workbook(path: Path, sheets: Sequence[Sheet], on_ready: Callable[[int], None] | None = None) -> int:
    """Write the sheets; returns the number of data rows written (all sheets).

    All or nothing (desktop.files): on_ready(rows) runs once the file is complete on disk and
    before it appears under its name (an export commits its audit entry there)."""
    from desktop.files import write_atomically

    # Built inside the atomic write: openpyxl streams each sheet through a temporary file
    # while rows are appended, and a full disk there is the same refusal as at the target.
    return write_atomically(path, lambda temporary: _build_and_save(temporary, sheets), on_ready)


def _build_and_save(path: Path, sheets: Sequence[Sheet]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    written = 0
    for spec in sheets:
        sheet = workbook.create_sheet(spec.title[:31])
        for index, column in enumerate(spec.columns, 1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        header_row = 1
        if spec.heading:
            title = WriteOnlyCell(sheet, value=spec.heading)
            title.font = Font(name="TH Sarabun New", bold=True, size=16)
            sheet.append([title])
            header_row = 2
            for line in spec.subheadings:
                cell = WriteOnlyCell(sheet, value=neutralize(line))
                cell.font = Font(name="TH Sarabun New", size=14)
                sheet.append([cell])
                header_row += 1
        sheet.freeze_panes = f"A{header_row + 1}"
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.page_setup.orientation = "landscape" if spec.landscape else "portrait"
        sheet.page_setup.paperSize = "9"  # A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.oddFooter.right.text = "หน้า &P / &N"
        if spec.footer:
            sheet.oddFooter.left.text = spec.footer
        sheet.append([_cell(sheet, c.header, None, header=True) for c in spec.columns])
        in_sheet = 0
        for row in spec.rows:
            sheet.append([_cell(sheet, v, c) for v, c in zip(row, spec.columns, strict=True)])
            in_sheet += 1
        written += in_sheet
        last_row = header_row + in_sheet
        sheet.auto_filter.ref = (
            f"A{header_row}:{get_column_letter(len(spec.columns))}{max(last_row, header_row)}"
        )
        if spec.totals is not None:
            cells = [_cell(sheet, v, None, header=True) for v in spec.totals]
            for cell, column in zip(cells, spec.columns, strict=False):
                if column.number_format:
                    cell.number_format = column.number_format
            sheet.append(cells)
        if spec.note:
            note = WriteOnlyCell(sheet, value=neutralize(spec.note))
            note.font = Font(name="TH Sarabun New", italic=True, size=13)
            sheet.append([note])
    workbook.save(path)
    return written
