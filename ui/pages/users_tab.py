"""User accounts (administrator only): add, change role, reset password, unlock, deactivate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import Role
from desktop.db import Database
from desktop.operations import Outcome
from desktop.safety import accounts, ops
from desktop.safety.access import ROLE_EN, ROLE_TH
from ui.messages import current_language
from ui.operations import run_op
from ui.workers import Operation


class UsersTab(QWidget):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.operation: Operation | None = None
        self.rows: list[accounts.UserRow] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Account"))
        form = QFormLayout(box)
        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("new_full_name")
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for role in Role:
            self.role.addItem(ROLE_TH[role] if current_language() == "th" else ROLE_EN[role], role.value)
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password (at least 8 characters)"), self.password)
        layout.addWidget(box)
        actions = QHBoxLayout()
        self.add_button = self._button("add_user", self.tr("Add user"), self.add_user, actions)
        self.role_button = self._button(
            "set_role", self.tr("Give the selected user this role"), self.set_role, actions
        )
        self.password_button = self._button(
            "reset_password", self.tr("Set the selected user's password"), self.reset_password, actions
        )
        self.unlock_button = self._button("unlock", self.tr("Unlock"), self.unlock, actions)
        self.active_button = self._button(
            "toggle_active", self.tr("Deactivate / activate"), self.toggle, actions
        )
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel()
        self.status.setObjectName("users_status")
        layout.addWidget(self.status)

    def _button(self, name: str, text: str, slot: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def load(self) -> None:
        self.rows = ops.list_users(self.database)
        self.table.setRowCount(len(self.rows))
        thai = current_language() == "th"
        for index, user in enumerate(self.rows):
            state = self.tr("active") if user.active else self.tr("deactivated")
            if user.locked():
                state = self.tr("locked")
            values = [
                user.username,
                user.full_name,
                ROLE_TH[user.role] if thai else ROLE_EN[user.role],
                state,
            ]
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))

    def selected(self) -> accounts.UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _run(self, change: Callable[[], Outcome[Any]], done: str) -> None:
        self.operation = run_op(self, change, lambda _value: self._done(done))

    def _done(self, done: str) -> None:
        self.password.clear()
        self.status.setText(done)
        self.load()

    def add_user(self) -> None:
        username = self.username.text().strip()
        full_name, role, password = self.full_name.text(), Role(self.role.currentData()), self.password.text()
        database = self.database
        self._run(
            lambda: ops.add_user(database, username, full_name, role, password),
            self.tr("User %1 added.").replace("%1", username),
        )

    def _with_selected(self, action: Callable[[accounts.UserRow], Outcome[Any]], done: str) -> None:
        user = self.selected()
        if user is None:
            self.status.setText(self.tr("Select a user in the list first."))
            return
        self._run(lambda: action(user), done.replace("%1", user.username))

    def set_role(self) -> None:
        role = Role(self.role.currentData())
        self._with_selected(
            lambda u: ops.change_user(self.database, u.id, role=role), self.tr("Role of %1 changed.")
        )

    def reset_password(self) -> None:
        password = self.password.text()
        self._with_selected(
            lambda u: ops.set_password(self.database, u.id, password), self.tr("Password of %1 set.")
        )

    def unlock(self) -> None:
        self._with_selected(lambda u: ops.unlock(self.database, u.id), self.tr("%1 unlocked."))

    def toggle(self) -> None:
        self._with_selected(
            lambda u: ops.change_user(self.database, u.id, active=not u.active), self.tr("%1 changed.")
        )
