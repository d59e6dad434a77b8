"""The circular's form (หนังสือจากจังหวัด): register one, or edit it with several deadlines and
the households it concerns. An edit sends the version it loaded and only what changed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from database.enums import DeliverableKind
from desktop.db import Database
from desktop.submissions import ops
from desktop.submissions.circulars import (
    DELIVERABLE_EN,
    DELIVERABLE_TH,
    CircularDetail,
    CircularInput,
    DeadlineChange,
    DeadlineInput,
    DeadlineRow,
    HouseholdChoice,
)
from ui.casework.nominate import HouseholdPicker
from ui.messages import current_language
from ui.widgets.be_date import BEDateEdit
from ui.widgets.dialog import Dialog


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DeadlineLine(QWidget):
    """One deadline of the form: date, what is due, a note, and a remove button."""

    def __init__(self, row: DeadlineRow | None, due_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadline_id = row.id if row else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.due_on = BEDateEdit(_qdate(row.due_on if row else due_on))
        self.due_on.setCalendarPopup(True)
        self.deliverable = QComboBox()
        for kind in DeliverableKind:
            self.deliverable.addItem(
                DELIVERABLE_TH[kind] if current_language() == "th" else DELIVERABLE_EN[kind], kind
            )
        if row is not None:
            self.deliverable.setCurrentIndex(self.deliverable.findData(row.deliverable))
        self.description = QLineEdit(row.description if row else "")
        self.description.setPlaceholderText(self.tr("What is due"))
        self.remove = QPushButton(self.tr("Remove"))
        layout.addWidget(self.due_on)
        layout.addWidget(self.deliverable)
        layout.addWidget(self.description, 1)
        layout.addWidget(self.remove)
        if row is not None and row.delivered_on is not None:
            # a delivered deadline is the record of what was sent: shown, never changed
            for widget in (self.due_on, self.deliverable, self.description, self.remove):
                widget.setEnabled(False)
            self.remove.setText(self.tr("Sent"))

    def change(self) -> DeadlineChange:
        return DeadlineChange(
            self.deadline_id,
            _date(self.due_on.date()),
            self.deliverable.currentData(),
            self.description.text().strip(),
        )


class CircularDialog(Dialog):
    """Register a circular (detail None) or edit one, with its deadlines and households."""

    def __init__(
        self, database: Database, detail: CircularDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.detail = detail
        self.setWindowTitle(self.tr("Register a circular") if detail is None else self.tr("Edit circular"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        layout.addLayout(form)
        self.reference = QLineEdit(detail.reference if detail else "")
        self.reference.setObjectName("circular_reference")
        self.dated = BEDateEdit(_qdate(detail.dated) if detail else QDate.currentDate())
        self.dated.setCalendarPopup(True)
        self.sender_name = QLineEdit(detail.sender if detail else "")
        self.subject = QPlainTextEdit(detail.subject if detail else "")
        self.subject.setFixedHeight(60)
        self.full_ids = QCheckBox(self.tr("The province asks for full national ID numbers"))
        self.full_ids.setChecked(bool(detail and detail.requires_full_ids))
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("(no meeting)"), None)
        for meeting_id, text in ops.meeting_choices(database, current_language()):
            self.meeting.addItem(text, meeting_id)
        if detail is not None and detail.meeting_id is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(detail.meeting_id)))
        form.addRow(self.tr("Number (ที่)"), self.reference)
        form.addRow(self.tr("Dated"), self.dated)
        form.addRow(self.tr("From"), self.sender_name)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow("", self.full_ids)
        form.addRow(self.tr("Concerns meeting"), self.meeting)

        deadlines_box = QGroupBox(self.tr("Deadlines"))
        deadlines_layout = QVBoxLayout(deadlines_box)
        self.deadline_rows = QVBoxLayout()
        deadlines_layout.addLayout(self.deadline_rows)
        self.add_deadline_button = QPushButton(self.tr("Add a deadline"))
        self.add_deadline_button.clicked.connect(lambda _=False: self.add_deadline())
        deadlines_layout.addWidget(self.add_deadline_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(deadlines_box)
        self.deadline_lines: list[DeadlineLine] = []
        if detail is None:
            self.add_deadline()
        else:
            for row in detail.deadlines:
                self.add_deadline(row)

        households_box = QGroupBox(self.tr("Households this circular concerns"))
        households_layout = QVBoxLayout(households_box)
        # The register's one household search (the picker the programmes use), not a second one.
        self.choose_button = QPushButton(self.tr("Choose households…"))
        self.choose_button.clicked.connect(lambda _=False: self.open_picker())
        households_layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.picker: HouseholdPicker | None = None
        households_layout.addWidget(QLabel(self.tr("Linked households")))
        self.linked = QListWidget()
        self.linked.setObjectName("circular_linked")
        self.linked.setMinimumHeight(110)  # the form's free room goes to this list
        households_layout.addWidget(self.linked, 1)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.clicked.connect(lambda _=False: self.unlink_selected())
        households_layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(households_box, 1)
        for household in detail.households if detail else []:
            self._add_item(self.linked, household)

        self.error = QLabel()
        self.error.setObjectName("circular_error")
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(760, 760)  # fit_to_screen takes a shorter screen's height; the list gives it up

    # deadlines
    def add_deadline(self, row: DeadlineRow | None = None) -> DeadlineLine:
        line = DeadlineLine(row, dt.date.today() + dt.timedelta(days=7))
        line.remove.clicked.connect(lambda _=False: self.remove_deadline(line))
        self.deadline_rows.addWidget(line)
        self.deadline_lines.append(line)
        return line

    def remove_deadline(self, line: DeadlineLine) -> None:
        self.deadline_lines.remove(line)
        self.deadline_rows.removeWidget(line)
        line.deleteLater()

    # households
    @staticmethod
    def _add_item(widget: QListWidget, household: HouseholdChoice) -> None:
        item = QListWidgetItem(household.label)
        item.setData(Qt.ItemDataRole.UserRole, household.id)
        widget.addItem(item)

    def open_picker(self) -> HouseholdPicker:
        picker = HouseholdPicker(self.database, self)
        picker.accepted.connect(lambda: self.link([row.id for row in picker.chosen]))
        picker.open()
        self.picker = picker
        return picker

    def linked_ids(self) -> list[int]:
        return [int(self.linked.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.linked.count())]

    def link(self, household_ids: list[int]) -> None:
        """Add the chosen households to the linked list (one already there is left alone)."""
        linked = set(self.linked_ids())
        wanted = [i for i in household_ids if i not in linked]
        for household in ops.household_choices(self.database, wanted) if wanted else []:
            self._add_item(self.linked, household)

    def unlink_selected(self) -> None:
        row = self.linked.currentRow()
        if row >= 0:
            self.linked.takeItem(row)

    # what the form sends
    def values(self) -> dict[str, Any]:
        return {
            "reference": self.reference.text().strip(),
            "dated": _date(self.dated.date()),
            "sender": self.sender_name.text().strip(),
            "subject": self.subject.toPlainText().strip(),
            "requires_full_ids": self.full_ids.isChecked(),
            "meeting_id": self.meeting.currentData(),
        }

    def data(self) -> CircularInput:
        """A new circular."""
        values = self.values()
        return CircularInput(
            received_on=dt.date.today(),
            household_ids=self.linked_ids(),
            deadlines=[
                DeadlineInput(c.due_on, c.deliverable, c.description)
                for c in (line.change() for line in self.deadline_lines)
            ],
            **values,
        )

    def edit(self, version: int | None = None) -> ops.CircularEdit:
        """The loaded circular's edit: only the fields, deadlines and households changed."""
        detail = self.detail
        assert detail is not None
        loaded = {
            "reference": detail.reference,
            "dated": detail.dated,
            "sender": detail.sender,
            "subject": detail.subject,
            "requires_full_ids": detail.requires_full_ids,
            "meeting_id": detail.meeting_id,
        }
        changes = {k: v for k, v in self.values().items() if loaded[k] != v}
        rows = tuple(line.change() for line in self.deadline_lines)
        before = tuple(DeadlineChange(d.id, d.due_on, d.deliverable, d.description) for d in detail.deadlines)
        ids = self.linked_ids()
        return ops.CircularEdit(
            detail.id,
            detail.version if version is None else version,
            changes,
            deadlines=None if rows == before else rows,
            household_ids=None if sorted(ids) == sorted(h.id for h in detail.households) else tuple(ids),
        )
