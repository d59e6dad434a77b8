"""The overview's saved figures: shown at start-up marked with when they were counted, then
replaced by the fresh count; a damaged or foreign snapshot is never shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.reports import snapshot as snapshots
from desktop.reports.chart_result import RenderedChart
from desktop.settings import Settings
from desktop.thai import fiscal_year_be
from ui.app import Startup, create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.overview import OverviewPage, compute_overview

COUNTED_AT = dt.datetime(2026, 1, 5, 8, 30, tzinfo=dt.UTC)


def saved_with(database: Database, households: int) -> snapshots.Snapshot:
    """The database's real overview, with a household count no fresh count gives."""
    today = dt.date.today()
    result = compute_overview(database, fiscal_year_be(today), today, "th")
    figures = dataclasses.replace(result.figures, households=households)
    saved = snapshots.Snapshot(COUNTED_AT, figures, result.charts, result.years)
    snapshots.save(saved, database.url, "th")
    return saved


def shell(qtbot: QtBot, settings: Settings) -> MainWindow:
    install_translators(create_application(), "th")
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_start_shows_the_saved_figures_then_the_fresh_ones(qtbot: QtBot, demo_database: Database) -> None:
    saved_with(demo_database, households=987_654)
    settings = Settings(database_url=demo_database.url)
    window = shell(qtbot, settings)
    startup = Startup(window, settings, interactive=False)
    with qtbot.waitSignal(startup.saved_shown, timeout=10_000):
        startup.start()

    page = window.stack.currentWidget()
    assert isinstance(page, OverviewPage) and page.isVisible()
    assert page.cards["households"].text().endswith("987,654")  # the saved figures, before the database
    assert not window.navigation.isEnabled()
    local = COUNTED_AT.astimezone()
    assert page.saved_note.isVisible()
    assert page.saved_note.text().startswith("ข้อมูล ณ ")
    assert f"{local:%H.%M} น." in page.saved_note.text() and "กำลังเปิดฐานข้อมูล" in page.saved_note.text()
    assert all(view.chart is not None for view in page.chart_views.values())  # the saved charts drawn
    assert not page.refresh_button.isEnabled() and not page.year_box.isEnabled()
    with qtbot.assertNotEmitted(page.open_households):  # nothing to open until the database is
        page.cards["households"].click()

    with qtbot.waitSignal(page.figures_shown, timeout=120_000):
        pass  # the database opens and the fresh count runs in workers
    assert window.stack.currentWidget() is page and window.built_pages() == [page]  # the same page went on
    assert window.navigation.isEnabled() and page.refresh_button.isEnabled() and page.year_box.isEnabled()
    assert page.result is not None
    fresh = page.result.figures.households
    assert fresh != 987_654 and page.cards["households"].text().endswith(f"{fresh:,}")
    assert not page.saved_note.isVisible()
    assert page.report_button.menu().actions()  # the reports came with the database

    # the fresh count is saved for the next start (on a thread of its own)
    def saved_again() -> bool:
        again = snapshots.load(demo_database.url, "th", dt.date.today())
        return again is not None and again.figures.households == fresh and again.counted_at > COUNTED_AT

    qtbot.waitUntil(saved_again, timeout=30_000)
    window.database.dispose()


def test_with_sign_in_the_saved_figures_wait_for_it(qtbot: QtBot, demo_database: Database) -> None:
    """Nothing of the database shows before somebody signed in: the shell alone."""
    saved_with(demo_database, households=987_654)
    window = shell(qtbot, Settings(database_url=demo_database.url))
    assert window.stack.currentWidget() is window.opening
    # after sign-in the first page shows the saved figures at once, counting afresh meanwhile
    window.attach_database(demo_database)
    page = window.built_pages()[0]
    assert isinstance(page, OverviewPage)
    if page.counted_at is not None:  # the fresh count may already be in
        # (isHidden: the new central widget itself is shown by Qt's next event round)
        assert page.cards["households"].text().endswith("987,654") and not page.saved_note.isHidden()
        with qtbot.waitSignal(page.figures_shown, timeout=120_000):
            pass
    assert page.saved_note.isHidden()


def test_saved_and_read_back_whole(demo_database: Database) -> None:
    saved = saved_with(demo_database, households=42)
    back = snapshots.load(demo_database.url, "th", dt.date.today())
    assert back is not None
    assert back.figures == saved.figures and back.years == saved.years and back.counted_at == COUNTED_AT
    for name, chart in saved.charts.items():
        assert isinstance(chart, RenderedChart)
        read = back.charts[name]
        assert isinstance(read, RenderedChart)
        # the same chart, at the scale a screen needs (a report draws its own)
        assert (read.width, read.height, read.regions) == (chart.width, chart.height, chart.regions)
        assert read.rgb == snapshots.for_screen(chart).rgb
        assert read.scale == snapshots.SCREEN_SCALE < chart.scale


def damage_cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff not json at all")


def damage_wrong_pixels(path: Path) -> None:
    document = json.loads(path.read_text("utf-8"))
    document["charts"]["logbook"]["width"] += 1
    path.write_text(json.dumps(document), "utf-8")


def damage_wrong_type(path: Path) -> None:
    document = json.loads(path.read_text("utf-8"))
    document["figures"]["households"] = "many"
    path.write_text(json.dumps(document), "utf-8")


def damage_older_format(path: Path) -> None:
    document = json.loads(path.read_text("utf-8"))
    document["format"] = 0
    path.write_text(json.dumps(document), "utf-8")


@pytest.mark.parametrize(
    "damage", [damage_cut_short, damage_garbage, damage_wrong_pixels, damage_wrong_type, damage_older_format]
)
def test_a_damaged_snapshot_is_ignored(qtbot: QtBot, demo_database: Database, damage: object) -> None:
    saved_with(demo_database, households=987_654)
    assert callable(damage)
    damage(snapshots.snapshot_path())
    window = shell(qtbot, Settings(database_url=demo_database.url))
    assert not window.show_saved_overview()
    assert window.stack.currentWidget() is window.opening  # "opening the database", no figures


def test_a_snapshot_of_another_database_language_or_year_is_ignored(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    saved_with(demo_database, households=987_654)
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    window = shell(qtbot, Settings(database_url=other))
    assert not window.show_saved_overview()
    assert window.stack.currentWidget() is window.opening
    today = dt.date.today()
    assert snapshots.load(demo_database.url, "en", today) is None
    assert snapshots.load(demo_database.url, "th", today + dt.timedelta(days=366)) is None
    assert snapshots.load(demo_database.url, "th", today) is not None


def test_the_key_leaves_out_the_password() -> None:
    key = snapshots.database_key
    assert key("postgresql+psycopg://clerk:secret@db:5432/amphoe") == key(
        "postgresql+psycopg://clerk:changed@db:5432/amphoe"
    )
    assert key("postgresql+psycopg://clerk@db:5432/amphoe") != key("postgresql+psycopg://clerk@db:5432/other")
    assert "secret" not in key("postgresql+psycopg://clerk:secret@db/amphoe")
