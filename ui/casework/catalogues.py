"""The office's catalogues: agencies and the remedy menu grouped by MPI dimension."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from database.enums import MpiDimension
from desktop.casework import ops
from desktop.casework.catalogues import AgencyInput, AgencyView, RemedyInput, RemedyView
from desktop.db import Database
from desktop.operations import Outcome
from ui.casework.common import fill_agencies, labels, select_data
from ui.casework.forms import error_label, run_saving
from ui.workers import Operation


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


class _CatalogueEditor(QWidget):
    """What the agency and remedy editors share: save through one operation, then re-read."""

    database: Database
    error: QLabel
    operation: Operation | None = None

    def load(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def toggle_active(self) -> None:
        raise NotImplementedError

    def _add_form_and_buttons(self, layout: QVBoxLayout, form: QFormLayout) -> None:
        """Under the table: the form, the line for refusals, and add / save / stop using."""
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add as new"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.active_button = QPushButton(self.tr("Stop using / use again"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        buttons.addStretch(1)
        for button in (self.add_button, self.save_button, self.active_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _save_and_reload(self, op: Callable[[], Outcome[Any]]) -> None:
        self.operation = run_saving(self, self.error, op, lambda _view: self.load())


class AgenciesEditor(_CatalogueEditor):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.agencies: list[AgencyView] = []
        layout = QVBoxLayout(self)
        self.table = _table(
            [self.tr("Short name"), self.tr("Name"), self.tr("Contact"), self.tr("In use")], 1
        )
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name, self.short_name, self.kind = QLineEdit(), QLineEdit(), QLineEdit()
        self.contact, self.phone = QLineEdit(), QLineEdit()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        self._add_form_and_buttons(layout, form)

    def load(self) -> None:
        self.agencies = ops.list_agencies(self.database, include_inactive=True)
        self.table.setRowCount(len(self.agencies))
        for row, a in enumerate(self.agencies):
            values = [
                a.short_name,
                a.name,
                " ".join(x for x in (a.contact, a.phone) if x),
                self.tr("yes") if a.active else self.tr("no"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected(self) -> AgencyView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.agencies[rows[0].row()] if rows else None

    def _selected(self) -> None:
        a = self.selected()
        if a is not None:
            self.name.setText(a.name)
            self.short_name.setText(a.short_name)
            self.kind.setText(a.kind)
            self.contact.setText(a.contact)
            self.phone.setText(a.phone)

    def _input(self) -> AgencyInput:
        return AgencyInput(
            self.name.text(), self.short_name.text(), self.kind.text(), self.contact.text(), self.phone.text()
        )

    def add(self) -> None:
        data, database = self._input(), self.database
        self._save_and_reload(lambda: ops.add_agency(database, data))

    def save(self) -> None:
        a, data, database = self.selected(), self._input(), self.database
        if a is None:
            self.add()
            return
        self._save_and_reload(lambda: ops.update_agency(database, a.id, data))

    def toggle_active(self) -> None:
        a, database = self.selected(), self.database
        if a is not None:
            self._save_and_reload(lambda: ops.set_agency_active(database, a.id, not a.active))


class RemediesEditor(_CatalogueEditor):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.remedies: list[RemedyView] = []
        layout = QVBoxLayout(self)
        self.table = _table(
            [
                self.tr("Code"),
                self.tr("Dimension"),
                self.tr("Remedy"),
                self.tr("Usual agency"),
                self.tr("In use"),
            ],
            2,
        )
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.code, self.title_edit, self.description = QLineEdit(), QLineEdit(), QLineEdit()
        self.dimension = QComboBox()
        for dimension in MpiDimension:
            self.dimension.addItem(labels().dimension(dimension), dimension.value)
        self.agency = QComboBox()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Dimension"), self.dimension)
        form.addRow(self.tr("Remedy"), self.title_edit)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Usual agency"), self.agency)
        self._add_form_and_buttons(layout, form)

    def load(self) -> None:
        self.remedies = ops.list_remedies(self.database, include_inactive=True)
        agencies = ops.list_agencies(self.database)
        fill_agencies(self.agency, agencies, self.tr("(none)"))
        self.table.setRowCount(len(self.remedies))
        for row, r in enumerate(self.remedies):
            values = [
                r.code,
                labels().dimension(r.dimension),
                r.title,
                r.default_agency_name,
                self.tr("yes") if r.active else self.tr("no"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected(self) -> RemedyView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.remedies[rows[0].row()] if rows else None

    def _selected(self) -> None:
        r = self.selected()
        if r is not None:
            self.code.setText(r.code)
            self.title_edit.setText(r.title)
            self.description.setText(r.description)
            select_data(self.dimension, r.dimension.value)
            select_data(self.agency, r.default_agency_id)

    def _input(self) -> RemedyInput:
        return RemedyInput(
            self.code.text(), self.title_edit.text(), MpiDimension(self.dimension.currentData()),
            self.description.text(), self.agency.currentData(),
        )  # fmt: skip

    def add(self) -> None:
        data, database = self._input(), self.database
        self._save_and_reload(lambda: ops.add_remedy(database, data))

    def save(self) -> None:
        r, data, database = self.selected(), self._input(), self.database
        if r is None:
            self.add()
            return
        self._save_and_reload(lambda: ops.update_remedy(database, r.id, data))

    def toggle_active(self) -> None:
        r, database = self.selected(), self.database
        if r is not None:
            self._save_and_reload(lambda: ops.set_remedy_active(database, r.id, not r.active))


class CataloguesTab(QTabWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agencies = AgenciesEditor(database)
        self.remedies = RemediesEditor(database)
        self.addTab(self.remedies, self.tr("Remedy menu"))
        self.addTab(self.agencies, self.tr("Agencies"))

    def load(self) -> None:
        self.agencies.load()
        self.remedies.load()
