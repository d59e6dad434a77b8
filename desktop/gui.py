"""The GUI entry point: the one module of desktop/ that may import Qt (through ui/)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.db import Database


def run_gui() -> int:
    from ui.app import run

    return run()


def check_window(database: Database) -> str:
    """The window's part of --self-test (desktop.selftest stays free of Qt)."""
    from ui.selfcheck import check_window as check

    return check(database)
