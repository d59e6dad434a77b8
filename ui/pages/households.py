"""ครัวเรือน: the household list — filters, type-to-search, sorting, export, import, details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database.enums import LogbookStatus
from desktop.db import Database
from desktop.households.export import HouseholdFilter, export_households
from desktop.households.listing import filter_choices
from desktop.settings import Settings
from ui.messages import show_error
from ui.pages.base import Page
from ui.pages.household_detail import HouseholdDialog
from ui.pages.household_import import ImportDialog
from ui.pages.household_model import HouseholdTableModel


class HouseholdsPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading(self.title()))
        top.addStretch(1)
        self.import_button = QPushButton(self.tr("Import spreadsheet…"))
        self.export_button = QPushButton(self.tr("Export list to Excel…"))
        self.open_button = QPushButton(self.tr("Open household"))
        for button in (self.import_button, self.export_button, self.open_button):
            top.addWidget(button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, national ID or house number"))
        self.search_edit.setClearButtonEnabled(True)
        self.subdistrict_combo = QComboBox()
        self.village_combo = QComboBox()
        self.group_combo = QComboBox()
        self.logbook_combo = QComboBox()
        self.programme_combo = QComboBox()
        filters.addWidget(self.search_edit, 3)
        for label, combo in (
            (self.tr("Subdistrict"), self.subdistrict_combo),
            (self.tr("Village"), self.village_combo),
            (self.tr("Group"), self.group_combo),
            (self.tr("Logbook"), self.logbook_combo),
            (self.tr("Programme"), self.programme_combo),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.model = HouseholdTableModel(database, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setVisible(False)  # row numbers cost a header section per row
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((150, 210, 80, 60, 110, 100, 60, 120)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self.search_edit.textChanged.connect(self._search)
        for combo in (
            self.subdistrict_combo,
            self.village_combo,
            self.group_combo,
            self.logbook_combo,
            self.programme_combo,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.open_import)
        self._filling = False

    def title(self) -> str:
        return self.tr("Households")

    def load(self) -> None:
        self.fill_filters()
        self.model.reload()
        self._update_count()

    def fill_filters(self) -> None:
        with self.database.session() as session:
            choices = filter_choices(session)
        self._filling = True
        everything = self.tr("All")
        self.subdistrict_combo.clear()
        self.subdistrict_combo.addItem(everything, None)
        for name in choices.subdistricts:
            self.subdistrict_combo.addItem(name, name)
        self.village_combo.clear()
        self.village_combo.addItem(everything, None)
        for number in choices.villages:
            self.village_combo.addItem(self.tr("Village %1").replace("%1", str(number)), number)
        self.group_combo.clear()
        self.group_combo.addItem(everything, None)
        for group in (1, 2, 3, 4):
            self.group_combo.addItem(self.tr("Group %1").replace("%1", str(group)), group)
        self.logbook_combo.clear()
        self.logbook_combo.addItem(everything, None)
        for status, text in (
            (LogbookStatus.NOT_CHECKED, self.tr("not checked")),
            (LogbookStatus.FOUND, self.tr("found")),
            (LogbookStatus.NOT_FOUND, self.tr("not found")),
            (LogbookStatus.ENTERED, self.tr("entered")),
        ):
            self.logbook_combo.addItem(text, status.value)
        self.programme_combo.clear()
        self.programme_combo.addItem(everything, None)
        for programme_id, name in choices.programmes:
            self.programme_combo.addItem(name, programme_id)
        self._filling = False

    def current_filters(self) -> HouseholdFilter:
        status = self.logbook_combo.currentData()
        return HouseholdFilter(
            subdistrict=self.subdistrict_combo.currentData(),
            village_no=self.village_combo.currentData(),
            target_group=self.group_combo.currentData(),
            logbook_status=LogbookStatus(status) if status else None,
            programme_id=self.programme_combo.currentData(),
        )

    def _filters_changed(self) -> None:
        if self._filling:
            return
        self.model.set_filters(self.current_filters())
        self._update_count()

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_count()

    def selected_ids(self) -> list[int]:
        return [self.model.household_id(index.row()) for index in self.table.selectionModel().selectedRows()]

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("%1 households shown").replace("%1", f"{shown:,}")
        if shown != total:
            text = (
                self.tr("%1 of %2 households shown").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
            )
        selected = len(self.table.selectionModel().selectedRows())
        if selected:
            text += " · " + self.tr("%1 selected").replace("%1", f"{selected:,}")
        self.count_label.setText(text)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_household(self.model.household_id(index.row()))

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_household(ids[0])

    def open_household(self, household_id: int) -> HouseholdDialog:
        dialog = HouseholdDialog(self.database, household_id, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def export(self, path: Path | None = None) -> int | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export list to Excel"), "households.xlsx", self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            with self.database.session() as session:
                count = export_households(session, path, self.model.current_filter())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export"), str(error))
            return None
        except Exception as error:
            show_error(self, error)
            return None
        self.count_label.setText(
            self.tr("%1 households exported to %2").replace("%1", f"{count:,}").replace("%2", str(path))
        )
        return count

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.database, self)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        self.fill_filters()
        self.refresh()
