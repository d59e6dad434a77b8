"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.db import Database
from desktop.settings import Settings
from ui.casework.page import CaseworkPage
from ui.i18n import install_translators
from ui.pages.base import Page
from ui.pages.data_page import DataPage
from ui.pages.households import HouseholdsPage
from ui.pages.letters import LettersPage
from ui.pages.meetings import MeetingsPage
from ui.pages.overview import OverviewPage
from ui.pages.settings_page import SettingsPage
from ui.pages.submissions import SubmissionsPage

PageT = TypeVar("PageT", bound=Page)

STYLE = """
QListWidget#navigation { background: #1f3a5f; color: white; border: none; font-size: 12pt; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #2f5d8f; }
QLabel#pageHeading { font-size: 18pt; font-weight: bold; color: #1f3a5f; padding: 4px 0 8px 0; }
"""


class MainWindow(QMainWindow):
    def __init__(self, database: Database, settings: Settings) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.idle_lock: QObject | None = None  # set by ui.app.install_safety
        self.backups: QObject | None = None
        self.resize(1200, 760)
        self.setStyleSheet(STYLE)
        self.build()

    def build(self) -> None:
        """(Re)create the pages; called again after the language changes."""
        self.setWindowTitle(self.tr("Amphoe Desk"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: list[Page] = self.create_pages()
        for page in self.pages:
            self.stack.addWidget(page)
            QListWidgetItem(page.title(), self.navigation)
        self.navigation.currentRowChanged.connect(self.show_page)
        for page in self.pages:
            if isinstance(page, OverviewPage):
                page.open_households.connect(self.show_households)
        self.navigation.setCurrentRow(0)

    def create_pages(self) -> list[Page]:
        db, settings = self.database, self.settings
        return [
            OverviewPage(db, settings),
            HouseholdsPage(db, settings),
            CaseworkPage(db, settings),
            MeetingsPage(db, settings),
            LettersPage(db, settings),
            SubmissionsPage(db, settings),
            SettingsPage(db, settings, self.change_language),
            DataPage(db, settings, self.after_restore),
        ]

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[row].activate()

    def open_page(self, page_type: type[PageT]) -> PageT:
        """Bring the page of this type into view and return it (tests and cross-links use it)."""
        for row, page in enumerate(self.pages):
            if isinstance(page, page_type):
                self.navigation.setCurrentRow(row)
                return page
        raise LookupError(page_type.__name__)

    def show_households(self, filters: dict[str, Any]) -> None:
        """The overview's click-through: the household list, filtered as the clicked figure counts."""
        overview = next((p for p in self.pages if isinstance(p, OverviewPage)), None)
        if overview is not None and "plan" in filters and "today" not in filters:
            filters = {**filters, "today": overview.today.isoformat()}  # "overdue" as of the overview's day
        self.open_page(HouseholdsPage).show_filter(filters)

    def page_titles(self) -> list[str]:
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def after_restore(self) -> None:
        """The database was replaced under us: rebuild every page from the restored data."""
        self.rebuild()

    def change_language(self, language: str) -> None:
        app = QApplication.instance()
        if app is not None:
            install_translators(app, language)
        self.rebuild()

    def rebuild(self) -> None:
        current = self.navigation.currentRow()
        old = self.centralWidget()
        self.build()
        if old is not None:
            old.deleteLater()
        self.navigation.setCurrentRow(current)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
