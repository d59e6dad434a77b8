"""`reports NAME --out FILE.pdf|.xlsx|.docx [--fiscal-year BE]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import Context
from desktop.reports.committee import REPORT_NAMES, build_report
from desktop.reports.output import write_report


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
    with context.database().session() as session:
        report = build_report(session, args.name, args.fiscal_year)
    write_report(report, args.out)
    context.say(
        f"บันทึก{report.title} ปีงบประมาณ {report.fiscal_year_be} ที่ {args.out}",
        f"Wrote the {args.name} report for fiscal year {report.fiscal_year_be} to {args.out}",
    )
    return 0
