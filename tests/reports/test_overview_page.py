"""The overview page, offscreen with real clicks: fiscal-year switch and click-through filters."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

import ui.workers
from desktop.db import Database
from desktop.settings import Settings
from tests.reports.conftest import TODAY, YEAR
from ui.app import create_application
from ui.i18n import install_translators
from ui.pages.overview import OverviewPage


@pytest.fixture
def page(qtbot: QtBot, casework_database: Database, monkeypatch: pytest.MonkeyPatch) -> OverviewPage:
    monkeypatch.setattr(ui.workers, "RUN_SYNCHRONOUSLY", True)
    app = create_application()
    install_translators(app, "th")
    overview = OverviewPage(casework_database, Settings(database_url=casework_database.url))
    overview.today = TODAY
    qtbot.addWidget(overview)
    overview.resize(1200, 1000)
    overview.show()
    qtbot.waitExposed(overview)
    overview.activate()
    return overview


def click_bar(qtbot: QtBot, page: OverviewPage, chart: str, category: int, series: int) -> dict[str, Any]:
    view = page.chart_views[chart]
    assert view.chart is not None
    region = next(r for r in view.chart.regions if (r.category, r.series) == (category, series))
    point = view.to_widget((region.left + region.right) / 2, (region.top + region.bottom) / 2).toPoint()
    with qtbot.waitSignal(page.open_households, timeout=1000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    result: dict[str, Any] = blocker.args[0]
    return result


def test_fiscal_year_switch_click_through_and_reports(
    page: OverviewPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.result is not None
    assert page.year_box.currentData() == YEAR
    assert page.year_box.currentText() == "2568"
    figures = page.result.figures
    assert page.cards["households"].text().endswith("64")
    assert page.cards["plan_overdue"].text().endswith(f"{figures.plan.overdue:,}")
    first_activities = figures.activities
    page.grab().save(str(tmp_path / "overview.png"))

    # the window shows exactly the pixels the PDF embeds
    view = page.chart_views["groups_by_subdistrict"]
    assert view.chart is not None
    printed = Image.open(io.BytesIO(view.chart.png)).convert("RGB")
    shown = view.pixmap.toImage()
    assert (shown.width(), shown.height()) == printed.size
    for x, y in (
        (5, 5),
        (printed.width // 2, printed.height // 2),
        (printed.width // 3, printed.height * 2 // 3),
    ):
        colour = shown.pixelColor(x, y)
        assert (colour.red(), colour.green(), colour.blue()) == printed.getpixel((x, y))

    places = list(figures.group_by_subdistrict)
    assert click_bar(qtbot, page, "groups_by_subdistrict", 1, 0) == {
        "subdistrict": places[1],
        "target_group": 1,
    }
    assert click_bar(qtbot, page, "logbook", 2, 0) == {"logbook_status": "not_found"}
    assert click_bar(qtbot, page, "stage_by_group", 0, 3) == {"target_group": 1, "stage": "well"}
    assert click_bar(qtbot, page, "activities", 5, 1) == {
        "activity_from": "2025-03-01",
        "activity_to": "2025-03-31",
        "logbook_entered": False,
    }
    with qtbot.waitSignal(page.open_households, timeout=1000) as blocker:
        qtbot.mouseClick(page.cards["plan_overdue"], Qt.MouseButton.LeftButton)
    assert blocker.args == [{"plan": "overdue", "fiscal_year": YEAR}]
    table = page.programme_table
    cell = table.visualItemRect(table.item(0, 1)).center()
    with qtbot.waitSignal(page.open_households, timeout=1000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert blocker.args[0] == {"programme_id": figures.programmes[0].id}

    # switch the fiscal year: everything is recounted for 2567
    page.select_year(YEAR - 1)
    assert page.result.figures.fiscal_year_be == YEAR - 1
    assert page.result.figures.activities != first_activities
    assert page.year_box.currentData() == YEAR - 1
    assert click_bar(qtbot, page, "activities", 0, 0)["activity_from"] == "2023-10-01"
    assert page.result.figures.programmes == []  # the GLO programme is fiscal year 2568
    assert dt.date(2024, 9, 1) == page.result.figures.this_month

    # the report menu writes the chosen report for the selected year
    target = tmp_path / "กลุ่ม.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    action = next(a for a in page.report_button.menu().actions() if a.objectName() == "report_groups")
    assert action.text() == "รายงานครัวเรือนเป้าหมาย จำแนกตามกลุ่มเป้าหมายและระดับการพัฒนา"
    action.trigger()
    assert target.exists()
    assert openpyxl.load_workbook(target).sheetnames == ["กลุ่มและระดับ", "ตำบลและกลุ่ม", "ตำบลและระดับ"]
    assert page.status.text() == f"บันทึกรายงานแล้ว: {target}"
