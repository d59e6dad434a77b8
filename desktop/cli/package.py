"""`package build|verify`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.pending import not_yet


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    package = sub.add_parser("package", parents=[common], help="submission packages for the province")
    actions = package.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", parents=[common], help="build the package for a meeting")
    build.add_argument("--meeting", type=int, required=True)
    build.add_argument("--out", type=Path, required=True, metavar="DIR")
    build.set_defaults(handler=not_yet)
    verify = actions.add_parser("verify", parents=[common], help="check a package's manifest and hashes")
    verify.add_argument("file", type=Path)
    verify.set_defaults(handler=not_yet)
