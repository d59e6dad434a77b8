"""The overview's charts as ChartSpecs, and what a click on each bar filters the household list by.

Filter dicts (the keys the household list understands):
  target_group: int 1-4          subdistrict: str (ตำบล)
  logbook_status: LogbookStatus value ("not_checked", "found", "not_found", "entered")
  stage: Stage value ("hardship", "difficult", "manageable", "well"), "" = not assessed
  plan: "open" | "done" | "overdue" with fiscal_year: int (BE) — households with such plan items
  activity_from / activity_to: ISO dates — households with an activity in that range
  logbook_entered: bool — together with activity_*: only (not) entered activities
  programme_id: int — households nominated to that programme
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from functools import partial
from typing import Any

from desktop.reports.charts import ChartFailed, ChartSpec, RenderedChart, Series, render_or_fail
from desktop.reports.figures import OverviewFigures
from desktop.reports.labels import (
    LOGBOOK_STATUS_TH,
    NO_SUBDISTRICT,
    STAGE_ORDER,
    STAGE_TH,
    TARGET_GROUP_SHORT_TH,
    TARGET_GROUPS,
)
from desktop.thai import MONTHS_SHORT

CHART_NAMES = ("groups_by_subdistrict", "logbook", "stage_by_group", "activities")
LOGBOOK_ORDER = tuple(LOGBOOK_STATUS_TH)


def _groups_by_subdistrict(figures: OverviewFigures) -> ChartSpec:
    places = list(figures.group_by_subdistrict)
    return ChartSpec(
        "ครัวเรือนเป้าหมาย รายตำบล จำแนกตามกลุ่ม",
        [p or NO_SUBDISTRICT for p in places],
        [
            Series(TARGET_GROUP_SHORT_TH[g], [figures.group_by_subdistrict[p].get(g, 0) for p in places])
            for g in TARGET_GROUPS
        ],
        stacked=True,
    )


def _logbook(figures: OverviewFigures) -> ChartSpec:
    return ChartSpec(
        "สถานะใน TPMAP Logbook",
        [LOGBOOK_STATUS_TH[s] for s in LOGBOOK_ORDER],
        [Series("ครัวเรือน", [figures.by_logbook.get(s, 0) for s in LOGBOOK_ORDER])],
        horizontal=True,
    )


def _stage_by_group(figures: OverviewFigures) -> ChartSpec:
    return ChartSpec(
        "ระดับการพัฒนา จำแนกตามกลุ่มเป้าหมาย",
        [TARGET_GROUP_SHORT_TH[g] for g in TARGET_GROUPS],
        [
            Series(STAGE_TH[s], [figures.stage_by_group.get(g, {}).get(s, 0) for g in TARGET_GROUPS])
            for s in STAGE_ORDER
        ],
        stacked=True,
    )


def _activities(figures: OverviewFigures) -> ChartSpec:
    months = figures.months
    return ChartSpec(
        f"กิจกรรมช่วยเหลือรายเดือน ปีงบประมาณ {figures.fiscal_year_be}",
        [MONTHS_SHORT[m.month.month - 1] for m in months],
        [
            Series("บันทึก Logbook แล้ว", [m.entered for m in months]),
            Series("ยังไม่บันทึก", [m.activities - m.entered for m in months]),
        ],
        stacked=True,
    )


# One builder a chart: a chart whose figures break its builder fails alone (render_overview).
CHART_BUILDERS: dict[str, Callable[[OverviewFigures], ChartSpec]] = {
    "groups_by_subdistrict": _groups_by_subdistrict,
    "logbook": _logbook,
    "stage_by_group": _stage_by_group,
    "activities": _activities,
}


def overview_charts(figures: OverviewFigures) -> dict[str, ChartSpec]:
    return {name: CHART_BUILDERS[name](figures) for name in CHART_NAMES}


def render_overview(figures: OverviewFigures) -> dict[str, RenderedChart | ChartFailed]:
    """Each chart built and drawn on its own: one that fails is a ChartFailed in its place
    (the error logged with its traceback), and the other charts and the page still show."""
    return {name: render_or_fail(partial(CHART_BUILDERS[name], figures)) for name in CHART_NAMES}


def chart_filter(figures: OverviewFigures, chart: str, category: int, series: int) -> dict[str, Any]:
    """The household-list filter for a click on bar ``category`` (segment ``series``) of ``chart``."""
    if chart == "groups_by_subdistrict":
        return {
            "subdistrict": list(figures.group_by_subdistrict)[category],
            "target_group": TARGET_GROUPS[series],
        }
    if chart == "logbook":
        return {"logbook_status": LOGBOOK_ORDER[category]}
    if chart == "stage_by_group":
        return {"target_group": TARGET_GROUPS[category], "stage": STAGE_ORDER[series]}
    if chart == "activities":
        month = figures.months[category].month
        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        return {
            "activity_from": month.isoformat(),
            "activity_to": last.isoformat(),
            "logbook_entered": series == 0,
        }
    raise ValueError(chart)
