"""The overview's figures as plain data: no database library, no Qt.

desktop.reports.figures counts them; desktop.reports.snapshot saves and reads them back, so
the window can show the last counted figures before SQLAlchemy is even imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

CHART_NAMES = ("groups_by_subdistrict", "logbook", "stage_by_group", "activities")


@dataclass
class DeadlineDue:
    id: int
    due_on: dt.date
    description: str
    circular_reference: str
    overdue: bool


@dataclass
class PlanFigures:
    open: int = 0  # planned or in progress (overdue ones included)
    done: int = 0
    overdue: int = 0  # open and past their due date
    handed_to_province: int = 0

    @property
    def total(self) -> int:
        return self.open + self.done + self.handed_to_province


@dataclass
class MonthCount:
    month: dt.date  # the first day of the month
    activities: int
    entered: int  # recorded in TPMAP Logbook


@dataclass
class ProgrammeProgress:
    id: int
    name: str
    quota: int | None
    deadline: dt.date | None
    by_status: dict[str, int]

    @property
    def nominated(self) -> int:
        return sum(n for status, n in self.by_status.items() if status != "withdrawn")


@dataclass
class OverviewFigures:
    fiscal_year_be: int
    start: dt.date
    end: dt.date
    today: dt.date
    office: str
    households: int
    by_group: dict[int, int]
    by_logbook: dict[str, int]  # LogbookStatus value → households
    by_stage: dict[str, int]  # Stage value ("" for not assessed) → households
    by_subdistrict: dict[str, int]
    group_by_subdistrict: dict[str, dict[int, int]]
    stage_by_group: dict[int, dict[str, int]]
    plan: PlanFigures
    months: list[MonthCount]
    this_month: dt.date  # the month "activities this month" is about
    deadlines: list[DeadlineDue]
    programmes: list[ProgrammeProgress] = field(default_factory=list)

    @property
    def activities(self) -> int:
        return sum(m.activities for m in self.months)

    @property
    def activities_not_entered(self) -> int:
        return sum(m.activities - m.entered for m in self.months)

    @property
    def activities_this_month(self) -> int:
        return next((m.activities for m in self.months if m.month == self.this_month), 0)
