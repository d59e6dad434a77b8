"""Window-wide safety: the idle lock and the automatic backups (timer and on exit)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from desktop.db import Database
from desktop.errors import UserError
from desktop.safety.access import Permission, signed_in
from desktop.safety.audit_log import AuditChainBroken
from desktop.safety.audit_ops import verify
from desktop.safety.backup import automatic_backup
from desktop.settings import Settings
from ui.dialogs.sign_in import SignInDialog
from ui.workers import Operation, run_in_background

log = logging.getLogger("amphoe.ui.safety")

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
BACKUP_CHECK_MS = 10 * 60 * 1000


class IdleLock(QObject):
    """After idle_ms without keyboard or mouse, hide every window's content and ask for the password.

    Every open window and dialog (an edit form, a message box, a second window) keeps its place
    but shows nothing, not even its title: its widgets are hidden, not the window, because
    hiding a dialog would end it (its ``exec`` returns) and lose what the clerk typed.
    """

    def __init__(self, window: QMainWindow, database: Database, idle_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.dialog: SignInDialog | None = None
        self.hidden: list[QWidget] = []  # what the lock hid, shown again on unlocking
        self.titles: list[tuple[QWidget, str]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if idle_ms > 0:
            self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.dialog is None and self.timer.interval() > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        user = signed_in()
        if user is None or self.dialog is not None:
            return
        self._hide_everything()
        self.dialog = SignInDialog(self.database, self.window, locked_user=user.username)
        self.dialog.finished.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != SignInDialog.DialogCode.Accepted:
            self.window.close()
            return
        self._show_again()
        self.timer.start()

    def _hide_everything(self) -> None:
        for _ in range(10):  # open menus and completer lists first
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        locked = QApplication.translate("IdleLock", "Amphoe Desk (locked)")
        for top in QApplication.topLevelWidgets():
            if not top.isVisible():
                continue
            for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if child.isVisible() and not child.isWindow():
                    child.setVisible(False)
                    self.hidden.append(child)
            self.titles.append((top, top.windowTitle()))
            top.setWindowTitle(locked)

    def _show_again(self) -> None:
        for child in self.hidden:
            if isValid(child):  # a worker may have closed its dialog meanwhile
                child.setVisible(True)
        for top, title in self.titles:
            if isValid(top):
                top.setWindowTitle(title)
        self.hidden, self.titles = [], []

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


def check_audit_chain(window: QWidget, database: Database, language: str) -> Operation | None:
    """At an administrator's sign-in: check the audit log's chain in a worker, warn if broken."""
    user = signed_in()
    if user is None or not user.may(Permission.VERIFY_AUDIT):
        return None

    def failed(error: BaseException) -> None:
        if not isinstance(error, AuditChainBroken):
            log.warning("checking the audit log failed: %s", error)
            return
        log.warning("audit log chain broken: %s", error.en)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("AuditCheck", "The audit log was changed"),
            error.message(language)
            + "\n\n"
            + QApplication.translate(
                "AuditCheck",
                "Someone changed the audit log outside the program. Keep a backup of the database as it "
                "is now, and ask who holds the database's owner password.",
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return run_in_background(window, None, lambda _progress: verify(database), lambda _n: None, failed)


class BackupScheduler(QObject):
    """Checks every few minutes whether an automatic backup is due; always backs up on exit."""

    def __init__(self, parent: QObject, database: Database, settings: Settings) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()

    def _backup(self, force: bool) -> None:
        try:
            made = automatic_backup(
                self.database.engine,
                interval_hours=self.settings.backup_interval_hours,
                keep_daily=self.settings.backup_keep_daily,
                keep_weekly=self.settings.backup_keep_weekly,
                force=force,
            )
        except UserError as error:
            log.warning("automatic backup failed: %s", error.en)
            return
        if made is not None:
            log.info("automatic backup: %s", made)

    def run_if_due(self) -> None:
        self._backup(force=False)

    def on_exit(self) -> None:
        self.timer.stop()
        self._backup(force=True)
