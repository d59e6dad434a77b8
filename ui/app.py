"""Start the GUI: fonts, translations, crash handling, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import logs, paths
from desktop import settings as settings_store
from desktop.db import Database, open_database
from desktop.demo import load_demo
from desktop.errors import UserError
from desktop.households.queries import household_count
from desktop.settings import Settings
from ui.crash import install_crash_handler, install_qt_log_handler
from ui.fonts import register_fonts, ui_font
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.letters import show_due_reminder

log = logging.getLogger("amphoe.ui")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Amphoe Desk")
    app.setOrganizationName("AmphoeDesk")
    app.setWindowIcon(QIcon(str(paths.icon_path())))
    family = register_fonts()
    app.setFont(ui_font(family))
    return app


def offer_demo(database: Database) -> None:
    """First start on an empty database: offer the fictional demo district."""
    if household_count(database) > 0:
        return
    answer = QMessageBox.question(
        None,
        QApplication.translate("app", "Amphoe Desk"),
        QApplication.translate(
            "app",
            "The database is empty. Load the demo district (อำเภอเวียงทอง, fictional) to try the program?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        with database.session() as session:
            load_demo(session)


def open_main_window(settings: Settings, ask_demo: bool = True) -> MainWindow:
    database = open_database(settings.effective_database_url())
    if ask_demo:
        offer_demo(database)
    window = MainWindow(database, settings)
    return window


STARTUP_PROBE = "AMPHOE_STARTUP_PROBE"  # set: show the main window, then quit (bench.bundle_startup)


def run() -> int:
    logs.configure()
    app = create_application()
    install_qt_log_handler()
    install_crash_handler()
    settings = settings_store.load()
    install_translators(app, settings.language)
    probe = bool(os.environ.get(STARTUP_PROBE))
    try:
        window = open_main_window(settings, ask_demo=not probe)
    except UserError as error:
        QMessageBox.critical(None, "Amphoe Desk", error.message(settings.language))
        return 1
    window.show()
    if probe:
        QTimer.singleShot(0, app.quit)  # after the first paint of the shown window
        return app.exec()
    reminder = show_due_reminder(window, window.database)  # kept alive while the app runs
    exit_code = app.exec()
    del reminder
    return exit_code
