"""Attendance: each member present, absent (with reason) or represented; guests; the quorum."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import AttendanceStatus
from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.attendance import AttendanceRow, Quorum
from desktop.meetings.labels import ATTENDANCE_EN, ATTENDANCE_TH, in_language
from desktop.meetings.ops import AttendanceEdit
from desktop.safety.conflicts import ConflictError
from ui.messages import current_language
from ui.operations import run_op
from ui.workers import Operation

NAME, POSITION, STATUS, REASON, REP_NAME, REP_POSITION = range(6)
MEMBER_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.REPRESENTED)


class AttendancePanel(QWidget):
    """Its changes reload the meeting through the change hub (ui/meetings/editor.py)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.pending: list[AttendanceEdit] = []  # the edits of the last save, for a conflict
        self.conflicting: int | None = None
        self.meeting_id: int | None = None
        self.rows: list[AttendanceRow] = []
        layout = QVBoxLayout(self)
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        layout.addWidget(self.quorum_label)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Attendance"), self.tr("Reason for absence"),
             self.tr("Representative"), self.tr("Representative's position")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.save_button = QPushButton(self.tr("Save attendance"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        guest = QHBoxLayout()
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("Guest's name"))
        self.guest_position = QLineEdit()
        self.guest_position.setPlaceholderText(self.tr("Position"))
        self.add_guest_button = QPushButton(self.tr("Add guest"))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_guest_button = QPushButton(self.tr("Remove selected guest"))
        self.remove_guest_button.clicked.connect(self.remove_guest)
        for widget in (self.guest_name, self.guest_position, self.add_guest_button, self.remove_guest_button):
            guest.addWidget(widget)
        layout.addLayout(guest)

    def show_rows(self, meeting_id: int, rows: list[AttendanceRow], quorum: Quorum, editable: bool) -> None:
        self.meeting_id, self.rows = meeting_id, rows
        self.show_quorum(quorum)
        self.table.setRowCount(0)
        for row in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for column, value in (
                (NAME, row.name), (POSITION, row.position), (REASON, row.reason),
                (REP_NAME, row.representative_name), (REP_POSITION, row.representative_position),
            ):  # fmt: skip
                cell = QTableWidgetItem(value)
                if column in (NAME, POSITION) or not editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, column, cell)
            status = QComboBox()
            choices = MEMBER_STATUSES if row.member_id is not None else (AttendanceStatus.GUEST,)
            for choice in choices:
                status.addItem(in_language(ATTENDANCE_TH, ATTENDANCE_EN, choice, current_language()), choice)
            status.setCurrentIndex(max(0, status.findData(row.status)))
            status.setEnabled(editable and row.member_id is not None)
            self.table.setCellWidget(r, STATUS, status)
        for column in (NAME, STATUS, REASON, REP_NAME, REP_POSITION):  # headers read in full
            self.table.resizeColumnToContents(column)
        for widget in (self.save_button, self.add_guest_button, self.remove_guest_button,
                       self.guest_name, self.guest_position):  # fmt: skip
            widget.setEnabled(editable)

    def show_quorum(self, quorum: Quorum) -> None:
        colour = "#1b7f3b" if quorum.met else "#b3261e"
        self.quorum_label.setText(quorum.sentence(current_language()))
        self.quorum_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def status_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, STATUS)
        assert isinstance(widget, QComboBox)
        return widget

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        assert cell is not None
        return cell

    def set_row(
        self,
        row: int,
        status: AttendanceStatus,
        reason: str = "",
        representative: str = "",
        position: str = "",
    ) -> None:
        """Fill one row as a clerk would (used by the form and by tests)."""
        self.status_box(row).setCurrentIndex(self.status_box(row).findData(status))
        self.cell(row, REASON).setText(reason)
        self.cell(row, REP_NAME).setText(representative)
        self.cell(row, REP_POSITION).setText(position)

    def edits(self) -> list[AttendanceEdit]:
        """The entries the clerk changed, each with the version loaded and only its changed fields."""
        edits = []
        for r, row in enumerate(self.rows):
            if row.member_id is None:
                continue
            form = {
                "status": AttendanceStatus(self.status_box(r).currentData()),
                "reason": self.cell(r, REASON).text(),
                "representative_name": self.cell(r, REP_NAME).text(),
                "representative_position": self.cell(r, REP_POSITION).text(),
            }
            loaded = {
                "status": row.status,
                "reason": row.reason,
                "representative_name": row.representative_name,
                "representative_position": row.representative_position,
            }
            changes = {name: value for name, value in form.items() if value != loaded[name]}
            if changes:
                edits.append(AttendanceEdit(row.id, row.version, changes))
        return edits

    def save(self) -> None:
        edits = self.edits()
        if self.meeting_id is not None and edits:
            self.save_edits(edits)

    def save_edits(self, edits: list[AttendanceEdit]) -> None:
        meeting_id, database = self.meeting_id, self.database
        if meeting_id is None:
            return
        self.pending, self.conflicting = edits, None
        self.operation = run_op(
            self,
            lambda: ops.update_attendance(database, meeting_id, edits),
            on_conflict=self.save_again,
            on_failure=self.note_conflict,
        )

    def note_conflict(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            self.conflicting = error.entity_id

    def save_again(self, chosen: dict[str, Any], version: int) -> None:
        """The clerk's choice for the entry another clerk saved first, with the other entries
        of the same save (nothing of it was written)."""
        edits = [
            AttendanceEdit(e.attendance_id, version, chosen) if e.attendance_id == self.conflicting else e
            for e in self.pending
        ]
        self.save_edits(edits)

    def add_guest(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, name, position = self.meeting_id, self.guest_name.text(), self.guest_position.text()
        database = self.database
        self.operation = run_op(
            self, lambda: ops.add_guest(database, meeting_id, name, position), self.guest_added
        )

    def guest_added(self, _attendance_id: int) -> None:
        self.guest_name.clear()
        self.guest_position.clear()

    def remove_guest(self) -> None:
        r = self.table.currentRow()
        if self.meeting_id is None or r < 0:
            return
        meeting_id, attendance_id, database = self.meeting_id, self.rows[r].id, self.database
        self.operation = run_op(self, lambda: ops.remove_guest(database, meeting_id, attendance_id))
