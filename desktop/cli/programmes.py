"""`programmes list|nominations`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.pending import not_yet


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    programmes = sub.add_parser("programmes", parents=[common], help="special programmes and nominations")
    actions = programmes.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="list programmes").set_defaults(handler=not_yet)
    nominations = actions.add_parser("nominations", parents=[common], help="write nominations to xlsx")
    nominations.add_argument("programme", type=int)
    nominations.add_argument("--out", type=Path, required=True)
    nominations.set_defaults(handler=not_yet)
