"""Close an escalation (เรื่องส่งต่อ ศจพ.จ.) with the day and a note on what came of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.casework import ops
from desktop.casework.escalation import EscalatedRow
from desktop.casework.ops import EscalationClose
from desktop.db import Database
from ui.casework.forms import DateTextDialog


class CloseEscalationDialog(DateTextDialog):
    """The escalation leaves the list for the province once closed; its household's
    "escalated" mark goes with its last open escalation."""

    def __init__(self, database: Database, row: EscalatedRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Close the escalation"),
            f"{row.head_name}  {row.address}",
            self.tr("Closed on"),
            self.tr("Closing note"),
            self.tr("What the province did, or why the case is closed"),
            parent,
        )
        self.database, self.row = database, row
        self.version: int | None = row.version
        self.closed_on, self.note = self.day, self.text

    def save(self) -> None:
        closed_on, note = self.values()
        close = EscalationClose(self.row.escalation_id, self.version, closed_on, note)
        database = self.database
        self.saving(lambda: ops.close_escalation(database, close), on_conflict=self._save_again)

    def _save_again(self, _chosen: dict[str, Any], version: int) -> None:
        """The conflict dialog showed what another clerk saved; closing again goes on top of it."""
        self.version = version
        self.save()
