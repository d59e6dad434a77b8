"""The casework tabs of the household page: 4ท analysis (add the first one, edit one),
plan, assistance and programme nominations, beside the household's address and members.

The same widgets as the casework window (ui/casework/forms.py, plan.py), so a household on
no casework queue gets its first analysis from the register."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.casework import ops
from desktop.casework.programmes import NominationView
from desktop.db import Database
from desktop.operations import Changes
from ui.casework.common import labels, show_date
from ui.casework.forms import AnalysisForm
from ui.casework.household import CASEWORK_TABLES
from ui.casework.nominate import NominateDialog
from ui.casework.plan import ActivityForm, PlanEditor
from ui.operations import change_hub


class HouseholdNominations(QWidget):
    """The household's nominations (programme, rank, status, reason) and Nominate…."""

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        self.nominations: list[NominationView] = []
        self.dialog: NominateDialog | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Programme"),
                self.tr("Rank"),
                self.tr("Status"),
                self.tr("Checked in Logbook on"),
                self.tr("Reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.nominate_button = QPushButton(self.tr("Nominate for a programme…"))
        self.nominate_button.clicked.connect(self.nominate)
        row.addWidget(self.status, 1)
        row.addWidget(self.nominate_button)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.nominations = ops.household_nominations(self.database, self.household_id)
        self.table.setRowCount(len(self.nominations))
        for number, n in enumerate(self.nominations):
            cells = (
                n.programme_name,
                str(n.rank),
                labels().nomination_status(n.status),
                show_date(n.checked_on),
                n.reason,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(number, column, item)

    def nominate(self) -> NominateDialog:
        dialog = NominateDialog(self.database, [self.household_id], self)
        dialog.accepted.connect(lambda: self._nominated(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _nominated(self, dialog: NominateDialog) -> None:
        self.status.setText(dialog.summary())
        self.reload()


class HouseholdCaseworkTabs(QObject):
    """Adds the casework tabs to a household page's tab widget and keeps them current when
    another window (a resolution, the casework page) changes this household's casework."""

    def __init__(self, tabs: QTabWidget, database: Database, household_id: int, at: int) -> None:
        super().__init__(tabs)
        self.household_id = household_id
        self.analysis = AnalysisForm(database, household_id)
        self.plan = PlanEditor(database, household_id)
        self.activities = ActivityForm(database, household_id)
        self.nominations = HouseholdNominations(database, household_id)
        for offset, (widget, title) in enumerate(
            (
                (self.analysis, self.tr("4T analysis")),
                (self.plan, self.tr("Household plan")),
                (self.activities, self.tr("Assistance")),
                (self.nominations, self.tr("Programmes")),
            )
        ):
            tabs.insertTab(at + offset, widget, title)
        self.tabs = tabs
        change_hub().changed.connect(self._elsewhere)

    def _elsewhere(self, changes: Changes) -> None:
        if not self.tabs.window().isVisible():
            return  # a closed household page is not shown again (the list opens a new one)
        if self.household_id in changes.of("household") or changes.touches(*CASEWORK_TABLES):
            self.analysis.reload()
            self.plan.reload()
            self.activities.reload()
            self.nominations.reload()
