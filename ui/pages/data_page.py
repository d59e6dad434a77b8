"""ข้อมูลและผู้ใช้: one's own account (change password), backups and restore, the audit log
(head, administrator), accounts (administrator)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.safety.access import ROLE_EN, ROLE_TH, Permission, may, signed_in
from desktop.settings import Settings
from ui.dialogs.own_password import OwnPasswordDialog
from ui.messages import current_language
from ui.pages.audit_tab import AuditTab
from ui.pages.backup_tab import BackupTab
from ui.pages.base import Page
from ui.pages.users_tab import UsersTab


class DataPage(Page):
    def __init__(
        self,
        database: Database,
        settings: Settings,
        on_restored: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, settings, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.title()))
        user = signed_in()
        if user is not None:
            role = ROLE_TH[user.role] if current_language() == "th" else ROLE_EN[user.role]
            who = QLabel(self.tr("Signed in as %1 (%2)").replace("%1", user.username).replace("%2", role))
            who.setObjectName("signed_in_as")
            # Beside the name, where a clerk looks for their own account: any role may use it.
            self.password_button = QPushButton(self.tr("Change password…"))
            self.password_button.setObjectName("change_own_password")
            self.password_button.clicked.connect(lambda: self.change_own_password(user.username))
            self.password_changed = QLabel()
            self.password_changed.setObjectName("password_changed")
            account = QHBoxLayout()
            account.addWidget(who)
            account.addWidget(self.password_button)
            account.addWidget(self.password_changed)
            account.addStretch(1)
            layout.addLayout(account)
        self.tabs = QTabWidget()
        self.backups = BackupTab(database, settings, on_restored)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.audit: AuditTab | None = None
        self.users: UsersTab | None = None
        if may(Permission.VIEW_AUDIT):
            self.audit = AuditTab(database)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        if may(Permission.MANAGE_USERS):
            self.users = UsersTab(database)
            self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)

    def change_own_password(self, username: str) -> OwnPasswordDialog:
        """Open เปลี่ยนรหัสผ่าน… (returned for tests); say so beside the name once it is changed."""
        dialog = OwnPasswordDialog(self.database, username, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.password_changed.setText(self.tr("Password changed.")))
        self.password_changed.clear()
        dialog.open()
        return dialog

    def load(self) -> None:
        self.backups.load()

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, AuditTab | UsersTab | BackupTab):
            tab.load()
