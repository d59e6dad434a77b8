"""One agenda item: its title and text, its household list, its attachments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import LogbookStatus
from desktop import paths
from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.detail import ItemView
from desktop.meetings.labels import HOUSEHOLD_LIST_EN, HOUSEHOLD_LIST_TH, in_language
from desktop.meetings.ops import ItemEdit
from desktop.operations import Outcome
from desktop.reports.committee import REPORT_NAMES, REPORT_TITLES
from desktop.thai import fiscal_year_be
from ui.meetings.base import compact, read
from ui.messages import current_language
from ui.operations import run_op
from ui.workers import Operation


class ItemPanel(QWidget):
    """Its changes reload the meeting through the change hub (ui/meetings/editor.py)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.item: ItemView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("What the agenda says about this item"))
        self.body.setMaximumHeight(120)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.body)
        self.save_button = QPushButton(self.tr("Save text"))
        self.save_button.clicked.connect(self.save_text)
        form.addRow("", self.save_button)
        layout.addLayout(form)

        box = QGroupBox(self.tr("Household list"))
        box_layout = QVBoxLayout(box)
        chooser = QHBoxLayout()
        self.kind = compact(QComboBox())
        for kind in ("", "not_found", "nominations", "filter"):
            self.kind.addItem(
                in_language(HOUSEHOLD_LIST_TH, HOUSEHOLD_LIST_EN, kind, current_language()), kind
            )
        self.kind.currentIndexChanged.connect(self.fill_refs)
        self.ref = compact(QComboBox())
        self.build_button = QPushButton(self.tr("Build list"))
        self.build_button.clicked.connect(self.build_list)
        chooser.addWidget(self.kind, 2)
        chooser.addWidget(self.ref, 2)
        chooser.addWidget(self.build_button)
        box_layout.addLayout(chooser)
        self.list_title = QLabel()
        box_layout.addWidget(self.list_title)
        self.households = QTableWidget(0, 4)
        self.households.setHorizontalHeaderLabels(
            [self.tr("Head of household"), self.tr("Address"), self.tr("Group"), self.tr("Logbook")]
        )
        self.households.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.households.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.households.verticalHeader().setVisible(False)
        self.households.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box_layout.addWidget(self.households, 1)
        self.remove_households_button = QPushButton(self.tr("Take selected households off the list"))
        self.remove_households_button.clicked.connect(self.remove_households)
        box_layout.addWidget(self.remove_households_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box, 1)

        files = QGroupBox(self.tr("Attachments"))
        files_outer = QVBoxLayout(files)
        files_layout = QHBoxLayout()
        files_outer.addLayout(files_layout)
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(70)
        files_layout.addWidget(self.attachments, 1)
        file_buttons = QVBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.choose_attachment)
        self.save_attachment_button = QPushButton(self.tr("Save a copy…"))
        self.save_attachment_button.clicked.connect(self.save_attachment)
        self.remove_attachment_button = QPushButton(self.tr("Remove file"))
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        for button in (self.attach_button, self.save_attachment_button, self.remove_attachment_button):
            file_buttons.addWidget(button)
        files_layout.addLayout(file_buttons)
        # a committee report built now as PDF: listed under the item in the agenda, and packed
        # with the meeting's package to the province
        report_row = QHBoxLayout()
        self.report = compact(QComboBox(), 18)
        self.report.setObjectName("item_report")
        for name in REPORT_NAMES:
            self.report.addItem(REPORT_TITLES[name], name)
        self.report_year = QSpinBox()
        self.report_year.setObjectName("item_report_year")
        self.report_year.setRange(2500, 2700)
        self.report_year.setValue(fiscal_year_be(dt.date.today()))
        self.report_year.setPrefix(self.tr("Fiscal year "))
        self.attach_report_button = QPushButton(self.tr("Attach report"))
        self.attach_report_button.clicked.connect(lambda _=False: self.attach_report())
        report_row.addWidget(self.report, 1)
        report_row.addWidget(self.report_year)
        report_row.addWidget(self.attach_report_button)
        files_outer.addLayout(report_row)
        layout.addWidget(files)
        self.editable = False
        self.show_item(None, False)

    def fill_refs(self) -> None:
        kind = self.kind.currentData()
        self.ref.clear()
        database = self.database
        if kind == "nominations":
            options = read(self, lambda: ops.programmes(database)) or []
        elif kind == "filter":
            options = read(self, lambda: ops.saved_filters(database)) or []
        else:
            options = []
        for ref_id, name in options:
            self.ref.addItem(name, str(ref_id))
        self.ref.setEnabled(bool(options) and self.editable)

    def show_item(self, item: ItemView | None, editable: bool) -> None:
        self.item = item
        self.editable = editable and item is not None
        is_item = item is not None and item.parent_id is not None
        self.title_edit.setText(item.title if item else "")
        self.body.setPlainText(item.body if item else "")
        widgets: tuple[QWidget, ...] = (self.title_edit, self.body, self.save_button)
        for widget in widgets:
            widget.setEnabled(self.editable)
        widgets = (
            self.kind, self.build_button, self.remove_households_button, self.attach_button,
            self.remove_attachment_button, self.attach_report_button,
        )  # fmt: skip
        for widget in widgets:
            widget.setEnabled(self.editable and is_item)
        kind = item.household_list_kind if item else ""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind if kind != "manual" else "")))
        self.kind.blockSignals(False)
        self.fill_refs()
        if item is not None and item.household_list_ref:  # the programme or filter it was built from
            self.ref.setCurrentIndex(max(0, self.ref.findData(item.household_list_ref)))
        self.list_title.setText(item.household_list_title if item else "")
        self.attachments.clear()
        for attachment_id, name in item.attachments if item else []:
            row = QListWidgetItem(name, self.attachments)
            row.setData(Qt.ItemDataRole.UserRole, attachment_id)
        self.load_households()

    def load_households(self) -> None:
        self.households.setRowCount(0)
        if self.item is None or self.item.parent_id is None:
            return
        item_id, database = self.item.id, self.database
        rows = read(self, lambda: ops.item_households(database, item_id)) or []
        for row in rows:
            r = self.households.rowCount()
            self.households.insertRow(r)
            logbook = self.logbook_status(row.logbook_status)
            for column, value in enumerate([row.head, row.address, row.group, logbook]):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, row.id)
                self.households.setItem(r, column, cell)
        self.households.resizeColumnToContents(0)

    def logbook_status(self, status: LogbookStatus) -> str:
        """A household's TPMAP Logbook status in the window's language (the list showed Thai
        in English mode)."""
        return {
            LogbookStatus.NOT_CHECKED: self.tr("not checked"),
            LogbookStatus.FOUND: self.tr("found"),
            LogbookStatus.NOT_FOUND: self.tr("not found"),
            LogbookStatus.ENTERED: self.tr("entered"),
        }[status]

    def run(self, op: Callable[[], Outcome[Any]], on_success: Callable[[Any], None] | None = None) -> None:
        self.operation = run_op(self, op, on_success)

    def save_text(self) -> None:
        if self.item is None:
            return
        loaded = {"title": self.item.title, "body": self.item.body}
        form = {"title": self.title_edit.text(), "body": self.body.toPlainText()}
        changes = {name: value for name, value in form.items() if value != loaded[name]}
        if changes:
            self.save_text_as(changes, self.item.version)

    def save_text_as(self, changes: dict[str, Any], version: int) -> None:
        if self.item is None:
            return
        edit, database = ItemEdit(self.item.id, version, changes), self.database
        self.operation = run_op(self, lambda: ops.update_item(database, edit), on_conflict=self.save_text_as)

    def build_list(self) -> None:
        if self.item is None:
            return
        item_id, kind, ref = self.item.id, self.kind.currentData(), self.ref.currentData() or ""
        database = self.database
        self.run(lambda: ops.set_household_list(database, item_id, kind, ref))

    def remove_households(self) -> None:
        if self.item is None:
            return
        ids = sorted({int(c.data(Qt.ItemDataRole.UserRole)) for c in self.households.selectedItems()})
        item_id, database = self.item.id, self.database
        if ids:
            self.run(lambda: ops.remove_households(database, item_id, ids))

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file to this item"), str(paths.documents_dir())
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        if self.item is None:
            return
        item_id, database = self.item.id, self.database
        self.run(lambda: ops.add_attachment(database, item_id, path))

    def attach_report(self) -> None:
        if self.item is None:
            return
        item_id, database = self.item.id, self.database
        name, year = str(self.report.currentData()), self.report_year.value()
        self.run(lambda: ops.attach_report(database, item_id, name, year))

    def _attachment_id(self) -> int | None:
        row = self.attachments.currentItem()
        return int(row.data(Qt.ItemDataRole.UserRole)) if row else None

    def save_attachment(self) -> None:
        attachment_id, database = self._attachment_id(), self.database
        if attachment_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save a copy in"), str(paths.documents_dir()))
        if folder:
            read(self, lambda: ops.save_attachment(database, attachment_id, Path(folder)))

    def remove_attachment(self) -> None:
        attachment_id, database = self._attachment_id(), self.database
        if attachment_id is not None:
            self.run(lambda: ops.remove_attachment(database, attachment_id))
