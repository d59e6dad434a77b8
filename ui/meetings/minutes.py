"""The minutes: per item what was said and the resolutions; adoption of the previous minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from database.enums import MeetingStatus
from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.common import number_in_language
from desktop.meetings.detail import ItemView, MeetingDetail
from desktop.meetings.labels import status_text
from desktop.meetings.ops import ItemEdit
from ui.meetings.resolution_panel import ResolutionPanel
from ui.messages import current_language
from ui.operations import run_op
from ui.workers import Operation


class MinutesPanel(QWidget):
    """Its changes reload the meeting through the change hub (ui/meetings/editor.py)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.detail: MeetingDetail | None = None
        layout = QVBoxLayout(self)
        adoption = QHBoxLayout()
        self.previous_label = QLabel()
        self.corrections = QLineEdit()
        self.corrections.setMinimumWidth(120)
        self.corrections.setPlaceholderText(self.tr("Corrections to the previous minutes (if any)"))
        self.adopt_button = QPushButton(self.tr("Adopt previous minutes"))
        self.adopt_button.clicked.connect(self.adopt)
        adoption.addWidget(self.previous_label)
        adoption.addWidget(self.corrections, 1)
        adoption.addWidget(self.adopt_button)
        layout.addLayout(adoption)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setMinimumWidth(180)
        self.items.currentRowChanged.connect(self.show_item)
        splitter.addWidget(self.items)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(self.item_title)
        self.discussion = QPlainTextEdit()
        self.discussion.setPlaceholderText(self.tr("What was said (pre-filled from the agenda)"))
        right_layout.addWidget(self.discussion, 3)
        self.save_button = QPushButton(self.tr("Save minutes text"))
        self.save_button.clicked.connect(self.save)
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QGroupBox(self.tr("Resolutions"))
        box_layout = QVBoxLayout(box)
        self.resolutions = ResolutionPanel(database)
        box_layout.addWidget(self.resolutions)
        right_layout.addWidget(box, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        layout.addWidget(splitter, 1)

    def item_views(self) -> list[ItemView]:
        return [i for i in self.detail.items if i.parent_id is not None] if self.detail else []

    def show_detail(self, detail: MeetingDetail, select_id: int | None = None) -> None:
        self.detail = detail
        if detail.previous_meeting_id is None:
            self.previous_label.setText(self.tr("No previous meeting"))
        else:
            status = status_text(detail.previous_status, current_language()) if detail.previous_status else ""
            self.previous_label.setText(
                self.tr("Minutes of meeting %1: %2")
                .replace("%1", number_in_language(detail.previous_number, current_language()))
                .replace("%2", status)
            )
        can_adopt = detail.can["resolutions"] and detail.previous_status == MeetingStatus.HELD
        self.adopt_button.setEnabled(can_adopt)
        self.corrections.setEnabled(can_adopt)
        self.items.blockSignals(True)
        self.items.clear()
        chosen = 0
        for index, item in enumerate(self.item_views()):
            row = QListWidgetItem(f"{item.label} {item.title}", self.items)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.id == select_id:
                chosen = index
        self.items.blockSignals(False)
        if self.items.count():
            self.items.setCurrentRow(chosen)
            self.show_item(chosen)

    def select_item(self, item_id: int) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items.setCurrentRow(row)

    def current_item(self) -> ItemView | None:
        row = self.items.currentRow()
        views = self.item_views()
        return views[row] if 0 <= row < len(views) else None

    def show_item(self, row: int) -> None:
        item = self.current_item()
        editable = bool(self.detail and self.detail.can["minutes"])
        self.item_title.setText(f"{item.label} {item.title}" if item else "")
        self.discussion.setPlainText(item.discussion if item else "")
        self.discussion.setReadOnly(not editable)
        self.save_button.setEnabled(editable and item is not None)
        self.resolutions.show_item(item, bool(self.detail and self.detail.can["resolutions"]))

    def save(self) -> None:
        item = self.current_item()
        text = self.discussion.toPlainText()
        if item is not None and text != item.discussion:
            self.save_as({"discussion": text}, item.version)

    def save_as(self, changes: dict[str, Any], version: int) -> None:
        item = self.current_item()
        if item is None:
            return
        edit, database = ItemEdit(item.id, version, changes), self.database
        self.operation = run_op(self, lambda: ops.update_item(database, edit), on_conflict=self.save_as)

    def adopt(self) -> None:
        if self.detail is None:
            return
        meeting_id, corrections, database = self.detail.id, self.corrections.text(), self.database
        self.operation = run_op(
            self,
            lambda: ops.adopt_previous_minutes(database, meeting_id, corrections),
            lambda _: self.corrections.clear(),
        )
