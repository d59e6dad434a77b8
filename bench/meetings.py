"""Resolutions acting on many households: build the list, apply, undo, read the meeting.

    uv run python -m bench.meetings [--households 20000] [--not-found 2000] [--db URL]

Baseline, measured in the same run: the bare SQL the apply must at least do (one bulk
UPDATE of the households), then rolled back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, update

from bench.generate import fill_database
from database.enums import LogbookStatus, ResolutionAction, ResolutionOutcome
from database.models import Household, Meeting
from desktop.db import Database, open_database


def timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def run(database: Database, households: int, not_found: int) -> None:
    from desktop.meetings import agenda, meeting, resolutions, roster
    from desktop.meetings.common import sections
    from desktop.meetings.detail import meeting_detail
    from desktop.reference import seed_reference_data

    fill_database(database, households)
    with database.session() as session:
        seed_reference_data(session)
        ids = list(session.scalars(select(Household.id).order_by(Household.id).limit(not_found)))
        session.execute(
            update(Household).where(Household.id.in_(ids)).values(logbook_status=LogbookStatus.NOT_FOUND)
        )
        committee = roster.create_committee(session, "คณะกรรมการทดสอบ")
        for n in range(5):
            roster.add_member(session, committee, title="นาย", first_name=f"ก{n}", last_name="ข", position="")
        meeting_id = meeting.create_meeting(session, committee, dt.date(2024, 10, 1))
        head = sections(session.get(Meeting, meeting_id))[3]  # type: ignore[arg-type]
        item = agenda.add_item(session, head.id, "ครัวเรือนที่ไม่พบ")

    def baseline() -> None:
        with database.sessions() as session, session.begin():
            session.execute(
                update(Household).where(Household.id.in_(ids)).values(logbook_status=LogbookStatus.ENTERED)
            )
            session.rollback()

    def build() -> None:
        with database.session() as session:
            agenda.set_household_list(session, item, "not_found")
            meeting.mark_held(session, meeting_id)

    resolution_holder: list[int] = []

    def record_and_apply() -> None:
        with database.session() as session:
            rid = resolutions.record_resolution(
                session, item, text="เห็นชอบ", outcome=ResolutionOutcome.APPROVED,
                action=ResolutionAction.APPROVE_LOGBOOK,
            )  # fmt: skip
            resolutions.apply_resolution(session, rid)
            resolution_holder.append(rid)

    def undo() -> None:
        with database.session() as session:
            resolutions.undo_resolution(session, resolution_holder[0])

    def read() -> None:
        with database.session() as session:
            meeting_detail(session, meeting_id)

    base = timed(baseline)
    figures = {
        "build the list": timed(build),
        "apply": timed(record_and_apply),
        "undo": timed(undo),
        "read the meeting": timed(read),
    }
    print(f"{households:,} households, {not_found:,} on the item; baseline bulk UPDATE {base * 1000:.1f} ms")
    for name, seconds in figures.items():
        print(f"  {name:18s} {seconds * 1000:8.1f} ms  {seconds / base:6.1f}× baseline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=20000)
    parser.add_argument("--not-found", type=int, default=2000)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        os.environ.setdefault("AMPHOE_DATA_DIR", scratch)
        url = args.db or f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        database = open_database(url)
        try:
            run(database, args.households, args.not_found)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
