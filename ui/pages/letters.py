"""หนังสือและกำหนดส่ง: circulars from the province with their deadlines, what is due or
overdue, and the outgoing letter register (ทะเบียนหนังสือส่ง)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.operations import Changes
from desktop.settings import Settings
from desktop.submissions import ops
from desktop.submissions.circulars import (
    DELIVERABLE_EN,
    DELIVERABLE_TH,
    CircularInput,
    CircularRow,
    DueList,
)
from desktop.submissions.letters import LetterRow
from desktop.thai import screen_date
from ui.dialogs.circular import CircularDialog
from ui.dialogs.cover_letter import CoverLetterPreviewDialog, open_cover_letter
from ui.dialogs.void_letter import VoidLetterDialog
from ui.messages import current_language
from ui.operations import change_hub, run_op
from ui.pages.base import Page
from ui.pages.tables import RowsTable
from ui.widgets.be_date import BEDateEdit
from ui.widgets.combo import up_to
from ui.widgets.dialog import Dialog
from ui.workers import Operation


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def meeting_choices(database: Database) -> list[tuple[int, str]]:
    return ops.meeting_choices(database, current_language())


def due_lines(due: DueList, lang: str) -> list[tuple[str, bool]]:
    lines = []
    for item in due.overdue + due.due_soon:
        if lang == "th":
            lines.append((item.sentence_th(thai_digits=False), item.overdue))  # screen digits
        else:
            state = f"{-item.days_left} days overdue" if item.overdue else f"in {item.days_left} days"
            due_on = screen_date(item.due_on, "en")
            what = DELIVERABLE_EN[item.deliverable]
            lines.append((f"{what} for {item.reference}, due {due_on} ({state})", item.overdue))
    return lines


class LetterDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a letter number"))
        form = QFormLayout(self)
        self.subject = QLineEdit()
        self.recipient = QLineEdit()
        self.dated = BEDateEdit(QDate.currentDate())
        self.dated.setCalendarPopup(True)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("To"), self.recipient)
        form.addRow(self.tr("Dated"), self.dated)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class LettersPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        self.operation: Operation | None = None
        self.last_number: str | None = None  # the letter number taken last
        self.stale = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.title()))
        due_box = QGroupBox(self.tr("Due in the next 14 days and overdue"))
        due_layout = QVBoxLayout(due_box)
        self.due_label = QLabel()
        self.due_label.setObjectName("due_list")
        self.due_label.setWordWrap(True)
        due_layout.addWidget(self.due_label)
        layout.addWidget(due_box)
        self.status = QLabel()
        self.status.setObjectName("letters_status")
        self.status.setWordWrap(True)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)

        circulars = QWidget()
        circulars_layout = QVBoxLayout(circulars)
        buttons = QHBoxLayout()
        self.register_button = QPushButton(self.tr("Register a circular…"))
        self.register_button.clicked.connect(lambda _=False: self.open_circular_dialog())
        buttons.addWidget(self.register_button)
        self.edit_button = QPushButton(self.tr("Edit circular…"))
        self.edit_button.setObjectName("edit_circular")
        self.edit_button.clicked.connect(lambda _=False: self.open_edit_dialog())
        buttons.addWidget(self.edit_button)
        self.close_button = QPushButton(self.tr("Close circular"))
        self.close_button.setObjectName("close_circular")
        self.close_button.clicked.connect(lambda _=False: self.toggle_closed())
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        circulars_layout.addLayout(buttons)
        self.circulars = RowsTable(
            [
                self.tr("Number"),
                self.tr("Dated"),
                self.tr("From"),
                self.tr("Subject"),
                self.tr("Deadline"),
                self.tr("Deliver"),
                self.tr("Status"),
            ],
            stretch=3,  # the subject
        )
        self.circulars.setObjectName("circulars_table")
        self.circular_rows: list[CircularRow] = []
        self.circulars.itemSelectionChanged.connect(self._circular_selected)
        self.circulars.itemDoubleClicked.connect(lambda _item: self.open_edit_dialog())
        # the selected circular's deadlines and households, below the table (a splitter, so
        # that the page fits a 1366x768 screen whatever the clerk drags)
        self.circular_detail = QLabel()
        self.circular_detail.setObjectName("circular_detail")
        self.circular_detail.setWordWrap(True)
        self.circular_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.circular_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.circular_detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.circulars)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 180])  # proportions: the detail gets room for a few households
        circulars_layout.addWidget(splitter)
        tabs.addTab(circulars, self.tr("Circulars from the province"))

        letters = QWidget()
        letters_layout = QVBoxLayout(letters)
        letter_buttons = QHBoxLayout()
        self.number_button = QPushButton(self.tr("Take the next letter number…"))
        self.number_button.clicked.connect(self.open_letter_dialog)
        letter_buttons.addWidget(self.number_button)
        self.void_button = QPushButton(self.tr("Void number…"))
        self.void_button.setObjectName("void_letter")
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.open_void_dialog)
        letter_buttons.addWidget(self.void_button)
        letter_buttons.addStretch(1)
        # the cover letter of a meeting's minutes, alone: previewed, then saved or printed
        self.cover_meeting = up_to(QComboBox(), 420, characters=20)  # a meeting's name is whole
        self.cover_meeting.setObjectName("cover_meeting")
        letter_buttons.addWidget(self.cover_meeting)
        self.cover_button = QPushButton(self.tr("Cover letter…"))
        self.cover_button.clicked.connect(lambda _=False: self.preview_cover())
        letter_buttons.addWidget(self.cover_button)
        letters_layout.addLayout(letter_buttons)
        self.letters = RowsTable(
            [self.tr("Number"), self.tr("Dated"), self.tr("To"), self.tr("Subject"), self.tr("Status")],
            stretch=3,  # the subject
        )
        self.letters.setObjectName("letters_table")
        self.letter_rows: list[LetterRow] = []
        self.letters.itemSelectionChanged.connect(self._letter_selected)
        letters_layout.addWidget(self.letters)
        tabs.addTab(letters, self.tr("Outgoing letter register"))
        self.tabs = tabs
        change_hub().changed.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, changes: Changes) -> None:
        # a cover letter numbered from a meeting's print row or a preview shows in the register
        if not self._loaded or not changes.touches("outgoing_letter", "circular", "deadline"):
            return
        if self.isVisible():
            self.refresh()
        else:  # another page, or a window being closed: read again when shown
            self.stale = True

    def activate(self) -> None:
        super().activate()
        if self.stale:
            self.refresh()

    def load(self) -> None:
        self.cover_meeting.clear()
        for meeting_id, text in meeting_choices(self.database):
            self.cover_meeting.addItem(text, meeting_id)
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        lang = current_language()
        due = ops.due_and_overdue(self.database, dt.date.today())
        circulars = ops.list_circulars(self.database)
        letters = ops.list_letters(self.database)
        lines = due_lines(due, lang)
        if lines:
            self.due_label.setText(
                "<br>".join(
                    f"<span style='color:#b00020'>● {text}</span>" if late else f"● {text}"
                    for text, late in lines
                )
            )
        else:
            self.due_label.setText(self.tr("Nothing is due in the next 14 days."))
        rows, late = [], []
        self.circular_rows = circulars
        for circular in circulars:
            pending = [d for d in circular.deadlines if d.delivered_on is None]
            candidates = pending or circular.deadlines
            deadline = candidates[0] if candidates else None
            if circular.closed_on is not None:
                state = self.tr("Closed")
            elif deadline is None:
                state = ""
            elif circular.delivered:
                state = self.tr("Delivered")
            elif deadline.due_on < dt.date.today():
                state = self.tr("Overdue")
            else:
                state = self.tr("Not yet sent")
            rows.append(
                [
                    circular.reference,
                    screen_date(circular.dated, lang),
                    circular.sender,
                    circular.subject,
                    screen_date(deadline.due_on, lang) if deadline else "",
                    (DELIVERABLE_TH if lang == "th" else DELIVERABLE_EN)[deadline.deliverable]
                    if deadline
                    else "",
                    state,
                ]
            )
            late.append(state == self.tr("Overdue"))
        selected = self.selected_circular()
        self.circulars.fill(rows, late)
        if selected is not None:  # the same circular stays selected after a save
            for row, circular in enumerate(circulars):
                if circular.id == selected.id:
                    self.circulars.selectRow(row)
        self._circular_selected()
        self.letter_rows = letters
        self.letters.fill(
            [
                [
                    letter.number,
                    screen_date(letter.dated, current_language()),
                    letter.recipient,
                    letter.subject,
                    self.letter_state(letter),
                ]
                for letter in letters
            ],
            [letter.cancelled for letter in letters],
        )
        self._letter_selected()

    def letter_state(self, letter: LetterRow) -> str:
        if letter.cancelled:
            if letter.cancel_reason:
                return self.tr("Voided: %1").replace("%1", letter.cancel_reason)
            return self.tr("Voided")
        return self.tr("Sent") if letter.sent else self.tr("Numbered")

    def selected_letter(self) -> LetterRow | None:
        row = self.letters.currentRow()
        selected = self.letters.selectionModel().hasSelection()
        return self.letter_rows[row] if selected and 0 <= row < len(self.letter_rows) else None

    def _letter_selected(self) -> None:
        letter = self.selected_letter()
        self.void_button.setEnabled(letter is not None and not letter.cancelled and not letter.sent)

    def open_void_dialog(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        dialog = VoidLetterDialog(letter.number, letter.subject, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.void_letter(letter, dialog.reason.text())

    def void_letter(self, letter: LetterRow, reason: str, version: int | None = None) -> None:
        database = self.database
        data = ops.LetterVoid(letter.id, letter.version if version is None else version, reason)

        def again(values: dict[str, Any], stored: int) -> None:
            self.void_letter(letter, str(values.get("cancel_reason", reason)), stored)

        self.operation = run_op(
            self,
            lambda: ops.void_letter(database, data),
            self._voided,
            on_refusal=self._refused,
            on_conflict=again,
        )

    def _voided(self, number: str) -> None:
        text = self.tr("Letter number %1 voided; it will not be used again.")
        self.status.setText(text.replace("%1", number))
        self.refresh()

    def preview_cover(self, show: bool = True) -> CoverLetterPreviewDialog | None:
        meeting_id = self.cover_meeting.currentData()
        if meeting_id is None:
            self.status.setText(self.tr("Choose a meeting first."))
            return None
        return open_cover_letter(self, self.database, int(meeting_id), str(meeting_id), show)

    # circulars
    def selected_circular(self) -> CircularRow | None:
        row = self.circulars.currentRow()
        selected = self.circulars.selectionModel().hasSelection()
        return self.circular_rows[row] if selected and 0 <= row < len(self.circular_rows) else None

    def _circular_selected(self) -> None:
        circular = self.selected_circular()
        self.edit_button.setEnabled(circular is not None)
        self.close_button.setEnabled(circular is not None)
        if circular is None:
            self.close_button.setText(self.tr("Close circular"))
            self.circular_detail.setText(self.tr("Select a circular to see its deadlines and households."))
            return
        closed = circular.closed_on is not None
        self.close_button.setText(self.tr("Reopen circular") if closed else self.tr("Close circular"))
        detail = ops.circular_detail(self.database, circular.id)
        lang = current_language()
        labels = DELIVERABLE_TH if lang == "th" else DELIVERABLE_EN
        lines = [f"<b>{escape(detail.reference)}</b> {escape(detail.subject)}"]
        if detail.closed_on is not None:
            lines.append(self.tr("Closed on %1").replace("%1", screen_date(detail.closed_on, lang)))
        deadlines_heading = self.tr("Deadlines")
        delivered = self.tr("Delivered")
        households_heading = self.tr("Linked households (%1)").replace("%1", str(len(detail.households)))
        lines.append(f"<b>{deadlines_heading}</b>")
        for d in detail.deadlines:
            sent = f" — {delivered}" if d.delivered_on else ""
            note = f": {escape(d.description)}" if d.description else ""
            lines.append(f"● {screen_date(d.due_on, lang)} {labels[d.deliverable]}{note}{sent}")
        lines.append(f"<b>{households_heading}</b>")
        lines += [f"● {escape(h.label)}" for h in detail.households]
        self.circular_detail.setText("<br>".join(lines))

    def open_circular_dialog(self) -> CircularDialog:
        """The register form, window-modal; OK saves and closes it only when the save went through."""
        dialog = CircularDialog(self.database, None, self)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self.save_circular(dialog.data(), dialog))
        dialog.open()
        return dialog

    def save_circular(self, data: CircularInput, dialog: CircularDialog | None = None) -> None:
        database = self.database

        def saved(_id: int) -> None:
            if dialog is not None:
                dialog.accept()
            self._circular_saved(data.reference)

        self.operation = run_op(
            self,
            lambda: ops.register_circular(database, data),
            saved,
            on_refusal=lambda error: self._refused(error, dialog),
        )

    def _circular_saved(self, reference: str) -> None:
        self.status.setText(self.tr("Circular %1 registered.").replace("%1", reference))
        self.refresh()

    def open_edit_dialog(self) -> CircularDialog | None:
        circular = self.selected_circular()
        if circular is None:
            return None
        dialog = CircularDialog(self.database, ops.circular_detail(self.database, circular.id), self)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self.save_edit(dialog.edit(), dialog))
        dialog.open()
        return dialog

    def save_edit(self, edit: ops.CircularEdit, dialog: CircularDialog | None = None) -> None:
        database = self.database

        def saved(reference: str) -> None:
            if dialog is not None:
                dialog.accept()
            self.status.setText(self.tr("Circular %1 saved.").replace("%1", reference))
            self.refresh()

        def again(values: dict[str, Any], stored: int) -> None:
            self.save_edit(replace(edit, version=stored, changes={**edit.changes, **values}), dialog)

        self.operation = run_op(
            self,
            lambda: ops.update_circular(database, edit),
            saved,
            on_refusal=lambda error: self._refused(error, dialog),
            on_conflict=again,
        )

    def toggle_closed(self, version: int | None = None) -> None:
        circular = self.selected_circular()
        if circular is None:
            return
        database = self.database
        closing = circular.closed_on is None
        data = ops.CircularClose(
            circular.id, circular.version if version is None else version, closing, dt.date.today()
        )

        def done(reference: str) -> None:
            text = self.tr("Circular %1 closed.") if closing else self.tr("Circular %1 reopened.")
            self.status.setText(text.replace("%1", reference))
            self.refresh()

        self.operation = run_op(
            self,
            lambda: ops.close_circular(database, data),
            done,
            on_refusal=self._refused,
            on_conflict=lambda _values, stored: self.toggle_closed(stored),
        )

    def _refused(self, error: UserError, dialog: CircularDialog | None = None) -> None:
        if dialog is not None and dialog.isVisible():
            dialog.error.setText(error.message(current_language()))
        self.status.setText(error.message(current_language()))

    def open_letter_dialog(self) -> None:
        dialog = LetterDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.take_number(dialog.subject.text(), dialog.recipient.text(), _date(dialog.dated.date()))

    def take_number(self, subject: str, recipient: str, dated: dt.date) -> None:
        database = self.database
        self.operation = run_op(
            self,
            lambda: ops.take_letter_number(database, dated, subject, recipient),
            self._number_taken,
            on_refusal=self._refused,
        )

    def _number_taken(self, number: str) -> None:
        self.last_number = number
        self.status.setText(self.tr("Letter number %1 taken.").replace("%1", number))
        self.refresh()


class DueReminder(Dialog):
    """Shown at start-up when something is due within 14 days or overdue."""

    def __init__(self, due: DueList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deadlines"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Submissions to the province that are due soon or overdue:"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.text = QLabel(
            "<br>".join(
                f"<span style='color:#b00020'>● {text}</span>" if late else f"● {text}"
                for text, late in due_lines(due, current_language())
            )
        )
        self.text.setObjectName("due_reminder_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 200)


def show_due_reminder(
    parent: QWidget, database: Database, today: dt.date | None = None
) -> DueReminder | None:
    """The start-up reminder; returns the (non-modal) dialog, or None when nothing is due."""
    due = ops.due_and_overdue(database, today or dt.date.today())
    if due.empty:
        return None
    dialog = DueReminder(due, parent)
    dialog.show()
    return dialog
