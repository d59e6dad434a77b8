"""A household's plan editor and assistance-activity form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import PlanStatus
from desktop.casework import ops
from desktop.casework.activities import ActivityInput, ActivityView
from desktop.casework.ops import ActivityEdit, PlanItemEdit
from desktop.casework.plans import PlanItemInput, PlanItemView
from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.safety.conflicts import ConflictError
from ui.casework.common import (
    date_edit,
    date_of,
    fill_agencies,
    fill_remedies,
    labels,
    select_data,
    show_date,
)
from ui.casework.forms import error_label, run_saving
from ui.messages import current_language
from ui.operations import run_op
from ui.workers import Operation


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def _select_or_add(combo: QComboBox, value: object, label: str) -> None:
    """Select value; a record no longer offered for new entries (an agency or remedy made
    inactive) is added for this record so that loading it changes nothing."""
    if value is not None and combo.findData(value) < 0:
        combo.addItem(label, value)
    select_data(combo, value)


def _set_row(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


class PlanEditor(QWidget):
    """Plan items: a remedy from the menu (or a free remedy), the agency, a due date, a status."""

    saved = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        self.operation: Operation | None = None
        self.items: list[PlanItemView] = []
        layout = QVBoxLayout(self)
        self.table = _table([self.tr("Remedy"), self.tr("Agency"), self.tr("Due"), self.tr("Status")])
        layout.addWidget(self.table, 1)
        status_row = QHBoxLayout()
        self.status = QComboBox()
        for status in PlanStatus:
            self.status.addItem(labels().plan_status(status), status.value)
        self.status_button = QPushButton(self.tr("Change status"))
        self.status_button.clicked.connect(self.change_status)
        status_row.addWidget(QLabel(self.tr("Selected item:")))
        status_row.addWidget(self.status)
        status_row.addWidget(self.status_button)
        status_row.addStretch(1)
        layout.addLayout(status_row)
        box = QGroupBox(self.tr("Add to the plan"))
        form = QFormLayout(box)
        self.remedy = QComboBox()
        self.free_remedy = QLineEdit()
        self.free_remedy.setPlaceholderText(self.tr("Only when nothing in the menu fits"))
        self.agency = QComboBox()
        self.due_on = date_edit(dt.date.today() + dt.timedelta(days=90))
        self.note = QLineEdit()
        form.addRow(self.tr("Remedy menu"), self.remedy)
        form.addRow(self.tr("Or a free remedy"), self.free_remedy)
        form.addRow(self.tr("Responsible agency"), self.agency)
        form.addRow(self.tr("Due date"), self.due_on)
        form.addRow(self.tr("Note"), self.note)
        layout.addWidget(box)
        self.error = error_label()
        layout.addWidget(self.error)
        self.add_button = QPushButton(self.tr("Add to plan"))
        self.add_button.clicked.connect(self.add)
        self.update_button = QPushButton(self.tr("Save changes"))
        self.update_button.clicked.connect(self.update_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.update_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._selected)
        self.remedy.currentIndexChanged.connect(self._remedy_chosen)
        self.load_catalogues()
        self.reload()

    def load_catalogues(self) -> None:
        self.remedies = {r.id: r for r in ops.list_remedies(self.database)}
        agencies = ops.list_agencies(self.database)
        fill_remedies(self.remedy, list(self.remedies.values()), self.tr("(free remedy)"))
        fill_agencies(self.agency, agencies, self.tr("(the remedy's usual agency)"))

    def _remedy_chosen(self) -> None:
        remedy = self.remedies.get(self.remedy.currentData())
        if remedy is not None and remedy.default_agency_id is not None:
            select_data(self.agency, remedy.default_agency_id)

    def reload(self) -> None:
        selected = self.selected_item()
        self.items = ops.list_plan(self.database, self.household_id)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            status = labels().plan_status(item.status)
            if item.overdue():
                status += " ⚠ " + self.tr("overdue")
            _set_row(self.table, row, [item.what, item.agency_name, show_date(item.due_on), status])
        if selected is not None:  # the same item stays selected, at the version now stored
            again = next((i for i, item in enumerate(self.items) if item.id == selected.id), None)
            if again is not None:
                self.table.selectRow(again)

    def _selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            select_data(self.status, item.status.value)
            select_data(self.remedy, item.remedy_id)
            self.free_remedy.setText(item.free_remedy)
            select_data(self.agency, item.agency_id)
            if item.due_on is not None:
                self.due_on.setDate(QDate(item.due_on.year, item.due_on.month, item.due_on.day))
            self.note.setText(item.note)

    def _input(self) -> PlanItemInput:
        return PlanItemInput(
            due_on=date_of(self.due_on),
            remedy_id=self.remedy.currentData(),
            free_remedy=self.free_remedy.text(),
            agency_id=self.agency.currentData(),
            note=self.note.text(),
        )

    def changes(self, item: PlanItemView) -> dict[str, Any]:
        """Only the fields the clerk changed on the item as it was loaded."""
        data = self._input()
        loaded = {
            "remedy_id": item.remedy_id, "free_remedy": item.free_remedy, "agency_id": item.agency_id,
            "due_on": item.due_on, "note": item.note,
        }  # fmt: skip
        return {name: getattr(data, name) for name, value in loaded.items() if getattr(data, name) != value}

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def update_selected(self) -> None:
        """Save the changed fields over the selected item (a stale copy: the conflict dialog)."""
        item = self.selected_item()
        if item is None:
            self._refuse(self.tr("Select a plan item first."))
            return
        changes = self.changes(item)
        if changes:
            self._save_item(item.id, changes, item.version)

    def _save_item(self, item_id: int, changes: dict[str, Any], version: int) -> None:
        edit, database = PlanItemEdit(item_id, version, changes), self.database

        def refused(refusal: UserError) -> None:
            self._refuse(refusal.message(current_language()))

        self.operation = run_op(
            self,
            lambda: ops.update_plan_item(database, edit),
            self._changed,
            on_refusal=refused,
            on_conflict=lambda chosen, stored: self._save_item(item_id, chosen, stored),
            on_failure=self._reload_after_conflict,
        )

    def _reload_after_conflict(self, error: BaseException) -> None:
        """Whatever the clerk picks in the conflict dialog, the editor shows what is stored now."""
        if isinstance(error, ConflictError):
            self.reload()
            self._selected()

    def _changed(self, _item: object) -> None:
        self.error.hide()
        self.reload()
        self._selected()
        self.saved.emit()

    def selected_item(self) -> PlanItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def add(self) -> None:
        data, database, household_id = self._input(), self.database, self.household_id
        self.operation = run_saving(
            self, self.error, lambda: ops.add_plan_item(database, household_id, data), self._added
        )

    def _added(self, _item: object) -> None:
        self.free_remedy.clear()
        self.note.clear()
        self.remedy.setCurrentIndex(0)
        self.reload()
        self.saved.emit()

    def change_status(self) -> None:
        item = self.selected_item()
        if item is None:
            self._refuse(self.tr("Select a plan item first."))
            return
        status, database = PlanStatus(self.status.currentData()), self.database
        self.operation = run_saving(
            self,
            self.error,
            lambda: ops.set_plan_status(database, item.id, status, item.version),
            self._changed,
        )


class ActivityForm(QWidget):
    """An assistance activity: date, agency, remedy, what was done, value, result, Logbook.

    Selecting an activity in the table loads it into the form; "Save changes" sends the
    version loaded and only the fields changed (another clerk's save in between: the
    conflict dialog), "Save activity" records a new one."""

    saved = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        self.operation: Operation | None = None
        self.activities: list[ActivityView] = []
        layout = QVBoxLayout(self)
        self.table = _table(
            [
                self.tr("What was done"),
                self.tr("Date"),
                self.tr("Agency"),
                self.tr("Value (baht)"),
                self.tr("Logbook"),
            ]
        )
        layout.addWidget(self.table, 1)
        box = QGroupBox(self.tr("Record an activity"))
        form = QFormLayout(box)
        self.activity_on = date_edit()
        self.plan_item = QComboBox()
        self.agency = QComboBox()
        self.remedy = QComboBox()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(56)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.in_kind = QLineEdit()
        self.in_kind.setPlaceholderText("0.00")
        self.result = QLineEdit()
        self.logbook = QCheckBox(self.tr("Entered in TPMAP Logbook"))
        self.logbook_on = date_edit()
        self.logbook_on.setEnabled(False)
        self.logbook.toggled.connect(self.logbook_on.setEnabled)
        logbook_row = QHBoxLayout()
        logbook_row.addWidget(self.logbook)
        logbook_row.addWidget(self.logbook_on)
        logbook_row.addStretch(1)
        form.addRow(self.tr("Date"), self.activity_on)
        form.addRow(self.tr("For plan item"), self.plan_item)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Remedy menu"), self.remedy)
        form.addRow(self.tr("What was done"), self.description)
        form.addRow(self.tr("Cash amount (baht)"), self.amount)
        form.addRow(self.tr("In-kind value (baht)"), self.in_kind)
        form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Logbook"), logbook_row)
        layout.addWidget(box)
        self.error = error_label()
        layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Save activity"))
        self.save_button.clicked.connect(self.save)
        self.update_button = QPushButton(self.tr("Save changes"))
        self.update_button.clicked.connect(self.update_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.update_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.plan_item.currentIndexChanged.connect(self._plan_chosen)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_activity()
        agencies = ops.list_agencies(self.database)
        remedies = ops.list_remedies(self.database)
        self.plan = {p.id: p for p in ops.list_plan(self.database, self.household_id)}
        self.activities = activities = ops.list_activities(self.database, self.household_id)
        fill_agencies(self.agency, agencies, self.tr("Choose…"))
        fill_remedies(self.remedy, remedies, self.tr("(none)"))
        self.plan_item.clear()
        self.plan_item.addItem(self.tr("(not from the plan)"), None)
        for item in self.plan.values():
            self.plan_item.addItem(f"{item.what} ({item.agency_name})", item.id)
        self.table.setRowCount(len(activities))
        for row, a in enumerate(activities):
            value = sum((v for v in (a.amount, a.in_kind_value) if v is not None), Decimal(0))
            logbook = show_date(a.logbook_entered_on) if a.logbook_entered else self.tr("not yet")
            _set_row(
                self.table,
                row,
                [a.description, show_date(a.activity_on), a.agency_name, f"{value:,.2f}", logbook],
            )
        if selected is not None:  # the same activity stays selected, at the version now stored
            again = next((i for i, a in enumerate(activities) if a.id == selected.id), None)
            if again is not None:
                self.table.selectRow(again)

    def selected_activity(self) -> ActivityView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.activities[rows[0].row()] if rows and rows[0].row() < len(self.activities) else None

    def _selected(self) -> None:
        """Load the selected activity into the form, as stored."""
        a = self.selected_activity()
        if a is None:
            return
        self.activity_on.setDate(QDate(a.activity_on.year, a.activity_on.month, a.activity_on.day))
        _select_or_add(self.plan_item, a.plan_item_id, str(a.plan_item_id))
        _select_or_add(self.agency, a.agency_id, a.agency_name)  # after the plan item: it sets them
        _select_or_add(self.remedy, a.remedy_id, a.remedy_title)
        self.description.setPlainText(a.description)
        self.amount.setText("" if a.amount is None else str(a.amount))
        self.in_kind.setText("" if a.in_kind_value is None else str(a.in_kind_value))
        self.result.setText(a.result)
        self.logbook.setChecked(a.logbook_entered)
        entered = a.logbook_entered_on or dt.date.today()
        self.logbook_on.setDate(QDate(entered.year, entered.month, entered.day))

    def _plan_chosen(self) -> None:
        item = self.plan.get(self.plan_item.currentData())
        if item is not None:
            select_data(self.agency, item.agency_id)
            select_data(self.remedy, item.remedy_id)

    def _money(self, edit: QLineEdit, th: str, en: str) -> Decimal | None:
        text = edit.text().replace(",", "").strip()
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValidationError(f"{th}ต้องเป็นตัวเลข", f"The {en} must be a number.") from None

    def _input(self) -> ActivityInput:
        return ActivityInput(
            activity_on=date_of(self.activity_on),
            description=self.description.toPlainText(),
            agency_id=self.agency.currentData(),
            remedy_id=self.remedy.currentData(),
            plan_item_id=self.plan_item.currentData(),
            amount=self._money(self.amount, "จำนวนเงิน", "cash amount"),
            in_kind_value=self._money(self.in_kind, "มูลค่าสิ่งของ", "in-kind value"),
            result=self.result.text(),
            logbook_entered=self.logbook.isChecked(),
            logbook_entered_on=date_of(self.logbook_on) if self.logbook.isChecked() else None,
        )

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def changes(self, loaded: ActivityView) -> dict[str, Any]:
        """Only the fields the clerk changed on the activity as it was loaded."""
        data = self._input()
        names = ActivityInput.__dataclass_fields__
        return {n: getattr(data, n) for n in names if getattr(data, n) != getattr(loaded, n)}

    def update_selected(self) -> None:
        """Save the changed fields over the selected activity (a stale copy: the conflict dialog)."""
        loaded = self.selected_activity()
        if loaded is None:
            self._refuse(self.tr("Select an activity first."))
            return
        try:
            changes = self.changes(loaded)
        except ValidationError as refusal:
            self._refuse(refusal.message(current_language()))
            return
        if changes:
            self._save_activity(loaded.id, changes, loaded.version)

    def _save_activity(self, activity_id: int, changes: dict[str, Any], version: int) -> None:
        edit, database = ActivityEdit(activity_id, version, changes), self.database
        self.operation = run_saving(
            self,
            self.error,
            lambda: ops.update_activity(database, edit),
            self._updated,
            on_conflict=lambda chosen, stored: self._save_activity(activity_id, chosen, stored),
            on_failure=self._reload_after_conflict,
        )

    def _reload_after_conflict(self, error: BaseException) -> None:
        """Whatever the clerk picks in the conflict dialog, the form shows what is stored now."""
        if isinstance(error, ConflictError):
            self.reload()
            self._selected()

    def _updated(self, _activity: object) -> None:
        self.reload()
        self._selected()
        self.saved.emit()

    def save(self) -> None:
        try:
            data = self._input()
        except ValidationError as refusal:
            self._refuse(refusal.message(current_language()))
            return
        database, household_id = self.database, self.household_id
        self.operation = run_saving(
            self, self.error, lambda: ops.add_activity(database, household_id, data), self._saved
        )

    def _saved(self, _activity: object) -> None:
        for edit in (self.amount, self.in_kind, self.result):
            edit.clear()
        self.description.clear()
        self.logbook.setChecked(False)
        self.reload()
        self.saved.emit()
