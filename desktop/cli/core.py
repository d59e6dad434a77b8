"""`init` and `demo`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy.engine import make_url

from database.migrate import restore_audit_guards
from desktop import demo
from desktop.cli import Context
from desktop.errors import UserError
from desktop.reference import seed_reference_data


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    init = sub.add_parser("init", parents=[common], help="create or upgrade the database")
    init.add_argument(
        "--app-role",
        metavar="NAME",
        help="PostgreSQL: create or update the role clerks' computers use (its password from "
        f"{APP_PASSWORD_VARIABLE} or a prompt); run with the owner's address",
    )
    init.set_defaults(handler=run_init)
    demo = sub.add_parser("demo", parents=[common], help="load the demo district into an empty database")
    demo.add_argument("--households", type=int, default=64, help=argparse.SUPPRESS)
    demo.set_defaults(handler=run_demo)


APP_PASSWORD_VARIABLE = "AMPHOE_APP_DB_PASSWORD"


def _app_role_password(context: Context) -> str:
    password = os.environ.get(APP_PASSWORD_VARIABLE, "")
    if password:
        return password
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    th, en = "รหัสผ่านของบทบาทโปรแกรม: ", "Password for the app role: "
    password = getpass.getpass(en if context.lang == "en" else th)
    again = getpass.getpass("Again: " if context.lang == "en" else "อีกครั้ง: ")
    if password != again:
        raise UserError("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passwords differ.")
    return password


def run_init(context: Context) -> int:
    database = context.database()
    with database.session() as session:
        seed_reference_data(session)
    recreated = restore_audit_guards(database.engine)
    if recreated:  # someone removed the log's guard: put it back and say so
        names = ", ".join(recreated)
        th = (
            f"คำเตือน: ตัวป้องกันการแก้ไขบันทึกประวัติ ({names}) หายไป โปรแกรมสร้างคืนให้แล้ว "
            "โปรดตรวจสอบว่ามีผู้ใดแก้ไขฐานข้อมูลด้วยเครื่องมืออื่น"
        )
        en = (
            f"Warning: the audit log's append-only guard ({names}) was missing and has been re-created; "
            "check whether someone changed the database with another tool."
        )
        print(en if context.lang == "en" else th, file=sys.stderr)
    shown = make_url(database.url).render_as_string(hide_password=True)
    context.say(f"ฐานข้อมูลพร้อมใช้งาน: {shown}", f"Database ready: {shown}")
    role = context.args.app_role
    if role:
        from desktop.safety.server_roles import grant_app_role

        created = grant_app_role(database.engine, role, _app_role_password(context))
        context.say(
            f"{'สร้าง' if created else 'ปรับปรุง'}บทบาท {role} แล้ว: เครื่องของเจ้าหน้าที่ให้ใช้ที่อยู่ฐานข้อมูลด้วยบทบาทนี้",
            f"Role {role} {'created' if created else 'updated'}: clerks' computers connect as this role.",
        )
    return 0


def run_demo(context: Context) -> int:
    count = demo.load(context.database(), households=context.args.households).value
    context.say(
        f"เพิ่มข้อมูลตัวอย่างอำเภอเวียงทองแล้ว ({count} ครัวเรือน)",
        f"Demo district loaded ({count} households).",
    )
    return 0
