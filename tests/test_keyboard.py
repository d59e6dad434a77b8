"""Keyboard: the start-up reminder takes the keyboard from the page behind it, Esc closes it,
and the keys the page had keep working afterwards (Ctrl+F)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.settings import Settings
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.households import HouseholdsPage
from ui.pages.letters import show_due_reminder


def test_start_up_reminder_takes_focus_and_closes_on_escape(qtbot: QtBot, demo_database: Database) -> None:
    app = create_application()
    install_translators(app, "th")
    window = MainWindow(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_page(HouseholdsPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()

    reminder = show_due_reminder(window, demo_database, dt.date.today() + dt.timedelta(days=3650))
    assert reminder is not None
    qtbot.addWidget(reminder)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reminder)
    focused = QApplication.focusWidget()
    assert focused is not None and reminder.isAncestorOf(focused)  # not the search box behind
    qtbot.keyClicks(focused, "x")
    assert page.search_edit.text() == ""
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not reminder.isVisible()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
