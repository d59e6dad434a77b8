"""`households import|reconcile|export|show`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from database.enums import LogbookStatus
from desktop import pdpa
from desktop.cli import EXIT_REFUSED, Context
from desktop.households import ops
from desktop.households.export import HouseholdFilter
from desktop.households.importing import ImportOptions, run_import, write_report
from desktop.households.importing.grouping import SameAddress
from desktop.households.importing.service import SAME_ADDRESS_CHOICES
from desktop.households.reconcile import reconcile
from desktop.progress import Progress

MAX_PROBLEMS_SHOWN = 50


SHOWN_CHARS = 16  # enough to find the cell; an over-long value is not echoed whole


def _shown(value: object) -> str:
    """A refused cell as stderr shows it: IDs masked (PDPA), an over-long value cut."""
    text = pdpa.mask_text(str(value))
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


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
    importer.add_argument(
        "--shape",
        choices=("household", "person"),
        help="one row per household (the head) or per person; default: decided from the columns",
    )
    importer.add_argument(
        "--same-address",
        choices=SAME_ADDRESS_CHOICES,
        default="separate",
        help="rows at one address in a one-row-per-household sheet: separate households (default) or one",
    )
    importer.set_defaults(handler=run_import_command)

    reconcile = actions.add_parser(
        "reconcile", parents=[common], help="mark households found in a Logbook export"
    )
    reconcile.add_argument("logbook_file", type=Path)
    reconcile.set_defaults(handler=run_reconcile)

    export = actions.add_parser(
        "export", parents=[common], help="write the household list (.xlsx, .pdf or .docx)"
    )
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
    count = ops.export_household_list(context.database(), args.file, filters).value
    context.say(f"ส่งออก {count} ครัวเรือนไปที่ {args.file}", f"Exported {count} households to {args.file}")
    return 0


def _progress_printer(context: Context) -> Progress:
    if not context.args.verbose:
        return Progress()
    return Progress(on_progress=lambda done, total, text: print(f"{done}/{total} {text}", file=sys.stderr))


def run_import_command(context: Context) -> int:
    args = context.args
    options = ImportOptions(
        sheet=args.sheet,
        mapping_name=args.mapping,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        shape=args.shape,
        same_address=args.same_address,
    )
    result = run_import(context.database(), args.file, options, _progress_printer(context))
    if args.report is not None:
        write_report(result, args.report)
    for problem in result.problems[:MAX_PROBLEMS_SHOWN]:
        where = (
            f"แถว {problem.row} คอลัมน์ {problem.column}"
            if context.lang == "th"
            else (f"row {problem.row}, column {problem.column}")
        )
        print(f"{args.file.name}: {where}: '{_shown(problem.value)}': {problem.reason}", file=sys.stderr)
    hidden = len(result.problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        context_text = (
            f"... และอีก {hidden} ปัญหา (ดูทั้งหมดด้วย --report)",
            f"... and {hidden} more (see --report)",
        )
        print(context_text[0] if context.lang == "th" else context_text[1], file=sys.stderr)
    for diff in result.plan.differences[:MAX_PROBLEMS_SHOWN]:
        verdict = ("คงค่าที่แก้ไขในโปรแกรม", "kept the clerk's edit") if diff.kept else ("ปรับปรุง", "update")
        shown = verdict[0] if context.lang == "th" else verdict[1]
        print(f"  {diff.label} | {diff.field_th}: {diff.before!s} -> {diff.after!s} ({shown})")
    for pair in result.plan.pairs[:MAX_PROBLEMS_SHOWN]:
        print(_pair_line(pair, context.lang))
    context.say(result.summary("th"), result.summary("en"))
    if result.refused:
        print(
            f"ไม่นำเข้า: พบ {len(result.parsed.rejected)} แถวที่ไม่ถูกต้อง จึงไม่บันทึกข้อมูลใดเลย "
            "(แก้ไขแล้วนำเข้าใหม่ หรือใช้ --skip-invalid)"
            if context.lang == "th"
            else f"Refused: {len(result.parsed.rejected)} invalid rows, nothing was written "
            "(fix them and import again, or use --skip-invalid).",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.dry_run:
        context.say("ทดลองเท่านั้น ยังไม่ได้บันทึก", "Dry run: nothing was written.")
    return 0


def _pair_line(pair: SameAddress, lang: str) -> str:
    """Both rows side by side: row, name, ID, and what was done."""

    def person(record: Any) -> str:
        m = record.member
        name = f"{m.get('title', '')}{m.get('first_name', '')} {m.get('last_name', '')}".strip()
        return f"{record.row}: {name} {m.get('national_id') or '-'}"

    h = pair.first.household
    address = f"{h.get('house_no', '')} ม.{h.get('village_no') or '-'} ต.{h.get('subdistrict') or '-'}"
    if lang == "th":
        verdict = "รวมเป็นครัวเรือนเดียว" if pair.merged else "แยกครัวเรือน"
        first, second = person(pair.first), person(pair.second)
        return f"  อาจเป็นครัวเรือนเดียวกัน {address} | แถว {first} | แถว {second} ({verdict})"
    verdict = "merged" if pair.merged else "kept apart"
    first, second = person(pair.first), person(pair.second)
    return f"  maybe one household {address} | row {first} | row {second} ({verdict})"


def run_reconcile(context: Context) -> int:
    result = reconcile(context.database(), context.args.logbook_file)
    context.say(result.summary("th"), result.summary("en"))
    return 0


def run_show(context: Context) -> int:
    from desktop.casework import ops

    print(ops.household_summary_text(context.database(), context.args.id))
    return 0
