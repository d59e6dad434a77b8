"""A form that scrolls instead of making the window taller (or wider) than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area that resizes it: at a roomy size it looks the
    same; on a 1366×768 screen its minimum size no longer counts toward the window's."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
