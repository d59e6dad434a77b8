"""Agenda templates: the office's own lists of agenda sections (one title a line)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.meetings import ops
from ui.meetings.base import read
from ui.operations import run_op
from ui.workers import Operation


class TemplateEditor(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMaximumWidth(320)
        self.list.currentRowChanged.connect(self.show_template)
        layout.addWidget(self.list)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.sections = QPlainTextEdit()
        self.sections.setPlaceholderText(self.tr("One agenda section a line, in order"))
        self.is_default = QCheckBox(self.tr("Use for new meetings by default"))
        form.addRow(self.tr("Template name"), self.name)
        form.addRow(self.tr("Sections"), self.sections)
        form.addRow("", self.is_default)
        right.addLayout(form)
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setToolTip(self.tr("Saving under a new name adds a template"))
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(right, 1)

    def load(self, select_id: int | None = None) -> None:
        database = self.database
        templates = read(self, lambda: ops.templates(database)) or []
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for index, (template_id, name, is_default) in enumerate(templates):
            row = QListWidgetItem(name + (" ✓" if is_default else ""), self.list)
            row.setData(Qt.ItemDataRole.UserRole, (template_id, name, is_default))
            if template_id == select_id:
                chosen = index
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(chosen)
            self.show_template(chosen)

    def show_template(self, row: int) -> None:
        item = self.list.item(row)
        if item is None:
            return
        template_id, name, is_default = item.data(Qt.ItemDataRole.UserRole)
        database = self.database
        sections = read(self, lambda: ops.template_sections(database, template_id)) or []
        self.name.setText(name)
        self.sections.setPlainText("\n".join(sections))
        self.is_default.setChecked(is_default)

    def save(self) -> None:
        name, titles = self.name.text(), self.sections.toPlainText().splitlines()
        default = self.is_default.isChecked()
        database = self.database
        self.operation = run_op(self, lambda: ops.save_template(database, name, titles, default), self.load)
