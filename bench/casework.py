"""The follow-up list and the Logbook entry queue on a big district, against a plain
COUNT(*) over the activity table measured in the same run.

    uv run python -m bench.casework [--households 100000] [--activities 500000] [--db URL]

Data: bench.generate fills the households; plan items (about 1.2 per household, a third
of them open and past due) and activities (about 15 % not yet in Logbook) go in with Core
inserts. Each figure is the median of --runs runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, insert, select, text

from desktop.db import Database


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def build(database: Database, households: int, activities: int) -> None:
    from bench.generate import fill_database
    from database.enums import PlanStatus
    from database.models import Activity, Agency, PlanItem
    from desktop.reference import seed_reference_data

    fill_database(database, households)
    rng = random.Random(7)
    today = dt.date.today()
    with database.session() as session:
        seed_reference_data(session)
        agencies = list(session.scalars(select(Agency.id)))
        plan_rows = []
        for household_id in range(1, households + 1):
            for _ in range(rng.choice([0, 1, 1, 2, 2])):
                due = today + dt.timedelta(days=rng.randint(-200, 200))
                status = rng.choice([PlanStatus.PLANNED, PlanStatus.IN_PROGRESS, PlanStatus.DONE])
                plan_rows.append(
                    {"household_id": household_id, "free_remedy": "ส่งเสริมอาชีพ", "due_on": due,
                     "status": status, "agency_id": rng.choice(agencies)}
                )  # fmt: skip
        for start in range(0, len(plan_rows), 10_000):
            session.execute(insert(PlanItem), plan_rows[start : start + 10_000])
        batch: list[dict[str, object]] = []
        for _ in range(activities):
            on = today - dt.timedelta(days=rng.randint(0, 720))
            entered = rng.random() < 0.85
            batch.append(
                {"household_id": rng.randint(1, households), "agency_id": rng.choice(agencies),
                 "activity_on": on, "description": "มอบพันธุ์ไก่พื้นเมือง", "result": "ติดตามผล",
                 "logbook_entered": entered, "logbook_entered_on": on if entered else None}
            )  # fmt: skip
            if len(batch) >= 10_000:
                session.execute(insert(Activity), batch)
                batch = []
        if batch:
            session.execute(insert(Activity), batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="a database URL (default: a scratch SQLite file)")
    parser.add_argument("--keep", type=Path, help="SQLite file to build once and reuse on later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        os.environ["AMPHOE_DATA_DIR"] = scratch
        from database.models import Activity, PlanItem
        from desktop.casework.activities import queue_count, queue_page
        from desktop.casework.followup import follow_up_count, follow_up_page
        from desktop.db import open_database

        url = args.db or f"sqlite:///{args.keep or Path(scratch) / 'bench.sqlite3'}"
        reuse = args.keep is not None and args.keep.exists()
        database = open_database(url)
        started = time.perf_counter()
        if not reuse:
            build(database, args.households, args.activities)
        with database.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
        with database.session() as session:
            plan_items = session.scalar(select(func.count()).select_from(PlanItem)) or 0
        print(
            f"{args.households:,} households, {plan_items:,} plan items, {args.activities:,} activities "
            f"ready in {time.perf_counter() - started:.1f} s ({database.engine.dialect.name})"
        )
        days = 60

        def run(query: Callable[..., object], *query_args: object) -> Callable[[], object]:
            def work() -> object:
                with database.session() as session:
                    return query(session, *query_args)

            return work

        baseline = _median_ms(run(lambda s: s.scalar(select(func.count()).select_from(Activity))), args.runs)
        with database.session() as session:
            due_total = follow_up_count(session, days)
            queue_total = queue_count(session)
            deep_id = follow_up_page(session, days, offset=20_000, limit=1)[0].household_id - 1
        figures = [
            ("follow-up count", run(follow_up_count, days)),
            ("follow-up first page (200)", run(lambda s: follow_up_page(s, days, limit=200))),
            (
                "follow-up page at 20,000 (offset)",
                run(lambda s: follow_up_page(s, days, offset=20_000, limit=200)),
            ),
            (
                "follow-up page at 20,000 (keyset)",
                run(lambda s: follow_up_page(s, days, after_id=deep_id, limit=200)),
            ),
            ("Logbook queue count", run(queue_count)),
            ("Logbook queue first page (200)", run(lambda s: queue_page(s, 0, 200))),
            ("Logbook queue page at 50,000", run(lambda s: queue_page(s, 50_000, 200))),
        ]
        print(f"follow-up list: {due_total:,} households; Logbook queue: {queue_total:,} activities")
        print(f"{'baseline COUNT(*) over activity':34}: {baseline:8.1f} ms")
        for label, work in figures:
            ms = _median_ms(work, args.runs)
            print(f"{label:34}: {ms:8.1f} ms  ({ms / baseline:5.2f}x baseline)")
        database.dispose()


if __name__ == "__main__":
    main()
