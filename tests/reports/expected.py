"""The figures recomputed the slow, obvious way: load every row and count in Python."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import PlanStatus
from database.models import Activity, Agency, Household, PlanItem
from desktop.thai import fiscal_year_bounds


@dataclass
class Rows:
    households: list[Household]
    plans: list[PlanItem]
    activities: list[Activity]
    agencies: dict[int, str]


def load(session: Session) -> Rows:
    return Rows(
        list(session.scalars(select(Household))),
        list(session.scalars(select(PlanItem))),
        list(session.scalars(select(Activity))),
        {a.id: a.name for a in session.scalars(select(Agency))},
    )


def in_year(plan: PlanItem, year: int) -> bool:
    start, end = fiscal_year_bounds(year)
    if plan.due_on is not None:
        return start <= plan.due_on <= end
    created = plan.created_at.date()
    return start <= created <= end


def plan_counts(rows: Rows, year: int, today: dt.date) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for plan in rows.plans:
        if not in_year(plan, year):
            continue
        if plan.status in (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS):
            counts["open"] += 1
            if plan.due_on is not None and plan.due_on < today:
                counts["overdue"] += 1
        elif plan.status == PlanStatus.DONE:
            counts["done"] += 1
        else:
            counts["handed"] += 1
    return dict(counts)


def activities_in(rows: Rows, year: int) -> list[Activity]:
    start, end = fiscal_year_bounds(year)
    return [a for a in rows.activities if start <= a.activity_on <= end]


def by(items: list[Any], key: Any) -> Counter[Any]:
    return Counter(key(item) for item in items)
