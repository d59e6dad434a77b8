"""Fixtures and steps of the meetings page's GUI tests (tests/conftest.py has the window)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import click
from ui.main_window import MainWindow
from ui.meetings.roster import to_qdate
from ui.pages.meetings import MeetingsPage


@pytest.fixture
def refusals(qtbot: QtBot) -> Iterator[list[str]]:
    """A refusal box would block the test: close any that opens, and let the test see them."""
    seen: list[str] = []

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()

    timer = QTimer()
    timer.timeout.connect(close_boxes)
    timer.start(50)
    yield seen
    timer.stop()


@pytest.fixture
def page(window: MainWindow) -> MeetingsPage:
    """The meetings page; the window fixture keeps the window alive for the whole test."""
    meetings = window.open_page(MeetingsPage)
    assert isinstance(meetings, MeetingsPage)
    return meetings


def new_meeting(qtbot: QtBot, page: MeetingsPage, day: dt.date) -> int:
    page.list.date.setDate(to_qdate(day))
    click(qtbot, page.list.new_button)
    detail = page.editor.detail
    assert detail is not None and detail.held_on == day
    return detail.id
