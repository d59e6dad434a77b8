"""The window's part of `--self-test`: Qt's platform plugin, the bundled font, the Thai
translation and every page build in this installation (the frozen bundle in CI)."""

from __future__ import annotations

import re

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFontDatabase

from desktop.db import Database
from desktop.settings import Settings
from ui.app import create_application
from ui.fonts import UI_FAMILY
from ui.i18n import install_translators
from ui.main_window import MainWindow

THAI = re.compile("[\u0e00-\u0e7f]")


def check_window(database: Database) -> str:
    app = create_application(["amphoe-desk"])
    if UI_FAMILY not in QFontDatabase.families():
        raise RuntimeError(f"the bundled font {UI_FAMILY} did not load")
    if not install_translators(app, "th"):
        raise RuntimeError("the Thai translation (amphoe_th.qm) is missing")
    window = MainWindow(database, Settings(database_url=database.url, language="th"))
    try:
        titles = window.page_titles()  # every page is built; the first one has loaded
        if not all(THAI.search(title) for title in titles):
            raise RuntimeError(f"pages are not in Thai: {titles}")
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)  # the first page loads in a worker
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"main window with {len(titles)} pages in Thai, font {UI_FAMILY}, platform {app.platformName()}"
