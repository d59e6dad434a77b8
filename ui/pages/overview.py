"""หน้าหลัก: the district at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.overview import overview_figures
from desktop.settings import Settings
from ui.pages.base import Page


class OverviewPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.title()))
        self.office_label = QLabel()
        layout.addWidget(self.office_label)
        box = QGroupBox(self.tr("Households"))
        self.form = QFormLayout(box)
        layout.addWidget(box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def load(self) -> None:
        figures = overview_figures(self.database)
        self.office_label.setText(figures.office)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.form.addRow(self.tr("All households"), QLabel(f"{figures.households:,}"))
        for group in (1, 2, 3, 4):
            self.form.addRow(
                self.tr("Target group %1").replace("%1", str(group)),
                QLabel(f"{figures.by_group.get(group, 0):,}"),
            )
        self.form.addRow(self.tr("Not found in Logbook"), QLabel(f"{figures.not_found:,}"))
        self.form.addRow(self.tr("Meetings"), QLabel(f"{figures.meetings:,}"))
