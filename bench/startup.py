"""Start-up time with 100k households, against a bare PySide6 window.

    uv run python -m bench.startup [--households 100000] [--runs 5]

Each measurement is a fresh process (what a clerk waits for): the program's own
`amphoe-desk` launcher with AMPHOE_STARTUP_PROBE set, timed from process start to
- shown: the main window is on screen (navigation, "opening the database");
- saved: the first page (หน้าหลัก) shows the figures and charts its last count saved, marked
  "ข้อมูล ณ …" (desktop/reports/snapshot.py), while the database opens;
- ready: the database is open and the first page is built and counting afresh;
- data: the fresh figures and charts (counted from 100k households) replace the saved ones.
The warm-up start counts and saves the figures the measured starts show first. The probe
skips sign-in: where a clerk signs in, the saved figures show right after it.
The bare PySide6 window is timed from process start to its first shown window; the two
alternate, so a busy moment of the machine hits both. Ratios are ours ÷ bare, medians of
the runs. Goals: the shown window ≤ 1.5×, the first page's figures shown ≤ 3×.
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
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1200, 760); window.show(); app.processEvents()
print("startup-probe shown", time.time())
"""


def _time(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each moment the process reports."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    moments = {}
    for line in result.stdout.splitlines():
        if line.startswith("startup-probe "):
            _, moment, at = line.split()
            moments[moment] = float(at) - started
    return moments


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
            AMPHOE_STARTUP_PROBE="1",
        )
        os.environ["AMPHOE_DATA_DIR"] = scratch
        from bench.generate import fill_database
        from desktop import settings as settings_store
        from desktop.db import open_database

        # The database the program opens by default: the one in its data folder.
        database = open_database(settings_store.load().effective_database_url())
        started = time.perf_counter()
        fill_database(database, args.households)
        database.dispose()
        print(f"database with {args.households:,} households built in {time.perf_counter() - started:.1f} s")
        # An installed program starts from compiled modules; a checkout under
        # PYTHONDONTWRITEBYTECODE would compile ours from source at every start.
        root = Path(__file__).resolve().parent.parent
        for package in ("desktop", "ui", "database"):
            compileall.compile_dir(str(root / package), quiet=1)
        launcher = Path(sys.executable).with_name("amphoe-desk" + (".exe" if sys.platform == "win32" else ""))
        ours_command, bare_command = [str(launcher)], [sys.executable, "-c", BARE]
        _time(ours_command, env)  # warm the file cache once, as a second start would be
        bare: list[float] = []
        ours: list[dict[str, float]] = []
        for _ in range(args.runs):
            bare.append(_time(bare_command, env)["shown"])
            ours.append(_time(ours_command, env))
    bare_median = statistics.median(bare)
    rows = [("bare PySide6 window", bare)]
    rows += [
        (f"Amphoe Desk {moment}", [run[moment] for run in ours])
        for moment in ("shown", "saved", "ready", "data")
        if all(moment in run for run in ours)
    ]
    for label, times in rows:
        runs = ", ".join(f"{t * 1000:.0f}" for t in times)
        median = statistics.median(times)
        print(f"{label:22}: median {median * 1000:6.0f} ms = {median / bare_median:4.2f}x bare  ({runs})")
    shown = statistics.median(run["shown"] for run in ours)
    first = statistics.median(run.get("saved", run["data"]) for run in ours)
    data = statistics.median(run["data"] for run in ours)
    print(f"ratio shown / bare    : {shown / bare_median:.2f}x  (goal <= 1.5x)")
    print(f"ratio figures / bare  : {first / bare_median:.2f}x  (goal <= 3x; saved figures, else fresh)")
    print(f"ratio fresh / bare    : {data / bare_median:.2f}x")
    print(f"load average          : {os.getloadavg()[0]:.1f} (this machine's {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
