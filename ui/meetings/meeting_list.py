"""The list of meetings, with a new meeting (from a template) and clone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.common import number_in_language
from desktop.meetings.labels import status_text
from desktop.thai import screen_date
from ui.meetings.base import compact, read
from ui.meetings.roster import from_qdate, to_qdate, with_thai_date
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.be_date import BEDateEdit
from ui.workers import Operation


class MeetingList(QWidget):
    opened = Signal(int)  # a meeting id

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Meeting no."), self.tr("Date"), self.tr("Committee"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # number, date and status whole; the committee's name takes what is left (elided,
        # whole in its tooltip): the list is narrow beside the editor on a 1366-pixel screen
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("New meeting"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.committee = compact(QComboBox())
        self.template = compact(QComboBox())
        self.date = BEDateEdit(to_qdate(dt.date.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        form.addRow(self.tr("Committee"), self.committee)
        form.addRow(self.tr("Agenda template"), self.template)
        form.addRow(self.tr("Meeting date"), with_thai_date(self.date))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.clicked.connect(self.new_meeting)
        self.clone_button = QPushButton(self.tr("Clone selected"))
        self.clone_button.setToolTip(
            self.tr("A new draft with the selected meeting's agenda, on the date above")
        )
        self.clone_button.clicked.connect(self.clone)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.clone_button)
        form.addRow(buttons)
        layout.addWidget(box)

    def load(self, select_id: int | None = None) -> None:
        database = self.database
        lists = read(self, lambda: ops.page_lists(database))
        if lists is None:
            return
        rows, committees, templates = lists.meetings, lists.committees, lists.templates
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            held = screen_date(row.held_on, current_language(), short=True)
            number = number_in_language(row.number, current_language())
            status = status_text(row.status, current_language())
            for column, value in enumerate([number, held, row.committee, status]):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                cell.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, column, cell)
        self.table.blockSignals(False)
        current_committee = self.committee.currentData()
        self.committee.clear()
        for c in committees:
            self.committee.addItem(c.short_name or c.name, c.id)
        self.committee.setCurrentIndex(max(0, self.committee.findData(current_committee)))
        self.template.clear()
        for template_id, name, _ in templates:
            self.template.addItem(name, template_id)
        if select_id is not None:
            self.select(select_id)

    def select(self, meeting_id: int) -> None:
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.table.selectRow(r)
                return

    def selected_id(self) -> int | None:
        selected = self.table.selectedItems()
        return int(selected[0].data(Qt.ItemDataRole.UserRole)) if selected else None

    def _selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.opened.emit(meeting_id)

    def new_meeting(self) -> None:
        committee_id = self.committee.currentData()
        if committee_id is None:
            return
        day = from_qdate(self.date.date())
        template_id = self.template.currentData()
        database = self.database
        self.operation = run_op(
            self, lambda: ops.create_meeting(database, committee_id, day, template_id), self.load
        )

    def clone(self) -> None:
        source = self.selected_id()
        if source is None:
            return
        day = from_qdate(self.date.date())
        database = self.database
        self.operation = run_op(self, lambda: ops.clone_meeting(database, source, day), self.load)
