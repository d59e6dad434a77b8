"""The Buddhist-era date edit (ui/widgets/be_date.py), driven through the real widget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.i18n import install_translators
from ui.widgets.be_date import BECalendar, BEDateEdit, parse_be


@pytest.fixture
def thai(qtbot: QtBot) -> Iterator[None]:
    app = create_application()
    install_translators(app, "th")
    yield


_KEEP: list[QWidget] = []


def form(qtbot: QtBot, day: QDate) -> tuple[BEDateEdit, QLineEdit]:
    """The date edit in a form beside another field (to leave it with Tab)."""
    box = QWidget()
    _KEEP[:] = [box]  # the caller keeps only the fields
    layout = QVBoxLayout(box)
    edit = BEDateEdit(day)
    other = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    return edit, other


def test_shows_the_buddhist_era_with_thai_month_names(thai: None, qtbot: QtBot) -> None:
    edit, _ = form(qtbot, QDate(2027, 1, 2))
    assert edit.text() == "2 ม.ค. 2570"
    edit.setDate(QDate(2026, 12, 31))
    assert edit.text() == "31 ธ.ค. 2569"


def test_typing_a_be_year_gives_the_right_date(thai: None, qtbot: QtBot) -> None:
    edit, other = form(qtbot, QDate(2026, 6, 1))
    changed: list[QDate] = []
    edit.dateChanged.connect(changed.append)
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "5/3/2570")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2027, 3, 5) and edit.text() == "5 มี.ค. 2570"
    assert changed[-1] == QDate(2027, 3, 5)
    # A Thai month name and a two-digit year (QTest types Latin-1 only: the Thai is pasted).
    edit.setFocus()
    edit.lineEdit().selectAll()
    edit.lineEdit().insert("17 พ.ย. ")
    qtbot.keyClicks(edit, "70")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert other.hasFocus()
    assert edit.date() == QDate(2027, 11, 17) and edit.text() == "17 พ.ย. 2570"


def test_up_and_down_step_the_part_under_the_cursor(thai: None, qtbot: QtBot) -> None:
    edit, _ = form(qtbot, QDate(2027, 1, 31))
    edit.setFocus()
    edit.lineEdit().setCursorPosition(0)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == QDate(2027, 2, 1)
    edit.lineEdit().setCursorPosition(len(edit.text()))
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == QDate(2026, 2, 1) and edit.text() == "1 ก.พ. 2569"


def test_the_calendar_popup_shows_the_be_year_in_its_header(thai: None, qtbot: QtBot) -> None:
    edit, _ = form(qtbot, QDate(2027, 1, 2))
    edit.setFocus()
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseMove(edit, arrow)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the arrow opens the popup
    calendar = edit.calendarWidget()
    assert isinstance(calendar, BECalendar)
    qtbot.waitUntil(calendar.isVisible)
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert (month.text(), year.text()) == ("มกราคม", "2570")
    view = calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # the month before, its 2nd day highlighted
    assert (month.text(), year.text()) == ("ธันวาคม", "2569")
    qtbot.mouseClick(year, Qt.MouseButton.LeftButton)  # no Christian-era spin box opens
    assert year.text() == "2569"
    spin = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
    assert spin is None or not spin.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # chooses the highlighted day
    assert edit.date() == QDate(2026, 12, 2) and edit.text() == "2 ธ.ค. 2569"
    assert not calendar.isVisible()


def test_english_mode_shows_the_christian_era(qtbot: QtBot) -> None:
    app = create_application()
    install_translators(app, "en")
    try:
        assert QLocale().language() != QLocale.Language.Thai
        edit, _ = form(qtbot, QDate(2027, 1, 2))
        assert "2027" in edit.text() and not isinstance(edit.calendarWidget(), BECalendar)
    finally:
        install_translators(app, "th")
    assert QApplication.instance() is app


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 ม.ค. 2570", QDate(2027, 1, 2)),
        ("๒ ม.ค. ๒๕๗๐", QDate(2027, 1, 2)),
        ("2 มกราคม 2570", QDate(2027, 1, 2)),
        ("29/2/2567", QDate(2024, 2, 29)),
        ("2/1/2027", QDate(2027, 1, 2)),
        ("2/1/70", QDate(2027, 1, 2)),
        ("29/2/2570", None),
        ("2 ม.ค.", None),
        ("32/1/2570", None),
    ],
)
def test_parse(text: str, expected: QDate | None) -> None:
    assert parse_be(text) == expected
