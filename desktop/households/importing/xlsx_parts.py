"""Read one large worksheet on several cores: calamine parses each part of its rows at once.

python-calamine loads a whole sheet in one call, which releases the GIL but keeps to one core
(~4 s for 100k households × 20 columns). Here the sheet's XML is cut at row boundaries into
parts, each part becomes a small stored (uncompressed) workbook with the original's other
files (shared strings, styles, workbook), and calamine loads the parts on parallel threads.
Cells carry their own references (``<c r="B50118">``), so every part knows where its rows
sit; the rows are joined back in sheet order, gaps (blank rows at a cut) kept as blank rows.

Only for the plain case: one worksheet, big enough to be worth it, rows that carry their
``r`` attribute. Anything else, or anything unexpected, returns None and the caller reads
the file the ordinary way (which also gives broken files their one-sentence refusal).
"""

from __future__ import annotations

import io
import logging
import os
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

log = logging.getLogger("amphoe.import")

SPLIT_FROM_BYTES = 16 * 1024 * 1024  # ~12k rows of 20 columns; below it one load is quick
ROW_START = b'<row r="'


@dataclass
class SheetRows:
    name: str
    sheet_names: list[str]
    rows: list[list[Any]]
    merged: Any


def _parts_wanted() -> int:
    return min(os.cpu_count() or 1, 4)


def _load(blob: bytes, first: bool) -> tuple[list[str], tuple[int, int] | None, list[list[Any]], Any]:
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
    cuts = [start]
    for k in range(1, parts):
        cut = xml.find(ROW_START, start + (end - start) * k // parts, end)
        if cut <= cuts[-1]:
            break
        cuts.append(cut)
    cuts.append(end)
    return start, end, cuts


def read_in_parts(path: Path, sheet: str | None) -> SheetRows | None:
    """The sheet's rows as calamine gives them with ``skip_empty_area=False``, or None."""
    parts = _parts_wanted()
    if parts < 2:
        return None
    try:
        return _read_in_parts(path, sheet, parts)
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
    with ThreadPoolExecutor(len(cuts) - 1) as pool:
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
        loaded = [future.result() for future in futures]
    names, _, rows, merged = loaded[0]
    if sheet is not None and sheet != names[0]:
        return None
    width = max((len(row) for row in rows), default=0)
    for _names, begins, part_rows, _merged in loaded[1:]:
        if begins is None:  # a part with no cells at all
            continue
        width = max(width, begins[1] + max((len(row) for row in part_rows), default=0))
    joined = rows
    for _names, begins, part_rows, _merged in loaded[1:]:
        if begins is None:
            continue
        first_row, first_column = begins
        joined.extend([""] * width for _ in range(first_row - len(joined)))
        lead = [""] * first_column
        for row in part_rows:
            joined.append(lead + row if first_column else row)
    for row in joined:  # every row as wide as the sheet, as one load gives them
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return SheetRows(names[0], names, joined, merged)
