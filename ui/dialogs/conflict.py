"""Another clerk saved first: both versions side by side, field by field, and a choice.

Each field this clerk changed is a row: its Thai label, this clerk's value, the value saved
now, and which one to keep (the clerk's own by default). "Keep mine" saves the clerk's
values on top of the stored version, "Take theirs" keeps what is stored, "Save my choice"
saves the picks of the last column. ``chosen`` holds the values to save (None: nothing).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.safety.conflicts import ConflictError
from desktop.thai import format_national_id, screen_date, thai_time
from ui.messages import current_language
from ui.widgets.dialog import Dialog

CHANGED = QColor("#fff2b3")
MINE, THEIRS = 0, 1


def shown(name: str, value: Any) -> str:
    """A stored value as a clerk reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return _when(value)
    if isinstance(value, Decimal):
        return f"{value:,}"
    if name == "national_id" and isinstance(value, str):
        return format_national_id(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _when(value: dt.datetime | dt.date | dt.time) -> str:
    """A date or time the way the rest of the window shows it: the Buddhist era in Thai."""
    thai = current_language() == "th"
    if isinstance(value, dt.time):
        return thai_time(value, thai_digits=False) if thai else value.strftime("%H:%M")
    day = value.date() if isinstance(value, dt.datetime) else value
    text = screen_date(day, current_language())
    if isinstance(value, dt.datetime):
        text += " " + (thai_time(value.time(), thai_digits=False) if thai else value.strftime("%H:%M"))
    return text


class ConflictDialog(Dialog):
    def __init__(self, conflict: ConflictError, parent: QWidget | None = None, can_save: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.conflict = conflict
        self.chosen: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        message = QLabel(conflict.message(current_language()))
        message.setWordWrap(True)
        layout.addWidget(message)
        self.names = list(conflict.mine)
        self.table = QTableWidget(len(self.names), 4)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Your version (not saved, v%1)").replace("%1", str(conflict.mine_version)),
                self.tr("Saved now (v%1)").replace("%1", str(conflict.theirs_version)),
                self.tr("Keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        differing = set(conflict.differing())
        bold = QFont()
        bold.setBold(True)
        self.picks: dict[str, QComboBox] = {}
        for row, name in enumerate(self.names):
            cells = [
                conflict.label(name, current_language()),
                shown(name, conflict.shown_value(name, conflict.mine.get(name))),
                shown(name, conflict.shown_value(name, conflict.theirs.get(name))),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if name in differing:
                    item.setBackground(QBrush(CHANGED))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
            pick = QComboBox()
            pick.addItem(self.tr("mine"), MINE)
            pick.addItem(self.tr("theirs"), THEIRS)
            pick.setEnabled(can_save and name in differing)
            self.picks[name] = pick
            self.table.setCellWidget(row, 3, pick)
        layout.addWidget(self.table)
        hint = QLabel(
            self.tr("Highlighted rows differ. Nothing was overwritten. Choose what to keep.")
            if can_save
            else self.tr(
                "Highlighted rows differ. Nothing was overwritten: reload the record and edit again."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.take_theirs_button = QPushButton(self.tr("Take theirs"))
        self.save_choice_button = QPushButton(self.tr("Save my choice"))
        self.keep_mine_button.setObjectName("keep_mine")
        self.take_theirs_button.setObjectName("take_theirs")
        self.save_choice_button.setObjectName("save_choice")
        for button in (self.keep_mine_button, self.save_choice_button):
            button.setVisible(can_save)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.take_theirs_button.clicked.connect(self.take_theirs)
        self.save_choice_button.clicked.connect(self.save_choice)
        layout.addWidget(buttons)

    def keep_mine(self) -> None:
        for pick in self.picks.values():
            pick.setCurrentIndex(MINE)
        self.save_choice()

    def take_theirs(self) -> None:
        self.chosen = None
        self.reject()

    def save_choice(self) -> None:
        """The clerk's value where they keep theirs; fields where they take the stored one are left out."""
        self.chosen = {
            name: self.conflict.mine[name]
            for name, pick in self.picks.items()
            if pick.currentData() == MINE and self.conflict.mine[name] != self.conflict.theirs.get(name)
        }
        self.accept()
