"""The date field of every form: Buddhist era and Thai month names, in the field and its calendar.

A clerk reads and writes dates as "2 ม.ค. 2570"; Qt's QDateEdit knows only the Christian
era (Qt has no Buddhist calendar). BEDateEdit is a QDateEdit (same API: date(), setDate(),
dateChanged, setCalendarPopup(), minimum and maximum dates) whose text is the BE date:

- shown as "2 ม.ค. 2570" (Arabic digits on screen; Thai digits are accepted when typed);
- typed as "2 ม.ค. 2570", "2 มกราคม 2570", "2/1/2570" or "2/1/70": a year from 2400 is
  Buddhist era (2570 → 2027), 1800–2399 Christian era, two digits are 25xx;
- Up/Down (and the wheel) step the day, month or year under the cursor;
- the calendar popup's header shows the month in Thai and the year in BE.

In English (language "en") it is a plain QDateEdit showing the Christian era.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QToolButton, QWidget

from desktop.thai import BE_OFFSET, MONTHS, MONTHS_SHORT, to_arabic_digits

THAI_LOCALE = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)

_MONTH_NAMES = {name.replace(".", ""): index for index, name in enumerate(MONTHS_SHORT, 1)} | {
    name: index for index, name in enumerate(MONTHS, 1)
}
_PARTS = re.compile(r"\s*(\d{1,2})\s*[ /.\-]\s*([^\d\s/\-]+|\d{1,2})\s*[ /.\-]?\s*(\d{2,4})\s*")
_TYPING = re.compile(r"[\d\s/.\-ก-๛]*")  # what a date on its way may contain


def be_text(day: QDate) -> str:
    return f"{day.day()} {MONTHS_SHORT[day.month() - 1]} {day.year() + BE_OFFSET}"


def parse_be(text: str) -> QDate | None:
    """The date a clerk typed, or None when it is not (yet) a date."""
    match = _PARTS.fullmatch(to_arabic_digits(text))
    if match is None:
        return None
    day_text, month_text, year_text = match.groups()
    month = int(month_text) if month_text.isdigit() else _MONTH_NAMES.get(month_text.replace(".", ""))
    if month is None:
        return None
    year = int(year_text)
    if len(year_text) == 2:
        year += 2500
    elif len(year_text) == 3:
        return None
    if year >= 2400:
        year -= BE_OFFSET
    elif year < 1800:
        return None
    day = QDate(year, month, int(day_text))
    return day if day.isValid() else None


def is_english() -> bool:
    return QLocale().language() != QLocale.Language.Thai


class BECalendar(QCalendarWidget):
    """The popup: Thai month names from the Thai locale, the year button's text in BE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(THAI_LOCALE)
        self.year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if self.year_button is not None:
            # Its spin box would show the Christian year: the arrows and the month menu move instead.
            self.year_button.clicked.disconnect()
            self.year_button.setAutoRaise(True)
        self.currentPageChanged.connect(self.show_be_year)
        self.show_be_year(self.yearShown(), self.monthShown())

    def show_be_year(self, year: int, _month: int = 0) -> None:
        if self.year_button is not None:
            self.year_button.setText(str(year + BE_OFFSET))

    def header_text(self) -> str:
        """The month and year the header shows (tests read it)."""
        month = self.findChild(QToolButton, "qt_calendar_monthbutton")
        return " ".join(b.text() for b in (month, self.year_button) if b is not None)


class BEDateEdit(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.english = is_english()
        self.setDisplayFormat("d MMM yyyy")
        self.setCalendarPopup(True)
        if not self.english:
            self.setCalendarWidget(BECalendar(self))
        if date is not None:
            self.setDate(date)

    def setDisplayFormat(self, format: str) -> None:
        """The forms' "d MMM yyyy" stays; the text is BE whatever the format (but in English)."""
        super().setDisplayFormat(format)

    def textFromDateTime(self, value: QDateTime) -> str:
        if self.english:
            return super().textFromDateTime(value)
        return be_text(value.date())

    def dateTimeFromText(self, text: str) -> QDateTime:
        if self.english:
            return super().dateTimeFromText(text)
        day = parse_be(text)
        return QDateTime(day if day is not None else self.date(), QTime(0, 0))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.english:
            return super().validate(text, pos)
        day = parse_be(text)
        if day is not None and self.minimumDate() <= day <= self.maximumDate():
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.english and self.lineEdit().text() != be_text(self.date()):
            self.lineEdit().setText(be_text(self.date()))  # "17/11/70" is read back as the date

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (QDateEdit's sections of day, month and year are not ours)."""
        return QWidget.focusNextPrevChild(self, next)

    def fixup(self, text: str) -> str:
        return text if self.english or parse_be(text) is not None else be_text(self.date())

    def stepBy(self, steps: int) -> None:
        if self.english:
            super().stepBy(steps)
            return
        text = self.lineEdit().text()
        before = text[: self.lineEdit().cursorPosition()]
        part = min(before.count(" "), 2)  # 0 day, 1 month, 2 year
        day = parse_be(text) or self.date()
        moved = (day.addDays, day.addMonths, day.addYears)[part](steps)
        self.setDate(moved)
        # Keep the cursor in the part it was stepping.
        words = self.lineEdit().text().split(" ")
        self.lineEdit().setCursorPosition(sum(len(w) + 1 for w in words[:part]) + 1)

    def stepEnabled(self) -> QDateEdit.StepEnabledFlag:
        if self.english:
            return super().stepEnabled()
        return QDateEdit.StepEnabledFlag.StepUpEnabled | QDateEdit.StepEnabledFlag.StepDownEnabled
