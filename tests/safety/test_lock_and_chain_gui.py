"""The idle lock hides every window and dialog; an administrator's sign-in checks the audit chain."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from database.enums import Role
from desktop.db import Database
from desktop.safety import accounts
from desktop.safety.access import sign_in_as
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.safety import IdleLock, check_audit_chain


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "en")
    yield
    sign_in_as(None)


def _admin(database: Database) -> None:
    with database.session() as session:
        accounts.create_user(session, "admin", "", Role.ADMIN, "adminpass1")
    sign_in_as(accounts.sign_in(database, "admin", "adminpass1"))


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, Settings(database_url=database.url, language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_idle_lock_hides_every_window_and_dialog(qtbot: QtBot, database: Database) -> None:
    _admin(database)
    window = _window(qtbot, database)
    form = QDialog(window)  # an edit form the clerk left open, with what they typed
    form.setWindowTitle("Household 12/3")
    typed = QLineEdit("นายสมชาย ใจดี", form)
    QVBoxLayout(form).addWidget(typed)
    form.open()
    other = QMainWindow()  # a second top-level window (a preview, a report)
    other.setWindowTitle("Preview")
    other.setCentralWidget(QLineEdit("1-2345-67890-12-1"))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    lock = IdleLock(window, database, idle_ms=150)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    for shown in (window, form, other):
        assert shown.isVisible()  # kept open: hiding a dialog would end it
        assert "locked" in shown.windowTitle()
    assert not typed.isVisible() and not other.centralWidget().isVisible()
    central = window.centralWidget()
    assert central is not None and not central.isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.password, "adminpass1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert typed.isVisible() and typed.text() == "นายสมชาย ใจดี" and form.result() == 0
    assert form.windowTitle() == "Household 12/3" and other.windowTitle() == "Preview"
    assert other.centralWidget().isVisible() and central.isVisible()
    lock.stop()
    form.close()


def test_an_administrators_sign_in_warns_of_a_broken_chain(qtbot: QtBot, database: Database) -> None:
    _admin(database)  # the accounts' creation and sign-in are logged: the chain has entries
    window = _window(qtbot, database)
    assert check_audit_chain(window, database, "en") is not None
    assert window.findChild(QMessageBox) is None  # intact: nothing to say
    engine = database.engine
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER audit_entry_no_update"))
        else:
            connection.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"))
        connection.execute(
            text("UPDATE audit_entry SET user_name = 'nobody' WHERE id = (SELECT min(id) FROM audit_entry)")
        )
    check_audit_chain(window, database, "en")
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "was changed outside the app" in box.text()
    box.close()
    with database.session() as session:
        accounts.create_user(session, "clerk", "", Role.CLERK, "clerkpass1")
    sign_in_as(accounts.sign_in(database, "clerk", "clerkpass1"))
    assert check_audit_chain(window, database, "en") is None  # only administrators are asked
