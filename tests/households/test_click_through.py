"""Overview → household list: each click ends on the households page showing exactly what it counts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import ui.workers
from bench.casework_data import add_casework
from desktop.db import Database
from desktop.households.export import HouseholdFilter
from desktop.households.listing import ordered_ids
from desktop.settings import Settings
from tests.reports.conftest import TODAY, YEAR
from tests.reports.test_overview_page import click_bar
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.households import HouseholdsPage
from ui.pages.overview import OverviewPage

OPEN = "('planned', 'in_progress')"
IN_YEAR = "due_on BETWEEN '2024-10-01' AND '2025-09-30'"


@pytest.fixture
def casework_database(demo_database: Database) -> Database:
    add_casework(demo_database, activities=600, plan_items=180, seed=11)
    return demo_database


def sql_ids(database: Database, where: str, **params: Any) -> set[int]:
    with database.session() as session:
        return {i for (i,) in session.execute(text(f"SELECT id FROM household WHERE {where}"), params)}


def test_click_through_from_overview(
    qtbot: QtBot,
    casework_database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ui.workers, "RUN_SYNCHRONOUSLY", True)
    install_translators(create_application(), "th")
    database = casework_database
    window = MainWindow(database, Settings(database_url=database.url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    overview = window.open_page(OverviewPage)
    overview.today = TODAY
    overview.refresh()
    overview.select_year(YEAR)
    assert overview.result is not None
    figures = overview.result.figures
    households = next(p for p in window.pages if isinstance(p, HouseholdsPage))

    def shown() -> set[int]:
        assert window.stack.currentWidget() is households
        return set(households.model.ids())

    def back() -> None:
        window.open_page(OverviewPage)

    # a stacked bar: ตำบล + group, both in the combo boxes, no bar
    place = list(figures.group_by_subdistrict)[1]
    click_bar(qtbot, overview, "groups_by_subdistrict", 1, 0)
    expected = sql_ids(database, "subdistrict = :s AND target_group = 1", s=place)
    assert expected and shown() == expected
    assert households.subdistrict_combo.currentData() == place
    assert households.group_combo.currentData() == 1
    assert households.overview_bar.isHidden()
    back()

    # stage: group in its combo, the stage in the visible bar
    click_bar(qtbot, overview, "stage_by_group", 0, 3)
    expected = sql_ids(database, "target_group = 1 AND stage = 'well'")
    assert shown() == expected
    assert len(expected) == figures.stage_by_group[1].get("well", 0)
    assert households.overview_bar.isVisible()
    assert "อยู่ดี" in households.overview_label.text()
    back()

    # overdue plan items of the fiscal year, as of the overview's day
    with qtbot.waitSignal(overview.open_households, timeout=1000):
        qtbot.mouseClick(overview.cards["plan_overdue"], Qt.MouseButton.LeftButton)
    expected = sql_ids(
        database,
        f"id IN (SELECT household_id FROM plan_item WHERE status IN {OPEN} AND {IN_YEAR}"
        " AND due_on < '2025-03-12')",
    )
    assert expected and shown() == expected
    assert "ค้างเกินกำหนด" in households.overview_label.text()
    assert households.group_combo.currentData() is None  # the earlier click's group was reset
    back()

    # activities of a month not yet entered in Logbook
    click_bar(qtbot, overview, "activities", 5, 1)
    expected = sql_ids(
        database,
        "id IN (SELECT household_id FROM activity WHERE activity_on BETWEEN '2025-03-01' AND '2025-03-31'"
        " AND logbook_entered = :no)",
        no=False,
    )
    assert expected and shown() == expected
    assert households.count_label.text().startswith(f"แสดง {len(expected):,}")

    # clear: back to every household
    qtbot.mouseClick(households.clear_overview_button, Qt.MouseButton.LeftButton)
    assert households.overview_bar.isHidden()
    assert shown() == sql_ids(database, "1 = 1")


def test_filter_from_dict_counts(casework_database: Database) -> None:
    """Each key of the overview's filter dicts, against SQL written independently."""
    database = casework_database
    cases: list[tuple[dict[str, Any], str]] = [
        ({"stage": ""}, "stage IS NULL"),
        ({"logbook_status": "not_found"}, "logbook_status = 'not_found'"),
        (
            {"plan": "done", "fiscal_year": YEAR},
            "id IN (SELECT household_id FROM plan_item WHERE status = 'done' AND (due_on BETWEEN"
            " '2024-10-01' AND '2025-09-30' OR (due_on IS NULL AND created_at >= '2024-10-01'"
            " AND created_at < '2025-10-01')))",
        ),
        (
            {"activity_from": "2024-10-01", "activity_to": "2024-12-31"},
            "id IN (SELECT household_id FROM activity"
            " WHERE activity_on BETWEEN '2024-10-01' AND '2024-12-31')",
        ),
    ]
    for d, where in cases:
        with database.session() as session:
            got = {i for i, _ in ordered_ids(session, HouseholdFilter.from_dict(d))}
        assert got == sql_ids(database, where), d
    with pytest.raises(ValueError):
        HouseholdFilter.from_dict({"plan": "someday"})


def test_list_loads_in_a_worker_and_a_filter_chosen_meanwhile_wins(
    qtbot: QtBot, demo_database: Database
) -> None:
    assert ui.workers.RUN_SYNCHRONOUSLY is False
    install_translators(create_application(), "th")
    page = HouseholdsPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.show()
    assert page.model.total() == 0  # nothing read before the page is shown
    page.activate()  # the ids are read by a worker
    operation = page.model.loading
    everyone = sql_ids(demo_database, "1 = 1")
    qtbot.waitUntil(lambda: set(page.model.ids()) == everyone, timeout=10_000)
    qtbot.waitUntil(lambda: page.count_label.text() != "กำลังโหลดรายชื่อครัวเรือน…", timeout=10_000)
    del operation
    assert page.count_label.text() == f"แสดง {len(everyone):,} ครัวเรือน"

    second = HouseholdsPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(second)
    second.show_filter({"target_group": 2})  # loads in the background, then filters at once
    operation = second.model.loading
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert set(second.model.ids()) == sql_ids(demo_database, "target_group = 2")
