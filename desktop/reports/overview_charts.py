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
from typing import Any

from desktop.reports.charts import ChartSpec, Series
from desktop.reports.figures import OverviewFigures
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
from desktop.thai import MONTHS_EN, MONTHS_SHORT

CHART_NAMES = ("groups_by_subdistrict", "logbook", "stage_by_group", "activities")
LOGBOOK_ORDER = tuple(LOGBOOK_STATUS_TH)


def overview_charts(figures: OverviewFigures, language: str = "th") -> dict[str, ChartSpec]:
    """The four charts, their words in the window's language (th or en)."""
    places = list(figures.group_by_subdistrict)
    months = figures.months
    thai = language == "th"
    groups = TARGET_GROUP_SHORT_TH if thai else TARGET_GROUP_SHORT_EN
    logbook = LOGBOOK_STATUS_TH if thai else {s: LOGBOOK_STATUS_EN[s] for s in LOGBOOK_STATUS_TH}
    stages = STAGE_TH if thai else STAGE_EN
    nowhere = NO_SUBDISTRICT if thai else NO_SUBDISTRICT_EN
    year = figures.fiscal_year_be if thai else figures.fiscal_year_be - 543
    order = LOGBOOK_ORDER
    return {
        "groups_by_subdistrict": ChartSpec(
            "ครัวเรือนเป้าหมาย รายตำบล จำแนกตามกลุ่ม" if thai else "Target households by subdistrict and group",
            [p or nowhere for p in places],
            [
                Series(groups[g], [figures.group_by_subdistrict[p].get(g, 0) for p in places])
                for g in TARGET_GROUPS
            ],
            stacked=True,
        ),
        "logbook": ChartSpec(
            "สถานะใน TPMAP Logbook" if thai else "TPMAP Logbook status",
            [logbook[s] for s in LOGBOOK_ORDER],
            [Series("ครัวเรือน" if thai else "households", [figures.by_logbook.get(s, 0) for s in order])],
            horizontal=True,
        ),
        "stage_by_group": ChartSpec(
            "ระดับการพัฒนา จำแนกตามกลุ่มเป้าหมาย" if thai else "Living standard by target group",
            [groups[g] for g in TARGET_GROUPS],
            [
                Series(stages[s], [figures.stage_by_group.get(g, {}).get(s, 0) for g in TARGET_GROUPS])
                for s in STAGE_ORDER
            ],
            stacked=True,
        ),
        "activities": ChartSpec(
            f"กิจกรรมช่วยเหลือรายเดือน ปีงบประมาณ {year}" if thai else f"Activities by month, fiscal year {year}",
            [(MONTHS_SHORT[m.month.month - 1] if thai else MONTHS_EN[m.month.month - 1][:3]) for m in months],
            [
                Series("บันทึก Logbook แล้ว" if thai else "entered in Logbook", [m.entered for m in months]),
                Series("ยังไม่บันทึก" if thai else "not entered", [m.activities - m.entered for m in months]),
            ],
            stacked=True,
        ),
    }


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
