"""Read a spreadsheet (.xlsx, .xls, .csv) into plain rows, refusing broken files in one sentence.

Rows keep the sheet's own numbering: ``Table.rows[i]`` is sheet row ``i + 1``. A big sheet
can be read ``streaming``: its rows keep arriving while the first ones are validated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import incoming
from desktop.errors import UserError
from desktop.households.importing.xlsx_parts import SheetRows, read_in_parts, read_top_rows

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

MAX_FILE_BYTES = incoming.MAX_FILE_BYTES  # the other limits: desktop/incoming.py
MAX_CELLS = incoming.MAX_GRID

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}


@dataclass
class Table:
    """One sheet as rows of values (str, float, int, bool, datetime or '')."""

    name: str
    rows: list[list[Any]]
    sheet_names: list[str] = field(default_factory=list)
    more: Iterator[int] | None = None  # streaming: appends the rows still being read to rows
    expected_rows: int = 0  # streaming: an estimate of len(rows) at the end, for progress

    def arrivals(self) -> Iterator[int]:
        """``len(rows)`` now, and again each time more rows have arrived."""
        more, self.more = self.more, None
        if more is None:
            yield len(self.rows)
        else:  # its first step checks the rows there already (and fills their merged cells)
            yield from more


def _refuse(path: Path, th: str, en: str) -> UserError:
    return UserError(f"{path.name}: {th}", f"{path.name}: {en}")


def _unreadable(path: Path) -> UserError:
    return _refuse(
        path,
        "อ่านข้อมูลในไฟล์ไม่ได้ ไฟล์อาจเสียหรือไม่สมบูรณ์",
        "cannot read the data in the file; it may be damaged or incomplete.",
    )


def _check_size(path: Path) -> None:
    incoming.check_file(path, MAX_FILE_BYTES)


def _check_xlsx_container(path: Path, sheets: bool = True) -> incoming.XlsxCheck:
    """An xlsx is a zip: the guard refuses a non-zip, a truncated zip, a zip bomb, a far cell,
    a lying dimension or an XML bomb before calamine (which aborts on a failed allocation)
    sees the file; ``sheets=False``: the worksheets are scanned later, as they are unzipped."""
    return incoming.check_xlsx(path, sheets=sheets)


def _looks_like_xls(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _fill_merged(rows: list[list[Any]], ranges: Any, from_row: int = 0) -> None:
    """A merged cell's value stands in every cell of the merge (e.g. ตำบล merged down a column);
    ``from_row``: fill only rows from there on (the rows before it were filled already)."""
    for (r0, c0), (r1, c1) in ranges or ():
        if r0 >= len(rows) or c0 >= len(rows[r0]) or r1 < from_row:
            continue
        value = rows[r0][c0]
        if value in ("", None):
            continue
        for r in range(max(r0, from_row), min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, c1 + 1):
                while len(row) <= c:
                    row.append("")
                if row[c] in ("", None):
                    row[c] = value


def _open_workbook(path: Path) -> CalamineWorkbook:
    """Open an xlsx with calamine, once the guard passed it; a file calamine cannot open is
    refused."""
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine raises its own and OS errors for broken files
        raise _not_excel(path) from error


def _check_cells(path: Path, sheet: str, width: int, height: int) -> None:
    if width * height > MAX_CELLS:
        raise _refuse(
            path,
            f"แผ่นงาน '{sheet}' ใหญ่เกินไป ({height} แถว × {width} คอลัมน์)",
            f"the sheet '{sheet}' is too large ({height} rows × {width} columns).",
        )


def _checked(path: Path, parts: SheetRows) -> Iterator[int]:
    """The parts as they arrive, each checked for size and its merged cells filled."""
    rows, done, width = parts.rows, 0, 0
    try:
        for count in parts.arriving:
            width = max(width, max((len(row) for row in rows[done:count]), default=0))
            _check_cells(path, parts.name, width, count)
            incoming.check_cell_lengths(path.name, rows, done, count)
            _fill_merged(rows, parts.merged, done)
            done = count
            yield count
    except UserError:
        raise
    except Exception as error:  # calamine failed on a later part: the file is damaged there
        raise _unreadable(path) from error
    finally:
        parts.arriving.close()


def _is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in {".xlsx", ".xlsm"} and not _looks_like_xls(path)


def _read_excel(path: Path, sheet: str | None, streaming: bool) -> Table:
    if not _is_xlsx(path):  # an old .xls (or one renamed .xlsx): read in a child process
        return _read_xls(path, sheet)
    checked = _check_xlsx_container(path, sheets=False)
    parts = read_in_parts(path, sheet, checked)  # a big single sheet: parsed on all cores
    if parts is not None:  # (its XML scanned by the guard as it was unzipped)
        table = Table(parts.name, parts.rows, parts.sheet_names, _checked(path, parts), parts.expected_rows)
        if not streaming:
            for _count in table.arrivals():
                pass
            parts.complete()
        return table
    checked.check_sheets()  # read the ordinary way: every sheet scanned first
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise _refuse(path, "ไม่มีแผ่นงานในไฟล์", "the workbook has no sheets.")
        if sheet is not None and sheet not in names:
            raise _refuse(
                path,
                f"ไม่พบแผ่นงาน '{sheet}' (มี: {', '.join(names)})",
                f"there is no sheet '{sheet}' (sheets: {', '.join(names)}).",
            )
        chosen = sheet if sheet is not None else names[0]
        try:
            data = workbook.get_sheet_by_name(chosen)
            _check_cells(path, chosen, data.width, data.height)
            rows = data.to_python(skip_empty_area=False)
            try:
                merged = data.merged_cell_ranges
            except Exception:
                merged = None
        except UserError:
            raise
        except Exception as error:
            raise _unreadable(path) from error
    finally:
        workbook.close()
    rows = [list(row) for row in rows]
    incoming.check_cell_lengths(path.name, rows)
    _fill_merged(rows, merged)
    return Table(chosen, rows, names)


def _no_sheets_or_missing(path: Path, names: list[str], sheet: str | None) -> UserError:
    if not names:
        return _refuse(path, "ไม่มีแผ่นงานในไฟล์", "the workbook has no sheets.")
    return _refuse(
        path,
        f"ไม่พบแผ่นงาน '{sheet}' (มี: {', '.join(names)})",
        f"there is no sheet '{sheet}' (sheets: {', '.join(names)}).",
    )


def _not_excel(path: Path) -> UserError:
    return _refuse(
        path,
        "เปิดไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่ไฟล์ Excel",
        "cannot open the Excel file; it may be damaged or not an Excel file.",
    )


def _read_xls(path: Path, sheet: str | None, top: int | None = None) -> Table:
    if not _looks_like_xls(path):  # not an old Excel file at all: no child needed to say so
        raise _not_excel(path)
    read = incoming.read_xls(path, sheet, top=top)
    if isinstance(read, list):
        raise _no_sheets_or_missing(path, read, sheet)
    incoming.check_cell_lengths(path.name, read.rows)
    _fill_merged(read.rows, read.merged)
    return Table(read.chosen, read.rows, read.names)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) first; else cp874, what Thai Windows saves 'CSV' as."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp874", errors="replace")


def _read_csv(path: Path) -> Table:
    return _read_csv_bytes(path, path.read_bytes())


def _read_csv_bytes(path: Path, raw: bytes) -> Table:
    incoming.check_csv(path.name, raw)
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(
            path,
            "ไม่ใช่ไฟล์ CSV (มีข้อมูลไบนารี) ไฟล์อาจเสียหรือถูกเปลี่ยนนามสกุล",
            "this is not a CSV file (it holds binary data); it may be damaged or renamed.",
        )
    text = decode_text(raw)
    sample = text[:8192]
    delimiter = ","
    counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] > 0:
        delimiter = best
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as error:
        raise _refuse(path, "อ่านไฟล์ CSV ไม่ได้", f"cannot read the CSV file ({error}).") from error
    incoming.check_cell_lengths(path.name, rows)
    return Table(path.stem, rows, [path.stem])


def read_table(path: Path, sheet: str | None = None, streaming: bool = False) -> Table:
    """Read one sheet of a spreadsheet file; raise UserError with one sentence if it is unusable.

    ``streaming``: a big sheet may return with its first rows only, the rest coming through
    ``Table.arrivals()`` (and its rows may be of unequal width).
    """
    path = Path(path)
    _check_size(path)
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _read_excel(path, sheet, streaming)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    raise _refuse(
        path,
        "รับเฉพาะไฟล์ .xlsx .xls หรือ .csv",
        "only .xlsx, .xls or .csv files can be imported.",
    )


HEADER_ROWS = 30  # the header row is looked for among these (columns.find_header_row)
CSV_TOP_BYTES = 256 * 1024


def read_top(path: Path, sheet: str | None = None, count: int = HEADER_ROWS) -> Table:
    """The first ``count`` rows of a sheet, for finding the header and the mapping: a big xlsx
    is not parsed whole for it (the import reads the whole sheet once, later)."""
    path = Path(path)
    _check_size(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        with path.open("rb") as handle:
            head = handle.read(CSV_TOP_BYTES)
        if len(head) == CSV_TOP_BYTES and b"\n" in head:
            head = head[: head.rfind(b"\n") + 1]  # whole lines: a character is never cut
            table = _read_csv_bytes(path, head)
        else:
            table = _read_csv(path)
        table.rows = table.rows[:count]
        return table
    if suffix in EXCEL_SUFFIXES and _is_xlsx(path):
        # the sheets are not scanned whole: only the part of one that calamine gets
        top = read_top_rows(path, count, sheet, _check_xlsx_container(path, sheets=False))
        if top is not None:
            return Table(top.name, [list(row) for row in top.rows], top.sheet_names)
        return _first_rows(read_table(path, sheet), count)
    if suffix in EXCEL_SUFFIXES and _looks_like_xls(path):  # only the top rows come back from the child
        return _first_rows(_read_xls(path, sheet, count), count)
    return _first_rows(read_table(path, sheet), count)


def _first_rows(table: Table, count: int) -> Table:
    table.rows = table.rows[:count]
    return table


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (a CSV has one); used by the GUI's sheet chooser."""
    path = Path(path)
    _check_size(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return [path.stem]
    if not _is_xlsx(path):
        if not _looks_like_xls(path):
            raise _not_excel(path)
        read = incoming.read_xls(path, names_only=True)
        return read if isinstance(read, list) else read.names
    # the names need no sheet data: calamine reads the workbook and shared strings (checked)
    _check_xlsx_container(path, sheets=False)
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()
