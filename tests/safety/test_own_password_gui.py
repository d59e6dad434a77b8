"""A clerk changes their own password in the window (ข้อมูลและผู้ใช้ → เปลี่ยนรหัสผ่าน…), through
the real dialog, on SQLite and PostgreSQL: the command line's rules and sentences, the form
kept on a refusal, the audit entry, and the real sign-in dialog taking the new password only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import Role
from database.models import AuditEntry, User
from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.safety import accounts, ops
from desktop.safety.access import sign_in_as
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.dialogs.own_password import OwnPasswordDialog
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.data_page import DataPage

SHOTS = Path("/tmp/amphoe-own-password-shots")


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    yield
    sign_in_as(None)


def _office(database: Database) -> None:
    """boss (administrator, adminpass1) and nok (clerk, clerkpass1); nobody signed in after."""
    ops.add_user(database, "boss", "", Role.ADMIN, "adminpass1")
    sign_in_as(accounts.sign_in(database, "boss", "adminpass1"))
    ops.add_user(database, "nok", "นางนก ใจดี", Role.CLERK, "clerkpass1")
    sign_in_as(None)


def _sign_in(qtbot: QtBot, database: Database, name: str, password: str) -> SignInDialog:
    """The window's own sign-in dialog, typed into and clicked."""
    dialog = SignInDialog(database)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, name)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _password_entries(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "app_user", AuditEntry.field == "password")
            .order_by(AuditEntry.id)
        ).all()
        return [(e.user_name, e.summary) for e in entries]


def test_a_clerk_changes_their_own_password_in_the_window(qtbot: QtBot, database: Database) -> None:
    _office(database)
    signed = _sign_in(qtbot, database, "nok", "clerkpass1")
    assert signed.user is not None and signed.user.role == Role.CLERK
    sign_in_as(signed.user)
    window = MainWindow(database, Settings(database_url=database.url))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_page(DataPage)
    # beside the signed-in name, for a clerk too (who has no Users tab)
    assert page.users is None and page.password_button.isVisible()
    assert page.password_button.text() == "เปลี่ยนรหัสผ่าน…"
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(OwnPasswordDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "เปลี่ยนรหัสผ่าน"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.current)  # the first field
    fields = (dialog.current, dialog.new, dialog.repeat)
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
    closed: list[int] = []
    dialog.finished.connect(closed.append)

    # a wrong current password: refused with the CLI's sentence, the form kept as typed
    _type(qtbot, dialog.current, "not-mine-1")
    _type(qtbot, dialog.new, "newclerkpass")
    _type(qtbot, dialog.repeat, "newclerkpass")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    assert closed == [] and dialog.isVisible() and dialog.ok_button.isDefault()
    assert [f.text() for f in fields] == ["not-mine-1", "newclerkpass", "newclerkpass"]
    assert QApplication.focusWidget() is dialog.current and dialog.current.selectedText() == "not-mine-1"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / f"refused-{database.engine.dialect.name}.png"))

    # the repeat differs: the CLI's sentence, nothing sent
    _type(qtbot, dialog.current, "clerkpass1")
    _type(qtbot, dialog.repeat, "newclerkpasX")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "รหัสผ่านสองครั้งไม่ตรงกัน" and closed == []
    assert QApplication.focusWidget() is dialog.repeat

    # too short: the CLI's sentence from the operation
    _type(qtbot, dialog.new, "short")
    _type(qtbot, dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter presses the default button
    assert dialog.error.text() == "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร" and closed == []
    assert QApplication.focusWidget() is dialog.new
    assert _password_entries(database) == []  # no refusal wrote anything

    _type(qtbot, dialog.new, "newclerkpass")
    _type(qtbot, dialog.repeat, "newclerkpass")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed == [1]
    assert page.password_changed.text() == "เปลี่ยนรหัสผ่านแล้ว"
    note = page.password_changed
    qtbot.waitUntil(lambda: note.width() >= note.sizeHint().width())  # shown whole, beside the name
    window.grab().save(str(SHOTS / f"changed-{database.engine.dialect.name}.png"))
    assert _password_entries(database) == [("nok", "nok changed their password")]

    # the real sign-in: the new password only; the wrong current password did not count
    sign_in_as(None)
    old = _sign_in(qtbot, database, "nok", "clerkpass1")
    assert old.user is None and old.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    new = _sign_in(qtbot, database, "nok", "newclerkpass")
    assert new.user is not None and new.user.username == "nok"
    with database.session() as session:
        nok = session.scalar(select(User).where(User.username == "nok"))
        assert nok is not None and nok.failed_attempts == 0 and nok.locked_until is None


def test_wrong_present_passwords_lock_the_account_as_at_sign_in(qtbot: QtBot, database: Database) -> None:
    """The form is one more place to guess the password of a window left open: five wrong
    present passwords in a row lock the account, as five wrong sign-ins do."""
    _office(database)
    sign_in_as(accounts.sign_in(database, "nok", "clerkpass1"))
    dialog = OwnPasswordDialog(database, "nok")
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.new, "newclerkpass")
    _type(qtbot, dialog.repeat, "newclerkpass")
    for attempt in range(accounts.MAX_FAILURES):
        _type(qtbot, dialog.current, f"guess-{attempt}")
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
        assert dialog.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" and dialog.isVisible()
    _type(qtbot, dialog.current, "clerkpass1")  # the right one, too late
    qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("บัญชีนี้ถูกล็อกชั่วคราว") and dialog.isVisible()
    sign_in_as(None)
    again = _sign_in(qtbot, database, "nok", "clerkpass1")  # the real sign-in is locked out too
    assert again.user is None and again.error.text().startswith("บัญชีนี้ถูกล็อกชั่วคราว")
    with database.session() as session:
        locks = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "app_user", AuditEntry.field == "locked_until")
        ).all()
        assert [e.summary for e in locks] == ["user nok locked out"]
    assert _password_entries(database) == []


def test_the_administrator_changes_their_own_password_in_english(
    qtbot: QtBot, migrated_sqlite_url: str, data_dir: Path
) -> None:
    """Any role: the administrator too, with their present password (not the Users tab's reset)."""
    database = open_database(migrated_sqlite_url)
    try:
        install_translators(create_application(), "en")
        _office(database)
        sign_in_as(accounts.sign_in(database, "boss", "adminpass1"))
        dialog = OwnPasswordDialog(database, "boss")
        qtbot.addWidget(dialog)
        dialog.show()
        _type(qtbot, dialog.current, "adminpass1")
        _type(qtbot, dialog.new, "newadminpass")
        _type(qtbot, dialog.repeat, "newadminpass")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == OwnPasswordDialog.DialogCode.Accepted, dialog.error.text()
        assert _password_entries(database) == [("boss", "boss changed their password")]
        sign_in_as(None)
        with pytest.raises(UserError) as refused:
            accounts.sign_in(database, "boss", "adminpass1")
        assert refused.value.en == "Wrong user name or password."
        assert accounts.sign_in(database, "boss", "newadminpass").role == Role.ADMIN
    finally:
        install_translators(create_application(), "th")
        database.dispose()
