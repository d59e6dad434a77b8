"""Tiles (the overview's figure cards) in one row when they fit, else in two or more rows.

Each tile keeps the width its text needs, so a narrow window (the default 1200 px, a
1366×768 screen) shows "ยังไม่บันทึก Logbook" whole on a second row instead of cutting it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class ReflowGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: list[QWidget] = []
        self.columns = 0

    def addWidget(self, widget: QWidget) -> None:
        self.tiles.append(widget)
        self._place(len(self.tiles))

    def minimumSizeHint(self) -> QSize:
        widest = max((t.sizeHint().width() for t in self.tiles), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:  # a tile's text changed
            self._place(self._columns_for(self.width()))
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))

    def _columns_for(self, width: int) -> int:
        """As many columns as fit at the widest tile's width, balanced (6 tiles: 6, 3, 2 or 1)."""
        if not self.tiles:
            return 1
        spacing = max(self.grid.horizontalSpacing(), 0)
        widest = max(t.sizeHint().width() for t in self.tiles)
        fit = max(1, min(len(self.tiles), (width + spacing) // (widest + spacing)))
        rows = math.ceil(len(self.tiles) / fit)
        return math.ceil(len(self.tiles) / rows)

    def _place(self, columns: int) -> None:
        if columns == self.columns and self.grid.count() == len(self.tiles):
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(len(self.tiles)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
