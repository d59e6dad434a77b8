"""The command line: a contract that tests and outside checks call (see DESIGN.md).

Exit status: 0 done; 1 refused (bad input, validation errors, and nothing was written);
2 usage. Errors go to stderr in one sentence, Thai by default, English with --lang en.

Signing in: on a database that holds accounts, every command that opens it signs in first,
as the account named by --user or AMPHOE_USER, with the password from AMPHOE_PASSWORD or
asked for (getpass on a terminal, else the first line of stdin). A wrong password counts
toward the account's lock-out like one typed in the window. A database without accounts
belongs to the person at the computer (single-user mode): nobody signs in.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from desktop import logs, settings
from desktop.db import Database, open_database, server_gone_in
from desktop.errors import UserError
from desktop.pdpa import scrub
from desktop.safety import accounts
from desktop.safety.access import has_accounts, sign_in_as

log = logging.getLogger("amphoe.cli")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # EX_SOFTWARE: a defect, never a refusal of the input

USER_VARIABLE = "AMPHOE_USER"
PASSWORD_VARIABLE = "AMPHOE_PASSWORD"


@dataclass
class Context:
    args: argparse.Namespace
    lang: str
    url: str
    _database: Database | None = field(default=None, repr=False)
    _signed_in: bool = field(default=False, repr=False)
    # The password this command signed in with: `users passwd` of one's own account checks
    # it again in the transaction that changes it (accounts.change_own_password).
    sign_in_password: str = field(default="", repr=False)

    def database(self) -> Database:
        """The database, opened (and migrated) once, with the user signed in to it."""
        if self._database is None:
            self._database = open_database(self.url)
            self._sign_in(self._database)
        return self._database

    def _sign_in(self, database: Database) -> None:
        with database.session() as session:
            if not has_accounts(session):
                return  # single-user mode: the person at the computer (see access.py)
        name = (getattr(self.args, "user", None) or os.environ.get(USER_VARIABLE, "")).strip()
        if not name:
            raise UserError(
                f"ฐานข้อมูลนี้มีบัญชีผู้ใช้ โปรดลงชื่อเข้าใช้ด้วย --user ชื่อผู้ใช้ (หรือ {USER_VARIABLE})",
                f"This database has user accounts: sign in with --user NAME (or {USER_VARIABLE}).",
            )
        password = os.environ.get(PASSWORD_VARIABLE)
        if not password:  # unset or set empty: ask
            password = self.secret(f"รหัสผ่านของ {name}: ", f"Password for {name}: ")
        sign_in_as(accounts.sign_in(database, name, password))  # a wrong one counts toward lock-out
        self._signed_in = True
        self.sign_in_password = password

    def secret(self, prompt_th: str, prompt_en: str, twice: bool = False) -> str:
        """A password: asked for on a terminal (twice when twice), else the next line of stdin.

        Lines are read in order, so a piped sign-in password comes first and a new password
        (users add, users passwd) on the line after it.
        """
        missing = UserError("ไม่ได้ให้รหัสผ่าน", "No password was given.")
        if not sys.stdin.isatty():
            line = sys.stdin.readline()
            if not line:
                raise missing
            return line.rstrip("\r\n")
        try:
            value = getpass.getpass(prompt_en if self.lang == "en" else prompt_th)
            if twice and getpass.getpass("อีกครั้ง: " if self.lang == "th" else "Again: ") != value:
                raise accounts.passwords_differ()
        except EOFError:  # Ctrl-D at the prompt
            raise missing from None
        return value

    def say(self, th: str, en: str) -> None:
        print(en if self.lang == "en" else th)

    def close(self) -> None:
        if self._signed_in:
            sign_in_as(None)  # main() may run again in this process (tests, scripts)
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
    parent.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help=f"sign in as this account (default: ${USER_VARIABLE}); password: ${PASSWORD_VARIABLE} or asked",
    )
    parent.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS if suppress else False)
    return parent


def _command_modules() -> list[ModuleType]:
    from desktop.cli import (
        activities,
        audit,
        backup,
        core,
        households,
        letters,
        meetings,
        package,
        programmes,
        reports,
        users,
    )

    return [
        core,
        users,
        households,
        activities,
        programmes,
        meetings,
        letters,
        package,
        backup,
        audit,
        reports,
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="amphoe-desk",
        description="Amphoe Desk",
        epilog=f"Signing in: on a database with accounts every command signs in as --user NAME "
        f"(or ${USER_VARIABLE}) with the password from ${PASSWORD_VARIABLE}, else asked (stdin's "
        "first line when it is not a terminal); a wrong one counts toward the lock-out. A database "
        "without accounts needs no sign-in; its first `users add` makes the administrator.",
        parents=[_common_options(False)],
    )
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
    except Exception as error:
        gone = server_gone_in(error, context.url)  # a server that went away is no bug of ours
        if gone is not None:
            print(gone.message(lang), file=sys.stderr)
            return EXIT_REFUSED
        log.exception("unexpected error in %s", args.command)
        print(scrub(traceback.format_exc()), file=sys.stderr, end="")  # no ID, no SQL value
        print(
            "เกิดข้อผิดพลาดภายในโปรแกรม โปรดส่งรายละเอียดข้างต้นให้ผู้ดูแลระบบ"
            if lang == "th"
            else "Internal error: please send the details above to the developers.",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        context.close()
