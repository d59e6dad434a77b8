"""Enter in the real sign-in dialog (start and idle unlock) on a real SQLite file: after a
refused password, Enter signs in again, never presses Quit and never throws the form away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from database.enums import Role
from desktop.db import Database, open_database
from desktop.safety import accounts, ops
from desktop.safety.access import sign_in_as, signed_in
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.safety import IdleLock

WRONG = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    yield
    sign_in_as(None)


@pytest.fixture
def office(sqlite_url: str, data_dir: object) -> Iterator[Database]:
    """A real SQLite file with an administrator (boss, adminpass1); nobody signed in."""
    database = open_database(sqlite_url)
    ops.add_user(database, "boss", "", Role.ADMIN, "adminpass1")
    yield database
    database.dispose()


def _enter(qtbot: QtBot, dialog: SignInDialog) -> None:
    """Enter where the clerk types it: in the focused field of the dialog."""
    focused = QApplication.focusWidget()
    assert focused is dialog.password
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def test_enter_signs_in_after_a_refused_password(qtbot: QtBot, office: Database) -> None:
    dialog = SignInDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    for attempt in range(2):  # twice: the second Enter comes after a refusal too
        qtbot.keyClicks(dialog.password, f"wrong-pass-{attempt}")
        _enter(qtbot, dialog)
        assert dialog.isVisible() and dialog.result() == 0 and dialog.user is None
        assert dialog.error.text() == WRONG and dialog.username.text() == "boss"
        assert dialog.password.text() == "" and dialog.ok_button.isDefault()
    # a click on the button, then back to the field: Enter still signs in
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == WRONG
    dialog.password.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(dialog.password, "adminpass1")
    _enter(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == "boss"


def test_enter_unlocks_an_idle_window_after_a_refused_password(qtbot: QtBot, office: Database) -> None:
    sign_in_as(accounts.sign_in(office, "boss", "adminpass1"))
    window = MainWindow(office, Settings(database_url=office.url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock = IdleLock(window, office, idle_ms=150)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    dialog = lock.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)
    qtbot.keyClicks(dialog.password, "wrong-pass")
    _enter(qtbot, dialog)
    assert lock.locked and dialog.isVisible() and window.isVisible()
    assert dialog.error.text() == WRONG and dialog.username.text() == "boss"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # an empty password, clicked
    dialog.password.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(dialog.password, "adminpass1")
    _enter(qtbot, dialog)
    assert not lock.locked and window.isVisible() and signed_in() is not None
    lock.stop()
