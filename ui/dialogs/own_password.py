"""เปลี่ยนรหัสผ่าน…: the signed-in account changes its own password (any role).

The rules and sentences are the command line's (`users passwd` of one's own name): the
present password is checked again, the new one is at least 8 characters, its repeat must be
the same; the change runs through desktop.safety.ops.change_own_password, which writes the
audit entry. A refusal keeps the dialog open with what was typed.
"""

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

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.safety import accounts, ops
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.dialog import Dialog
from ui.workers import Operation


class OwnPasswordDialog(Dialog):
    """exec() returns Accepted once the password was changed."""

    def __init__(self, database: Database, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        # One change at a time while the hashes are computed. Not by disabling the button: a
        # disabled button hands the focus (and Enter) to the next one, Cancel.
        self.busy = False
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Change the password of %1. From now on, sign in with the new one.").replace(
                "%1", username
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = self._password_field("current_password")
        self.new = self._password_field("new_password")
        self.repeat = self._password_field("repeat_password")
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(
            self.tr("New password (at least %1 characters)").replace("%1", str(accounts.MIN_PASSWORD)),
            self.new,
        )
        form.addRow(self.tr("New password again"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Change password"))
        self.ok_button.setObjectName("change_password")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Made default once it is in the dialog, so the dialog keeps it as its main default:
        # Enter in a field presses it again after a click moved the focus away and back.
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter in the form changes the password, never cancels it
        self.ok_button.clicked.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def change(self) -> None:
        if self.busy:
            return
        self.error.clear()
        if self.new.text() != self.repeat.text():
            self._refused(accounts.passwords_differ(), self.repeat)
            return
        old, new = self.current.text(), self.new.text()
        self.busy = True
        self.operation = run_op(
            self,
            lambda: ops.change_own_password(self.database, old, new),
            lambda _none: self.accept(),
            on_refusal=lambda error: self._refused(error, None),
            on_failure=lambda _error: setattr(self, "busy", False),
        )

    def _refused(self, error: UserError, field: QLineEdit | None) -> None:
        """One sentence in the form; the field to correct is selected (a wrong present password:
        that one; a short new password: the new one), the rest stays as typed."""
        self.error.setText(error.message(current_language()))
        if field is None:  # the operation's refusal: a rule of the new password, else the present one
            field = self.new if isinstance(error, ValidationError) else self.current
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()
