"""Void a number of the outgoing letter register (ยกเลิกเลข): the number stays taken, with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.widgets.dialog import Dialog


class VoidLetterDialog(Dialog):
    def __init__(self, number: str, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void letter number %1").replace("%1", number))
        form = QFormLayout(self)
        note = QLabel(
            self.tr("Letter %1 (%2) will be marked void. The number is never given to another letter.")
            .replace("%1", number)
            .replace("%2", subject)
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QLineEdit()
        self.reason.setObjectName("void_reason")
        self.reason.setPlaceholderText(self.tr("e.g. typed in error, letter not sent"))
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Void the number"))
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(480, 0)
