"""The safety GUI with real clicks: sign-in, users, audit page, backup and restore, idle lock, conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import Role
from database.models import Household
from desktop.db import Database
from desktop.safety import accounts
from desktop.safety.access import sign_in_as, signed_in
from desktop.safety.conflicts import ConflictError
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.dialogs.conflict import CHANGED, ConflictDialog
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.data_page import DataPage
from ui.safety import IdleLock

SHOTS = Path("/tmp/amphoe-safety-shots")


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    yield
    sign_in_as(None)


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _first_run_admin(qtbot: QtBot, database: Database) -> None:
    dialog = SignInDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.first_run
    qtbot.keyClicks(dialog.username, "admin")
    dialog.full_name.setText("นายผู้ดูแล ระบบ")
    qtbot.keyClicks(dialog.password, "s3cret-pass")
    qtbot.keyClicks(dialog.repeat, "s3cret-pasX")
    _click(qtbot, dialog.ok_button)
    assert dialog.error.text() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน" and dialog.result() == 0
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "s3cret-pass")
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role == Role.ADMIN
    sign_in_as(dialog.user)


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, Settings(database_url=database.url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


class _PasswordTyper:
    """Types the given answers into the backup tab's password dialogs as they open (they are
    modal: the test's own code is blocked in exec() meanwhile)."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.labels: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._type)
        self.timer.start()

    def _type(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.objectName() == "backup_password" and self.answers:
            self.labels.append(dialog.labelText())
            assert dialog.textEchoMode() == dialog.textEchoMode().Password
            dialog.setTextValue(self.answers.pop(0))
            dialog.accept()

    def stop(self) -> None:
        self.timer.stop()


def _data_page(window: MainWindow) -> DataPage:
    row = len(window.pages) - 1
    window.navigation.setCurrentRow(row)
    page = window.pages[row]
    assert isinstance(page, DataPage)
    return page


def test_sign_in_users_audit_and_backup_restore(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, data_dir: Path
) -> None:
    _first_run_admin(qtbot, demo_database)
    window = _window(qtbot, demo_database)
    page = _data_page(window)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["สำรองและกู้คืน", "ประวัติการแก้ไข", "ผู้ใช้"]

    # administrator adds a clerk
    assert page.users is not None
    page.tabs.setCurrentWidget(page.users)
    qtbot.keyClicks(page.users.username, "somchai")
    page.users.full_name.setText("นายสมชาย ใจดี")
    qtbot.keyClicks(page.users.password, "clerkpass1")
    _click(qtbot, page.users.add_button)
    assert page.users.table.rowCount() == 2 and page.users.status.text() == "เพิ่มผู้ใช้ somchai แล้ว"
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "users.png"))

    # the audit page shows it, filters, exports; the table is read-only
    assert page.audit is not None
    page.tabs.setCurrentWidget(page.audit)
    assert page.audit.table.rowCount() > 0
    assert page.audit.table.editTriggers() == page.audit.table.EditTrigger.NoEditTriggers
    page.audit.entity.setCurrentIndex(page.audit.entity.findData("app_user"))
    _click(qtbot, page.audit.apply_button)
    summaries = [page.audit.table.item(r, 5).text() for r in range(page.audit.table.rowCount())]
    assert "user somchai created (clerk)" in summaries
    accounts_named = {page.audit.table.item(r, 3).text() for r in range(len(summaries))}
    assert accounts_named == {"นายผู้ดูแล ระบบ", "นายสมชาย ใจดี"}  # by full name, not app_user #1
    page.audit.export_to(tmp_path / "audit.xlsx")
    assert page.audit.exported == len(summaries)
    window.grab().save(str(SHOTS / "audit.png"))

    # back up, change something, restore: the change is gone and the window shows restored data
    page.tabs.setCurrentWidget(page.backups)
    typer = _PasswordTyper("office-backup-pw", "office-backup-pw")  # asked twice for a new backup
    page.backups.backup_to(tmp_path / "usb")
    typer.stop()
    assert len(typer.labels) == 2 and "รหัสผ่านสำรองข้อมูล" in typer.labels[0]
    assert "สำรองข้อมูลแล้ว" in page.backups.status.text()
    backup = next((tmp_path / "usb").glob("*.zip"))
    with demo_database.session() as session:
        for household in session.scalars(select(Household)):
            household.village_name = "เปลี่ยนหลังสำรอง"
    typer = _PasswordTyper("a-wrong-password")  # the wrong password: one sentence, nothing replaced
    page.backups.restore_from(backup, confirm=False)
    typer.stop()
    assert page.backups.status.text() == "ไม่มีการเขียนหรือแทนที่ข้อมูลใด"
    box = page.backups.error_box
    assert box is not None and "รหัสผ่าน" in box.text() and "\n" not in box.text()
    box.accept()
    typer = _PasswordTyper("office-backup-pw")
    page.backups.restore_from(backup, confirm=False)
    typer.stop()
    window.grab().save(str(SHOTS / "backups.png"))
    with demo_database.session() as session:
        names = set(session.scalars(select(Household.village_name)))
    assert "เปลี่ยนหลังสำรอง" not in names
    assert isinstance(window.pages[-1], DataPage) and window.pages[-1] is not page  # rebuilt

    # a bad file: one sentence, nothing replaced
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database")
    page = _data_page(window)

    page.backups.restore_from(bad, confirm=False)
    assert page.backups.status.text() == "ไม่มีการเขียนหรือแทนที่ข้อมูลใด"
    box = page.backups.error_box
    assert box is not None and box.isVisible()
    assert "ใช้กู้คืนไม่ได้" in box.text() and "\n" not in box.text()
    box.accept()


def test_clerk_sees_no_audit_or_users_and_cannot_restore(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        accounts.create_user(session, "admin", "", Role.ADMIN, "adminpass1")
    sign_in_as(accounts.sign_in(database, "admin", "adminpass1"))
    with database.session() as session:
        accounts.create_user(session, "clerk", "", Role.CLERK, "clerkpass1")
    dialog = SignInDialog(database)
    qtbot.addWidget(dialog)
    assert not dialog.first_run
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClicks(dialog.password, "wrong-pass")
    _click(qtbot, dialog.ok_button)
    assert dialog.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" and dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "clerkpass1")
    _click(qtbot, dialog.ok_button)
    assert dialog.user is not None
    sign_in_as(dialog.user)
    page = _data_page(_window(qtbot, database))
    assert page.tabs.count() == 1 and page.audit is None and page.users is None
    assert not page.backups.restore_button.isEnabled()
    assert page.backups.backup_button.isEnabled()


def test_idle_window_locks_and_unlocks_with_the_password(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        accounts.create_user(session, "admin", "", Role.ADMIN, "adminpass1")
    sign_in_as(accounts.sign_in(database, "admin", "adminpass1"))
    window = _window(qtbot, database)
    lock = IdleLock(window, database, idle_ms=150)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    central = window.centralWidget()
    assert central is not None and not central.isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.username.text() == "admin" and dialog.username.isReadOnly()
    window.grab().save(str(SHOTS / "locked.png"))
    qtbot.keyClicks(dialog.password, "wrong-pass")
    _click(qtbot, dialog.ok_button)
    assert lock.locked
    qtbot.keyClicks(dialog.password, "adminpass1")
    _click(qtbot, dialog.ok_button)
    assert not lock.locked and central.isVisible()
    assert signed_in() is not None
    lock.stop()


def test_conflict_dialog_shows_both_versions(qtbot: QtBot) -> None:
    conflict = ConflictError(
        "household",
        7,
        mine={"village_name": "บ้านของฉัน", "house_no": "12"},
        theirs={"village_name": "บ้านของเขา", "house_no": "12", "version": 3},
        mine_version=2,
        theirs_version=3,
    )
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["village_name"] == ("บ้านของฉัน", "บ้านของเขา")
    assert rows["house_no"] == ("12", "12")
    first = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "village_name")
    assert table.item(first, 1).background().color() == CHANGED
    assert "ฉบับที่ 2" in table.horizontalHeaderItem(1).text()
    dialog.show()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "conflict.png"))
