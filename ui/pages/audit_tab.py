"""The audit log: read-only, filtered by user, record type, action and dates; exported to xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import AuditAction
from desktop import paths
from desktop.db import Database
from desktop.safety import audit_ops, ops
from desktop.safety.audit_log import AuditFilter
from ui.messages import current_language, show_error
from ui.operations import run_op
from ui.widgets.be_date import BEDateEdit
from ui.workers import Operation

SHOWN_ROWS = 2000


class AuditTab(QWidget):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.operation: Operation | None = None
        self.exported: int | None = None  # entries in the last export
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.entity = QComboBox()
        self.entity.setObjectName("audit_entity")
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.addItem(self.tr("All actions"), "")
        words = audit_ops.ACTION_TH if current_language() == "th" else audit_ops.ACTION_EN
        for action in AuditAction:
            self.action.addItem(words[action], action.value)
        self.use_dates = QCheckBox(self.tr("From"))
        self.since = BEDateEdit(QDate.currentDate().addDays(-30))
        self.since.setCalendarPopup(True)
        self.until = BEDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        for widget in (self.user, self.entity, self.action):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(widget)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setObjectName("audit_show")
        self.apply_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("audit_export")
        self.export_button.clicked.connect(self.choose_export)
        filters.addWidget(self.apply_button)
        filters.addWidget(self.export_button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Changes"),
                self.tr("Summary"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the log is not editable
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 150, 80, 230, 520)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

    def load(self) -> None:
        users, entities = ops.choices(self.database)
        for combo, everything, values in (
            (self.user, self.tr("All users"), users),
            (self.entity, self.tr("All records"), entities),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(self._choice_text(combo, value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.refresh()

    def _choice_text(self, combo: QComboBox, value: str) -> str:
        if combo is self.entity and current_language() == "th":
            return audit_ops.ENTITY_TH.get(value, value)
        return value

    def filters(self) -> AuditFilter:
        action = str(self.action.currentData() or "")
        since: dt.date | None = None
        until: dt.date | None = None
        if self.use_dates.isChecked():
            since = self.since.date().toPython()  # type: ignore[assignment]
            until = self.until.date().toPython()  # type: ignore[assignment]
        return AuditFilter(
            user=str(self.user.currentData() or ""),
            entity=str(self.entity.currentData() or ""),
            action=AuditAction(action) if action else None,
            since=since,
            until=until,
        )

    def refresh(self) -> None:
        try:
            rows = audit_ops.audit_lines(self.database, self.filters(), SHOWN_ROWS, current_language())
        except Exception as error:
            show_error(self, error)
            return
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [row.when, row.actor, row.action, row.target, row.changes, row.summary]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # the changes of a new record run long
                self.table.setItem(index, column, item)
        self.count.setText(self.tr("%1 entries shown (newest first)").replace("%1", str(len(rows))))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(paths.documents_dir() / "audit.xlsx"), "Excel (*.xlsx)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        database, filters = self.database, self.filters()
        self.operation = run_op(
            self, lambda: ops.export_log(database, path, filters), lambda count: self._exported(count, path)
        )

    def _exported(self, count: int, path: Path) -> None:
        self.exported = count
        self.count.setText(
            self.tr("%1 entries exported to %2").replace("%1", str(count)).replace("%2", str(path))
        )
