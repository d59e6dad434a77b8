"""A read-only table filled from plain rows (small lists: circulars, letters, submissions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class RowsTable(QTableWidget):
    def __init__(
        self, headers: Sequence[str], parent: QWidget | None = None, *, stretch: int | None = None
    ) -> None:
        """`stretch` names the column that takes the spare width (a subject, not a short status);
        without it the last column does."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch is None:
            self.horizontalHeader().setStretchLastSection(True)
        else:
            self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)

    def fill(self, rows: Sequence[Sequence[object]], highlight: Sequence[bool] | None = None) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                if highlight is not None and highlight[r]:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.setItem(r, c, item)
        self.resizeColumnsToContents()

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
