"""One meeting: header and status, details, agenda tree and item, attendance, minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from database.enums import MeetingStatus
from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.common import number_in_language
from desktop.meetings.detail import ItemView, MeetingDetail
from desktop.meetings.locks import lock_summary
from desktop.meetings.meeting import DEFAULT_START, default_end_time
from desktop.meetings.ops import MeetingEdit
from desktop.operations import Changes, Outcome
from desktop.thai import screen_date
from ui.meetings.agenda_tree import AgendaTree
from ui.meetings.attendance import AttendancePanel
from ui.meetings.base import MEETING_TABLES, read
from ui.meetings.item_panel import ItemPanel
from ui.meetings.minutes import MinutesPanel
from ui.meetings.printing import PrintBar
from ui.meetings.roster import from_qdate, to_qdate, with_thai_date
from ui.messages import current_language
from ui.operations import change_hub, run_op
from ui.widgets.be_date import BEDateEdit
from ui.widgets.scroll import scrolled
from ui.workers import Operation


def _qtime(value: dt.time | None) -> QTime:
    value = value or DEFAULT_START
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class MeetingEditor(QWidget):
    changed = Signal()  # number, date or status changed: the list refreshes

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.detail: MeetingDetail | None = None
        self.operation: Operation | None = None
        self.stale = False  # changed while hidden
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose a meeting from the list, or create one."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f3a5f;")
        layout.addWidget(self.heading)
        status = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-weight: bold;")
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet("color: #5a5a5a;")
        status.addWidget(self.status_label)
        status.addWidget(self.lock_label, 1)
        layout.addLayout(status)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Agenda sent"))
        self.draft_button = QPushButton(self.tr("Back to draft"))
        self.held_button = QPushButton(self.tr("Meeting held"))
        for button, step in (
            (self.send_button, ops.send_agenda),
            (self.draft_button, ops.return_to_draft),
            (self.held_button, ops.mark_held),
        ):
            button.clicked.connect(lambda _=False, step=step: self.change_status(step))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.printing = PrintBar(database)
        layout.addWidget(self.printing)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(scrolled(self.build_details()), self.tr("Details"))
        agenda_tab = QWidget()
        agenda_layout = QHBoxLayout(agenda_tab)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = AgendaTree()
        self.tree.moved.connect(self.move_item)
        self.tree.item_selected.connect(self.select_item)
        left_layout.addWidget(self.tree, 1)
        tree_buttons = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Title of the new item"))
        left_layout.addWidget(self.new_title)
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.add_item_button.setToolTip(self.tr("Adds the item at the end of the selected section"))
        self.add_item_button.clicked.connect(self.add_item)
        self.add_section_button = QPushButton(self.tr("Add section"))
        self.add_section_button.clicked.connect(self.add_section)
        self.remove_item_button = QPushButton(self.tr("Remove"))
        self.remove_item_button.clicked.connect(self.remove_item)
        for button in (self.add_item_button, self.add_section_button, self.remove_item_button):
            tree_buttons.addWidget(button)
        left_layout.addLayout(tree_buttons)
        splitter.addWidget(left)
        self.item_panel = ItemPanel(database)
        splitter.addWidget(self.item_panel)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 560])
        agenda_layout.addWidget(splitter)
        self.tabs.addTab(scrolled(agenda_tab), self.tr("Agenda"))
        self.attendance = AttendancePanel(database)
        self.tabs.addTab(scrolled(self.attendance), self.tr("Attendance"))
        self.minutes = MinutesPanel(database)
        self.tabs.addTab(scrolled(self.minutes), self.tr("Minutes and resolutions"))
        self.setEnabled(False)
        # Every change to what this meeting shows (made here, at another page, or chosen in
        # the conflict dialog) reloads it from the database.
        change_hub().changed.connect(self.changed_elsewhere)

    def build_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the details at the top, not spread over a tall tab
        self.held_on = BEDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d MMM yyyy")
        self.start_time = QTimeEdit()
        self.has_end = QCheckBox(self.tr("ended at"))
        self.end_time = QTimeEdit()
        # Until the clerk ticks "ended at", the end offered follows the start (never before it).
        self.start_time.timeChanged.connect(self._offer_end)
        self.has_end.toggled.connect(self._end_toggled)
        times = QHBoxLayout()
        for widget in (self.start_time, self.has_end, self.end_time):
            times.addWidget(widget)
        times.addStretch(1)
        self.venue = QLineEdit()
        self.people: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        form.addRow(self.tr("Date"), with_thai_date(self.held_on))
        form.addRow(self.tr("Starts at"), times)
        form.addRow(self.tr("Venue"), self.venue)
        for key, label in (
            ("chair", self.tr("Chair")),
            ("minute_taker", self.tr("Minute-taker")),
            ("checker", self.tr("Checked by")),
        ):
            name, position = QLineEdit(), QLineEdit()
            position.setPlaceholderText(self.tr("Position"))
            row = QHBoxLayout()
            row.addWidget(name)
            row.addWidget(position)
            form.addRow(label, row)
            self.people[key] = (name, position)
        self.opening = QPlainTextEdit()
        self.opening.setMaximumHeight(90)
        form.addRow(self.tr("Opening"), self.opening)
        self.save_details_button = QPushButton(self.tr("Save details"))
        self.save_details_button.clicked.connect(self.save_details)
        form.addRow("", self.save_details_button)
        return page

    # --- loading ---------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> None:
        self.detail = None
        self.load(meeting_id)

    def load(self, meeting_id: int, item_id: int | None = None) -> None:
        database = self.database
        detail = read(self, lambda: ops.detail(database, meeting_id))
        if detail is None:
            return
        self.detail = detail
        self.setEnabled(True)
        d = detail
        self.heading.setText(
            f"{d.committee_short_name or d.committee_name}  "
            + self.tr("Meeting no. %1").replace("%1", number_in_language(d.number, current_language()))
            + f"  {screen_date(d.held_on, current_language())}"
        )
        self.status_label.setText(self.tr("Status:"))
        text = d.lock_sentence if current_language() == "th" else lock_summary(d.status, "en")
        if d.adopted_in:
            text += " " + self.tr("(adopted at meeting %1)").replace(
                "%1", number_in_language(d.adopted_in, current_language())
            )
        self.lock_label.setText(text)
        self.send_button.setEnabled(d.status == MeetingStatus.DRAFT)
        self.draft_button.setEnabled(d.status == MeetingStatus.AGENDA_SENT)
        self.held_button.setEnabled(d.status in (MeetingStatus.DRAFT, MeetingStatus.AGENDA_SENT))
        self.printing.set_meeting(d.id, d.number)
        self.show_details(d)
        self.tree.populate(d.items, item_id if item_id is not None else self.tree.current_id())
        for widget in (self.add_section_button, self.remove_item_button, self.new_title):
            widget.setEnabled(d.can["agenda"])
        self.add_item_button.setEnabled(d.can["agenda_add"])
        self.tree.setDragEnabled(d.can["agenda"])
        self.select_item(self.tree.current_id())
        self.attendance.show_rows(d.id, d.attendance, d.quorum, d.can["attendance"])
        chosen = self.minutes.current_item()
        self.minutes.show_detail(d, chosen.id if chosen else None)

    def show_details(self, d: MeetingDetail) -> None:
        self.held_on.setDate(to_qdate(d.held_on))
        self.start_time.setTime(_qtime(d.start_time))
        self.has_end.setChecked(d.end_time is not None)
        self.end_time.setTime(_qtime(d.end_time or default_end_time(d.start_time)))
        self.venue.setText(d.venue)
        for key, (name, position) in self.people.items():
            value = getattr(d, key)
            name.setText(value[0])
            position.setText(value[1])
        self.opening.setPlainText(d.opening_text)
        editable = d.can["header"]
        people = [w for pair in self.people.values() for w in pair]
        widgets: list[QWidget] = [self.start_time, self.has_end, self.end_time, self.venue, self.opening]
        for widget in [*widgets, self.save_details_button, *people]:
            widget.setEnabled(editable)
        self.end_time.setEnabled(editable and self.has_end.isChecked())
        self.held_on.setEnabled(d.status == MeetingStatus.DRAFT)

    def _offer_end(self, start: QTime) -> None:
        if not self.has_end.isChecked():
            self.end_time.setTime(_qtime(default_end_time(_time(start))))

    def _end_toggled(self, checked: bool) -> None:
        if checked and self.end_time.time() <= self.start_time.time():
            self._offer_end(self.start_time.time())
        self.end_time.setEnabled(checked and self.has_end.isEnabled())

    def reload(self) -> None:
        self.stale = False
        if self.detail is not None:
            self.load(self.detail.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload_all()

    def reload_all(self) -> None:
        self.reload()
        self.changed.emit()

    def changed_elsewhere(self, changes: Changes) -> None:
        if self.detail is None or not changes.touches(*MEETING_TABLES):
            return
        if not self.isVisible():  # another page, or a window being closed: reload when shown
            self.stale = True
            return
        if changes.touches("meeting"):
            self.reload_all()  # number, date or status may have changed: the list too
        else:
            self.reload()

    def item_view(self, item_id: int | None) -> ItemView | None:
        if self.detail is None or item_id is None:
            return None
        return next((i for i in self.detail.items if i.id == item_id), None)

    def select_item(self, item_id: object) -> None:
        item = self.item_view(item_id if isinstance(item_id, int) else None)
        self.item_panel.show_item(item, bool(self.detail and self.detail.can["agenda"]))

    # --- actions ---------------------------------------------------------------------------

    def run(self, op: Callable[[], Outcome[Any]], on_success: Callable[[Any], None] | None = None) -> None:
        """Run an operation of this meeting; the page reloads from the change hub."""
        self.operation = run_op(self, op, on_success)

    def change_status(self, step: Callable[[Database, int], Outcome[None]]) -> None:
        if self.detail is None:
            return
        database, meeting_id = self.database, self.detail.id
        self.run(lambda: step(database, meeting_id))

    def details_changes(self) -> dict[str, Any]:
        """The details the clerk changed since the meeting was loaded: only these are saved,
        so a field another clerk changed meanwhile is never overwritten with an old value."""
        d = self.detail
        if d is None:
            return {}
        form = {
            "held_on": from_qdate(self.held_on.date()),
            "start_time": _time(self.start_time.time()),
            "end_time": _time(self.end_time.time()) if self.has_end.isChecked() else None,
            "venue": self.venue.text(),
            "opening_text": self.opening.toPlainText(),
        }
        loaded: dict[str, Any] = {
            "held_on": d.held_on, "start_time": d.start_time, "end_time": d.end_time,
            "venue": d.venue, "opening_text": d.opening_text,
        }  # fmt: skip
        for key, (name, position) in self.people.items():
            form[f"{key}_name"], form[f"{key}_position"] = name.text(), position.text()
            loaded[f"{key}_name"], loaded[f"{key}_position"] = getattr(d, key)
        return {name: value for name, value in form.items() if value != loaded[name]}

    def save_details(self) -> None:
        if self.detail is None:
            return
        changes = self.details_changes()
        if changes:
            self.save_details_as(changes, self.detail.version)

    def save_details_as(self, changes: dict[str, Any], version: int) -> None:
        if self.detail is None:
            return
        edit, database = MeetingEdit(self.detail.id, version, changes), self.database
        self.operation = run_op(
            self, lambda: ops.update_meeting(database, edit), on_conflict=self.save_details_as
        )

    def move_item(self, item_id: int, parent_id: object, index: int) -> None:
        parent = parent_id if isinstance(parent_id, int) else None
        database = self.database

        # The tree is inside its own drop handler: change and rebuild it once that has
        # returned (unless the editor is gone by then: self as the context drops the call).
        def moved(_: None) -> None:
            if self.detail is not None:
                self.load(self.detail.id, item_id)

        QTimer.singleShot(
            0, self, lambda: self.run(lambda: ops.move_item(database, item_id, parent, index), moved)
        )

    def add_item(self) -> None:
        section = self.tree.current_section_id()
        title, database = self.new_title.text(), self.database
        if section is None:
            return
        self.run(lambda: ops.add_item(database, section, title), self.item_added)

    def add_section(self) -> None:
        if self.detail is None:
            return
        meeting_id, title, database = self.detail.id, self.new_title.text(), self.database
        self.run(lambda: ops.add_section(database, meeting_id, title), self.item_added)

    def item_added(self, new_id: int) -> None:
        self.new_title.clear()
        if self.detail is not None:
            self.load(self.detail.id, new_id)

    def remove_item(self) -> None:
        item_id, database = self.tree.current_id(), self.database
        if item_id is not None and self.detail is not None:
            self.run(lambda: ops.remove_item(database, item_id))
