"""`activities export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.pending import not_yet


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    activities = sub.add_parser("activities", parents=[common], help="assistance activities")
    actions = activities.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common], help="write activities to xlsx")
    export.add_argument("file", type=Path)
    export.add_argument("--not-in-logbook", action="store_true")
    export.set_defaults(handler=not_yet)
