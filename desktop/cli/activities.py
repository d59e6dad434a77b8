"""`activities export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import Context


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    activities = sub.add_parser("activities", parents=[common], help="assistance activities")
    actions = activities.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common], help="write activities to xlsx")
    export.add_argument("file", type=Path)
    export.add_argument("--not-in-logbook", action="store_true", help="only the Logbook entry queue")
    export.set_defaults(handler=run_export)


def run_export(context: Context) -> int:
    from desktop.casework import ops

    args = context.args
    count = ops.export_activities(context.database(), args.file, not_in_logbook=args.not_in_logbook).value
    context.say(f"ส่งออก {count} กิจกรรมไปที่ {args.file}", f"Exported {count} activities to {args.file}")
    return 0
