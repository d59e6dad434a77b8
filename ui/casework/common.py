"""Small pieces the casework widgets share: labels for stored values, dates, paged tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from database.enums import MpiDimension, NominationStatus, PlanStatus, Stage
from desktop.casework.catalogues import AgencyView, RemedyView
from desktop.thai import screen_date
from ui.messages import current_language
from ui.widgets.be_date import BEDateEdit

Index = QModelIndex | QPersistentModelIndex


class Labels(QObject):
    """Translated names of stored values (the database keeps the English codes)."""

    def stage(self, stage: Stage) -> str:
        return {
            Stage.HARDSHIP: self.tr("Hardship"),
            Stage.DIFFICULT: self.tr("Difficult"),
            Stage.MANAGEABLE: self.tr("Manageable"),
            Stage.WELL: self.tr("Living well"),
        }[stage]

    def plan_status(self, status: PlanStatus) -> str:
        return {
            PlanStatus.PLANNED: self.tr("Planned"),
            PlanStatus.IN_PROGRESS: self.tr("In progress"),
            PlanStatus.DONE: self.tr("Done"),
            PlanStatus.HANDED_TO_PROVINCE: self.tr("Handed to the province"),
        }[status]

    def dimension(self, dimension: MpiDimension) -> str:
        return {
            MpiDimension.HEALTH: self.tr("Health"),
            MpiDimension.LIVING: self.tr("Living conditions"),
            MpiDimension.EDUCATION: self.tr("Education"),
            MpiDimension.INCOME: self.tr("Income"),
            MpiDimension.ACCESS: self.tr("Access to public services"),
        }[dimension]

    def nomination_status(self, status: NominationStatus) -> str:
        return {
            NominationStatus.NOMINATED: self.tr("Nominated"),
            NominationStatus.CHECKED_IN_LOGBOOK: self.tr("Checked in Logbook"),
            NominationStatus.APPROVED: self.tr("Approved by resolution"),
            NominationStatus.SUBMITTED: self.tr("Submitted"),
            NominationStatus.WITHDRAWN: self.tr("Withdrawn"),
        }[status]


LABELS: Labels | None = None


def labels() -> Labels:
    global LABELS
    if LABELS is None:
        LABELS = Labels()
    return LABELS


def date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = BEDateEdit(parent=parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    day = value or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def show_date(value: dt.date | None) -> str:
    """A short date in the window's one style (desktop.thai.screen_date): '22 พ.ย. 69' in
    Thai, '22 Nov 2026' in English."""
    if value is None:
        return ""
    return screen_date(value, current_language(), short=True)


def fill_agencies(combo: QComboBox, agencies: Sequence[AgencyView], none_text: str = "") -> None:
    combo.clear()
    if none_text:
        combo.addItem(none_text, None)
    for agency in agencies:
        combo.addItem(agency.label, agency.id)


def fill_remedies(combo: QComboBox, remedies: Sequence[RemedyView], none_text: str) -> None:
    """The menu grouped by MPI dimension: a disabled heading before each group."""
    combo.clear()
    combo.addItem(none_text, None)
    current: MpiDimension | None = None
    for remedy in remedies:
        if remedy.dimension != current:
            current = remedy.dimension
            combo.addItem(f"— {labels().dimension(current)} —", None)
            item = combo.model().index(combo.count() - 1, 0)
            combo.model().setData(item, 0, Qt.ItemDataRole.UserRole - 1)  # disabled heading
        combo.addItem(f"   {remedy.code} {remedy.title}", remedy.id)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows, fetched in pages as the view scrolls."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[object]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.cells = cells
        self.rows: list[Any] = []
        self.total = 0
        self.fetch: Callable[[int, int], list[Any]] | None = None
        self.page_size = 200

    def reset(
        self, rows: list[Any], total: int | None = None, fetch: Callable[[int, int], list[Any]] | None = None
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = len(rows) if total is None else total
        self.fetch = fetch
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.cells(self.rows[index.row()])[index.column()]
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.fetch is None or parent.isValid():
            return
        more = self.fetch(len(self.rows), self.page_size)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def row(self, number: int) -> Any:
        return self.rows[number]
