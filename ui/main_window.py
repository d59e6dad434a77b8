"""The main window: a navigation list on the left, one page at a time on the right.

The window shows before the database is open (ui.app opens it in a worker), and each
page's module is imported and the page built only when it first comes into view: the
clerk sees the program at once instead of waiting for eight pages nobody opened yet.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import Settings
from ui.i18n import install_translators
from ui.navigation import page_entries

if TYPE_CHECKING:  # importing these at start-up would cost what lazy pages save
    from desktop.db import Database
    from ui.pages.base import Page
    from ui.pages.overview import OverviewPage

PageT = TypeVar("PageT", bound="Page")

# STYLE_NOTE: the first use of PySide6's Qt namespace builds all its ~100 enums (~40 ms),
# so the shell shown at start-up avoids it: alignment comes from the style sheet.
STYLE = """
QListWidget#navigation { background: #1f3a5f; color: white; border: none; font-size: 12pt; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #2f5d8f; }
QLabel#pageHeading { font-size: 18pt; font-weight: bold; color: #1f3a5f; padding: 4px 0 8px 0; }
QLabel#openingText { font-size: 14pt; color: #1f3a5f; qproperty-alignment: AlignCenter; }
"""


# One thread at a time imports page modules: two threads importing modules that import each
# other can deadlock (Python then fails one of the imports).
_page_imports = threading.Lock()


class NavigationList(QListWidget):
    """The side menu. Typing does not jump between pages (a letter typed by mistake into the
    menu instead of a search box would otherwise move the clerk away from their work)."""

    def keyboardSearch(self, _search: str) -> None:
        return


class MainWindow(QMainWindow):
    def __init__(self, database: Database | None, settings: Settings) -> None:
        """database None: the shell only, until attach_database() (what ui.app.run does)."""
        super().__init__()
        self._database = database
        self.settings = settings
        self.idle_lock: QObject | None = None  # set by ui.app.install_safety
        self.backups: QObject | None = None
        self.early_page: OverviewPage | None = None  # the saved figures, shown before the database opened
        self.resize(1200, 760)
        self.setStyleSheet(STYLE)
        self.build()
        from ui.connection import ConnectionLine

        self.connection_line = ConnectionLine(self)  # the server away, SQLite busy: ui/connection.py
        self.connection_line.watch(database)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)

    @property
    def database(self) -> Database:
        if self._database is None:
            raise RuntimeError("the database is not open yet")
        return self._database

    def attach_database(self, database: Database) -> None:
        """The database opened: the navigation comes alive and the first page loads."""
        self._database = database
        self.connection_line.watch(database)
        self.build()

    def build(self) -> None:
        """(Re)create the navigation and empty page slots; called again after the language
        changes or a restore, and when the database has opened."""
        self.setWindowTitle(self.tr("Amphoe Desk"))
        if self.early_page is not None:
            self.early_page.setParent(None)  # kept: setCentralWidget deletes the old stack
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.navigation = NavigationList()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.entries = page_entries()
        self._built: list[Page | None] = [None] * len(self.entries)
        for entry in self.entries:  # the stack's rows are the navigation's: a placeholder until built
            QListWidgetItem(entry.title, self.navigation)
            self.stack.addWidget(QWidget())
        if self._database is None:
            self.navigation.setEnabled(False)
            self.opening = self._opening_view()
            self.stack.addWidget(self.opening)
            self.stack.setCurrentWidget(self.opening)
            return
        early, self.early_page = self.early_page, None
        if early is not None:  # the same page goes on (show_saved_overview): its fresh figures follow
            early.attach_database(self._database)
            self._place(0, early)
        self.navigation.currentRowChanged.connect(self.show_page)
        self.navigation.setCurrentRow(0)

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the page in view, if it has one."""
        row = self.navigation.currentRow()
        page = self._built[row] if 0 <= row < len(self._built) else None
        field = page.search_field() if page is not None else None
        if field is not None:
            field.setFocus()

    def _opening_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.addStretch(1)
        self.opening_text = QLabel(self.tr("Opening the database…"))
        self.opening_text.setObjectName("openingText")  # centred by the style sheet: see STYLE_NOTE
        self.opening_text.setWordWrap(True)
        self.opening_busy = busy = QProgressBar()
        busy.setRange(0, 0)  # no figure to show: it moves while the database opens
        busy.setTextVisible(False)
        busy.setFixedWidth(320)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(busy)
        centred.addStretch(1)
        self.close_button = QPushButton(self.tr("Close the program"))
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(lambda: QApplication.exit(1))
        centred.insertWidget(2, self.close_button)
        layout.addWidget(self.opening_text)
        layout.addLayout(centred)
        layout.addStretch(2)
        return view

    def show_saved_overview(self) -> bool:
        """Before the database is open: the first page with the figures its last count saved
        (ui.app does this only where nobody has to sign in first). False: nothing saved."""
        import datetime as dt

        from desktop.reports import snapshot as snapshots
        from ui.messages import current_language

        if self._database is not None or self.entries[0].class_name != "OverviewPage":
            return False
        url, today = self.settings.effective_database_url(), dt.date.today()
        saved = snapshots.load(url, current_language(), today)
        if saved is None:
            return False  # no page built for nothing: a dropped widget is garbage a worker may collect
        from ui.pages.overview import OverviewPage

        page = OverviewPage(None, self.settings)
        self.stack.addWidget(page)  # owned by the window from the start
        page.today = today
        page.show_saved(saved)
        self.early_page = page
        self.stack.setCurrentWidget(page)
        self.navigation.setCurrentRow(0)
        return True

    def show_waiting_for_sign_in(self) -> None:
        """The database is open; nothing of it shows until somebody has signed in."""
        self.opening_text.setText(self.tr("Sign in to continue."))
        self.opening_busy.setVisible(False)

    def show_open_failure(self, message: str) -> None:
        """The database did not open: say why in the window, and offer to close it."""
        from desktop import paths

        backups = self.tr("The program's own backup copies of your data are in: %1")
        self.opening_text.setText(
            "\n\n".join(
                [
                    self.tr("The program cannot start."),
                    message,
                    backups.replace("%1", str(paths.backups_dir())),
                ]
            )
        )
        self.opening_busy.setVisible(False)
        self.close_button.setVisible(True)
        self.stack.setCurrentWidget(self.opening)  # in front of any saved figures

    def page_at(self, row: int) -> Page:
        """The page of this row, built (module imported) the first time it is asked for."""
        page = self._built[row]
        if page is None:
            entry = self.entries[row]
            with _page_imports:  # waits while ui.app's warm-up imports this very module
                page_class = getattr(importlib.import_module(entry.module), entry.class_name)
            extra = {"SettingsPage": (self.change_language,), "DataPage": (self.after_restore,)}
            page = page_class(self.database, self.settings, *extra.get(entry.class_name, ()))
            self._place(row, page)
        return page

    def _place(self, row: int, page: Page) -> None:
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[row] = page
        if self.entries[row].class_name == "OverviewPage":
            page.open_households.connect(self.show_households)  # type: ignore[attr-defined]

    @property
    def pages(self) -> list[Page]:
        """Every page, building those not shown yet (tests and the self-test walk them all)."""
        return [self.page_at(row) for row in range(len(self.entries))]

    def built_pages(self) -> list[Page]:
        return [page for page in self._built if page is not None]

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page_at(row)
        self.stack.setCurrentWidget(page)
        page.activate()

    def open_page(self, page_type: type[PageT]) -> PageT:
        """Bring the page of this type into view and return it (tests and cross-links use it)."""
        for row, entry in enumerate(self.entries):
            if entry.matches(page_type):
                self.navigation.setCurrentRow(row)
                page = self.page_at(row)
                assert isinstance(page, page_type)
                return page
        raise LookupError(page_type.__name__)

    def import_page_modules(self) -> None:
        """Import the modules of pages not opened yet, so the first click on them is quick;
        ui.app calls it in a worker once the first page is up."""
        for entry in self.entries:
            with _page_imports:
                importlib.import_module(entry.module)

    def show_households(self, filters: dict[str, Any]) -> None:
        """The overview's click-through: the household list, filtered as the clicked figure counts."""
        from ui.pages.households import HouseholdsPage
        from ui.pages.overview import OverviewPage  # loaded already: its click brought us here

        overview = next((p for p in self.built_pages() if isinstance(p, OverviewPage)), None)
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
        from PySide6.QtCore import Qt  # see STYLE_NOTE

        self.setFocus(Qt.FocusReason.OtherFocusReason)
