"""Committee roster editor: committees, and members in the order of the appointment order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import CommitteeRole
from desktop.db import Database
from desktop.meetings import ops, roster
from desktop.meetings.labels import ROLE_EN, ROLE_TH, in_language
from desktop.meetings.ops import CommitteeInput, MemberInput
from desktop.thai import screen_date
from ui.meetings.base import compact, read
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.be_date import BEDateEdit
from ui.workers import Operation


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def with_thai_date(edit: QDateEdit) -> QWidget:
    """The date edit with the date in Thai (Buddhist era) beside it, as clerks read dates."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # not the form's spare height
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel()

    def show(value: QDate) -> None:
        label.setText(screen_date(from_qdate(value), current_language()))

    edit.dateChanged.connect(show)
    show(edit.date())
    row.addWidget(edit)
    row.addWidget(label, 1)
    return box


class RosterEditor(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.rows: list[roster.CommitteeRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.committee = compact(QComboBox())
        self.committee.currentIndexChanged.connect(self.show_committee)
        top.addWidget(self.committee, 1)
        self.new_committee_button = QPushButton(self.tr("New committee"))
        self.new_committee_button.clicked.connect(self.new_committee)
        top.addWidget(self.new_committee_button)
        layout.addLayout(top)

        # At 1366×768 the member table gets the room: the committee's and the member's fields
        # sit two to a row, and a splitter between the table and the member's form lets the
        # clerk give the table the whole height (tests/meetings/test_roster_layout.py measures it).
        box = QGroupBox(self.tr("Committee"))
        form = QGridLayout(box)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.order = QLineEdit()
        self.quorum = QSpinBox()
        self.quorum.setRange(1, 99)
        self.quorum.setSuffix(" %")
        self.save_committee_button = QPushButton(self.tr("Save committee"))
        self.save_committee_button.clicked.connect(self.save_committee)
        # The committee's name, not a person's ("Name" is ชื่อ-สกุล in the member table below).
        name_label = QLabel(self.tr("Name", "committee"))
        name_label.setBuddy(self.name)
        form.addWidget(name_label, 0, 0)
        form.addWidget(self.name, 0, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Short name")), 1, 0)
        form.addWidget(self.short_name, 1, 1)
        form.addWidget(QLabel(self.tr("Appointment order")), 1, 2)
        form.addWidget(self.order, 1, 3)
        form.addWidget(QLabel(self.tr("Quorum: more than")), 2, 0)
        form.addWidget(self.quorum, 2, 1, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.save_committee_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addWidget(box)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Role"), self.tr("Position"),
             self.tr("Agency"), self.tr("From"), self.tr("Until")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Numbers, names, roles and dates as wide as they are; position and agency share the rest.
        for column in range(7):
            shared = column in (3, 4)
            mode = QHeaderView.ResizeMode.Stretch if shared else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self.show_member)

        member_box = QGroupBox(self.tr("Member"))
        member_form = QGridLayout(member_box)
        names = QHBoxLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setMaximumWidth(110)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        names.addWidget(self.title_edit)
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)
        member_form.addWidget(QLabel(self.tr("Title, first and last name")), 0, 0)
        member_form.addLayout(names, 0, 1, 1, 3)
        self.position = QLineEdit()
        member_form.addWidget(QLabel(self.tr("Position outside the committee")), 1, 0)
        member_form.addWidget(self.position, 1, 1)
        self.agency = compact(QComboBox())
        member_form.addWidget(QLabel(self.tr("Agency")), 1, 2)
        member_form.addWidget(self.agency, 1, 3)
        self.role = compact(QComboBox())
        for role in CommitteeRole:
            self.role.addItem(in_language(ROLE_TH, ROLE_EN, role, current_language()), role)
        self.role.setCurrentIndex(self.role.findData(CommitteeRole.MEMBER))
        member_form.addWidget(QLabel(self.tr("Role in the committee")), 2, 0)
        member_form.addWidget(self.role, 2, 1)
        dates = QHBoxLayout()
        self.active_from = BEDateEdit(to_qdate(dt.date.today()))
        self.active_from.setCalendarPopup(True)
        self.active_from.setDisplayFormat("d MMM yyyy")
        self.has_end = QCheckBox(self.tr("until"))
        self.active_to = BEDateEdit(to_qdate(dt.date.today()))
        self.active_to.setCalendarPopup(True)
        self.active_to.setDisplayFormat("d MMM yyyy")
        dates.addWidget(self.active_from)
        dates.addWidget(self.has_end)
        dates.addWidget(self.active_to)
        dates.addStretch(1)
        member_form.addWidget(QLabel(self.tr("In office from")), 2, 2)
        member_form.addLayout(dates, 2, 3)
        member_form.setColumnStretch(1, 1)
        member_form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add as new member"))
        self.save_member_button = QPushButton(self.tr("Save member"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove member"))
        for button, slot in (
            (self.add_button, self.add_member),
            (self.save_member_button, self.save_member),
            (self.up_button, lambda: self.move_member(-1)),
            (self.down_button, lambda: self.move_member(1)),
            (self.remove_button, self.remove_member),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        member_form.addLayout(buttons, 3, 0, 1, 4)
        member_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(member_box)
        self.splitter.setCollapsible(0, False)  # dragged down, the form folds away: the whole roster in view
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout.addWidget(self.splitter, 1)

    def load(self, select_id: int | None = None) -> None:
        database = self.database
        rows = read(self, lambda: ops.committees(database))
        self.rows = rows or []
        agencies = read(self, lambda: ops.agencies(database)) or []
        self.agency.clear()
        self.agency.addItem("—", None)
        for agency_id, name in agencies:
            self.agency.addItem(name, agency_id)
        current = select_id if select_id is not None else self.committee.currentData()
        self.committee.blockSignals(True)
        self.committee.clear()
        for row in self.rows:
            self.committee.addItem(row.short_name or row.name, row.id)
        index = self.committee.findData(current)
        self.committee.setCurrentIndex(max(index, 0))
        self.committee.blockSignals(False)
        self.show_committee()

    def current(self) -> roster.CommitteeRow | None:
        return next((r for r in self.rows if r.id == self.committee.currentData()), None)

    def show_committee(self) -> None:
        row = self.current()
        self.name.setText(row.name if row else "")
        self.short_name.setText(row.short_name if row else "")
        self.order.setText(row.appointment_order if row else "")
        self.quorum.setValue(row.quorum_percent if row else 50)
        self.table.setRowCount(0)
        for member in row.members if row else []:
            r = self.table.rowCount()
            self.table.insertRow(r)
            values = [
                str(member.order), member.name,
                in_language(ROLE_TH, ROLE_EN, member.role, current_language()), member.position,
                member.agency,
                screen_date(member.active_from, current_language(), short=True) if member.active_from else "",
                screen_date(member.active_to, current_language(), short=True) if member.active_to else "",
            ]  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)  # a long position cut short by the column is read whole
                cell.setData(Qt.ItemDataRole.UserRole, member.id)
                self.table.setItem(r, column, cell)

    def selected_member(self) -> roster.MemberRow | None:
        row = self.current()
        selected = self.table.selectedItems()
        if row is None or not selected:
            return None
        member_id = selected[0].data(Qt.ItemDataRole.UserRole)
        return next((m for m in row.members if m.id == member_id), None)

    def show_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        database, member_id = self.database, member.id
        name = read(self, lambda: ops.member_name(database, member_id))
        if name is not None:
            for edit, part in zip((self.title_edit, self.first_name, self.last_name), name, strict=True):
                edit.setText(part)
        self.position.setText(member.position)
        self.agency.setCurrentIndex(max(0, self.agency.findText(member.agency)))
        self.role.setCurrentIndex(self.role.findData(member.role))
        self.active_from.setDate(to_qdate(member.active_from or dt.date.today()))
        self.has_end.setChecked(member.active_to is not None)
        if member.active_to:
            self.active_to.setDate(to_qdate(member.active_to))

    def new_committee(self) -> None:
        name = self.tr("New committee %1").replace("%1", str(len(self.rows) + 1))
        database = self.database
        self.operation = run_op(self, lambda: ops.create_committee(database, CommitteeInput(name)), self.load)

    def save_committee(self) -> None:
        row = self.current()
        if row is None:
            return
        data = CommitteeInput(
            self.name.text(), self.short_name.text(), self.order.text(), self.quorum.value()
        )
        committee_id, database = row.id, self.database
        self.operation = run_op(
            self,
            lambda: ops.update_committee(database, committee_id, data),
            lambda _: self.load(committee_id),
        )

    def _member_fields(self) -> MemberInput:
        return MemberInput(
            title=self.title_edit.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            position=self.position.text(),
            role=CommitteeRole(self.role.currentData()),
            agency_id=self.agency.currentData(),
            active_from=from_qdate(self.active_from.date()),
            active_to=from_qdate(self.active_to.date()) if self.has_end.isChecked() else None,
        )

    def add_member(self) -> None:
        row = self.current()
        if row is None:
            return
        fields, committee_id, database = self._member_fields(), row.id, self.database
        self.operation = run_op(
            self, lambda: ops.add_member(database, committee_id, fields), lambda _: self.load(committee_id)
        )

    def save_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        fields, member_id, database = self._member_fields(), member.id, self.database
        self.operation = run_op(
            self, lambda: ops.update_member(database, member_id, fields), lambda _: self.load()
        )

    def move_member(self, step: int) -> None:
        member = self.selected_member()
        if member is None:
            return
        member_id, index, database = member.id, member.order - 1 + step, self.database

        def moved(_: None) -> None:
            self.load()
            self.table.selectRow(max(0, min(index, self.table.rowCount() - 1)))

        self.operation = run_op(self, lambda: ops.move_member(database, member_id, index), moved)

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        member_id, database = member.id, self.database
        self.operation = run_op(self, lambda: ops.remove_member(database, member_id), lambda _: self.load())
