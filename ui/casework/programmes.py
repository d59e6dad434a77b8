"""Programmes (criteria, quota, deadline) and their nominations moving through
nominated → checked in Logbook → approved by resolution → submitted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casework import ops
from desktop.casework.ops import Nominated, NominationEdit
from desktop.casework.programmes import (
    NominationView,
    ProgrammeInput,
    ProgrammeView,
    UncheckedNomineeError,
)
from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.households.listing import Row
from desktop.meetings.common import number_in_language
from desktop.operations import Outcome
from desktop.safety.conflicts import ConflictError
from ui.casework.common import date_edit, date_of, labels, show_date
from ui.casework.forms import error_label, run_saving
from ui.casework.nominate import HouseholdPicker, confirm_or_show
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.overflow import OverflowRow
from ui.workers import Operation


class ProgrammesTab(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.show_next: int | None = None
        self.nominations: list[NominationView] = []
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.programme_list = QListWidget()
        self.programme_list.setWordWrap(True)
        self.programme_list.currentRowChanged.connect(self._programme_chosen)
        left_layout.addWidget(self.programme_list, 1)
        box = QGroupBox(self.tr("New programme"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.criteria = QLineEdit()
        self.quota = QSpinBox()
        self.quota.setRange(0, 100000)
        self.quota.setSpecialValueText(self.tr("no limit"))
        self.deadline = date_edit(dt.date.today() + dt.timedelta(days=30))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Criteria"), self.criteria)
        form.addRow(self.tr("Quota (households)"), self.quota)
        form.addRow(self.tr("Deadline"), self.deadline)
        self.add_button = QPushButton(self.tr("Add programme"))
        self.add_button.clicked.connect(self.add_programme)
        form.addRow(self.add_button)
        left_layout.addWidget(box)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.details = QLabel()
        self.details.setWordWrap(True)
        right_layout.addWidget(self.details)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Household"), self.tr("Head"), self.tr("Status"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, width in enumerate((50, 280, 190, 190)):
            self.table.setColumnWidth(column, width)
        right_layout.addWidget(self.table, 1)
        steps = OverflowRow()  # wider than an office screen's page with its five buttons
        self.step_on = date_edit()
        self.check_button = QPushButton(self.tr("Checked in Logbook"))
        self.check_button.clicked.connect(self.check_selected)
        self.resolution = QComboBox()
        self.resolution.setMinimumWidth(220)
        self.approve_button = QPushButton(self.tr("Approve by resolution"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.submit_button = QPushButton(self.tr("Submitted to province"))
        self.submit_button.clicked.connect(self.submit_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        steps.addWidget(self.step_on)
        steps.addWidget(self.check_button)
        steps.addWidget(self.resolution, 1)
        steps.addWidget(self.approve_button)
        steps.addWidget(self.submit_button)
        steps.addWidget(self.withdraw_button)
        right_layout.addWidget(steps)
        selected_row = QHBoxLayout()
        self.edit_rank = QSpinBox()
        self.edit_rank.setRange(1, 100000)
        self.edit_reason = QLineEdit()
        self.edit_button = QPushButton(self.tr("Save rank and reason"))
        self.edit_button.clicked.connect(self.save_selected)
        selected_row.addWidget(QLabel(self.tr("Rank")))
        selected_row.addWidget(self.edit_rank)
        selected_row.addWidget(QLabel(self.tr("Reason")))
        selected_row.addWidget(self.edit_reason, 1)
        selected_row.addWidget(self.edit_button)
        right_layout.addLayout(selected_row)
        self.table.itemSelectionChanged.connect(self._nomination_chosen)
        nominate_box = QGroupBox(self.tr("Nominate a household"))
        nominate_form = QFormLayout(nominate_box)
        # households are chosen in the picker (name, ID, house number), never by database id
        self.picked: list[Row] = []
        self.picker: HouseholdPicker | None = None
        pick_row = QHBoxLayout()
        self.picked_label = QLabel(self.tr("No household chosen"))
        self.picked_label.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Choose households…"))
        self.pick_button.clicked.connect(lambda _=False: self.open_picker())
        pick_row.addWidget(self.picked_label, 1)
        pick_row.addWidget(self.pick_button)
        self.reason = QLineEdit()
        self.nominate_button = QPushButton(self.tr("Nominate"))
        self.nominate_button.clicked.connect(self.nominate)
        nominate_form.addRow(self.tr("Household"), pick_row)
        nominate_form.addRow(self.tr("Reason"), self.reason)
        nominate_form.addRow(self.nominate_button)
        right_layout.addWidget(nominate_box)
        export_row = QHBoxLayout()
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        export_row.addWidget(self.export_status, 1)
        self.export_button = QPushButton(self.tr("Export nominations to Excel…"))
        self.export_button.clicked.connect(lambda _=False: self.export())
        export_row.addWidget(self.export_button)
        right_layout.addLayout(export_row)
        self.export_operation: Operation | None = None
        self.last_export: tuple[int, Path] | None = None
        self.error = error_label()
        right_layout.addWidget(self.error)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)

    def load(self) -> None:
        programmes = ops.list_programmes(self.database)
        resolutions = ops.resolution_choices(self.database)
        current, self.show_next = self.show_next or self.current_programme(), None
        self.programme_list.blockSignals(True)
        self.programme_list.clear()
        for p in programmes:
            item = QListWidgetItem(p.name)
            item.setToolTip(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.programme_list.addItem(item)
        self.programme_list.blockSignals(False)
        self.resolution.clear()
        english = current_language() != "th"
        for choice in resolutions:
            label = choice.label
            if english:
                number = number_in_language(choice.number, "en")
                label = self.tr("Resolution %1").replace("%1", number) + f": {choice.excerpt}"
            self.resolution.addItem(label, choice.id)
        row = next((i for i, p in enumerate(programmes) if current and p.id == current), 0)
        if programmes:
            self.programme_list.setCurrentRow(row)
            self._programme_chosen(row)

    def current_programme(self) -> int | None:
        item = self.programme_list.currentItem()
        if item is None:
            return None
        programme: ProgrammeView = item.data(Qt.ItemDataRole.UserRole)
        return programme.id

    def _programme_chosen(self, row: int) -> None:
        item = self.programme_list.item(row)
        if item is None:
            return
        p = item.data(Qt.ItemDataRole.UserRole)
        quota = str(p.quota) if p.quota is not None else self.tr("no limit")
        self.details.setText(
            self.tr("<b>%1</b><br>Criteria: %2<br>Quota: %3 · approved %4 · deadline %5")
            .replace("%1", p.name)
            .replace("%2", p.criteria or "-")
            .replace("%3", quota)
            .replace("%4", str(p.approved))
            .replace("%5", show_date(p.deadline) or "-")
        )
        self.reload_nominations()

    def reload_nominations(self) -> None:
        programme_id = self.current_programme()
        if programme_id is None:
            return
        self.nominations = ops.list_nominations(self.database, programme_id)
        self.table.setRowCount(len(self.nominations))
        for row, n in enumerate(self.nominations):
            values = [str(n.rank), n.address, n.head_name, labels().nomination_status(n.status), n.reason]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected(self) -> NominationView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(self.tr("Select a nomination first."))
            self.error.show()
            return None
        return self.nominations[rows[0].row()]

    def _nomination_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.nominations):
            n = self.nominations[rows[0].row()]
            self.edit_rank.setValue(n.rank)
            self.edit_reason.setText(n.reason)

    def _run(self, op: Callable[[], Outcome[Any]], on_success: Callable[[Any], None] | None = None) -> None:
        """Run a change; the programme list and its nominations read again after it."""

        def done(value: Any) -> None:
            if on_success is not None:
                on_success(value)
            self.load()

        self.operation = run_saving(self, self.error, op, done, on_failure=self._reload_after_conflict)

    def _reload_after_conflict(self, error: BaseException) -> None:
        """Another clerk changed the nomination first: the table shows what is stored now."""
        if isinstance(error, ConflictError):
            self.reload_nominations()

    def add_programme(self) -> None:
        data = ProgrammeInput(
            name=self.name.text(),
            criteria=self.criteria.text(),
            quota=self.quota.value() or None,
            deadline=date_of(self.deadline),
        )
        database = self.database

        def added(view: ProgrammeView) -> None:
            self.name.clear()
            self.criteria.clear()
            self.show_next = view.id  # the list reads again and shows the new programme

        self._run(lambda: ops.add_programme(database, data), added)

    def open_picker(self) -> HouseholdPicker:
        picker = HouseholdPicker(self.database, self)
        picker.accepted.connect(lambda: self._picked(picker.chosen))
        picker.open()
        self.picker = picker
        return picker

    def _picked(self, rows: list[Row]) -> None:
        self.picked = rows
        names = [f"{r.name} ({r.house_no} หมู่ {r.village_no or '-'} {r.subdistrict})".strip() for r in rows]
        self.picked_label.setText("; ".join(names) if names else self.tr("No household chosen"))

    def nominate(self) -> None:
        programme_id = self.current_programme()
        if programme_id is None or not self.picked:
            refusal = (
                ValidationError("โปรดเลือกโครงการก่อน", "Choose a programme first.")
                if programme_id is None
                else ValidationError(
                    "โปรดเลือกครัวเรือนที่จะเสนอชื่อก่อน", "Choose the households to nominate first."
                )
            )
            self.error.setText(refusal.message(current_language()))
            self.error.show()
            return
        database, reason, ids = self.database, self.reason.text(), [r.id for r in self.picked]

        def nominated(value: Nominated) -> None:
            self._picked([])
            self.reason.clear()
            if value.already:
                self.details.setText(
                    self.details.text()
                    + "<br>"
                    + self.tr("already nominated: %1").replace("%1", ", ".join(value.already))
                )

        self._run(lambda: ops.nominate_households(database, programme_id, ids, reason), nominated)

    def export(self, path: Path | None = None) -> None:
        """The selected programme's nominations as the CLI writes them (xlsx), in a worker."""
        programme_id = self.current_programme()
        if programme_id is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export nominations"), "nominations.xlsx", self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        database, target = self.database, path

        def exported(count: int) -> None:
            self.last_export = (count, target)
            self.export_status.setText(
                self.tr("%1 nominations exported to %2").replace("%1", str(count)).replace("%2", str(target))
            )

        self.export_operation = run_op(
            self,
            lambda: ops.export_nominations(database, programme_id, target),
            exported,
            title=self.tr("Writing the list…"),
        )

    def save_selected(self) -> None:
        """A new rank and / or reason for the selected nomination: only what changed is sent."""
        n = self.selected()
        if n is None:
            return
        changes: dict[str, Any] = {}
        if self.edit_rank.value() != n.rank:
            changes["rank"] = self.edit_rank.value()
        if self.edit_reason.text().strip() != n.reason:
            changes["reason"] = self.edit_reason.text().strip()
        if changes:
            self._save_nomination(n.id, changes, n.version)

    def _save_nomination(self, nomination_id: int, changes: dict[str, Any], version: int) -> None:
        edit, database = NominationEdit(nomination_id, version, changes), self.database
        self.operation = run_saving(
            self,
            self.error,
            lambda: ops.update_nomination(database, edit),
            lambda _view: self.load(),
            on_conflict=lambda chosen, stored: self._save_nomination(nomination_id, chosen, stored),
            on_failure=self._reload_after_conflict,
        )

    def check_selected(self) -> None:
        n, on, database = self.selected(), date_of(self.step_on), self.database
        if n is not None:
            self._run(lambda: ops.check_in_logbook(database, n.id, on, n.version))

    def approve_selected(self, confirmed: bool = False) -> None:
        n, resolution_id, database = self.selected(), self.resolution.currentData(), self.database
        if n is None:
            return
        if resolution_id is None:
            self.error.setText(self.tr("Choose the resolution that approved the nomination."))
            self.error.show()
            return

        def refused(refusal: UserError) -> None:
            if isinstance(refusal, UncheckedNomineeError):  # the clerk decides: Yes runs it confirmed
                confirm_or_show(self, refusal, lambda: self.approve_selected(confirmed=True))
            else:
                self.error.setText(refusal.message(current_language()))
                self.error.show()

        self.operation = run_op(
            self,
            lambda: ops.approve_nomination(database, n.id, resolution_id, n.version, confirmed),
            lambda _view: self.load(),
            on_refusal=refused,
            on_failure=self._reload_after_conflict,
        )

    def submit_selected(self) -> None:
        n, on, database = self.selected(), date_of(self.step_on), self.database
        if n is not None:
            self._run(lambda: ops.submit_nomination(database, n.id, on, n.version))

    def withdraw_selected(self) -> None:
        n, database = self.selected(), self.database
        if n is not None:
            self._run(lambda: ops.withdraw_nomination(database, n.id, n.version))
