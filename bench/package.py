"""Package build and verification for a meeting whose household list is large.

    uv run python -m bench.package [--households 20000]

The demo district plus N synthetic households, all attached to one agenda item of the
demo's second meeting. Baseline, measured in the same run: the plain household export
(`households export`) of the same households. Prints build ÷ export and verify ÷ export.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, insert, select

from bench.generate import households as synthetic
from database.models import AgendaItem, AgendaItemHousehold, Household, Meeting, Member
from desktop.db import Database, open_database
from desktop.demo import load_demo
from desktop.households.export import export_households
from desktop.submissions.package import PackageOptions, build_package
from desktop.submissions.usb import copy_package
from desktop.submissions.verify import verify_package


def add_households(database: Database, count: int) -> None:
    """Synthetic households after the demo's own (Core inserts with ids above theirs)."""
    with database.session() as session:
        start = (session.scalar(select(func.max(Household.id))) or 0) + 1
        households, members = [], []
        for offset, h in enumerate(synthetic(count)):
            households.append(
                {
                    "id": start + offset, "house_no": h.house_no, "village_no": h.village_no,
                    "village_name": h.village_name, "subdistrict": h.subdistrict, "district": "เวียงทอง",
                    "province": "พะเยา", "house_code": h.house_code, "target_group": h.target_group,
                    "logbook_status": "not_found",
                }
            )  # fmt: skip
            members.append(
                {
                    "household_id": start + offset, "title": h.title, "first_name": h.first_name,
                    "last_name": h.last_name, "national_id": h.national_id, "is_head": True,
                }
            )  # fmt: skip
        session.execute(insert(Household), households)
        session.execute(insert(Member), members)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        folder = Path(scratch)
        os.environ["AMPHOE_DATA_DIR"] = str(folder / "data")
        database = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
        with database.session() as session:
            load_demo(session)
        add_households(database, args.households)
        with database.session() as session:
            meeting = session.scalars(select(Meeting).where(Meeting.number == 2)).one()
            item = session.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting.id, AgendaItem.title.startswith("ขอความเห็นชอบ")
                )
            ).one()
            linked = set(session.scalars(select(AgendaItemHousehold.household_id)))
            ids = [i for i in session.scalars(select(Household.id)) if i not in linked]
            session.execute(
                insert(AgendaItemHousehold), [{"agenda_item_id": item.id, "household_id": i} for i in ids]
            )
            meeting_id = meeting.id
            total = len(ids) + len(linked)
        started = time.perf_counter()
        with database.session() as session:
            export_households(session, folder / "export.xlsx")
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        built = build_package(database, meeting_id, folder / "out", PackageOptions())
        build_time = time.perf_counter() - started
        started = time.perf_counter()
        report = verify_package(built.path)
        verify_time = time.perf_counter() - started
        assert report.ok, report.problems
        stick = folder / "stick"
        stick.mkdir()
        started = time.perf_counter()
        copy_package(built.path, stick)
        copy_time = time.perf_counter() - started
        database.dispose()
    print(f"households in the list: {total:,}; package {built.size / 1e6:.1f} MB")
    print(f"baseline (plain export of all households): {baseline:.2f} s")
    print(f"package build: {build_time:.2f} s  = {build_time / baseline:.2f}x baseline")
    print(f"package verify: {verify_time:.2f} s  = {verify_time / baseline:.2f}x baseline")
    print(f"copy to folder + read back + verify: {copy_time:.2f} s  = {copy_time / baseline:.2f}x baseline")


if __name__ == "__main__":
    main()
