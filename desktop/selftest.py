"""`--self-test`: prove an installation works (used on the built bundle in CI).

Opens a temporary database, runs the migrations, loads the demo district and writes
an export; each later part of the program adds its own check here.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.db import Database, open_database
from desktop.demo import load_demo
from desktop.households.export import export_households

Check = Callable[[Database, Path], str]


def _demo(database: Database, _folder: Path) -> str:
    with database.session() as session:
        load_demo(session)
    return "demo district loaded"


def _export(database: Database, folder: Path) -> str:
    with database.session() as session:
        count = export_households(session, folder / "export.xlsx")
    return f"{count} households exported"


def _window(database: Database, _folder: Path) -> str:
    from desktop.gui import check_window  # Qt only when this check runs

    return check_window(database)


CHECKS: list[tuple[str, Check]] = [("demo", _demo), ("export", _export), ("window", _window)]


def run_self_test() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="amphoe-selftest-") as scratch:
        folder = Path(scratch)
        database = open_database(f"sqlite:///{folder / 'selftest.sqlite3'}")
        try:
            for name, check in CHECKS:
                print(f"self-test {name}: {check(database, folder)}")
        except Exception as error:
            print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        finally:
            database.dispose()
    print(f"self-test passed in {time.perf_counter() - started:.2f} s")
    return 0
