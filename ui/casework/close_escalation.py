"""Close an escalation (เรื่องส่งต่อ ศจพ.จ.) with the day and a note on what came of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.casework import ops
from desktop.casework.escalation import EscalatedRow
from desktop.casework.ops import EscalationClose
from desktop.db import Database
from ui.casework.common import date_edit, date_of
from ui.casework.forms import error_label, run_saving
from ui.widgets.dialog import Dialog
from ui.workers import Operation


class CloseEscalationDialog(Dialog):
    """The escalation leaves the list for the province once closed; its household's
    "escalated" mark goes with its last open escalation."""

    def __init__(self, database: Database, row: EscalatedRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.row = database, row
        self.version: int | None = row.version
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Close the escalation"))
        layout = QVBoxLayout(self)
        about = QLabel(f"{row.head_name}  {row.address}")
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.closed_on = date_edit()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the province did, or why the case is closed"))
        form.addRow(self.tr("Closed on"), self.closed_on)
        form.addRow(self.tr("Closing note"), self.note)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 280)

    def save(self) -> None:
        row, note = self.row, self.note.toPlainText()
        close = EscalationClose(row.escalation_id, self.version, date_of(self.closed_on), note)
        database = self.database
        self.operation = run_saving(
            self,
            self.error,
            lambda: ops.close_escalation(database, close),
            lambda _view: self.accept(),
            on_conflict=self._save_again,
        )

    def _save_again(self, _chosen: dict[str, Any], version: int) -> None:
        """The conflict dialog showed what another clerk saved; closing again goes on top of it."""
        self.version = version
        self.save()
