"""Start-up of the bundled app against `uv run`, measured in the same run.

    uv run pyinstaller installer.spec --noconfirm --distpath build/dist --workpath build/work
    uv run python -m bench.bundle_startup [--runs 5] [--bundle build/dist/AmphoeDesk]

Each run is a fresh process started with AMPHOE_STARTUP_PROBE=1: the app shows its main
window (offscreen), opens its database, builds the first page, shows its figures and quits; the time is
process start to exit. The same for `uv run amphoe-desk` (what a developer waits for) and
for the virtual environment's python without uv. Medians; ratio bundle / uv run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "AmphoeDesk")
    args = parser.parse_args()
    gui = args.bundle / ("AmphoeDesk.exe" if sys.platform == "win32" else "AmphoeDesk")
    if not gui.exists():
        raise SystemExit(f"no bundle at {args.bundle}: build it first (see the docstring)")
    uv = shutil.which("uv") or "uv"
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        env = dict(os.environ, AMPHOE_STARTUP_PROBE="1", AMPHOE_DATA_DIR=scratch)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        commands = {
            "bundle (AmphoeDesk)": [str(gui)],
            "uv run amphoe-desk": [uv, "run", "--quiet", "amphoe-desk"],
            "venv python -m desktop": [sys.executable, "-m", "desktop"],
        }
        for command in commands.values():  # first start creates the database; warms the file cache
            _time(command, env)
        times = {
            label: [_time(command, env) for _ in range(args.runs)] for label, command in commands.items()
        }
    medians = {label: statistics.median(values) for label, values in times.items()}
    for label, values in times.items():
        runs = ", ".join(f"{t * 1000:.0f}" for t in values)
        print(f"{label:24}: median {medians[label] * 1000:6.0f} ms  ({runs})")
    ratio = medians["bundle (AmphoeDesk)"] / medians["uv run amphoe-desk"]
    print(f"ratio bundle / uv run   : {ratio:.2f}x")


if __name__ == "__main__":
    main()
