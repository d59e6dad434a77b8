"""A row of buttons that never makes the window wider than the screen.

Buttons that do not fit at the row's current width are hidden and offered instead in a
"More ▾" menu at the row's end (the same buttons: a menu entry clicks the hidden button, so
its handler, enabled state and tests stay the same). Other widgets (a combo box, a label)
stay in the row and keep their own minimum width. Used in place of a QHBoxLayout:

    row = OverflowRow()
    row.addWidget(combo, 1)
    row.addWidget(button)
    layout.addWidget(row)           # instead of layout.addLayout(hbox)
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget


class OverflowRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.more = QToolButton(self)
        self.more.setObjectName("overflowMore")
        self.more.setText(self.tr("More ▾"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # the ▾ says it
        self.more.setMenu(QMenu(self.more))
        self.more.menu().aboutToShow.connect(self._fill_menu)
        self.more.hide()
        self.row.addWidget(self.more)
        self.widgets: list[QWidget] = []
        self.overflowed: list[QAbstractButton] = []  # hidden by us, not by the page

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self.row.insertWidget(self.row.count() - 1, widget, stretch)
        self.widgets.append(widget)

    def addStretch(self, stretch: int = 1) -> None:
        self.row.insertStretch(self.row.count() - 1, stretch)

    def addSpacing(self, size: int) -> None:
        self.row.insertSpacing(self.row.count() - 1, size)

    def minimumSizeHint(self) -> QSize:
        """The widgets that never overflow and the More button: every button can go into the menu."""
        spacing = max(self.row.spacing(), 0)
        width = self.more.sizeHint().width()
        height = self.more.sizeHint().height()
        for widget in self.widgets:
            if isinstance(widget, QAbstractButton) or (widget.isHidden() and widget not in self.overflowed):
                continue
            width += spacing + max(widget.minimumSizeHint().width(), widget.minimumWidth())
            height = max(height, widget.sizeHint().height())
        return QSize(width, height)

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        spacing = max(self.row.spacing(), 0)
        width = sum(w.sizeHint().width() + spacing for w in self._shown())
        return QSize(max(width, hint.width()), hint.height())

    def _shown(self) -> list[QWidget]:
        """The widgets the page wants seen (in the row or in the menu)."""
        return [w for w in self.widgets if not w.isHidden() or w in self.overflowed]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        """Hide trailing buttons until the rest fits in the row's width."""
        for button in self.overflowed:
            button.setVisible(True)
        self.overflowed = []
        spacing = max(self.row.spacing(), 0)
        shown = self._shown()

        def needed(widgets: list[QWidget]) -> int:
            return sum(
                spacing
                + (
                    w.sizeHint().width()  # a button whole, or in the menu
                    if isinstance(w, QAbstractButton)
                    else max(w.minimumSizeHint().width(), w.minimumWidth())
                )
                for w in widgets
            )

        available = self.width()
        if needed(shown) - spacing <= available:
            self.more.hide()
            return
        available -= self.more.sizeHint().width()
        for widget in reversed(shown):
            if needed(shown) <= available:
                break
            if isinstance(widget, QAbstractButton):
                shown.remove(widget)
                self.overflowed.insert(0, widget)
        for button in self.overflowed:
            button.setVisible(False)
        self.more.setVisible(bool(self.overflowed))

    def action_for(self, button: QAbstractButton) -> QAction | None:
        """The More menu's entry for this button, when it is in the menu (tests click it)."""
        if button not in self.overflowed:
            return None
        self._fill_menu()
        return next(a for a in self.more.menu().actions() if a.text() == button.text())

    def _fill_menu(self) -> None:
        menu = self.more.menu()
        menu.clear()
        for button in self.overflowed:
            if isinstance(button, QToolButton) and button.menu() is not None:
                menu.addMenu(button.menu()).setText(button.text())  # a button that opens a menu
                continue
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
