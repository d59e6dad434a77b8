"""Sign-in at start; on the first run it creates the administrator; it also unlocks an idle window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database.enums import Role
from desktop.db import Database
from desktop.errors import UserError
from desktop.safety import accounts, ops
from desktop.safety.access import CurrentUser
from ui.messages import current_language
from ui.widgets.dialog import Dialog


class SignInDialog(Dialog):
    """exec() returns Accepted with .user set; locked_user: unlock mode for that account only."""

    def __init__(self, database: Database, parent: QWidget | None = None, locked_user: str = "") -> None:
        super().__init__(parent)
        self.database = database
        self.user: CurrentUser | None = None
        self.locked_user = locked_user
        self.first_run = not locked_user and ops.needs_first_admin(database)
        self.setWindowTitle(self.tr("Sign in — Amphoe Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel()
        intro.setWordWrap(True)
        if self.first_run:
            intro.setText(
                self.tr(
                    "First start: create the administrator account. The administrator adds the other "
                    "clerks and is the only one who may restore backups."
                )
            )
        elif locked_user:
            intro.setText(
                self.tr(
                    "The window was locked after a period without use. Enter the password of %1."
                ).replace("%1", locked_user)
            )
        else:
            intro.setText(self.tr("Sign in with your user name and password."))
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(locked_user)
        self.username.setObjectName("username")
        self.username.setReadOnly(bool(locked_user))
        form.addRow(self.tr("User name"), self.username)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if self.first_run:
            form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        if self.first_run:
            form.addRow(self.tr("Password again"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        label = self.tr("Create administrator") if self.first_run else self.tr("Sign in")
        self.ok_button = QPushButton(label)
        self.ok_button.setObjectName("sign_in")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Made default once it is in the dialog, so the dialog keeps it as its main default:
        # Enter in a field presses it again after a click moved the focus away and back.
        self.ok_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)  # Enter in the form signs in, never quits
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.try_accept)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if locked_user else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_accept(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        try:
            if self.first_run:
                if password != self.repeat.text():
                    self.error.setText(self.tr("The two passwords differ."))
                    return
                ops.add_user(self.database, username, self.full_name.text(), Role.ADMIN, password)
            self.user = accounts.sign_in(self.database, username, password)
        except UserError as error:
            self.error.setText(error.message(current_language()))
            self.password.clear()
            return
        self.accept()
