"""The committee roster at 1366×768 (issue #19): the member table gets the room — at least
eight of the demo's 21 members in view, every column (to "until") inside the table without
scrolling sideways, and a splitter that gives the table more — and the window still fits."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from ui.main_window import MainWindow
from ui.pages.meetings import MeetingsPage


def rows_in_view(table: QTableWidget) -> int:
    height = table.viewport().height()
    tops = [table.rowViewportPosition(row) for row in range(table.rowCount())]
    return sum(1 for row, top in enumerate(tops) if top >= 0 and top + table.rowHeight(row) <= height)


def test_roster_table_has_the_room_at_an_office_screen(window: MainWindow) -> None:
    page = window.open_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    roster = page.roster
    table = roster.table
    assert table.rowCount() == 21
    # The committee's name reads as a committee's, the member column as a person's (ชื่อ-สกุล).
    label = next(x for x in roster.findChildren(QLabel) if x.buddy() is roster.name)
    assert label.text() == "ชื่อคณะกรรมการ" and table.horizontalHeaderItem(1).text() == "ชื่อ-สกุล"
    assert rows_in_view(table) >= 8  # was 4 with the forms one field to a row

    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1  # no sideways scrolling
    for column in range(table.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, column  # headers whole
    assert table.item(0, 1).text() and header.sectionSize(1) >= table.sizeHintForColumn(1) - 1  # names whole

    # Dragging the splitter down folds the member's form away: the table takes the height.
    before = rows_in_view(table)
    top, bottom = roster.splitter.sizes()
    roster.splitter.setSizes([top + bottom, 0])
    QApplication.processEvents()
    assert rows_in_view(table) > before

    window.resize(1366, 700)
    QApplication.processEvents()
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 700
