"""Read one large worksheet on several cores: calamine parses each part of its rows at once.

python-calamine loads a whole sheet in one call, which releases the GIL but keeps to one core
(~4 s for 100k households × 20 columns). Here the sheet's XML is cut at row boundaries into
parts, each part becomes a small stored (uncompressed) workbook with the original's other
files (shared strings, styles, workbook), and calamine loads the parts on parallel threads.
Cells carry their own references (``<c r="B50118">``), so every part knows where its rows
sit; the rows are joined back in sheet order, gaps (blank rows at a cut) kept as blank rows.

The rows arrive part by part: there are more parts than threads, so the import validates the
first parts while calamine is still reading the last ones.

Only for the plain case: one worksheet, big enough to be worth it, rows that carry their
``r`` attribute. Anything else, or anything unexpected, returns None and the caller reads
the file the ordinary way (which also gives broken files their one-sentence refusal).
"""

from __future__ import annotations

import io
import logging
import os
import zipfile
from collections.abc import Generator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

log = logging.getLogger("amphoe.import")

SPLIT_FROM_BYTES = 16 * 1024 * 1024  # ~12k rows of 20 columns; below it one load is quick
ROW_START = b'<row r="'


Loaded = tuple[list[str], tuple[int, int] | None, list[list[Any]], Any]


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


def _load(blob: bytes, first: bool) -> Loaded:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(blob))
    try:
        sheet = workbook.get_sheet_by_index(0)
        # The first part keeps the sheet's own numbering from A1; the others start where
        # their first cell is (sheet.start) and are placed there when joined.
        rows = sheet.to_python(skip_empty_area=not first)
        merged = sheet.merged_cell_ranges if first else None
        return list(workbook.sheet_names), sheet.start, rows, merged
    finally:
        workbook.close()


def _cuts(xml: bytes, parts: int) -> tuple[int, int, list[int]] | None:
    """Where sheetData's rows begin and end, and the row boundaries that cut them into parts."""
    opening = xml.find(b"<sheetData>")
    end = xml.rfind(b"</sheetData>")
    if opening < 0 or end < 0:
        return None
    start = opening + len(b"<sheetData>")
    if not xml.startswith(ROW_START, start):
        return None  # rows without r="…" (or a prefixed namespace): positions would be lost
    # The first part is small, so the reader has rows to work on while the others load.
    size = end - start
    first = size // (4 * parts)
    targets = [start + first + (size - first) * k // (parts - 1) for k in range(parts - 1)]
    cuts = [start]
    for target in targets:
        cut = xml.find(ROW_START, target, end)
        if cut <= cuts[-1]:
            break
        cuts.append(cut)
    cuts.append(end)
    return start, end, cuts


def read_in_parts(path: Path, sheet: str | None) -> SheetRows | None:
    """The sheet's first rows, the rest arriving, or None: read it the ordinary way."""
    if _threads_wanted() < 2:
        return None
    try:
        return _read_in_parts(path, sheet, _parts_wanted())
    except Exception as error:  # the ordinary reader decides what is wrong with the file
        log.info("%s: read in one piece (%s)", path.name, error)
        return None


def _read_in_parts(path: Path, sheet: str | None, parts: int) -> SheetRows | None:
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        sheets = [i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")]
        if len(sheets) != 1 or sheets[0].file_size < SPLIT_FROM_BYTES:
            return None
        sheet_file = sheets[0].filename
        others = [(info.filename, archive.read(info)) for info in infos if info.filename != sheet_file]
        xml = archive.read(sheet_file)
    found = _cuts(xml, parts)
    if found is None or len(found[2]) < 3:
        return None
    start, end, cuts = found
    view = memoryview(xml)
    pool = ThreadPoolExecutor(_threads_wanted())
    try:
        futures = []
        for index, (first, last) in enumerate(pairwise(cuts)):
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as part:
                for name, data in others:
                    part.writestr(name, data)
                with part.open(sheet_file, "w") as out:
                    out.write(view[:start])
                    out.write(view[first:last])
                    out.write(view[end:])
            # Each part is parsed while the next one is cut (calamine lets go of the GIL).
            futures.append(pool.submit(_load, buffer.getvalue(), index == 0))
        del view, xml
        names, _, rows, merged = futures[0].result()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    if sheet is not None and sheet != names[0]:
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    arriving = _arriving(rows, futures[1:], pool)
    expected = len(rows) * (end - start) // max(1, cuts[1] - start)  # as many rows a byte
    return SheetRows(names[0], names, rows, merged, arriving, expected)


def _arriving(
    rows: list[list[Any]], futures: list[Future[Loaded]], pool: ThreadPoolExecutor
) -> Generator[int, None, None]:
    """Append each part's rows in sheet order as calamine finishes it; a reader that stops
    early (a cancelled import) leaves the parts not yet started undone."""
    try:
        yield len(rows)
        for future in futures:
            _names, begins, part_rows, _merged = future.result()
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
