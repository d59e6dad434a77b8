"""Start-up: the window shows before the database layer is even imported, then the
database opens in a worker and the first page comes up; a database that cannot be
opened is explained in the window itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.households.queries import household_count
from desktop.safety.access import sign_in_as, signed_in
from desktop.settings import Settings
from ui.app import STARTUP_PROBE, Startup, create_application
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.households import HouseholdsPage
from ui.pages.overview import OverviewPage

ROOT = Path(__file__).resolve().parent.parent


def test_the_window_shell_needs_neither_the_database_layer_nor_the_pages() -> None:
    code = (
        "import sys, ui.app\n"
        "heavy = ('sqlalchemy', 'desktop.db', 'ui.pages.overview', 'ui.pages.households', 'openpyxl')\n"
        "print([name for name in heavy if name in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def shell(qtbot: QtBot, settings: Settings) -> MainWindow:
    install_translators(create_application(), "th")
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_shell_first_then_the_database_then_pages_as_they_are_opened(
    qtbot: QtBot, demo_database: Database
) -> None:
    settings = Settings(database_url=demo_database.url)
    window = shell(qtbot, settings)
    assert window.page_titles()[:2] == ["หน้าหลัก", "ครัวเรือน"]
    assert not window.navigation.isEnabled()
    assert window.opening_text.text() == "กำลังเปิดฐานข้อมูล…"

    startup = Startup(window, settings, interactive=False)
    with qtbot.waitSignal(startup.ready, timeout=60_000):
        startup.start()  # a real worker thread opens the database

    assert window.navigation.isEnabled()
    assert window.database.url == demo_database.url
    assert [type(page) for page in window.built_pages()] == [OverviewPage]  # the others wait
    window.navigation.setCurrentRow(1)
    assert isinstance(window.stack.currentWidget(), HouseholdsPage)
    assert len(window.built_pages()) == 2
    window.database.dispose()


def test_a_database_that_cannot_open_is_explained_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "not-a-database.sqlite3"
    broken.write_bytes(b"this is a letter, not a database" * 100)
    settings = Settings(database_url=f"sqlite:///{broken}")
    window = shell(qtbot, settings)
    startup = Startup(window, settings, interactive=False)
    with qtbot.waitSignal(startup.refused, timeout=60_000) as refused:
        startup.start()
    assert "เปิดฐานข้อมูลไม่ได้" in refused.args[0]
    assert "เปิดฐานข้อมูลไม่ได้" in window.opening_text.text()
    assert window.close_button.isVisible() and not window.navigation.isEnabled()
    assert broken.read_bytes().startswith(b"this is a letter")  # nothing written over it


def test_the_program_starts_from_its_entry_point_on_a_new_data_folder(tmp_path: Path) -> None:
    env = dict(os.environ, AMPHOE_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env[STARTUP_PROBE] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "desktop"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    moments = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("startup-probe")]
    assert moments == ["shown", "ready", "data"]  # data: the first page's figures are shown
    assert list(tmp_path.rglob("*.sqlite3"))  # the first start created the database
    # the second start shows the figures the first one counted and saved before the fresh ones
    again = subprocess.run(
        [sys.executable, "-m", "desktop"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    moments = [line.split()[1] for line in again.stdout.splitlines() if line.startswith("startup-probe")]
    assert moments == ["shown", "saved", "ready", "data"]


def test_first_start_creates_the_administrator_then_loads_the_demo_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The real first start: shell, database created, sign-in dialog (first run: the
    administrator), the demo offer answered yes, the demo loaded in a worker, the first page."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'first.sqlite3'}")
    window = shell(qtbot, settings)
    startup = Startup(window, settings, interactive=True)
    seen: list[str] = []

    def answer_the_modal_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, SignInDialog) and "sign-in" not in seen:
            seen.append("sign-in")
            assert modal.first_run and window.opening_text.text() == "โปรดเข้าสู่ระบบเพื่อทำงานต่อ"
            modal.username.setText("admin")
            modal.full_name.setText("นายผู้ดูแล ระบบ")
            modal.password.setText("s3cret-pass")
            modal.repeat.setText("s3cret-pass")
            modal.ok_button.click()
        elif isinstance(modal, QMessageBox) and "demo" not in seen:
            seen.append("demo")
            modal.button(QMessageBox.StandardButton.Yes).click()

    answering = QTimer()
    answering.timeout.connect(answer_the_modal_dialog)
    answering.start(50)
    try:
        with qtbot.waitSignal(startup.ready, timeout=120_000):
            startup.start()
    finally:
        answering.stop()
    assert seen == ["sign-in", "demo"]
    user = signed_in()
    assert user is not None and user.username == "admin"
    assert household_count(window.database) == 64
    assert isinstance(window.stack.currentWidget(), OverviewPage)
    window.database.dispose()
    sign_in_as(None)
