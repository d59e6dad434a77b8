"""Backups: make one now (to a folder or USB stick), see the automatic ones, restore (administrator)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.db import Database
from desktop.errors import UserError
from desktop.progress import Progress
from desktop.safety.access import Permission, may, require
from desktop.safety.backup import (
    auto_dir,
    check_backup,
    check_new_password,
    create_backup,
    is_encrypted,
    list_backups,
    record_restore,
    restore_backup,
)
from desktop.settings import Settings
from ui.messages import current_language, show_error
from ui.workers import Operation, run_in_background


class BackupTab(QWidget):
    def __init__(self, database: Database, settings: Settings, on_restored: Callable[[], None]) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.on_restored = on_restored
        self.operation: Operation | None = None
        self.error_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.explain = QLabel(
            self.tr(
                "The program backs up the database by itself every %1 hours and when it closes, keeping "
                "%2 daily and %3 weekly copies on this PC in %4 (a folder only your Windows account can "
                "read; these copies are not encrypted). Make your own copy on a USB stick regularly too: "
                "it is encrypted with the office's backup password."
            )
            .replace("%1", str(settings.backup_interval_hours))
            .replace("%2", str(settings.backup_keep_daily))
            .replace("%3", str(settings.backup_keep_weekly))
            .replace("%4", str(auto_dir()))
        )
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now to a folder or USB stick…"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button = QPushButton(self.tr("Restore from a backup file…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.choose_restore_file)
        self.restore_button.setEnabled(may(Permission.RESTORE))
        if not may(Permission.RESTORE):
            self.restore_button.setToolTip(self.tr("Only the administrator may restore a backup."))
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Automatic backups (newest first)")))
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        layout.addWidget(self.list, 1)

    def load(self) -> None:
        self.list.clear()
        for stamp, path in list_backups(auto_dir()):
            self.list.addItem(f"{stamp:%Y-%m-%d %H:%M}   {path.name}")
        if self.list.count() == 0:
            self.list.addItem(self.tr("No automatic backup yet."))

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backup"), str(paths.documents_dir())
        )
        if folder:
            self.backup_to(Path(folder))

    def ask_password(self, label: str) -> str | None:
        """One masked line; None when the clerk cancels. Its own object so tests can fill it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("backup_password")
        dialog.setWindowTitle(self.tr("Backup password"))
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def new_password(self) -> str | None:
        """The office's backup password for a new archive, typed twice."""
        password = self.ask_password(
            self.tr("The backup is encrypted with the office's backup password (set by the administrator):")
        )
        if password is None:
            return None
        try:
            check_new_password(password)
        except UserError as error:
            self._failed(error)
            return None
        again = self.ask_password(self.tr("Type the backup password again:"))
        if again is None:
            return None
        if again != password:
            self.status.setText(self.tr("The two passwords differ, so no backup was made."))
            return None
        return password

    def backup_to(self, folder: Path, password: str | None = None) -> None:
        password = password if password is not None else self.new_password()
        if password is None:
            return

        def work(progress: Progress) -> Path:
            require(Permission.BACKUP)
            return create_backup(self.database.engine, folder, password=password, progress=progress)

        def done(path: Path) -> None:
            self.status.setText(self.tr("Backup written: %1").replace("%1", str(path)))

        self.operation = run_in_background(self, self.tr("Backing up…"), work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Nothing was written or replaced."))
        if isinstance(error, UserError):  # a refusal: one sentence, in a box that does not block
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Backups"),
                error.message(current_language()),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.error_box.open()
            return
        show_error(self, error)

    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), str(auto_dir()), self.tr("Backups (*.zip *.sqlite3)")
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path, confirm: bool = True, password: str | None = None) -> None:
        try:
            require(Permission.RESTORE)
            if password is None and is_encrypted(path):
                password = self.ask_password(
                    self.tr("%1 is encrypted. The office's backup password:").replace("%1", path.name)
                )
                if password is None:
                    return
            info = check_backup(path, password)
        except Exception as error:
            self._failed(error)
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr(
                    "Replace the whole database with %1 (%2 households)? A copy of the current "
                    "database is kept in the backups folder first."
                )
                .replace("%1", path.name)
                .replace("%2", str(info.households)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def work(progress: Progress) -> Path | None:
            safety = restore_backup(
                path, self.database.url, password=password, dispose=self.database.dispose, progress=progress
            )
            record_restore(self.database.url, info)
            self.database.dispose()
            return safety

        def done(safety: Path | None) -> None:
            text = (
                self.tr("Restored %1 (%2 households).")
                .replace("%1", path.name)
                .replace("%2", str(info.households))
            )
            if safety is not None:
                text += " " + self.tr("The previous database was kept as %1.").replace("%1", str(safety))
            self.status.setText(text)
            self.on_restored()

        self.operation = run_in_background(self, self.tr("Restoring…"), work, done, self._failed)
