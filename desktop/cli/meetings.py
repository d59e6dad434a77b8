"""`meetings list|show|agenda|minutes|signsheet`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import Context
from desktop.meetings import ops
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
    show.set_defaults(handler=run_show)
    for document in ("agenda", "minutes", "signsheet"):
        printer = actions.add_parser(document, parents=[common], help=f"print the {document} (.pdf or .docx)")
        printer.add_argument("id", type=int)
        printer.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
        printer.set_defaults(handler=run_print, document=document)


def run_list(context: Context) -> int:
    rows = sorted(ops.list_meetings(context.database()), key=lambda m: (m.held_on, m.id))
    for meeting in rows:
        number, short_name = meeting.number, meeting.committee_short_name
        if context.lang == "en":
            print(
                f"{meeting.id}\t{number}\t{meeting.held_on.isoformat()}\t{meeting.status.value}\t{short_name}"
            )
        else:
            print(
                f"{meeting.id}\tครั้งที่ {to_thai_digits(number)}\t{thai_date(meeting.held_on)}\t"
                f"{STATUS_TH[meeting.status.value]}\t{short_name}"
            )
    return 0


def run_show(context: Context) -> int:
    """The meeting in detail: header, attendance and quorum, agenda with households and resolutions."""
    en = context.lang == "en"
    d = ops.detail(context.database(), context.args.id)
    print(f"{d.committee_short_name or d.committee_name}")
    number = d.number if en else to_thai_digits(d.number)
    when = d.held_on.isoformat() if en else thai_date(d.held_on)
    status = d.status.value if en else d.status_th
    print(f"{'Meeting' if en else 'การประชุมครั้งที่'} {number}\t{when}\t{d.venue}\t{status}")
    if d.adopted_in:
        print(f"{'Minutes adopted at' if en else 'รับรองรายงานในการประชุมครั้งที่'} {d.adopted_in}")
    q = d.quorum
    print(
        f"quorum: {q.attending}/{q.members} (needs {q.needed}) {'met' if q.met else 'NOT met'}"
        if en
        else q.sentence()
    )
    for row in d.attendance:
        extra = row.reason or row.representative_name
        print(f"  {row.status.value if en else row.status_th}\t{row.name}\t{row.position}\t{extra}".rstrip())
    for item in d.items:
        indent = "" if item.parent_id is None else "  "
        label = item.label if en else to_thai_digits(item.label)
        line = f"{indent}{label} {item.title}"
        if item.households:
            line += f" [{item.households} {'households' if en else 'ครัวเรือน'}]"
        print(line)
        for r in item.resolutions:
            applied = f" ({r.households} applied)" if en and r.applied_at else ""
            applied = applied or (f" (ดำเนินการแล้ว {r.households} ครัวเรือน)" if r.applied_at else "")
            number = f"{r.number}/{r.year_be}"
            outcome = r.outcome.value if en else r.outcome_th
            print(f"{indent}    {number if en else to_thai_digits(number)} {outcome}: {r.text}{applied}")
    return 0


def run_print(context: Context) -> int:
    from desktop.documents.meeting_documents import write_meeting_document

    args = context.args
    path = write_meeting_document(context.database(), args.id, args.document, args.out)
    context.say(f"บันทึกเอกสารแล้ว: {path}", f"Document written: {path}")
    return 0
