"""`backup create|restore`.

A backup made here leaves the PC, so it is an encrypted archive: the office's backup
password comes from AMPHOE_BACKUP_PASSWORD or is asked for (twice for a new backup at a
terminal; the first line of stdin when stdin is not a terminal). Never on the command line,
where other users of the PC could read it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from database.engine import sqlite_path
from desktop import paths
from desktop.cli import Context
from desktop.safety.access import Permission, require
from desktop.safety.backup import (
    PASSWORD_VARIABLE,
    BackupPasswordError,
    check_backup,
    check_new_password,
    create_backup,
    is_encrypted,
    record_restore,
    restore_backup,
)


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    backup = sub.add_parser("backup", parents=[common], help="back up and restore the database")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        parents=[common],
        help=f"write an encrypted backup into a folder (password: {PASSWORD_VARIABLE} or asked)",
    )
    create.add_argument("dir", type=Path)
    create.set_defaults(handler=run_create)
    restore = actions.add_parser(
        "restore",
        parents=[common],
        help=f"replace the database with a backup (password: {PASSWORD_VARIABLE} or asked)",
    )
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=run_restore)


def read_backup_password(context: Context, *, new: bool) -> str:
    """The office's backup password: the environment, else a prompt (stdin's first line when
    stdin is not a terminal). A new backup at a terminal asks twice."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    th = context.lang != "en"
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise BackupPasswordError(
                f"ไม่ได้ให้รหัสผ่านสำรองข้อมูล (ตัวแปร {PASSWORD_VARIABLE} หรือบรรทัดแรกของ stdin)",
                f"No backup password was given ({PASSWORD_VARIABLE} or the first line of stdin).",
            )
        return line
    try:
        password = getpass.getpass("รหัสผ่านสำรองข้อมูล: " if th else "Backup password: ")
        if new:
            check_new_password(password)
            again = getpass.getpass("ยืนยันรหัสผ่านอีกครั้ง: " if th else "Repeat the password: ")
            if again != password:
                raise BackupPasswordError(
                    "รหัสผ่านสองครั้งไม่ตรงกัน จึงไม่ได้สำรองข้อมูล",
                    "The two passwords differ, so no backup was made.",
                )
    except EOFError as error:
        raise BackupPasswordError("ไม่ได้ให้รหัสผ่านสำรองข้อมูล", "No backup password was given.") from error
    return password


def run_create(context: Context) -> int:
    database = context.database()
    with database.session() as session:
        require(Permission.BACKUP, session)
    password = read_backup_password(context, new=True)
    target = create_backup(database.engine, context.args.dir, password=password)
    context.say(f"สำรองข้อมูลแล้ว (เข้ารหัส): {target}", f"Backup written (encrypted): {target}")
    return 0


def run_restore(context: Context) -> int:
    target = sqlite_path(context.url)
    if target is None or target.exists():  # a file not made yet has nothing to protect
        database = context.database()  # signs in to the database about to be replaced
        with database.session() as session:  # restore_backup checks again; here so no password is asked first
            require(Permission.RESTORE, session)
        database.dispose()
    path: Path = context.args.file
    password = read_backup_password(context, new=False) if is_encrypted(path) else None
    info = check_backup(path, password)  # a bad file is refused before anything is replaced
    safety = restore_backup(path, context.url, password=password, keep_dir=paths.backups_dir())
    record_restore(context.url, info)
    kept_th = f" (ข้อมูลเดิมเก็บไว้ที่ {safety})" if safety else ""
    kept_en = f" (the previous database was kept in {safety})" if safety else ""
    context.say(
        f"กู้คืนข้อมูลจาก {info.path.name} แล้ว {info.households} ครัวเรือน{kept_th}",
        f"Restored {info.path.name}: {info.households} households{kept_en}.",
    )
    return 0
