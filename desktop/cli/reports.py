"""`reports NAME --out FILE.pdf|.xlsx`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.pending import not_yet

REPORT_NAMES = ("progress", "groups", "assistance", "backlog")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    reports = sub.add_parser("reports", parents=[common], help="reports for the committee")
    reports.add_argument("name", choices=REPORT_NAMES)
    reports.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx|FILE.docx")
    reports.add_argument("--fiscal-year", type=int, metavar="BE")
    reports.set_defaults(handler=not_yet)
