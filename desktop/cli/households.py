"""`households import|reconcile|export|show`."""

from __future__ import annotations

import argparse
from pathlib import Path

from database.enums import LogbookStatus
from desktop.cli import Context
from desktop.cli.pending import not_yet
from desktop.households.export import HouseholdFilter, export_households


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    households = sub.add_parser("households", parents=[common], help="the household register")
    actions = households.add_subparsers(dest="action", metavar="ACTION", required=True)

    importer = actions.add_parser("import", parents=[common], help="import a spreadsheet (.xlsx .xls .csv)")
    importer.add_argument("file", type=Path)
    importer.add_argument("--sheet")
    importer.add_argument("--mapping", metavar="NAME")
    importer.add_argument("--dry-run", action="store_true")
    importer.add_argument("--skip-invalid", action="store_true")
    importer.add_argument("--report", type=Path, metavar="FILE.xlsx")
    importer.set_defaults(handler=not_yet)

    reconcile = actions.add_parser(
        "reconcile", parents=[common], help="mark households found in a Logbook export"
    )
    reconcile.add_argument("logbook_file", type=Path)
    reconcile.set_defaults(handler=not_yet)

    export = actions.add_parser("export", parents=[common], help="write the household list to xlsx")
    export.add_argument("file", type=Path)
    export.add_argument("--subdistrict", metavar="ตำบล")
    export.add_argument("--village", type=int, metavar="หมู่ที่")
    export.add_argument("--group", type=int, choices=(1, 2, 3, 4))
    export.add_argument("--logbook", choices=[s.value for s in LogbookStatus])
    export.set_defaults(handler=run_export)

    show = actions.add_parser("show", parents=[common], help="a readable summary of one household")
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)


def run_export(context: Context) -> int:
    args = context.args
    filters = HouseholdFilter(
        subdistrict=args.subdistrict,
        village_no=args.village,
        target_group=args.group,
        logbook_status=LogbookStatus(args.logbook) if args.logbook else None,
    )
    with context.database().session() as session:
        count = export_households(session, args.file, filters)
    context.say(f"ส่งออก {count} ครัวเรือนไปที่ {args.file}", f"Exported {count} households to {args.file}")
    return 0


def run_show(context: Context) -> int:
    from desktop.casework.summary import household_summary_text

    with context.database().session() as session:
        print(household_summary_text(session, context.args.id))
    return 0
