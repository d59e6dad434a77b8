"""`package build|verify|import`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli import EXIT_OK, EXIT_REFUSED, Context
from desktop.cli.letters import warn_cover_gaps
from desktop.errors import UserError
from desktop.submissions import ops
from desktop.submissions.package import PackageOptions, build_package
from desktop.submissions.verify import PASSWORD_VARIABLE, verify_package


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    package = sub.add_parser("package", parents=[common], help="submission packages for the province")
    actions = package.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", parents=[common], help="build the package for a meeting")
    build.add_argument("--meeting", type=int, required=True)
    build.add_argument("--out", type=Path, required=True, metavar="DIR")
    build.add_argument("--docx", action="store_true", help="add the minutes as DOCX too")
    build.add_argument(
        "--password",
        nargs="?",
        const=ASK,
        metavar="P",
        help=f"protect the zip with AES (for e-mail); the password comes from {PASSWORD_VARIABLE} or is "
        "asked for (a value here is still accepted, but other users of the computer can see it)",
    )
    build.add_argument("--full-ids", action="store_true", help="do not mask national IDs")
    build.add_argument("--circular", type=int, metavar="ID", help="the circular answered (default: found)")
    build.set_defaults(handler=run_build)
    verify = actions.add_parser("verify", parents=[common], help="check a package's manifest and hashes")
    verify.add_argument("file", type=Path)
    verify.add_argument(
        "--password", nargs="?", const=ASK, metavar="P", help=f"ask for the password (or {PASSWORD_VARIABLE})"
    )
    verify.set_defaults(handler=run_verify)
    importer = actions.add_parser(
        "import", parents=[common], help="province side: import verified packages' household lists"
    )
    importer.add_argument("files", type=Path, nargs="+", metavar="FILE.zip")
    importer.add_argument(
        "--password", nargs="?", const=ASK, metavar="P", help=f"ask for the password (or {PASSWORD_VARIABLE})"
    )
    importer.set_defaults(handler=run_import)


ASK = "\0ask"  # --password without a value


def package_password(given: str | None, building: bool = False) -> str | None:
    """The package password: from AMPHOE_PACKAGE_PASSWORD or a prompt, never needed on the
    command line (where other users see it in the process list); ``--password P`` still
    works for old scripts. A build encrypts only when --password was given."""
    if given is not None and given != ASK:
        return given
    from_environment = os.environ.get(PASSWORD_VARIABLE)
    if given is None and (building or not from_environment):
        return None
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        raise UserError(
            f"โปรดตั้งรหัสผ่านใน {PASSWORD_VARIABLE} (ไม่มีหน้าจอให้พิมพ์รหัสผ่าน)",
            f"Set the password in {PASSWORD_VARIABLE} (there is no terminal to type it in).",
        )
    password = getpass.getpass("รหัสผ่านชุดเอกสาร / package password: ")
    if building and getpass.getpass("พิมพ์อีกครั้ง / again: ") != password:
        raise UserError("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passwords differ.")
    if not password:
        raise UserError("ไม่ได้พิมพ์รหัสผ่าน", "No password was typed.")
    return password


def run_build(context: Context) -> int:
    args = context.args
    options = PackageOptions(
        docx=args.docx,
        password=package_password(args.password, building=True),
        full_ids=args.full_ids,
        circular_id=args.circular,
    )
    database = context.database()
    warn_cover_gaps(context, database, args.meeting)
    built = build_package(database, args.meeting, args.out, options)
    counts = built.manifest["counts"]
    context.say(
        f"สร้างชุดเอกสาร {built.path} ({counts['files']} ไฟล์ {counts['households']} ครัวเรือน "
        f"หนังสือนำส่งที่ {built.letter_number})",
        f"Built {built.path} ({counts['files']} files, {counts['households']} households, "
        f"cover letter {built.letter_number})",
    )
    context.say(f"SHA-256 {built.sha256}", f"SHA-256 {built.sha256}")
    return EXIT_OK


def run_verify(context: Context) -> int:
    report = verify_package(context.args.file, package_password(context.args.password))
    for line in report.summary_lines(context.lang):
        print(line)
    if report.ok:
        context.say("ผลการตรวจสอบ: ถูกต้องครบถ้วน", "Result: the package is complete and intact.")
        return EXIT_OK
    for problem in report.problems:
        print(problem.message(context.lang), file=sys.stderr)
    return EXIT_REFUSED


def run_import(context: Context) -> int:
    password = package_password(context.args.password)
    results = ops.import_packages(context.database(), context.args.files, password).value
    for result in results:
        if result.skipped_reason:
            context.say(
                f"{result.path.name}: นำเข้าไว้แล้ว ข้ามไป", f"{result.path.name}: already imported, skipped"
            )
        else:
            context.say(
                f"{result.path.name}: อำเภอ{result.district} {result.households} ครัวเรือน",
                f"{result.path.name}: {result.district}, {result.households} households",
            )
    return EXIT_OK
