"""A table model over household ids: rows are read from the database a block at a time, as shown."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from database.enums import LogbookStatus
from desktop.db import Database
from desktop.households import ops
from desktop.households.export import HouseholdFilter
from desktop.households.listing import Col, Row, Searcher
from desktop.progress import Progress
from desktop.thai import format_national_id
from ui.messages import show_error
from ui.workers import run_in_background

BLOCK = 100  # rows read at a time: a screenful and a bit, fast enough for every keystroke
MAX_ROWS = 10_000  # households whose values stay in memory (the most recently shown)
_UNREAD: Any = object()

AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
USER = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NATIONAL_ID, NAME, HOUSE_NO, VILLAGE_NO, SUBDISTRICT, GROUP, MEMBERS, INCOME, LOGBOOK = (int(c) for c in Col)
RIGHT_ALIGNED = {VILLAGE_NO, GROUP, MEMBERS, INCOME}


class HouseholdTableModel(QAbstractTableModel):
    """Keeps (id, search text) for the filtered list and the values of the blocks lately shown."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.filters = HouseholdFilter()
        self.sort_column: Col | None = None
        self.descending = False
        self._entries: list[tuple[int, str]] = []
        self._searcher = Searcher([])
        self._text = ""
        self._ids: list[int] = []
        # household id → its shown values (None: deleted since the ids were read). Keyed by id, not
        # by row: a search or a sort moves households to other rows, their values stay right.
        self._rows: OrderedDict[int, Row | None] = OrderedDict()
        self._generation = 0
        self._headers = [
            self.tr("National ID"),
            self.tr("Head of household"),
            self.tr("House no."),
            self.tr("Village no."),
            self.tr("Subdistrict"),
            self.tr("Target group"),
            self.tr("Members"),
            self.tr("Income/person/year"),
            self.tr("Logbook"),
        ]
        self._status = {
            LogbookStatus.NOT_CHECKED: self.tr("not checked"),
            LogbookStatus.FOUND: self.tr("found"),
            LogbookStatus.NOT_FOUND: self.tr("not found"),
            LogbookStatus.ENTERED: self.tr("entered"),
        }

    # --- what the page asks for
    def reload(self) -> None:
        """Read the ids again (after a filter or sort change, an import or an edit)."""
        self._generation += 1
        entries = ops.ordered_ids(self.database, self.filters, self.sort_column, self.descending)
        self._apply(entries)

    def reload_in_background(self, parent: QWidget, on_done: Callable[[], None]) -> None:
        """The first, long read of 100k ids off the GUI thread; a later reload() wins over it."""
        self._generation += 1
        generation = self._generation
        database, filters, sort, descending = self.database, self.filters, self.sort_column, self.descending

        def work(_progress: Progress) -> list[tuple[int, str]]:
            return ops.ordered_ids(database, filters, sort, descending)

        def done(entries: list[tuple[int, str]]) -> None:
            if generation == self._generation:  # not overtaken by a filter chosen meanwhile
                self._apply(entries)
            on_done()

        self.loading = run_in_background(
            parent, self.tr("Loading households…"), work, done, lambda error: show_error(parent, error)
        )

    def _apply(self, entries: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._entries = entries
        self._searcher = Searcher(entries)
        self._ids = self._searcher(self._text)
        self._rows.clear()  # read again: an edit or an import may have changed them
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Type-to-search: in memory over the loaded search texts, no database round trip."""
        self._text = text
        ids = self._searcher(text)
        if ids == self._ids:
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def set_filters(self, filters: HouseholdFilter) -> None:
        self.filters = filters
        self.reload()

    def household_id(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return list(self._ids)

    def total(self) -> int:
        return len(self._entries)

    def current_filter(self) -> HouseholdFilter:
        return HouseholdFilter(**{**self.filters.__dict__, "search": self._text})

    # --- QAbstractTableModel
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def _row(self, row: int) -> Row | None:
        household_id = self._ids[row]
        found = self._rows.get(household_id, _UNREAD)
        if found is not _UNREAD:
            self._rows.move_to_end(household_id)
            return cast("Row | None", found)
        start = row - row % BLOCK
        wanted = [i for i in self._ids[start : start + BLOCK] if i not in self._rows]
        loaded = ops.load_rows(self.database, wanted)
        for i in wanted:
            self._rows[i] = loaded.get(i)
        while len(self._rows) > MAX_ROWS:
            self._rows.popitem(last=False)
        return loaded.get(household_id)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Called thousands of times per repaint: cheap checks first, plain ints for columns.
        if role != DISPLAY and role != TOOLTIP:  # noqa: PLR1714
            if role == ALIGNMENT and index.column() in RIGHT_ALIGNED:
                return RIGHT
            if role == USER and index.isValid():
                return self._ids[index.row()]
            return None
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._ids):
            return None
        row = self._row(row_number)
        if row is None:  # deleted since the ids were read
            return None
        column = index.column()
        if column == NATIONAL_ID:
            return format_national_id(row.national_id) if row.national_id else "—"
        if column == NAME:
            return row.name
        if column == HOUSE_NO:
            return row.house_no
        if column == VILLAGE_NO:
            return "" if row.village_no is None else str(row.village_no)
        if column == SUBDISTRICT:
            return row.subdistrict
        if column == GROUP:
            return row.group
        if column == MEMBERS:
            return str(row.members)
        if column == INCOME:
            return "" if row.income is None else f"{row.income:,}"
        if column == LOGBOOK:
            return self._status[row.logbook_status]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = Col(column) if column >= 0 else None
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._generation:  # not before the first load (QTableView sorts as soon as sorting is enabled)
            self.reload()
