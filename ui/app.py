"""Start the GUI: fonts, translations, crash handling, the window, then the database.

The main window shows first, with "opening the database"; the database opens (and
migrates, after its backup) in a worker, and only then come sign-in, the demo offer and
the first page. SQLAlchemy and the pages' modules are not imported before the window is
up: that is most of what start-up used to wait for.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import logs, paths
from desktop import settings as settings_store
from desktop.errors import UserError
from desktop.progress import Progress
from desktop.settings import Settings
from ui.crash import install_crash_handler, install_qt_log_handler
from ui.fonts import register_fonts, ui_font
from ui.i18n import LANGUAGES, install_translators
from ui.main_window import MainWindow
from ui.workers import Operation, run_in_background

if TYPE_CHECKING:
    from desktop.db import Database

log = logging.getLogger("amphoe.ui")

# Set: skip sign-in and the demo offer, print when the window showed, when its first page
# showed the figures saved by the last count (if any), when the page was up and when its
# fresh figures were shown (seconds since the epoch), then quit.
# bench.startup and bench.bundle_startup.
STARTUP_PROBE = "AMPHOE_STARTUP_PROBE"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Amphoe Desk")
    app.setOrganizationName("AmphoeDesk")
    app.setWindowIcon(QIcon(str(paths.icon_path())))
    family = register_fonts()
    app.setFont(ui_font(family))
    return app


def wants_demo(database: Database, parent: QWidget | None = None) -> bool:
    """First start on an empty database: offer the fictional demo district."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.households.queries import household_count

    if household_count(database) > 0:
        return False
    answer = QMessageBox.question(
        parent,
        QApplication.translate("app", "Amphoe Desk"),
        QApplication.translate(
            "app",
            "The database is empty. Load the demo district (อำเภอเวียงทอง, fictional) to try the program?",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def load_demo_into(database: Database) -> None:
    from desktop import demo

    demo.load(database)


class SignInCancelled(Exception):
    """The user closed the sign-in dialog: the program ends quietly."""


def sign_in(database: Database, parent: QWidget | None = None) -> None:
    """Ask for a user name and password (on the first run: create the administrator)."""
    from desktop.safety.access import sign_in_as
    from ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(database, parent)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.user is None:
        database.dispose()
        raise SignInCancelled
    sign_in_as(dialog.user)


def open_main_window(settings: Settings, ask_demo: bool = True, require_sign_in: bool = False) -> MainWindow:
    """Everything at once, on this thread: the screenshot command and tests use it. Tests run
    without sign-in (then nobody is signed in and every right is granted, or a test sets the
    user with desktop.safety.access.sign_in_as)."""
    from desktop.db import open_database

    database = open_database(settings.effective_database_url())
    if require_sign_in:
        sign_in(database)
    if ask_demo and wants_demo(database):
        load_demo_into(database)
    window = MainWindow(database, settings)
    if require_sign_in:
        install_safety(window, database, settings)
    return window


def install_safety(window: MainWindow, database: Database, settings: Settings) -> None:
    """The idle lock and automatic backups (on a timer and when the program closes)."""
    from ui.safety import BackupScheduler, IdleLock

    window.idle_lock = IdleLock(window, database, settings.idle_lock_minutes * 60 * 1000)
    window.backups = BackupScheduler(window, database, settings)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(window.backups.on_exit)


def open_database_for(settings: Settings, require_sign_in: bool) -> Database:
    """The worker's part of start-up: open (and migrate) the database and import what comes
    next, so the GUI thread has only widgets left to build."""
    from desktop.db import open_database

    database = open_database(settings.effective_database_url())
    importlib.import_module("ui.pages.overview")  # the first page's module, off the GUI thread
    if require_sign_in:
        importlib.import_module("ui.dialogs.sign_in")
    return database


class Startup(QObject):
    """Brings a shown window shell to a working window: database, sign-in, demo, pages.

    interactive False (the start-up probe, tests): no sign-in, no demo offer, no reminder.
    """

    saved_shown = Signal()  # the first page shows the figures saved by its last count
    ready = Signal()  # the first page is up
    refused = Signal(str)  # the database could not be opened: the window says why

    def __init__(self, window: MainWindow, settings: Settings, interactive: bool = True) -> None:
        super().__init__(window)
        self.window, self.settings, self.interactive = window, settings, interactive
        self.operations: list[Operation] = []
        self.reminder: QWidget | None = None  # kept alive while the program runs

    def start(self) -> None:
        """Where nobody signs in first, the first page shows its saved figures (counted at the
        last refresh, and marked so) while the database opens; with sign-in they wait for it."""
        if not self.interactive and self.window.show_saved_overview():
            self.saved_shown.emit()
            QTimer.singleShot(0, self.open_database)  # after they are painted
        else:
            self.open_database()

    def open_database(self) -> None:
        logs.configure()  # the log file's handler costs ~15 ms: after the window is up
        self.operations.append(
            run_in_background(
                self.window,
                None,  # the window itself says "opening the database"
                lambda _progress: open_database_for(self.settings, require_sign_in=self.interactive),
                self.opened,
                self.failed,
            )
        )

    def opened(self, database: Database) -> None:
        if self.interactive:
            self.window.show_waiting_for_sign_in()
            try:
                sign_in(database, self.window)
            except SignInCancelled:
                QApplication.exit(0)
                return
            if wants_demo(database, self.window):
                self.operations.append(
                    run_in_background(
                        self.window,
                        self.tr("Loading the demo district…"),
                        lambda _progress: load_demo_into(database),
                        lambda _result: self.attach(database),
                        lambda error: self.demo_failed(database, error),
                    )
                )
                return
        self.attach(database)

    def attach(self, database: Database) -> None:
        self.window.attach_database(database)
        if self.interactive:
            install_safety(self.window, database, self.settings)
            from ui.safety import check_audit_chain

            checking = check_audit_chain(self.window, database, self.settings.language)
            if checking is not None:
                self.operations.append(checking)
            from ui.pages.letters import show_due_reminder

            self.reminder = show_due_reminder(self.window, database)
            self.operations.append(
                run_in_background(
                    self.window,
                    None,
                    self.import_pages,
                    lambda _result: None,
                    lambda error: log.warning("warming up the pages failed: %s", error),
                )
            )
        self.ready.emit()

    def demo_failed(self, database: Database, error: BaseException) -> None:
        from ui.messages import show_error

        show_error(self.window, error)  # nothing of the demo was written: it is one transaction
        self.attach(database)

    def import_pages(self, _progress: Progress) -> None:
        self.window.import_page_modules()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error  # a bug: the crash dialog shows it
        message = error.message(self.settings.language)
        log.error("the database did not open: %s", message)
        self.window.show_open_failure(message)
        self.refused.emit(message)


def report_probe(moment: str, quit_after: bool = False) -> None:
    print(f"startup-probe {moment} {time.time():.6f}", flush=True)
    if quit_after:
        QApplication.quit()


def start_settings() -> Settings:
    """The stored settings, with AMPHOE_LANG=th|en (this start only) over the stored language."""
    settings = settings_store.load()
    chosen = os.environ.get("AMPHOE_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        settings.language = chosen
    elif chosen:
        log.warning("AMPHOE_LANG=%s is not one of %s; using %s", chosen, LANGUAGES, settings.language)
    return settings


def report_first_figures(window: MainWindow) -> None:
    """The probe: "ready" when the first page is built, "data" when its figures are shown."""
    QTimer.singleShot(0, lambda: report_probe("ready"))
    page = window.built_pages()[0]
    shown = getattr(page, "figures_shown", None)
    if shown is None:  # a first page without figures to wait for
        QTimer.singleShot(0, lambda: report_probe("data", quit_after=True))
    else:
        shown.connect(lambda: QTimer.singleShot(0, lambda: report_probe("data", quit_after=True)))


def run() -> int:
    app = create_application()
    install_qt_log_handler()
    install_crash_handler()
    settings = start_settings()
    install_translators(app, settings.language)
    probe = bool(os.environ.get(STARTUP_PROBE))
    window = MainWindow(None, settings)
    window.show()
    startup = Startup(window, settings, interactive=not probe)
    if probe:
        QTimer.singleShot(0, lambda: report_probe("shown"))  # after the first paint
        startup.saved_shown.connect(lambda: QTimer.singleShot(0, lambda: report_probe("saved")))
        startup.ready.connect(lambda: report_first_figures(window))
        startup.refused.connect(lambda _message: QApplication.exit(1))
    QTimer.singleShot(0, startup.start)
    return app.exec()
