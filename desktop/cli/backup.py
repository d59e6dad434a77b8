"""`backup create|restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.pending import not_yet


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    backup = sub.add_parser("backup", parents=[common], help="back up and restore the database")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", parents=[common], help="write a backup into a folder")
    create.add_argument("dir", type=Path)
    create.set_defaults(handler=not_yet)
    restore = actions.add_parser("restore", parents=[common], help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=not_yet)
