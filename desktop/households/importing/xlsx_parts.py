"""Read one large worksheet on several cores: calamine parses each part of its rows at once.

python-calamine loads a whole sheet in one call, which releases the GIL but keeps to one core
(~4 s for 100k households × 20 columns). Here the sheet's XML is cut at row boundaries into
parts, each part becomes a small stored (uncompressed) workbook with the original's other
files (shared strings, styles, workbook), and calamine loads the parts on parallel threads.
Cells carry their own references (``<c r="B50118">``), so every part knows where its rows
sit; the rows are joined back in sheet order, gaps (blank rows at a cut) kept as blank rows.

The parts are cut while the sheet is still being unzipped, each handed to calamine as soon as
it is complete (what follows the rows, merged cells among it, is read from the end of the sheet
on its own). The rows arrive part by part: there are more parts than threads, so the import
validates the first parts while calamine is still reading the last ones.

Only for the plain case: one worksheet, big enough to be worth it, rows that carry their
``r`` attribute. Anything else, or anything unexpected, returns None and the caller reads
the file the ordinary way (which also gives broken files their one-sentence refusal).
"""

from __future__ import annotations

import io
import logging
import os
import zipfile
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.incoming import SheetScan, XlsxCheck, check_xlsx

log = logging.getLogger("amphoe.import")

SPLIT_FROM_BYTES = 16 * 1024 * 1024  # ~12k rows of 20 columns; below it one load is quick
ROW_START = b'<row r="'


Loaded = tuple[tuple[int, int] | None, list[list[Any]]]  # where the part's first cell sits, its rows


@dataclass
class SheetRows:
    """The first part's rows, and ``arriving``: each step appends the next part's rows to
    ``rows`` (rows may be of unequal width) and yields ``len(rows)``."""

    name: str
    sheet_names: list[str]
    rows: list[list[Any]]
    merged: Any
    arriving: Generator[int, None, None]
    expected_rows: int  # an estimate from the first part, for progress

    def complete(self) -> list[list[Any]]:
        """Every row, each as wide as the sheet, as one ordinary load gives them."""
        for _count in self.arriving:
            pass
        width = max(map(len, self.rows), default=0)
        for row in self.rows:
            if len(row) < width:
                row.extend([""] * (width - len(row)))
        return self.rows


def _threads_wanted() -> int:
    return min(os.cpu_count() or 1, 4)


def _parts_wanted() -> int:
    return 3 * _threads_wanted()  # small parts: the first ones are ready early


def _load(blob: bytes, first: bool, name: str | None = None) -> Loaded:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(blob))
    try:
        sheet = workbook.get_sheet_by_index(0) if name is None else workbook.get_sheet_by_name(name)
        # The first part keeps the sheet's own numbering from A1; the others start where
        # their first cell is (sheet.start) and are placed there when joined.
        return sheet.start, sheet.to_python(skip_empty_area=not first)
    finally:
        workbook.close()


def _names_and_merged(blob: bytes) -> tuple[list[str], Any]:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(blob))
    try:
        return list(workbook.sheet_names), workbook.get_sheet_by_index(0).merged_cell_ranges
    finally:
        workbook.close()


SHEET_DATA, SHEET_DATA_END = b"<sheetData>", b"</sheetData>"
PART_TAIL = b"</sheetData></worksheet>"  # what follows the rows matters only to the last part
READ_BYTES = 1024 * 1024


class _Cutter:
    """Cut the sheet's XML into parts at row boundaries while it is still being unzipped, so
    calamine starts on the first part long before the last byte is out."""

    def __init__(self, size: int, parts: int) -> None:
        first = size // (4 * parts)  # a small first part: rows to validate early
        self.targets = [first + (size - first) * k // (parts - 1) for k in range(parts - 1)]
        self.buffer = bytearray()
        self.offset = 0  # where buffer[0] sits in the XML
        self.head: bytes | None = None  # the XML up to and with <sheetData>

    def feed(self, chunk: bytes) -> Iterator[tuple[bytes, bytes]]:
        """The head and the rows of each part that is complete with this chunk."""
        self.buffer += chunk
        if self.head is None:
            opening = self.buffer.find(SHEET_DATA)
            if opening < 0:
                if len(self.buffer) > READ_BYTES:
                    raise ValueError("no <sheetData> near the start")
                return
            start = opening + len(SHEET_DATA)
            if len(self.buffer) < start + len(ROW_START):
                return
            if not self.buffer.startswith(ROW_START, start):
                raise ValueError("rows without r=… (or a namespace prefix): positions would be lost")
            self.head = bytes(self.buffer[:start])
            del self.buffer[:start]
            self.offset = start
        while self.targets:
            cut = self.buffer.find(ROW_START, max(1, self.targets[0] - self.offset))
            if cut < 0:
                return
            self.targets.pop(0)
            rows = bytes(self.buffer[:cut])
            del self.buffer[:cut]
            self.offset += cut
            yield self.head, rows

    def finish(self) -> tuple[bytes, bytes, bytes]:
        """The head, the last part's rows, and what follows them (merged cells among it)."""
        end = self.buffer.rfind(SHEET_DATA_END)
        if self.head is None or end < 0:
            raise ValueError("no </sheetData>")
        return self.head, bytes(self.buffer[:end]), bytes(self.buffer[end:])


def read_in_parts(path: Path, sheet: str | None, guard: XlsxCheck | None = None) -> SheetRows | None:
    """The sheet's first rows, the rest arriving, or None: read it the ordinary way.

    ``guard`` scans the sheet's XML as it is unzipped: a part reaches calamine only once its
    bytes passed (a hostile sheet is refused with a UserError, not read the ordinary way)."""
    if _threads_wanted() < 2:
        return None
    try:
        return _read_in_parts(path, sheet, _parts_wanted(), guard or check_xlsx(path, sheets=False))
    except UserError:
        raise
    except Exception as error:  # the ordinary reader decides what is wrong with the file
        log.info("%s: read in one piece (%s)", path.name, error)
        return None


def _workbook(others: list[tuple[str, bytes]], sheet_file: str, *xml: bytes) -> bytes:
    """A stored (uncompressed) copy of the workbook whose one sheet is ``xml``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as part:
        for name, data in others:
            part.writestr(name, data)
        with part.open(sheet_file, "w") as out:
            for piece in xml:
                out.write(piece)
    return buffer.getvalue()


def _read_in_parts(path: Path, sheet: str | None, parts: int, guard: XlsxCheck) -> SheetRows | None:
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        sheets = [i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")]
        if len(sheets) != 1 or sheets[0].file_size < SPLIT_FROM_BYTES:
            return None
        pool = ThreadPoolExecutor(_threads_wanted())
        try:
            return _start_parts(archive, sheets[0], sheet, parts, pool, guard.sheet(sheets[0].filename))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start_parts(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    sheet: str | None,
    parts: int,
    pool: ThreadPoolExecutor,
    scan: SheetScan,
) -> SheetRows | None:
    """Hand the parts to the pool as they are cut; wait for the first one only."""
    sheet_file = info.filename
    others = [
        (other.filename, archive.read(other)) for other in archive.infolist() if other.filename != sheet_file
    ]
    cutter = _Cutter(info.file_size, parts)
    futures: list[Future[Loaded]] = []
    sizes: list[int] = []
    with archive.open(info) as stream:
        while chunk := stream.read(READ_BYTES):
            scan.feed(chunk)  # the guard, before any of it reaches calamine
            for head, rows_xml in cutter.feed(chunk):
                blob = _workbook(others, sheet_file, head, rows_xml, PART_TAIL)
                futures.append(pool.submit(_load, blob, not futures))  # parsed while we unzip on
                sizes.append(len(rows_xml))
    scan.finish()
    head, last_rows, tail = cutter.finish()
    futures.append(pool.submit(_load, _workbook(others, sheet_file, head, last_rows, tail), not futures))
    sizes.append(len(last_rows))
    if len(futures) < 3:
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    # The merged cells follow the rows: read from the sheet without its rows, so that the
    # reader can fill them in the first part already.
    names, merged = _names_and_merged(_workbook(others, sheet_file, head, tail))
    if sheet is not None and sheet != names[0]:
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    _, rows = futures[0].result()
    arriving = _arriving(rows, futures[1:], pool)
    expected = len(rows) * sum(sizes) // max(1, sizes[0])  # as many rows a byte
    return SheetRows(names[0], names, rows, merged, arriving, expected)


def _arriving(
    rows: list[list[Any]], futures: list[Future[Loaded]], pool: ThreadPoolExecutor
) -> Generator[int, None, None]:
    """Append each part's rows in sheet order as calamine finishes it; a reader that stops
    early (a cancelled import) leaves the parts not yet started undone."""
    try:
        yield len(rows)
        for future in futures:
            begins, part_rows = future.result()
            if begins is not None:  # None: a part with no cells at all
                first_row, first_column = begins
                rows.extend([] for _ in range(first_row - len(rows)))  # blank rows at the cut
                if first_column:
                    lead = [""] * first_column
                    part_rows = [lead + row for row in part_rows]
                rows.extend(part_rows)
            yield len(rows)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


TOP_READ_LIMIT = 4 * 1024 * 1024  # the sheet XML unzipped for the top rows at most
EMPTY_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'
)


@dataclass
class TopRows:
    name: str  # the sheet's name
    sheet_names: list[str]
    rows: list[list[Any]]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name, part) of each sheet in the workbook's order, from xl/workbook.xml and its
    relations (both small parts the guard has parsed already)."""
    from defusedxml.ElementTree import fromstring

    workbook = fromstring(archive.read("xl/workbook.xml"))
    relations = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in relations if _local(r.tag) == "Relationship"}
    parts = []
    for element in workbook.iter():
        if _local(element.tag) != "sheet":
            continue
        rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
        target = targets[rid]
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts.append((element.get("name", ""), part))
    return parts


def read_top_rows(
    path: Path, count: int, sheet: str | None = None, guard: XlsxCheck | None = None
) -> TopRows | None:
    """The first ``count`` rows of a sheet of an xlsx (``sheet``, else the first), from the
    start of its XML only: the header is looked for there, the whole sheet is read once,
    later, for the import. The other worksheets stand in as empty sheets, and ``guard``
    scans the bytes calamine gets. None: read it the ordinary way. Merged cells (listed
    after the rows) are not filled in."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            worksheets = {i.filename for i in infos if i.filename.endswith(".xml")}
            worksheets = {name for name in worksheets if name.startswith("xl/worksheets/")}
            parts = _sheet_parts(archive)
            names = [name for name, _ in parts]
            chosen = next(((n, p) for n, p in parts if n == sheet), None) if sheet is not None else parts[0]
            if chosen is None or chosen[1] not in worksheets:
                return None  # the ordinary reader names what is missing
            name, sheet_file = chosen
            buffer = bytearray()
            with archive.open(sheet_file) as stream:
                while chunk := stream.read(256 * 1024):
                    buffer += chunk
                    cut = _after_rows(buffer, count)
                    if cut is not None or len(buffer) > TOP_READ_LIMIT:
                        break
            opening = buffer.find(SHEET_DATA)
            cut = _after_rows(buffer, count)
            if opening < 0 or cut is None:
                return None  # a small sheet ends before: the ordinary read is as quick
            others = [
                (o.filename, EMPTY_SHEET if o.filename in worksheets else archive.read(o))
                for o in infos
                if o.filename != sheet_file
            ]
        if guard is not None:
            scan = guard.sheet(sheet_file)
            scan.feed(bytes(buffer[:cut]))
            scan.finish()
        start = opening + len(SHEET_DATA)
        blob = _workbook(others, sheet_file, bytes(buffer[:start]), bytes(buffer[start:cut]), PART_TAIL)
        return TopRows(name, names, _load(blob, True, name)[1])
    except UserError:
        raise
    except Exception as error:  # the ordinary reader decides what is wrong with the file
        log.info("%s: top rows read with the whole sheet (%s)", path.name, error)
        return None


def _after_rows(buffer: bytearray, count: int) -> int | None:
    """Where the row after the first ``count`` rows starts in the sheet XML, if it is there."""
    position = buffer.find(SHEET_DATA)
    if position < 0:
        return None
    seen = 0
    while True:
        position = buffer.find(b"<row", position + 1)
        if position < 0:
            return None
        if bytes(buffer[position + 4 : position + 5]) not in (b" ", b">"):
            continue
        if seen == count:
            return position
        seen += 1
