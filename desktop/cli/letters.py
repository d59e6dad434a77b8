"""`letters cover`: the cover letter for a meeting's minutes, numbered from the register."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import EXIT_OK, Context
from desktop.submissions.package import write_cover_letter


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
    letter = write_cover_letter(context.database(), context.args.meeting, context.args.out)
    context.say(
        f"เขียนหนังสือนำส่งที่ {letter.letter_number} ไปที่ {letter.path}",
        f"Wrote cover letter {letter.letter_number} to {letter.path}",
    )
    return EXIT_OK
