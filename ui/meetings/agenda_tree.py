"""The agenda as a two-level tree: sections and their items; drag and drop reorders them.

The tree never moves its own rows: a drop is turned into (item, new parent, index), the
service checks and stores it, and the editor reloads the tree from the database.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.meetings.detail import ItemView

ID_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaTree(QTreeWidget):
    moved = Signal(int, object, int)  # item id, new parent id (None for a section), index
    item_selected = Signal(object)  # item id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.currentItemChanged.connect(
            lambda current, _previous: self.item_selected.emit(current.data(0, ID_ROLE) if current else None)
        )

    def populate(self, items: list[ItemView], select_id: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        section: QTreeWidgetItem | None = None
        chosen: QTreeWidgetItem | None = None
        for item in items:
            text = f"{item.label}  {item.title}"
            if item.households:
                text += "  " + self.tr("(%1 households)").replace("%1", str(item.households))
            if item.parent_id is None or section is None:
                row = QTreeWidgetItem(self, [text])
                row.setFont(0, bold)
                row.setData(0, SECTION_ROLE, True)
                section = row
            else:
                row = QTreeWidgetItem(section, [text])
                row.setData(0, SECTION_ROLE, False)
            row.setData(0, ID_ROLE, item.id)
            row.setToolTip(0, text)
            if item.id == select_id:
                chosen = row
        self.expandAll()
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)

    def current_id(self) -> int | None:
        current = self.currentItem()
        return int(current.data(0, ID_ROLE)) if current else None

    def current_section_id(self) -> int | None:
        current = self.currentItem()
        if current is None:
            return None
        section = current.parent() or current
        return int(section.data(0, ID_ROLE))

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.drop_target(dragged, event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is not None and target is not None:
            self.moved.emit(int(dragged.data(0, ID_ROLE)), target[0], target[1])

    def drop_target(self, dragged: QTreeWidgetItem | None, pos: QPoint) -> tuple[int | None, int] | None:
        """Where a drop at pos puts dragged: (parent id or None, index among the others)."""
        if dragged is None:
            return None
        over = self.itemAt(pos)
        is_section = bool(dragged.data(0, SECTION_ROLE))
        if over is None:
            return (None, self.topLevelItemCount()) if is_section else None
        rect = self.visualItemRect(over)
        zone = "above" if pos.y() < rect.top() + rect.height() / 4 else "on"
        if pos.y() > rect.bottom() - rect.height() / 4:
            zone = "below"
        if is_section:
            section = over.parent() or over
            index = self.indexOfTopLevelItem(section) + (0 if zone == "above" and over is section else 1)
            if self.indexOfTopLevelItem(dragged) < index:
                index -= 1
            return None, index
        if over.parent() is None:  # over a section
            if zone == "above":
                previous = self.indexOfTopLevelItem(over) - 1
                if previous < 0:
                    return None
                before = self.topLevelItem(previous)
                assert before is not None
                return int(before.data(0, ID_ROLE)), before.childCount()
            return int(over.data(0, ID_ROLE)), 0 if zone == "below" else over.childCount()
        parent = over.parent()
        assert parent is not None
        index = parent.indexOfChild(over) + (0 if zone == "above" else 1)
        if dragged.parent() is parent and parent.indexOfChild(dragged) < index:
            index -= 1
        return int(parent.data(0, ID_ROLE)), index
