"""Overview figures per fiscal year (ปีงบประมาณ): a handful of GROUP BY queries, no row loops.

Households are counted as they stand now (the register has no fiscal year); plan items by
their due date (undated ones by when they were created), activities by their date, and
programmes by their fiscal year (programmes without one show in every year).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from database.enums import PlanStatus
from database.models import Activity, Household, Nomination, OfficeProfile, PlanItem, Programme
from desktop.reports.deadlines import deadlines_due
from desktop.reports.labels import NO_STAGE
from desktop.reports.overview_data import MonthCount, OverviewFigures, PlanFigures, ProgrammeProgress
from desktop.thai import fiscal_year_be, fiscal_year_bounds

OPEN_PLAN = (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)


def fiscal_months(year_be: int) -> list[dt.date]:
    start, _ = fiscal_year_bounds(year_be)
    return [
        dt.date(start.year + (start.month + i - 1) // 12, (start.month + i - 1) % 12 + 1, 1)
        for i in range(12)
    ]


def fiscal_years_available(session: Session, today: dt.date) -> list[int]:
    """Years worth offering in a selector: from the oldest activity or plan item to next year."""
    oldest = session.scalar(select(func.min(Activity.activity_on)))
    oldest_plan = session.scalar(select(func.min(PlanItem.due_on)))
    current = fiscal_year_be(today)
    first = min(
        [fiscal_year_be(day) for day in (oldest, oldest_plan) if day is not None] + [current],
    )
    return list(range(max(first, current - 10), current + 2))


def plan_scope(year_be: int) -> ColumnElement[bool]:
    """Plan items that belong to a fiscal year: due in it, or undated and created in it."""
    start, end = fiscal_year_bounds(year_be)
    start_at = dt.datetime.combine(start, dt.time(), dt.UTC)
    end_at = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), dt.UTC)
    return or_(
        PlanItem.due_on.between(start, end),
        and_(PlanItem.due_on.is_(None), PlanItem.created_at >= start_at, PlanItem.created_at < end_at),
    )


def overdue_flag(today: dt.date) -> ColumnElement[int]:
    return case((and_(PlanItem.status.in_(OPEN_PLAN), PlanItem.due_on < today), 1), else_=0)


def add_plan_row(figures: PlanFigures, status: PlanStatus | str, overdue: int, count: int) -> None:
    status = PlanStatus(status)
    if status in OPEN_PLAN:
        figures.open += count
        if overdue:
            figures.overdue += count
    elif status == PlanStatus.DONE:
        figures.done += count
    else:
        figures.handed_to_province += count


def plan_figures(session: Session, year_be: int, today: dt.date) -> PlanFigures:
    """Range counts per status in one UNION ALL, answered from (status, due_on, created_at).

    Per status: items due in the year; undated items created in it; and for open statuses
    the items due before today (overdue).
    """
    start, end = fiscal_year_bounds(year_be)
    start_at = dt.datetime.combine(start, dt.time(), dt.UTC)
    end_at = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), dt.UTC)
    parts = []
    statuses = list(PlanStatus)
    for index, status in enumerate(statuses):
        is_status = PlanItem.status == status
        parts.append(
            select(literal(index), literal(0), func.count())
            .select_from(PlanItem)
            .where(is_status, PlanItem.due_on >= start, PlanItem.due_on <= end)
        )
        parts.append(
            select(literal(index), literal(0), func.count())
            .select_from(PlanItem)
            .where(
                is_status,
                PlanItem.due_on.is_(None),
                PlanItem.created_at >= start_at,
                PlanItem.created_at < end_at,
            )
        )
        if status in OPEN_PLAN:
            parts.append(
                select(literal(index), literal(1), func.count())
                .select_from(PlanItem)
                .where(is_status, PlanItem.due_on >= start, PlanItem.due_on <= end, PlanItem.due_on < today)
            )
    figures = PlanFigures()
    for index, overdue, count in session.execute(union_all(*parts)):
        status = statuses[index]
        if overdue:
            figures.overdue += count
        elif status in OPEN_PLAN:
            figures.open += count
        elif status == PlanStatus.DONE:
            figures.done += count
        else:
            figures.handed_to_province += count
    return figures


def month_counts(session: Session, year_be: int) -> list[MonthCount]:
    """Activities per month: 24 range counts in one UNION ALL, each answered from an index.

    A GROUP BY over the year's rows visits every index entry through the aggregator; plain
    range counts on (activity_on) and on (logbook_entered, activity_on) are several times
    faster on SQLite and portable (no date functions).
    """
    months = fiscal_months(year_be)
    bounds = [
        (m, months[i + 1] if i + 1 < len(months) else fiscal_year_bounds(year_be + 1)[0])
        for i, m in enumerate(months)
    ]
    parts = []
    for index, (first, after) in enumerate(bounds):
        in_month = and_(Activity.activity_on >= first, Activity.activity_on < after)
        parts.append(select(literal(index * 2), func.count()).select_from(Activity).where(in_month))
        parts.append(
            select(literal(index * 2 + 1), func.count())
            .select_from(Activity)
            .where(Activity.logbook_entered.is_(True), in_month)
        )
    counts: dict[int, int] = {key: count for key, count in session.execute(union_all(*parts))}
    return [MonthCount(m, counts.get(i * 2, 0), counts.get(i * 2 + 1, 0)) for i, m in enumerate(months)]


def programme_progress(session: Session, year_be: int) -> list[ProgrammeProgress]:
    programmes = session.execute(
        select(Programme.id, Programme.name, Programme.quota, Programme.deadline)
        .where(or_(Programme.fiscal_year_be == year_be, Programme.fiscal_year_be.is_(None)))
        .order_by(Programme.deadline, Programme.id)
    ).all()
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    if programmes:
        rows = session.execute(
            select(Nomination.programme_id, Nomination.status, func.count())
            .where(Nomination.programme_id.in_([p.id for p in programmes]))
            .group_by(Nomination.programme_id, Nomination.status)
        )
        for programme_id, status, count in rows:
            counts[programme_id][str(status.value if hasattr(status, "value") else status)] = count
    return [ProgrammeProgress(p.id, p.name, p.quota, p.deadline, counts[p.id]) for p in programmes]


def overview_figures(
    session: Session, year_be: int | None = None, today: dt.date | None = None
) -> OverviewFigures:
    today = today or dt.date.today()
    year_be = year_be or fiscal_year_be(today)
    start, end = fiscal_year_bounds(year_be)
    office = session.scalar(select(OfficeProfile.office_name).limit(1)) or ""

    by_group: dict[int, int] = defaultdict(int)
    by_logbook: dict[str, int] = defaultdict(int)
    by_stage: dict[str, int] = defaultdict(int)
    by_subdistrict: dict[str, int] = defaultdict(int)
    group_by_subdistrict: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    stage_by_group: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    columns = (Household.subdistrict, Household.target_group, Household.logbook_status, Household.stage)
    total = 0
    for subdistrict, group, logbook, stage, count in session.execute(
        select(*columns, func.count()).group_by(*columns)
    ):
        stage_key = stage.value if stage is not None else NO_STAGE
        total += count
        by_group[group] += count
        by_logbook[logbook.value] += count
        by_stage[stage_key] += count
        by_subdistrict[subdistrict] += count
        group_by_subdistrict[subdistrict][group] += count
        stage_by_group[group][stage_key] += count

    this_month = (
        dt.date(today.year, today.month, 1) if start <= today <= end else dt.date(end.year, end.month, 1)
    )
    return OverviewFigures(
        fiscal_year_be=year_be,
        start=start,
        end=end,
        today=today,
        office=office,
        households=total,
        by_group=dict(by_group),
        by_logbook=dict(by_logbook),
        by_stage=dict(by_stage),
        by_subdistrict=dict(sorted(by_subdistrict.items())),
        group_by_subdistrict={k: dict(v) for k, v in sorted(group_by_subdistrict.items())},
        stage_by_group={k: dict(v) for k, v in sorted(stage_by_group.items())},
        plan=plan_figures(session, year_be, today),
        months=month_counts(session, year_be),
        this_month=this_month,
        deadlines=deadlines_due(session, today),
        programmes=programme_progress(session, year_be),
    )
