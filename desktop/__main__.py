"""`python -m desktop` / `amphoe-desk`: no arguments opens the window, anything else is the CLI."""

from __future__ import annotations

import sys


def _sweep() -> None:
    """Our own leftovers of killed runs (partial files, staging copies, temp folders) go at start."""
    from desktop import settings
    from desktop.files import start_up_sweep

    try:
        start_up_sweep(settings.load().effective_database_url())
    except Exception:  # a sweep never stops the program from starting
        import logging

        # debug: logging is not set up yet, and a warning would reach the clerk's terminal
        logging.getLogger("amphoe.files").debug("start-up sweep failed", exc_info=True)


def main() -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle's .xls reader runs in a child process
    _sweep()
    if len(sys.argv) == 1:
        from desktop.gui import run_gui  # the only place desktop/ reaches into Qt

        return run_gui()
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
