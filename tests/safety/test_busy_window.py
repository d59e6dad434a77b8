"""A SQLite database locked by another program (issue #16): the window says it is waiting
("the database is in use… waiting") for a few seconds, then refuses in one sentence with the
form kept; once the other program lets go, the same form saves."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from database.engine import sqlite_path
from desktop.db import Database
from desktop.settings import Settings
from tests.households.files import make_id

# The other program: takes the write lock of the file and keeps it until its input closes.
HOLDER = """
import sqlite3, sys
holder = sqlite3.connect(sys.argv[1], isolation_level=None)
holder.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
holder.execute("ROLLBACK")
"""


def test_window_waits_with_a_busy_line_then_refuses_and_keeps_the_form(
    qtbot: QtBot, demo_sqlite_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.db import open_database
    from ui import workers
    from ui.app import create_application
    from ui.dialogs import crash
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.pages.household_detail import HouseholdDialog
    from ui.pages.households import HouseholdsPage

    def no_crash_dialog(self: object) -> int:
        raise AssertionError("the crash dialog was opened")

    monkeypatch.setattr(crash.CrashDialog, "exec", no_crash_dialog)
    install_translators(create_application(), "th")
    database: Database = open_database(demo_sqlite_url)
    window = MainWindow(database, Settings(database_url=demo_sqlite_url))
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    page = window.open_page(HouseholdsPage)
    household = HouseholdDialog(database, page.model.household_id(0), page)
    form = household.add_member()
    form.first_edit.setText("สมศรี")
    form.last_edit.setText("รอคิว")
    form.id_edit.setText(make_id(5_151_515))
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", False)  # the wait runs beside the window

    path = sqlite_path(demo_sqlite_url)
    assert path is not None
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        form.save()
        qtbot.waitUntil(lambda: window.statusBar().isVisible(), timeout=5_000)
        shown = time.monotonic() - started
        assert window.connection_line.text() == "ฐานข้อมูลกำลังถูกใช้งาน… กำลังรอ"
        qtbot.waitUntil(lambda: bool(form.error_label.text()), timeout=20_000)
        refused = time.monotonic() - started
        print(f"busy line after {shown:.2f} s, refused after {refused:.2f} s")
        assert form.error_label.text().startswith("ฐานข้อมูลถูกใช้งานโดยโปรแกรมอื่นอยู่")
        assert 4.5 <= refused < 15
        qtbot.waitUntil(lambda: not window.statusBar().isVisible(), timeout=5_000)
        assert form.isVisible() and form.first_edit.text() == "สมศรี"
    finally:
        holder.communicate("", timeout=30)

    form.save()  # the other program let go: the same form saves
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=20_000)
    household.close()
    database.dispose()
