"""Import of a 100k-household xlsx end to end, against python-calamine's raw parse of the same file.

    uv run python -m bench.households_import [--households 100000]

End to end = read, map, validate, match against the (empty) register, write in one transaction,
on a fresh SQLite file. The baseline is calamine reading every row of the same sheet, in the same
run. Each of --runs rounds times the baseline and then the import, so a busy moment of the
machine hits both; the ratio is of the medians. Goal: ratio ≤ 1.5×.

Preview + import = what the GUI does: the mapping from the top rows, a preview (the one full
read and the plan), then Import writing that plan, on another fresh file. Goal: ≤ 2.5×.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from python_calamine import CalamineWorkbook

from bench.generate import write_xlsx
from desktop.db import open_database
from desktop.households.importing import ImportOptions, preview_import, read_and_map, run_import, write_import


def raw_parse(path: Path) -> float:
    start = time.perf_counter()
    workbook = CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_index(0).to_python()
    workbook.close()
    assert rows
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "households.xlsx", args.households)
        baselines, imports, previews = [], [], []
        for run in range(args.runs):
            baselines.append(raw_parse(path))
            gui = open_database(f"sqlite:///{Path(folder) / f'gui-{run}.sqlite3'}")
            start = time.perf_counter()
            _, mapping = read_and_map(gui, path, ImportOptions(), top_only=True)
            preview = preview_import(gui, path, ImportOptions(mapping=mapping))
            written = write_import(gui, preview, ImportOptions(mapping=mapping))
            previews.append(time.perf_counter() - start)
            assert written.written and written.plan is preview.plan
            gui.dispose()
            database = open_database(f"sqlite:///{Path(folder) / f'bench-{run}.sqlite3'}")
            start = time.perf_counter()
            result = run_import(database, path, ImportOptions())
            imports.append(time.perf_counter() - start)
            assert result.written and len(result.plan.new_households) == args.households, result.summary("en")
            if run < args.runs - 1:
                database.dispose()
        baseline, ours = statistics.median(baselines), statistics.median(imports)
        gui_time = statistics.median(previews)
        start = time.perf_counter()
        again = run_import(database, path, ImportOptions())
        reimport = time.perf_counter() - start
        assert not again.written
        database.dispose()
    print(f"households: {args.households}")
    print(f"calamine raw parse: {baseline:.2f} s  ({', '.join(f'{t:.2f}' for t in baselines)})")
    print(f"import end to end:  {ours:.2f} s  ({', '.join(f'{t:.2f}' for t in imports)})")
    print(f"re-import of the same file, no changes: {reimport:.2f} s")
    print(f"preview + import (GUI): {gui_time:.2f} s  ({', '.join(f'{t:.2f}' for t in previews)})")
    print(f"ratio: {ours / baseline:.2f}x  (goal <= 1.5x)")
    print(f"preview + import ratio: {gui_time / baseline:.2f}x  (goal <= 2.5x)")


if __name__ == "__main__":
    main()
