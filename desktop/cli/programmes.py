"""`programmes list|nominations`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import Context


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    programmes = sub.add_parser("programmes", parents=[common], help="special programmes and nominations")
    actions = programmes.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="list programmes").set_defaults(handler=run_list)
    nominations = actions.add_parser("nominations", parents=[common], help="write nominations to xlsx")
    nominations.add_argument("programme", type=int)
    nominations.add_argument("--out", type=Path, required=True)
    nominations.set_defaults(handler=run_nominations)


def run_list(context: Context) -> int:
    from desktop.casework import ops
    from desktop.thai import thai_date

    programmes = ops.list_programmes(context.database())
    if not programmes:
        context.say("ยังไม่มีโครงการ", "No programmes yet.")
    for p in programmes:
        quota = str(p.quota) if p.quota is not None else "-"
        if context.lang == "en":
            deadline = p.deadline.isoformat() if p.deadline else "-"
            print(
                f"{p.id}\t{p.name}\tquota {quota}\tnominated {p.nominated}"
                f"\tapproved {p.approved}\tdeadline {deadline}"
            )
        else:
            deadline = thai_date(p.deadline, False) if p.deadline else "-"
            print(
                f"{p.id}\t{p.name}\tจัดสรร {quota}\tเสนอชื่อ {p.nominated}"
                f"\tเห็นชอบ {p.approved}\tกำหนดส่ง {deadline}"
            )
    return 0


def run_nominations(context: Context) -> int:
    from desktop.casework import ops

    args = context.args
    count = ops.export_nominations(context.database(), args.programme, args.out).value
    context.say(
        f"ส่งออกการเสนอชื่อ {count} ครัวเรือนไปที่ {args.out}", f"Exported {count} nominations to {args.out}"
    )
    return 0
