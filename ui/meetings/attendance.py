"""Attendance: each member present, absent (with reason) or represented; guests; the quorum."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from desktop.meetings import attendance
from desktop.meetings.attendance import AttendanceRow, Quorum
from desktop.meetings.labels import ATTENDANCE_TH
from ui.meetings.base import call

NAME, POSITION, STATUS, REASON, REP_NAME, REP_POSITION = range(6)
MEMBER_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.REPRESENTED)


class AttendancePanel(QWidget):
    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
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
                status.addItem(ATTENDANCE_TH[choice], choice)
            status.setCurrentIndex(max(0, status.findData(row.status)))
            status.setEnabled(editable and row.member_id is not None)
            self.table.setCellWidget(r, STATUS, status)
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(STATUS)
        for widget in (self.save_button, self.add_guest_button, self.remove_guest_button,
                       self.guest_name, self.guest_position):  # fmt: skip
            widget.setEnabled(editable)

    def show_quorum(self, quorum: Quorum) -> None:
        colour = "#1b7f3b" if quorum.met else "#b3261e"
        self.quorum_label.setText(quorum.sentence())
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

    def save(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        changes = []
        for r, row in enumerate(self.rows):
            if row.member_id is None:
                continue
            values = (
                AttendanceStatus(self.status_box(r).currentData()),
                self.cell(r, REASON).text(),
                self.cell(r, REP_NAME).text(),
                self.cell(r, REP_POSITION).text(),
            )
            if values != (row.status, row.reason, row.representative_name, row.representative_position):
                changes.append((row.id, *values))

        def work(session):  # type: ignore[no-untyped-def]
            for attendance_id, status, reason, name, position in changes:
                attendance.set_attendance(
                    session, meeting_id, attendance_id, status, reason=reason,
                    representative_name=name, representative_position=position,
                )  # fmt: skip

        call(self, self.database, work)
        self.changed.emit()

    def add_guest(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, name, position = self.meeting_id, self.guest_name.text(), self.guest_position.text()
        if call(self, self.database, lambda s: attendance.add_guest(s, meeting_id, name, position)):
            self.guest_name.clear()
            self.guest_position.clear()
        self.changed.emit()

    def remove_guest(self) -> None:
        r = self.table.currentRow()
        if self.meeting_id is None or r < 0:
            return
        meeting_id, attendance_id = self.meeting_id, self.rows[r].id
        call(self, self.database, lambda s: attendance.remove_guest(s, meeting_id, attendance_id))
        self.changed.emit()
