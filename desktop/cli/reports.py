"""`reports NAME --out FILE.pdf|.xlsx|.docx [--fiscal-year BE]`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli import Context
from desktop.reports import ops
from desktop.reports.committee import REPORT_NAMES, REPORT_TITLES
from desktop.thai import fiscal_year_be


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    reports = sub.add_parser("reports", parents=[common], help="reports for the committee")
    reports.add_argument("name", choices=REPORT_NAMES)
    reports.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx|FILE.docx")
    reports.add_argument("--fiscal-year", type=int, metavar="BE")
    reports.set_defaults(handler=run_report)


def run_report(context: Context) -> int:
    args = context.args
    today = dt.date.today()
    year = args.fiscal_year or fiscal_year_be(today)
    ops.save_report(context.database(), args.name, year, today, args.out)
    context.say(
        f"บันทึก{REPORT_TITLES[args.name]} ปีงบประมาณ {year} ที่ {args.out}",
        f"Wrote the {args.name} report for fiscal year {year} to {args.out}",
    )
    return 0
