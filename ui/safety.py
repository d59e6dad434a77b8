"""Window-wide safety: the idle lock and the automatic backups (timer and on exit)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.db import Database
from desktop.errors import UserError
from desktop.safety.access import signed_in
from desktop.safety.backup import automatic_backup
from desktop.settings import Settings
from ui.dialogs.sign_in import SignInDialog

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
    """After idle_ms without keyboard or mouse, hide the window's content and ask for the password."""

    def __init__(self, window: QMainWindow, database: Database, idle_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.dialog: SignInDialog | None = None
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
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)
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
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(True)
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


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
