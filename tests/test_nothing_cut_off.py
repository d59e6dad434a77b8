"""Nothing cut off at 1366×768 in either language: the letters page's cover-letter meeting box
shows the whole meeting (or elides it with the whole in its tooltip), and the meetings list
shows each meeting's status whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.letters import LettersPage
from ui.pages.meetings import MeetingsPage


@pytest.fixture(params=["th", "en"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    app = create_application()
    install_translators(app, request.param)
    main = MainWindow(demo_database, Settings(database_url=demo_database.url, language=request.param))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    install_translators(app, "th")


def _settle() -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QApplication.processEvents()


def test_the_cover_letter_meeting_box_shows_the_whole_meeting(window: MainWindow) -> None:
    page = window.open_page(LettersPage)
    page.tabs.setCurrentIndex(1)
    _settle()
    box = page.cover_meeting
    assert box.count() >= 1 and box.isVisible()
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    assert longest <= field.width(), (longest, field.width(), box.currentText())
    assert box.toolTip() == box.currentText()  # and whole when hovered, should a longer one come


def test_the_meetings_list_shows_each_status_whole(window: MainWindow) -> None:
    page = window.open_page(MeetingsPage)
    _settle()
    table = page.list.table
    assert table.rowCount() >= 2
    status = 3
    needed = max(
        table.fontMetrics().horizontalAdvance(table.item(r, status).text()) for r in range(table.rowCount())
    )
    left = table.columnViewportPosition(status)
    assert left >= 0 and table.columnWidth(status) > needed, (table.columnWidth(status), needed)
    assert left + table.columnWidth(status) <= table.viewport().width()  # not past the list's edge
    committee = 2  # at 1366 px the committee's short name is whole too (elided only when narrower)
    needed = max(table.fontMetrics().horizontalAdvance(table.item(r, committee).text()) for r in range(2))
    assert table.columnWidth(committee) > needed, (table.columnWidth(committee), needed)
    title = table.model().headerData(status, table.horizontalHeader().orientation())
    assert table.horizontalHeader().fontMetrics().horizontalAdvance(str(title)) < table.columnWidth(status)


def test_the_letter_registers_give_the_spare_width_to_the_subject(window: MainWindow) -> None:
    """The status column fits its text; the subject takes the rest, also when a register is
    empty (it used to be the status column that stretched across the page)."""
    page = window.open_page(LettersPage)
    for index, table in ((0, page.circulars), (1, page.letters)):
        page.tabs.setCurrentIndex(index)
        _settle()
        header = table.horizontalHeader()
        subject, status = header.sectionSize(3), header.sectionSize(table.columnCount() - 1)
        assert subject > status, (table.objectName(), subject, status)
    page.letters.setRowCount(0)  # an office that has not numbered a letter yet
    _settle()
    header = page.letters.horizontalHeader()
    assert header.sectionSize(3) > header.sectionSize(4)
