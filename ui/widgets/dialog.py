"""The base of the program's dialogs: it takes the keyboard when it opens and fits the screen.

Esc closes it (QDialog's own reject, kept: nothing here overrides keyPressEvent). A dialog
shown beside the main window (the start-up reminder, a household opened from the list)
is raised and activated, so that the clerk's next key goes to it and not to the page
behind; and a dialog whose preferred size is larger than the screen (the document
preview asks for 900×900) opens at the screen's size instead of running off its edge.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), room.width())
    height = min(window.height(), room.height() - 40)  # the title bar is outside the size
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))


class Dialog(QDialog):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)
        self.raise_()
        self.activateWindow()
        if self.focusWidget() is None:  # no default button took it: the first field does
            self.focusNextChild()
