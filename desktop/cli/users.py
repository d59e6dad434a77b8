"""`users add|list|passwd|unlock|role`: accounts from the command line.

Who may do what is checked in desktop.safety.accounts (administrator only, except the
first account of a database, which anyone at the computer makes and which is always an
administrator, and `users passwd` of one's own account, which any account may run: the
password it signed in with is checked again as the old one); this module only reads the
arguments and the new password.
"""

from __future__ import annotations

import argparse

from database.enums import Role
from desktop.cli import Context
from desktop.db import Database
from desktop.safety import accounts, ops
from desktop.safety.access import ROLE_EN, ROLE_TH, Permission, signed_in

ROLES = {"clerk": Role.CLERK, "head": Role.HEAD, "admin": Role.ADMIN}


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    users = sub.add_parser(
        "users", parents=[common], help="user accounts (administrator; the first one needs no sign-in)"
    )
    actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[common],
        help="make an account; password from stdin's first line, or asked twice",
    )
    add.add_argument("name")
    add.add_argument("--role", choices=tuple(ROLES), required=True)
    add.add_argument("--full-name", default="", metavar="TEXT")
    add.set_defaults(handler=run_add)
    actions.add_parser("list", parents=[common], help="one line per account").set_defaults(handler=run_list)
    passwd = actions.add_parser(
        "passwd",
        parents=[common],
        help="set an account's password (lifts a lock); any account may set its own",
    )
    passwd.add_argument("name")
    passwd.set_defaults(handler=run_passwd)
    unlock = actions.add_parser("unlock", parents=[common], help="lift a lock-out after wrong passwords")
    unlock.add_argument("name")
    unlock.set_defaults(handler=run_unlock)
    role = actions.add_parser("role", parents=[common], help="change an account's role")
    role.add_argument("name")
    role.add_argument("role", choices=tuple(ROLES))
    role.set_defaults(handler=run_role)


def _new_password(context: Context, name: str) -> str:
    return context.secret(f"รหัสผ่านใหม่ของ {name}: ", f"New password for {name}: ", twice=True)


def _role(context: Context, role: Role) -> str:
    return ROLE_EN[role] if context.lang == "en" else ROLE_TH[role]


def run_add(context: Context) -> int:
    args = context.args
    asked = ROLES[args.role]
    database = context.database()  # signs in first, unless the database has no account yet
    with database.session() as session:
        accounts.may_add_user(session)  # refuse before asking for a password
    password = _new_password(context, args.name)
    with database.session() as session:
        row = accounts.create_user(session, args.name, args.full_name, asked, password)
    role = _role(context, row.role)
    context.say(f"เพิ่มบัญชี {row.username} ({role}) แล้ว", f"Account {row.username} added ({role}).")
    if row.role != asked:
        context.say(
            "บัญชีแรกของฐานข้อมูลเป็นผู้ดูแลระบบเสมอ",
            "The first account of a database is always an administrator.",
        )
    return 0


def run_list(context: Context) -> int:
    with context.database().session() as session:
        rows = accounts.list_users(session)
    for row in rows:
        if not row.active:
            state = "inactive" if context.lang == "en" else "ปิดใช้งาน"
        elif row.locked():
            state = "locked" if context.lang == "en" else "ถูกล็อก"
        else:
            state = "active" if context.lang == "en" else "ใช้งานได้"
        print("\t".join((row.username, _role(context, row.role), state, row.full_name)))
    return 0


def run_passwd(context: Context) -> int:
    name = context.args.name
    database = context.database()
    me = signed_in()
    if me is not None and me.username.lower() == name.strip().lower() and not me.may(Permission.MANAGE_USERS):
        return _own_password(context, database, me.username)
    with database.session() as session:
        row = accounts.find_user(session, name)  # refuses a non-administrator before asking
    password = _new_password(context, row.username)
    with database.session() as session:
        accounts.set_password(session, row.id, password)
    context.say(f"ตั้งรหัสผ่านของ {row.username} แล้ว", f"Password of {row.username} set.")
    return 0


def _own_password(context: Context, database: Database, username: str) -> int:
    """A clerk or head of office sets their own password: the one they signed in with is
    checked again as the old one, in the transaction that writes the new one."""
    password = _new_password(context, username)
    ops.change_own_password(database, context.sign_in_password, password)  # the window's operation too
    context.say(f"เปลี่ยนรหัสผ่านของ {username} แล้ว", f"Password of {username} changed.")
    return 0


def run_unlock(context: Context) -> int:
    with context.database().session() as session:
        row = accounts.find_user(session, context.args.name)
        accounts.unlock(session, row.id)
    context.say(f"ปลดล็อกบัญชี {row.username} แล้ว", f"Account {row.username} unlocked.")
    return 0


def run_role(context: Context) -> int:
    role = ROLES[context.args.role]
    with context.database().session() as session:
        row = accounts.find_user(session, context.args.name)
        accounts.update_user(session, row.id, role=role)
    shown = _role(context, role)
    context.say(f"บัญชี {row.username} เป็น{shown}แล้ว", f"Account {row.username} is now {ROLE_EN[role]}.")
    return 0
