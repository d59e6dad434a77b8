"""Synthetic casework for benchmarks and report tests: plan items, activities, stages.

Core inserts in batches (fast enough for 500k activities). Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select, update

from database.base import Base
from database.enums import LogbookStatus, PlanStatus, Stage
from database.models import Agency, Household
from desktop.db import Database

ACTIVITY_INSERT = Base.metadata.tables["activity"].insert()  # Core: no ORM bookkeeping per row
PLAN_INSERT = Base.metadata.tables["plan_item"].insert()
AGENCIES = (
    "โรงพยาบาลส่งเสริมสุขภาพตำบล",
    "องค์การบริหารส่วนตำบล",
    "กศน.อำเภอ",
    "สำนักงานเกษตรอำเภอ",
    "พัฒนาสังคมและความมั่นคงของมนุษย์",
)


def add_casework(
    database: Database,
    activities: int,
    plan_items: int,
    first_day: dt.date = dt.date(2023, 10, 1),
    last_day: dt.date = dt.date(2025, 9, 30),
    seed: int = 3,
    batch: int = 20_000,
) -> None:
    """Spread activities and plan items over the households already in the database.

    Also gives households a stage and a Logbook status (by id, in SQL) when they have none.
    """
    rng = random.Random(seed)
    with database.session() as session:
        household_ids = list(session.scalars(select(Household.id).order_by(Household.id)))
        agency_ids = list(session.scalars(select(Agency.id).order_by(Agency.id)))
        if not agency_ids:
            session.execute(insert(Agency), [{"name": name, "short_name": name[:12]} for name in AGENCIES])
            agency_ids = list(session.scalars(select(Agency.id).order_by(Agency.id)))
        stages, statuses = list(Stage), list(LogbookStatus)
        for index, stage in enumerate(stages):
            session.execute(
                update(Household)
                .where(Household.stage.is_(None), Household.id % len(stages) == index)
                .values(stage=stage)
            )
        for index, status in enumerate(statuses[1:], 1):
            session.execute(
                update(Household)
                .where(Household.logbook_status == LogbookStatus.NOT_CHECKED, Household.id % 7 == index)
                .values(logbook_status=status)
            )
        span = (last_day - first_day).days
        agencies: list[int | None] = [*agency_ids, None]
        rows: list[dict[str, object]] = []
        for _ in range(activities):
            rows.append(
                {
                    "household_id": rng.choice(household_ids),
                    "agency_id": rng.choice(agencies),
                    "activity_on": first_day + dt.timedelta(days=rng.randint(0, span)),
                    "description": rng.choice(["มอบถุงยังชีพ", "ตรวจสุขภาพที่บ้าน", "อบรมอาชีพ", "ซ่อมแซมบ้าน"]),
                    "amount": rng.choice([None, 500, 1000, 3000]),
                    "logbook_entered": rng.random() < 0.6,
                }
            )
            if len(rows) >= batch:
                session.connection().execute(ACTIVITY_INSERT, rows)
                rows = []
        if rows:
            session.connection().execute(ACTIVITY_INSERT, rows)
        plan_statuses = list(PlanStatus)
        rows = []
        for _ in range(plan_items):
            due = None if rng.random() < 0.1 else first_day + dt.timedelta(days=rng.randint(0, span))
            rows.append(
                {
                    "household_id": rng.choice(household_ids),
                    "agency_id": rng.choice(agencies),
                    "due_on": due,
                    "status": rng.choice(plan_statuses),
                    "free_remedy": "ส่งเสริมอาชีพ",
                }
            )
            if len(rows) >= batch:
                session.connection().execute(PLAN_INSERT, rows)
                rows = []
        if rows:
            session.connection().execute(PLAN_INSERT, rows)
