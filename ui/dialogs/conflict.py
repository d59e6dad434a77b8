"""Another clerk saved first: both versions side by side, the differences marked."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.safety.conflicts import ConflictError
from ui.messages import current_language

CHANGED = QColor("#fff2b3")


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, conflict: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        message = QLabel(conflict.message(current_language()))
        message.setWordWrap(True)
        layout.addWidget(message)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Your version (not saved, v%1)").replace("%1", str(conflict.mine_version)),
                self.tr("Saved now (v%1)").replace("%1", str(conflict.theirs_version)),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        differing = conflict.differing()
        names = differing + [k for k in conflict.theirs if k not in differing and k != "version"]
        bold = QFont()
        bold.setBold(True)
        for name in names:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [name, _shown(conflict.mine.get(name)), _shown(conflict.theirs.get(name))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if name in differing:
                    item.setBackground(QBrush(CHANGED))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)
        hint = QLabel(
            self.tr("Highlighted rows differ. Nothing was overwritten: reload the record and edit again.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
