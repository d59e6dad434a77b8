"""`meetings list|show|agenda|minutes|signsheet`."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from database.models import Meeting
from desktop.cli import Context
from desktop.cli.pending import not_yet
from desktop.thai import thai_date, to_thai_digits

STATUS_TH = {
    "draft": "ร่าง",
    "agenda_sent": "ส่งระเบียบวาระแล้ว",
    "held": "ประชุมแล้ว",
    "minutes_adopted": "รับรองรายงานแล้ว",
}


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    meetings = sub.add_parser("meetings", parents=[common], help="committee meetings")
    actions = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="one line per meeting, its ID first").set_defaults(
        handler=run_list
    )
    show = actions.add_parser("show", parents=[common], help="a meeting in detail")
    show.add_argument("id", type=int)
    show.set_defaults(handler=not_yet)
    for document in ("agenda", "minutes", "signsheet"):
        printer = actions.add_parser(document, parents=[common], help=f"print the {document} (.pdf or .docx)")
        printer.add_argument("id", type=int)
        printer.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
        printer.set_defaults(handler=not_yet, document=document)


def run_list(context: Context) -> int:
    with context.database().session() as session:
        meetings = session.scalars(
            select(Meeting).options(selectinload(Meeting.committee)).order_by(Meeting.held_on, Meeting.id)
        ).all()
        for meeting in meetings:
            number = f"{meeting.number}/{meeting.year_be}"
            if context.lang == "en":
                print(
                    f"{meeting.id}\t{number}\t{meeting.held_on.isoformat()}\t{meeting.status.value}\t{meeting.committee.short_name}"
                )
            else:
                print(
                    f"{meeting.id}\tครั้งที่ {to_thai_digits(number)}\t{thai_date(meeting.held_on)}\t"
                    f"{STATUS_TH[meeting.status.value]}\t{meeting.committee.short_name}"
                )
    return 0
