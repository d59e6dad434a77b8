"""The overview survives any data: a 100k-household register with very unequal groups, a
subdistrict name holding a carriage return, and a chart whose builder fails (its message
in its place, the rest of the page shown)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import ui.workers
from desktop.db import Database, open_database
from desktop.households.importing import ImportOptions, run_import
from desktop.reports import overview_charts
from desktop.reports.chart_result import ChartFailed, RenderedChart
from desktop.reports.charts import ChartSpec
from desktop.reports.overview_data import OverviewFigures
from desktop.settings import Settings
from tests.reports.conftest import TODAY
from ui.app import create_application
from ui.i18n import install_translators
from ui.pages.overview import OverviewPage


def overview(qtbot: QtBot, database: Database) -> OverviewPage:
    app = create_application()
    install_translators(app, "th")
    page = OverviewPage(database, Settings(database_url=database.url))
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1200, 1000)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    assert page.result is not None
    return page


@pytest.fixture
def synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.workers, "RUN_SYNCHRONOUSLY", True)


def copies_of_a_household(database: Database, count: int, subdistrict_of: str, group_of: str) -> None:
    """``count`` copies of the register's first household, by SQL (seconds, not minutes)."""
    with database.session() as session:
        columns = [row[1] for row in session.execute(text("PRAGMA table_info(household)")) if row[1] != "id"]
        chosen = {"subdistrict": subdistrict_of, "target_group": group_of, "house_no": "'c' || n"}
        listed = ", ".join(columns)
        picked = ", ".join(chosen.get(c, c) for c in columns)
        session.execute(
            text(
                f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {count}) "
                f"INSERT INTO household ({listed}) SELECT {picked} FROM k, "
                "(SELECT * FROM household ORDER BY id LIMIT 1)"
            )
        )


@pytest.mark.slow
def test_a_100k_register_with_very_unequal_groups_draws_every_chart(
    qtbot: QtBot, demo_sqlite_url: str, data_dir: Path, synchronous: None
) -> None:
    database = open_database(demo_sqlite_url)
    # 99,997 households in one subdistrict and group, one each in three others: segments of
    # a thousandth of a pixel next to a bar of the whole chart's height.
    copies_of_a_household(
        database,
        100_000,
        "CASE WHEN n <= 3 THEN 'ตำบลเล็ก' || n ELSE 'ตำบลใหญ่' END",
        "CASE WHEN n <= 3 THEN 1 + n ELSE 1 END",
    )
    page = overview(qtbot, database)
    assert all(isinstance(chart, RenderedChart) for chart in page.result.charts.values())
    assert all(view.chart is not None and not view.message for view in page.chart_views.values())
    assert page.result.figures.households >= 100_000
    assert page.cards["households"].text().endswith(f"{page.result.figures.households:,}")
    groups = page.chart_views["groups_by_subdistrict"].chart
    assert groups is not None
    places = list(page.result.figures.group_by_subdistrict)
    for n in (1, 2, 3):  # each one-household segment is drawn and can be clicked
        index = places.index(f"ตำบลเล็ก{n}")
        assert any(r.category == index and r.bottom - r.top >= 2 for r in groups.regions)
    database.dispose()


def test_a_subdistrict_with_a_carriage_return_is_drawn(
    qtbot: QtBot, migrated_sqlite_url: str, data_dir: Path, tmp_path: Path, synchronous: None
) -> None:
    """A field list's cell holding a CR (a Mac line end) reached the chart's label, and the
    text layout refused it: the chart failed (before: the whole home page)."""
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,บ้านเลขที่,หมู่ที่,ตำบล,กลุ่มเป้าหมาย\n"
        'นาย,สมชาย,ใจดี,1101700203450,12,3,"ท่า\rข้าม",1\n',
        encoding="utf-8",
    )
    database = open_database(migrated_sqlite_url)
    assert run_import(database, sheet, ImportOptions()).written
    with database.session() as session:  # the import now makes it a space …
        assert session.scalars(text("SELECT subdistrict FROM household")).all() == ["ท่า ข้าม"]
        # … but a register filled by an older version still holds the CR
        session.execute(text("UPDATE household SET subdistrict = :s"), {"s": "ท่า\rข้าม"})
        session.commit()
    page = overview(qtbot, database)
    assert "ท่า\rข้าม" in page.result.figures.group_by_subdistrict
    assert all(isinstance(chart, RenderedChart) for chart in page.result.charts.values())
    assert not page.chart_views["groups_by_subdistrict"].message
    database.dispose()


def test_a_chart_that_fails_shows_its_message_in_its_place(
    qtbot: QtBot, casework_database: Database, monkeypatch: pytest.MonkeyPatch, synchronous: None
) -> None:
    def broken(figures: OverviewFigures, words: object) -> ChartSpec:
        raise ZeroDivisionError("a bug in this chart only")

    monkeypatch.setitem(overview_charts.CHART_BUILDERS, "logbook", broken)
    page = overview(qtbot, casework_database)
    failed = page.result.charts["logbook"]
    assert isinstance(failed, ChartFailed) and "ZeroDivisionError" in failed.error
    view = page.chart_views["logbook"]
    assert view.chart is None and "แสดงแผนภูมินี้ไม่ได้" in view.message
    assert "a bug in this chart only" in view.toolTip()
    image = view.grab().toImage()  # the message is painted: not a blank white box
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    assert len(colours) > 2
    others = [name for name in page.chart_views if name != "logbook"]
    assert all(page.chart_views[name].chart is not None for name in others)
    assert page.cards["households"].text().endswith(f"{page.result.figures.households:,}")
    assert page.plan_table.rowCount() > 0 and page.year_box.count() > 0
