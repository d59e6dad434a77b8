"""`python -m desktop` / `amphoe-desk`: no arguments opens the window, anything else is the CLI."""

from __future__ import annotations

import sys


def main() -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle's .xls reader runs in a child process
    if len(sys.argv) == 1:
        from desktop.gui import run_gui  # the only place desktop/ reaches into Qt

        return run_gui()
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
