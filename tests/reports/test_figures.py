"""Overview figures against the database, recounted row by row, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from bench.casework_data import add_casework
from database.enums import LogbookStatus
from desktop.db import Database
from desktop.reports.figures import fiscal_months, fiscal_years_available, overview_figures
from desktop.reports.labels import NO_STAGE
from tests.reports.conftest import TODAY, YEAR
from tests.reports.expected import activities_in, by, in_year, load, plan_counts


def test_figures_match_the_database_for_the_demo_and_generated_casework(demo_database: Database) -> None:
    """The demo district as it comes, then with 600 generated activities and 180 plan items."""
    with demo_database.session() as session:
        rows = load(session)
        figures = overview_figures(session, YEAR, TODAY)
    assert figures.households == len(rows.households) == 64
    assert figures.by_group == dict(by(rows.households, lambda h: h.target_group))
    assert figures.by_logbook == {
        k.value: v for k, v in by(rows.households, lambda h: h.logbook_status).items()
    }
    assert figures.by_subdistrict == dict(by(rows.households, lambda h: h.subdistrict))
    assert figures.office == "สำนักงานพัฒนาชุมชนอำเภอเวียงทอง"
    assert figures.start == dt.date(2024, 10, 1) and figures.end == dt.date(2025, 9, 30)
    # the demo's GLO programme belongs to fiscal year 2568 and has one nomination
    assert [(p.quota, p.nominated) for p in figures.programmes] == [(1, 1)]
    # its minutes deadline (18 Sep 2024) was never delivered: overdue
    assert [d.overdue for d in figures.deadlines] == [True]
    assert figures.plan.total == len([p for p in rows.plans if in_year(p, YEAR)])
    assert figures.activities == len(activities_in(rows, YEAR))

    casework_database = demo_database
    add_casework(casework_database, activities=600, plan_items=180, seed=11)
    with casework_database.session() as session:
        rows = load(session)
        figures = overview_figures(session, YEAR, TODAY)
        other = overview_figures(session, YEAR - 1, TODAY)
    stage = by(rows.households, lambda h: h.stage.value if h.stage else NO_STAGE)
    assert figures.by_stage == dict(stage)
    for group, stages in figures.stage_by_group.items():
        expected = by([h for h in rows.households if h.target_group == group], lambda h: h.stage.value)
        assert stages == dict(expected)
    for place, groups in figures.group_by_subdistrict.items():
        assert groups == dict(
            by([h for h in rows.households if h.subdistrict == place], lambda h: h.target_group)
        )

    plan = plan_counts(rows, YEAR, TODAY)
    assert figures.plan.open == plan.get("open", 0) > 0
    assert figures.plan.overdue == plan.get("overdue", 0) > 0
    assert figures.plan.done == plan.get("done", 0)
    assert figures.plan.handed_to_province == plan.get("handed", 0)

    activities = activities_in(rows, YEAR)
    assert figures.activities == len(activities) > 0
    assert figures.activities_not_entered == sum(1 for a in activities if not a.logbook_entered)
    march = [a for a in activities if a.activity_on.month == 3]
    assert figures.this_month == dt.date(2025, 3, 1)
    assert figures.activities_this_month == len(march)
    assert [m.month for m in figures.months] == fiscal_months(YEAR)
    for month in figures.months:
        inside = [
            a
            for a in activities
            if (a.activity_on.year, a.activity_on.month) == (month.month.year, month.month.month)
        ]
        assert (month.activities, month.entered) == (len(inside), sum(a.logbook_entered for a in inside))

    # the year switch really changes what is counted
    assert other.activities == len(activities_in(rows, YEAR - 1))
    assert other.activities != figures.activities
    assert other.this_month == dt.date(2024, 9, 1)  # a past year: its last month
    assert {YEAR - 1, YEAR, YEAR + 1} <= set(session_years(casework_database))


def session_years(database: Database) -> list[int]:
    with database.session() as session:
        return fiscal_years_available(session, TODAY)


def test_empty_database_gives_zeros(database: Database) -> None:
    with database.session() as session:
        figures = overview_figures(session, YEAR, TODAY)
    assert figures.households == 0 and figures.activities == 0 and figures.plan.total == 0
    assert figures.deadlines == [] and figures.programmes == []
    assert figures.by_logbook.get(LogbookStatus.NOT_FOUND.value, 0) == 0
