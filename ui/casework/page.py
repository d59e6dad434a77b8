"""งานช่วยเหลือ: the follow-up list, the Logbook entry queue, escalated households,
programmes with their nominations, and the catalogues (agencies, remedy menu)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.casework import ops
from desktop.casework.activities import QueueRow
from desktop.casework.escalation import EscalatedRow
from desktop.casework.followup import FollowUpRow
from desktop.db import Database
from desktop.operations import Changes
from desktop.progress import Progress
from desktop.settings import Settings
from ui.casework.catalogues import CataloguesTab
from ui.casework.close_escalation import CloseEscalationDialog
from ui.casework.common import RowsModel, date_edit, date_of, show_date
from ui.casework.forms import error_label, run_saving
from ui.casework.household import CASEWORK_TABLES, HouseholdCaseworkDialog
from ui.casework.programmes import ProgrammesTab
from ui.messages import show_error
from ui.operations import change_hub, run_op
from ui.pages.base import Page
from ui.workers import run_in_background


def _count_and_export(layout: QVBoxLayout, export_text: str) -> tuple[QLabel, QPushButton]:
    """A list's top line: how many, and on the right the button that exports them."""
    top = QHBoxLayout()
    count, export_button = QLabel(), QPushButton(export_text)
    top.addWidget(count)
    top.addStretch(1)
    top.addWidget(export_button)
    layout.addLayout(top)
    return count, export_button


def _view(model: RowsModel, widths: list[int], multi: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


class FollowUpTab(QWidget):
    open_household = Signal(int)

    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(settings.follow_up_days)
        self.days.setSuffix(" " + self.tr("days"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.load)
        self.count = QLabel()
        top.addWidget(QLabel(self.tr("No assistance for")))
        top.addWidget(self.days)
        top.addWidget(self.refresh_button)
        top.addSpacing(16)
        top.addWidget(self.count)
        top.addStretch(1)
        layout.addLayout(top)
        note = QLabel(
            self.tr(
                "Households with open plan items that are past due, or without any assistance for this many days. Double-click a household to open its casework."  # noqa: E501
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = RowsModel(
            [self.tr("Household"), self.tr("Head"), self.tr("Group"), self.tr("Overdue items"),
             self.tr("Last assistance"), self.tr("Days")],
            self._cells,
            self,
        )  # fmt: skip
        self.view = _view(self.model, [330, 210, 60, 110, 120])
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)

    def _cells(self, row: FollowUpRow) -> list[object]:
        last = show_date(row.last_activity_on) if row.last_activity_on else self.tr("never")
        days = row.days_without_activity if row.days_without_activity is not None else "-"
        return [row.address, row.head_name, row.group, row.overdue_items or "", last, days]

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        after = self.model.row(offset - 1).household_id if offset else None
        return list(ops.follow_up_page(self.database, self.days.value(), limit=limit, after_id=after))

    def load(self) -> None:
        days, database = self.days.value(), self.database

        def work(progress: Progress) -> tuple[int, list[FollowUpRow]]:
            return ops.follow_up_count(database, days), ops.follow_up_page(database, days, limit=200)

        def done(result: tuple[int, list[FollowUpRow]]) -> None:
            total, rows = result
            self.model.reset(rows, total, self._fetch)
            self.count.setText(self.tr("%1 households").replace("%1", f"{total:,}"))

        self.loading = run_in_background(
            self, self.tr("Finding households to follow up…"), work, done, lambda e: show_error(self, e)
        )

    def _open(self, index: QModelIndex) -> None:
        self.open_household.emit(self.model.row(index.row()).household_id)


class QueueTab(QWidget):
    """Activities not yet keyed into TPMAP Logbook: export for keying, then mark them done."""

    open_household = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        self.count, self.export_button = _count_and_export(layout, self.tr("Export for keying in…"))
        self.export_button.clicked.connect(self.choose_export)
        self.model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Household"),
                self.tr("Head"),
                self.tr("Agency"),
                self.tr("What was done"),
            ],
            lambda r: [show_date(r.activity_on), r.address, r.head_name, r.agency, r.description],
            self,
        )
        self.view = _view(self.model, [100, 330, 210, 90], multi=True)
        self.view.doubleClicked.connect(
            lambda index: self.open_household.emit(self.model.row(index.row()).household_id)
        )
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.entered_on = date_edit()
        self.mark_button = QPushButton(self.tr("Mark selected as entered in Logbook"))
        self.mark_button.clicked.connect(self.mark_selected)
        bottom.addWidget(QLabel(self.tr("Entered on")))
        bottom.addWidget(self.entered_on)
        bottom.addWidget(self.mark_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.error = error_label()
        layout.addWidget(self.error)

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        return list(ops.queue_page(self.database, offset, limit))

    def load(self) -> None:
        database = self.database

        def work(progress: Progress) -> tuple[int, list[QueueRow]]:
            return ops.queue_count(database), ops.queue_page(database, 0, 200)

        def done(result: tuple[int, list[QueueRow]]) -> None:
            total, rows = result
            self.model.reset(rows, total, self._fetch)
            self.count.setText(self.tr("%1 activities not yet in Logbook").replace("%1", f"{total:,}"))

        self.loading = run_in_background(
            self, self.tr("Reading the Logbook queue…"), work, done, lambda e: show_error(self, e)
        )

    def mark_selected(self) -> None:
        """Mark the selected activities as keyed in; the queue reloads from the change."""
        ids = [self.model.row(i.row()).activity_id for i in self.view.selectionModel().selectedRows()]
        on, database = date_of(self.entered_on), self.database
        self.operation = run_saving(
            self, self.error, lambda: ops.mark_entered(database, ids, on), self._marked
        )

    def _marked(self, changed: int) -> None:
        self.marked = changed

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the Logbook queue"), "logbook-queue.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        database = self.database

        def done(count: int) -> None:
            self.count.setText(
                self.tr("%1 activities exported to %2").replace("%1", f"{count:,}").replace("%2", path.name)
            )
            if on_done:
                on_done(count)

        self.operation = run_op(
            self,
            lambda: ops.export_activities(database, path, not_in_logbook=True),
            done,
            title=self.tr("Exporting…"),
        )


class EscalatedTab(QWidget):
    open_household = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        export_text = self.tr("Export the list for the province…")
        self.count, self.export_button = _count_and_export(layout, export_text)
        self.export_button.clicked.connect(self.choose_export)
        self.model = RowsModel(
            [
                self.tr("Household"),
                self.tr("Head"),
                self.tr("Escalated on"),
                self.tr("Reason"),
                self.tr("Open items"),
            ],
            lambda r: [r.address, r.head_name, show_date(r.escalated_on), r.reason, r.open_plan_items],
            self,
        )
        self.view = _view(self.model, [330, 210, 100, 400])
        self.view.doubleClicked.connect(
            lambda index: self.open_household.emit(self.model.row(index.row()).household_id)
        )
        layout.addWidget(self.view, 1)
        self.close_button = QPushButton(self.tr("Close escalation…"))
        self.close_button.setToolTip(self.tr("The province has dealt with it: record the day and a note"))
        self.close_button.clicked.connect(self.close_selected)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.close_dialog: CloseEscalationDialog | None = None
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.close_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def close_selected(self) -> CloseEscalationDialog | None:
        """Open the closing dialog for the selected escalation (kept for tests and focus)."""
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return None
        dialog = CloseEscalationDialog(self.database, self.model.row(selected[0].row()), self)
        self.close_dialog = dialog
        dialog.open()
        return dialog

    def load(self) -> None:
        rows: list[EscalatedRow] = ops.escalated_households(self.database)
        self.model.reset(rows)
        self._selection_changed()
        self.count.setText(self.tr("%1 households escalated to the province").replace("%1", f"{len(rows):,}"))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the list for the province"), "escalated.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        database = self.database

        def done(count: int) -> None:
            self.count.setText(
                self.tr("%1 households exported to %2").replace("%1", f"{count:,}").replace("%2", path.name)
            )

        self.operation = run_op(
            self, lambda: ops.export_escalated(database, path), done, title=self.tr("Exporting…")
        )


class CaseworkPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.title()))
        self.tabs = QTabWidget()
        self.follow_up = FollowUpTab(database, settings)
        self.queue = QueueTab(database)
        self.escalated = EscalatedTab(database)
        self.programmes = ProgrammesTab(database)
        self.catalogues = CataloguesTab(database)
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.tabs.addTab(self.queue, self.tr("Logbook entry queue"))
        self.tabs.addTab(self.escalated, self.tr("Escalated to province"))
        self.tabs.addTab(self.programmes, self.tr("Programmes and nominations"))
        self.tabs.addTab(self.catalogues, self.tr("Agencies and remedy menu"))
        layout.addWidget(self.tabs, 1)
        for tab in (self.follow_up, self.queue, self.escalated):
            tab.open_household.connect(self.open_household)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.dialog: HouseholdCaseworkDialog | None = None
        self.stale = False
        change_hub().changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """A casework change anywhere (this page, a household's window, a meeting): the tab
        in view reads again; the others read when they are shown."""
        if not changes.touches(*CASEWORK_TABLES, "household", "agency", "remedy", "programme"):
            return
        if self.isVisible():
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.stale = True  # e.g. nominated from the household list: read when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self._tab_changed(self.tabs.currentIndex())

    def load(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is not None and hasattr(tab, "load"):
            tab.load()

    def open_household(self, household_id: int) -> HouseholdCaseworkDialog:
        dialog = HouseholdCaseworkDialog(self.database, household_id, self)
        dialog.show()
        self.dialog = dialog
        return dialog
