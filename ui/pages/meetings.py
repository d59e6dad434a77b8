"""การประชุม: the committee's meetings (list and editor) and its roster."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.settings import Settings
from ui.meetings.editor import MeetingEditor
from ui.meetings.meeting_list import MeetingList
from ui.meetings.roster import RosterEditor
from ui.meetings.templates import TemplateEditor
from ui.pages.base import Page
from ui.widgets.scroll import scrolled


class MeetingsPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.title()))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        meetings = QSplitter()
        self.list = MeetingList(database)
        self.editor = MeetingEditor(database)
        self.list.setMaximumWidth(440)  # number, date, committee and status whole at 1366 px
        meetings.addWidget(self.list)
        meetings.addWidget(self.editor)
        meetings.setStretchFactor(1, 3)
        meetings.setSizes([440, 900])
        self.tabs.addTab(meetings, self.tr("Meetings"))
        self.roster = RosterEditor(database)
        self.tabs.addTab(scrolled(self.roster), self.tr("Committee roster"))
        self.templates = TemplateEditor(database)
        self.tabs.addTab(scrolled(self.templates), self.tr("Agenda templates"))
        self.list.opened.connect(self.editor.open_meeting)
        self.editor.changed.connect(self.refresh_list)
        self.tabs.currentChanged.connect(self.tab_changed)

    def load(self) -> None:
        self.list.load()
        if self.list.table.rowCount():
            self.list.table.selectRow(0)

    def refresh_list(self) -> None:
        if self.editor.detail is not None:
            self.list.table.blockSignals(True)
            self.list.load()
            self.list.select(self.editor.detail.id)
            self.list.table.blockSignals(False)

    def tab_changed(self, index: int) -> None:
        if index == 1:
            self.roster.load()
        elif index == 2:
            self.templates.load()
        else:
            self.list.load(self.editor.detail.id if self.editor.detail else None)
