"""`letters cover`: the cover letter for a meeting's minutes, numbered from the register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import EXIT_OK, Context
from desktop.db import Database
from desktop.submissions import ops
from desktop.submissions.package import gaps_sentence


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    letters = sub.add_parser("letters", parents=[common], help="official letters")
    actions = letters.add_subparsers(dest="action", metavar="ACTION", required=True)
    cover = actions.add_parser("cover", parents=[common], help="cover letter sending a meeting's minutes")
    cover.add_argument("--meeting", type=int, required=True)
    cover.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    cover.set_defaults(handler=run_cover)


def warn_cover_gaps(context: Context, database: Database, meeting_id: int) -> None:
    """Name the fields the cover letter would print empty (stderr), then go ahead."""
    gaps = ops.cover_letter_gaps(database, meeting_id)
    if gaps:
        label = "Warning: " if context.lang == "en" else "คำเตือน: "
        print(label + gaps_sentence(gaps, context.lang), file=sys.stderr)


def run_cover(context: Context) -> int:
    database = context.database()
    warn_cover_gaps(context, database, context.args.meeting)
    letter = ops.write_cover_letter(database, context.args.meeting, context.args.out).value
    context.say(
        f"เขียนหนังสือนำส่งที่ {letter.letter_number} ไปที่ {letter.path}",
        f"Wrote cover letter {letter.letter_number} to {letter.path}",
    )
    return EXIT_OK
