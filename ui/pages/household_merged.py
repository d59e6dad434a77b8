"""Households an earlier import merged by address alone: the clerk splits them or keeps them as one.

Reached from the household page. Nothing is split unless the clerk presses Split.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.households import ops
from desktop.households.merged import MergedHousehold
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.dialog import Dialog
from ui.workers import Operation


class MergedHouseholdsDialog(Dialog):
    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.found: list[MergedHousehold] = []
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Households merged by address"))
        self.resize(860, 480)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "An earlier import made rows of one address into one household. Each household "
                "below has members that came from separate rows with no relation recorded: split "
                "it so that each of them heads a household of their own, or keep it as one."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Household"), self.tr("Address"), self.tr("Members"), self.tr("From file")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.split_button = QPushButton(self.tr("Split into separate households"))
        self.keep_button = QPushButton(self.tr("Keep as one household"))
        self.close_button = QPushButton(self.tr("Close"))
        self.split_button.clicked.connect(self.split_selected)
        self.keep_button.clicked.connect(self.keep_selected)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.split_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.load()

    def load(self) -> None:
        self.found = ops.merged_by_address(self.database)
        self.table.setRowCount(len(self.found))
        for row, household in enumerate(self.found):
            people = "; ".join(f"{m.name} {m.national_id}".strip() for m in household.members)
            cells = (str(household.id), household.address, people, household.source)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status_label.setText(
            self.tr("%1 households to review.").replace("%1", str(len(self.found)))
            if self.found
            else self.tr("No household looks merged by address.")
        )
        self._update_buttons()

    def selected(self) -> MergedHousehold | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.split_button.setEnabled(chosen)
        self.keep_button.setEnabled(chosen)

    def split_selected(self) -> None:
        household = self.selected()
        if household is None:
            return

        def done(created: list[int]) -> None:
            self.load()
            self.status_label.setText(
                self.tr("Household %1 split: new households %2.")
                .replace("%1", str(household.id))
                .replace("%2", ", ".join(str(i) for i in created))
            )
            self.changed.emit()

        database = self.database
        self.operation = run_op(
            self, lambda: ops.split_household(database, household.id), done, on_refusal=self._refused
        )

    def keep_selected(self) -> None:
        household = self.selected()
        if household is None:
            return

        def done(_: None) -> None:
            self.load()
            self.status_label.setText(self.tr("Household %1 kept as one.").replace("%1", str(household.id)))
            self.changed.emit()

        database = self.database
        self.operation = run_op(
            self, lambda: ops.keep_together(database, household.id), done, on_refusal=self._refused
        )

    def _refused(self, error: UserError) -> None:
        self.status_label.setText(error.message(current_language()))
