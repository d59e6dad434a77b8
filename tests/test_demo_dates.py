"""The demo is dated from the day it is loaded (issue #19): this fiscal year's meetings, a
circular due next week, no deadline long past on the first screen; the same day gives the
same district."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import Deadline, Household, Meeting, Member, Programme
from desktop.cli import main
from desktop.db import Database, open_database
from desktop.demo import load_demo
from desktop.reports.figures import overview_figures
from desktop.settings import Settings
from desktop.thai import fiscal_year_be, fiscal_year_bounds
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.letters import show_due_reminder


def test_demo_loaded_today_shows_this_fiscal_year_and_nothing_long_overdue(
    database: Database, qtbot: QtBot
) -> None:
    today = dt.date.today()
    assert main(["--db", database.url, "demo"]) == 0
    start, _end = fiscal_year_bounds(fiscal_year_be(today))
    with database.session() as session:
        held = sorted(session.scalars(select(Meeting.held_on)))
        assert len(held) == 2 and all(start <= day <= today for day in held)
        due = list(session.scalars(select(Deadline.due_on)))
        assert due and all(today < day <= today + dt.timedelta(days=14) for day in due)
        figures = overview_figures(session, fiscal_year_be(today), today)
        assert figures.deadlines and not any(d.overdue for d in figures.deadlines)
        programmes = {p.fiscal_year_be for p in session.scalars(select(Programme))}
        assert programmes <= {fiscal_year_be(today + dt.timedelta(days=30)) + k for k in (0, 1)}
        checked = [h.logbook_status_on for h in session.scalars(select(Household)) if h.logbook_status_on]
        assert checked and all(today - dt.timedelta(days=60) < day < today for day in checked)

    # The first screen: the start-up reminder says the circular is due in a week, not overdue.
    install_translators(create_application(), "th")
    window = MainWindow(database, Settings(database_url=database.url))
    qtbot.addWidget(window)
    reminder = show_due_reminder(window, database)
    assert reminder is not None
    text = reminder.text.text()
    assert "เลยกำหนด" not in text and "อีก 7 วัน" in text
    reminder.close()


@pytest.mark.parametrize(
    "today",
    [dt.date(2024, 9, 11), dt.date(2027, 1, 9), dt.date(2027, 10, 2)],
    ids=["the-tests-day", "across-new-year", "second-day-of-a-fiscal-year"],
)
def test_the_same_day_gives_the_same_district(today: dt.date, tmp_path: Path, data_dir: Path) -> None:
    def district(name: str) -> tuple[list[object], ...]:
        url = f"sqlite:///{tmp_path / name}"
        assert main(["--db", url, "init"]) == 0
        database = open_database(url)
        with database.session() as session:
            load_demo(session, today=today)
        with database.session() as session:
            meetings = [(m.number, m.year_be, m.held_on, m.status) for m in session.scalars(select(Meeting))]
            people = list(session.execute(select(Member.national_id, Member.birth_date).order_by(Member.id)))
            households = list(
                session.execute(
                    select(Household.logbook_status, Household.logbook_status_on).order_by(Household.id)
                )
            )
        database.dispose()
        return meetings, people, households

    first = district("a.sqlite3")
    assert first == district("b.sqlite3")
    start, _end = fiscal_year_bounds(fiscal_year_be(today))
    meetings = first[0]
    assert len(meetings) == 2 and all(start <= m[2] <= today for m in meetings)  # type: ignore[index]
