"""`backup create|restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from database.engine import sqlite_path
from desktop import paths
from desktop.cli import Context
from desktop.safety.access import Permission, require
from desktop.safety.backup import check_backup, create_backup, record_restore, restore_backup


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    backup = sub.add_parser("backup", parents=[common], help="back up and restore the database")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", parents=[common], help="write a backup into a folder")
    create.add_argument("dir", type=Path)
    create.set_defaults(handler=run_create)
    restore = actions.add_parser("restore", parents=[common], help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=run_restore)


def run_create(context: Context) -> int:
    database = context.database()
    with database.session() as session:
        require(Permission.BACKUP, session)
    target = create_backup(database.engine, context.args.dir)
    context.say(f"สำรองข้อมูลแล้ว: {target}", f"Backup written: {target}")
    return 0


def run_restore(context: Context) -> int:
    info = check_backup(context.args.file)  # a bad file is refused before anything is opened
    target = sqlite_path(context.url)
    if target is None or target.exists():  # a file not made yet has nothing to protect
        database = context.database()  # signs in to the database about to be replaced
        with database.session() as session:
            require(Permission.RESTORE, session)
        database.dispose()
    safety = restore_backup(info.path, context.url, keep_dir=paths.backups_dir())
    record_restore(context.url, info)
    kept_th = f" (ข้อมูลเดิมเก็บไว้ที่ {safety})" if safety else ""
    kept_en = f" (the previous database was kept in {safety})" if safety else ""
    context.say(
        f"กู้คืนข้อมูลจาก {info.path.name} แล้ว {info.households} ครัวเรือน{kept_th}",
        f"Restored {info.path.name}: {info.households} households{kept_en}.",
    )
    return 0
