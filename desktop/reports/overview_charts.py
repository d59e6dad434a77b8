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

from desktop.reports.chart_result import ChartFailed, RenderedChart
from desktop.reports.charts import ChartSpec, Series, render_or_fail
from desktop.reports.labels import (
    LOGBOOK_STATUS_EN,
    LOGBOOK_STATUS_TH,
    NO_SUBDISTRICT,
    NO_SUBDISTRICT_EN,
    STAGE_EN,
    STAGE_ORDER,
    STAGE_TH,
    TARGET_GROUP_SHORT_EN,
    TARGET_GROUP_SHORT_TH,
    TARGET_GROUPS,
)
from desktop.reports.overview_data import CHART_NAMES, OverviewFigures
from desktop.thai import MONTHS_EN, MONTHS_SHORT

LOGBOOK_ORDER = tuple(LOGBOOK_STATUS_TH)


class _Words:
    """The charts' words in the window's language (th or en)."""

    def __init__(self, language: str) -> None:
        self.thai = thai = language == "th"
        self.groups = TARGET_GROUP_SHORT_TH if thai else TARGET_GROUP_SHORT_EN
        self.logbook = LOGBOOK_STATUS_TH if thai else {s: LOGBOOK_STATUS_EN[s] for s in LOGBOOK_STATUS_TH}
        self.stages = STAGE_TH if thai else STAGE_EN
        self.nowhere = NO_SUBDISTRICT if thai else NO_SUBDISTRICT_EN


def _groups_by_subdistrict(figures: OverviewFigures, words: _Words) -> ChartSpec:
    places = list(figures.group_by_subdistrict)
    return ChartSpec(
        "ครัวเรือนเป้าหมาย รายตำบล จำแนกตามกลุ่ม" if words.thai else "Target households by subdistrict and group",
        [p or words.nowhere for p in places],
        [
            Series(words.groups[g], [figures.group_by_subdistrict[p].get(g, 0) for p in places])
            for g in TARGET_GROUPS
        ],
        stacked=True,
    )


def _logbook(figures: OverviewFigures, words: _Words) -> ChartSpec:
    order = LOGBOOK_ORDER
    return ChartSpec(
        "สถานะใน TPMAP Logbook" if words.thai else "TPMAP Logbook status",
        [words.logbook[s] for s in order],
        [
            Series(
                "ครัวเรือน" if words.thai else "households",
                [figures.by_logbook.get(s, 0) for s in LOGBOOK_ORDER],
            )
        ],
        horizontal=True,
    )


def _stage_by_group(figures: OverviewFigures, words: _Words) -> ChartSpec:
    return ChartSpec(
        "ระดับการพัฒนา จำแนกตามกลุ่มเป้าหมาย" if words.thai else "Living standard by target group",
        [words.groups[g] for g in TARGET_GROUPS],
        [
            Series(words.stages[s], [figures.stage_by_group.get(g, {}).get(s, 0) for g in TARGET_GROUPS])
            for s in STAGE_ORDER
        ],
        stacked=True,
    )


def _activities(figures: OverviewFigures, words: _Words) -> ChartSpec:
    months = figures.months
    thai = words.thai
    year = figures.fiscal_year_be if thai else figures.fiscal_year_be - 543
    return ChartSpec(
        f"กิจกรรมช่วยเหลือรายเดือน ปีงบประมาณ {year}" if thai else f"Activities by month, fiscal year {year}",
        [(MONTHS_SHORT[m.month.month - 1] if thai else MONTHS_EN[m.month.month - 1][:3]) for m in months],
        [
            Series("บันทึก Logbook แล้ว" if thai else "entered in Logbook", [m.entered for m in months]),
            Series("ยังไม่บันทึก" if thai else "not entered", [m.activities - m.entered for m in months]),
        ],
        stacked=True,
    )


# One builder a chart: a chart whose figures break its builder fails alone (render_overview).
CHART_BUILDERS: dict[str, Callable[[OverviewFigures, _Words], ChartSpec]] = {
    "groups_by_subdistrict": _groups_by_subdistrict,
    "logbook": _logbook,
    "stage_by_group": _stage_by_group,
    "activities": _activities,
}


def overview_charts(figures: OverviewFigures, language: str = "th") -> dict[str, ChartSpec]:
    """The four charts, their words in the window's language (th or en)."""
    words = _Words(language)
    return {name: CHART_BUILDERS[name](figures, words) for name in CHART_NAMES}


def render_overview(figures: OverviewFigures, language: str = "th") -> dict[str, RenderedChart | ChartFailed]:
    """Each chart built and drawn on its own: one that fails is a ChartFailed in its place
    (the error logged with its traceback), and the other charts and the page still show."""
    words = _Words(language)
    return {name: render_or_fail(partial(CHART_BUILDERS[name], figures, words)) for name in CHART_NAMES}


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
