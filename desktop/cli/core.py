"""`init` and `demo`."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from database.models import Household
from desktop.cli import Context
from desktop.demo import load_demo
from desktop.reference import seed_reference_data


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    init = sub.add_parser("init", parents=[common], help="create or upgrade the database")
    init.set_defaults(handler=run_init)
    demo = sub.add_parser("demo", parents=[common], help="load the demo district into an empty database")
    demo.add_argument("--households", type=int, default=64, help=argparse.SUPPRESS)
    demo.set_defaults(handler=run_demo)


def run_init(context: Context) -> int:
    database = context.database()
    with database.session() as session:
        seed_reference_data(session)
    shown = make_url(database.url).render_as_string(hide_password=True)  # never print a password
    context.say(f"ฐานข้อมูลพร้อมใช้งาน: {shown}", f"Database ready: {shown}")
    return 0


def run_demo(context: Context) -> int:
    with context.database().session() as session:
        load_demo(session, households=context.args.households)
        count = session.scalar(select(func.count()).select_from(Household))
    context.say(
        f"เพิ่มข้อมูลตัวอย่างอำเภอเวียงทองแล้ว ({count} ครัวเรือน)",
        f"Demo district loaded ({count} households).",
    )
    return 0
