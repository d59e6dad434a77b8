"""`letters cover`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import Context


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    letters = sub.add_parser("letters", parents=[common], help="official letters")
    actions = letters.add_subparsers(dest="action", metavar="ACTION", required=True)
    cover = actions.add_parser("cover", parents=[common], help="cover letter sending a meeting's minutes")
    cover.add_argument("--meeting", type=int, required=True)
    cover.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    cover.set_defaults(handler=run_cover)


def run_cover(context: Context) -> int:
    from desktop.documents.meeting_documents import write_meeting_document

    args = context.args
    path = write_meeting_document(context.database(), args.meeting, "cover", args.out)
    context.say(f"บันทึกหนังสือนำส่งแล้ว: {path}", f"Cover letter written: {path}")
    return 0
