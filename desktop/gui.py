"""The GUI entry point: the one module of desktop/ that may import Qt (through ui/)."""

from __future__ import annotations


def run_gui() -> int:
    from ui.app import run

    return run()
