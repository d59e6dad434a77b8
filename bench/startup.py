"""Start-up time to a shown main window with 100k households, against a bare PySide6 window.

    uv run python -m bench.startup [--households 100000] [--runs 5]

Each measurement is a fresh process (what a clerk waits for), timed from process start
to the first shown window; the ratio is ours ÷ bare, medians of the runs. Goal ≤ 1.5×.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time, sys
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1200, 760); window.show(); app.processEvents()
print(time.time() - start)
"""

OURS = """
import time, sys
start = float(sys.argv[1])
from desktop import settings as settings_store
from ui.app import create_application, open_main_window
from ui.i18n import install_translators
app = create_application()
settings = settings_store.Settings(database_url=sys.argv[2])
install_translators(app, "th")
window = open_main_window(settings, ask_demo=False)
window.show(); app.processEvents()
print(time.time() - start)
"""


def _time(code: str, *args: str, env: dict[str, str]) -> float:
    result = subprocess.run(
        [sys.executable, "-c", code, str(time.time()), *args],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            AMPHOE_DATA_DIR=scratch,
        )
        os.environ["AMPHOE_DATA_DIR"] = scratch
        from bench.generate import fill_database
        from desktop.db import open_database

        url = f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        database = open_database(url)
        started = time.perf_counter()
        fill_database(database, args.households)
        database.dispose()
        print(f"database with {args.households:,} households built in {time.perf_counter() - started:.1f} s")
        # An installed program starts from compiled modules; a checkout under
        # PYTHONDONTWRITEBYTECODE would compile ours from source at every start.
        root = Path(__file__).resolve().parent.parent
        for package in ("desktop", "ui", "database"):
            compileall.compile_dir(str(root / package), quiet=1)
        _time(OURS, url, env=env)  # warm the file cache once, as a second start would be
        bare = [_time(BARE, env=env) for _ in range(args.runs)]
        ours = [_time(OURS, url, env=env) for _ in range(args.runs)]
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    for label, times, median in (
        ("bare PySide6 window", bare, bare_median),
        ("Amphoe Desk window", ours, ours_median),
    ):
        runs = ", ".join(f"{t * 1000:.0f}" for t in times)
        print(f"{label:20}: median {median * 1000:7.0f} ms  ({runs})")
    print(f"ratio ours / bare   : {ours_median / bare_median:.2f}x  (goal <= 1.5x)")


if __name__ == "__main__":
    main()
