"""A household's casework in one place: timeline, 4ท analysis, assessments, plan,
activities and escalation. Embeddable as a widget (the household page adds it as tabs)
or opened as a dialog from any list."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casework import ops
from desktop.db import Database
from desktop.operations import Changes
from ui.casework.common import show_date
from ui.casework.forms import AnalysisForm, AssessmentForm, EscalationDialog
from ui.casework.plan import ActivityForm, PlanEditor
from ui.operations import change_hub
from ui.widgets.dialog import Dialog

# What a household's casework window shows: it refreshes when another window changes these.
CASEWORK_TABLES = ("analysis", "assessment", "plan_item", "activity", "escalation", "nomination")


class TimelineView(QWidget):
    """Everything that happened to the household, newest first."""

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What happened")])
        self.tree.setColumnWidth(0, 110)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree)
        self.reload()

    def kind_name(self, kind: str) -> str:
        return {
            "analysis": self.tr("4T analysis"),
            "assessment": self.tr("Assessment"),
            "plan": self.tr("Plan"),
            "activity": self.tr("Assistance"),
            "escalation": self.tr("Escalation"),
            "nomination": self.tr("Programme"),
        }.get(kind, kind)

    def reload(self) -> None:
        entries = ops.household_timeline(self.database, self.household_id)
        self.tree.clear()
        for entry in reversed(entries):
            item = QTreeWidgetItem([show_date(entry.on), f"[{self.kind_name(entry.kind)}] {entry.title}"])
            item.setData(0, 256, entry.kind)
            for line in entry.detail.splitlines():
                item.addChild(QTreeWidgetItem(["", line]))
            self.tree.addTopLevelItem(item)

    def entries(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(1) for item in items if item is not None]


class HouseholdCaseworkWidget(QWidget):
    """All casework widgets for one household, as tabs, with an Escalate button."""

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageHeading")
        self.title.setWordWrap(True)
        self.escalated = QLabel()
        self.escalated.setStyleSheet("color: #b00020; font-weight: bold;")
        self.escalated.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.escalate_button = QPushButton(self.tr("Escalate to province…"))
        self.escalate_button.clicked.connect(self.open_escalation)
        header.addWidget(self.title, 1)
        header.addWidget(self.escalated)
        header.addWidget(self.escalate_button)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.timeline = TimelineView(database, household_id)
        self.analysis = AnalysisForm(database, household_id)
        self.assessment = AssessmentForm(database, household_id)
        self.plan = PlanEditor(database, household_id)
        self.activities = ActivityForm(database, household_id)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.analysis, self.tr("4T analysis"))
        self.tabs.addTab(self.assessment, self.tr("Capitals and stage"))
        self.tabs.addTab(self.plan, self.tr("Household plan"))
        self.tabs.addTab(self.activities, self.tr("Assistance"))
        layout.addWidget(self.tabs, 1)
        self.escalation_dialog: EscalationDialog | None = None
        self.stale = False
        change_hub().changed.connect(self._elsewhere)
        self.refresh()

    def _elsewhere(self, changes: Changes) -> None:
        """Another window (a meeting's resolution, another tab) changed this household's casework."""
        if self.household_id in changes.of("household") or changes.touches(*CASEWORK_TABLES):
            if self.isVisible():
                self.refresh()
            else:  # a closed or hidden household window reads again only when shown
                self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()

    def refresh(self) -> None:
        header = ops.household_header(self.database, self.household_id)
        self.title.setText(header.label.text)
        self.escalated.setText(self.tr("Escalated to the province") if header.escalated else "")
        self.escalate_button.setEnabled(not header.escalated)
        self.timeline.reload()
        self.activities.reload()
        self.plan.reload()

    def open_escalation(self) -> EscalationDialog:
        """Opens the dialog without blocking (tests drive it; the clerk sees a window)."""
        dialog = EscalationDialog(self.database, self.household_id, self)
        dialog.setModal(True)
        dialog.show()
        self.escalation_dialog = dialog
        return dialog


class HouseholdCaseworkDialog(Dialog):
    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Household casework"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.casework = HouseholdCaseworkWidget(database, household_id, self)
        layout.addWidget(self.casework)
        self.resize(980, 720)
