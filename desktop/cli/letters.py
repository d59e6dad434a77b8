"""`letters cover`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.pending import not_yet


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    letters = sub.add_parser("letters", parents=[common], help="official letters")
    actions = letters.add_subparsers(dest="action", metavar="ACTION", required=True)
    cover = actions.add_parser("cover", parents=[common], help="cover letter sending a meeting's minutes")
    cover.add_argument("--meeting", type=int, required=True)
    cover.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    cover.set_defaults(handler=not_yet)
