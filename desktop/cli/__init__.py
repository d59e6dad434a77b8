"""The command line: a contract that tests and outside checks call (see DESIGN.md).

Exit status: 0 done; 1 refused (bad input, validation errors, and nothing was written);
2 usage. Errors go to stderr in one sentence, Thai by default, English with --lang en.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from desktop import logs, settings
from desktop.db import Database, open_database
from desktop.errors import UserError

log = logging.getLogger("amphoe.cli")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # EX_SOFTWARE: a defect, never a refusal of the input


@dataclass
class Context:
    args: argparse.Namespace
    lang: str
    url: str
    _database: Database | None = field(default=None, repr=False)

    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.url)
            from desktop.safety.access import sign_in_from_environment

            with self._database.session() as session:
                sign_in_from_environment(session)
        return self._database

    def say(self, th: str, en: str) -> None:
        print(en if self.lang == "en" else th)

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


Handler = Callable[[Context], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    parent.add_argument(
        "--db", metavar="URL", default=default, help="SQLAlchemy URL (default: the per-user SQLite file)"
    )
    parent.add_argument("--lang", choices=("th", "en"), default=default, help="language of messages")
    parent.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS if suppress else False)
    return parent


def _command_modules() -> list[ModuleType]:
    from desktop.cli import (
        activities,
        backup,
        core,
        households,
        letters,
        meetings,
        package,
        programmes,
        reports,
    )

    return [core, households, activities, programmes, meetings, letters, package, backup, reports]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="amphoe-desk", description="Amphoe Desk", parents=[_common_options(False)])
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    common = _common_options(True)
    for module in _command_modules():
        module.register(sub, common)
    return parser


MAX_OPTION_CHARS = 2_000  # any text given on the command line; the columns check theirs too


def _too_long_option(args: argparse.Namespace) -> UserError | None:
    for name, value in vars(args).items():
        if isinstance(value, str) and len(value) > MAX_OPTION_CHARS:
            option = "--" + name.replace("_", "-")
            return UserError(
                f"ค่าของ {option} ยาวเกินไป ({len(value):,} ตัวอักษร; รับได้ไม่เกิน {MAX_OPTION_CHARS:,})",
                f"The value of {option} is too long ({len(value):,} characters; the limit is "
                f"{MAX_OPTION_CHARS:,}).",
            )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    config = settings.load()
    lang = args.lang or config.language or "th"
    logs.configure(verbose=bool(getattr(args, "verbose", False)))
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    too_long = _too_long_option(args)
    if too_long is not None:
        print(too_long.message(lang), file=sys.stderr)
        return EXIT_REFUSED
    context = Context(args=args, lang=lang, url=args.db or config.effective_database_url())
    try:
        return handler(context)
    except UserError as error:
        print(error.message(lang), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("ยกเลิกแล้ว" if lang == "th" else "Cancelled.", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error in %s", args.command)
        traceback.print_exc()
        print(
            "เกิดข้อผิดพลาดภายในโปรแกรม โปรดส่งรายละเอียดข้างต้นให้ผู้ดูแลระบบ"
            if lang == "th"
            else "Internal error: please send the details above to the developers.",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        context.close()
