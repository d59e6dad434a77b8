"""ครัวเรือน: the household list — filters, type-to-search, sorting, export, import, details."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database.enums import LogbookStatus
from desktop.db import Database
from desktop.households import ops
from desktop.households.export import HouseholdFilter
from desktop.settings import Settings
from desktop.thai import thai_date_short
from ui.casework.nominate import NominateDialog
from ui.operations import run_op
from ui.pages.base import Page
from ui.pages.household_detail import HouseholdDialog
from ui.pages.household_import import ImportDialog
from ui.pages.household_merged import MergedHouseholdsDialog
from ui.pages.household_model import HouseholdTableModel
from ui.pages.logbook_import import LogbookImportDialog
from ui.widgets.combo import compact
from ui.widgets.overflow import OverflowRow


class HouseholdsPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        layout = QVBoxLayout(self)
        top = OverflowRow()  # buttons that do not fit go into its "More" menu
        top.addWidget(self.heading(self.title()))
        top.addStretch(1)
        self.import_button = QPushButton(self.tr("Import spreadsheet…"))
        self.export_button = QPushButton(self.tr("Export list to Excel…"))
        self.pdf_button = QPushButton(self.tr("Print list (PDF)…"))
        self.open_button = QPushButton(self.tr("Open household"))
        self.merged_button = QPushButton(self.tr("Merged by address…"))  # issue #18: review, split
        self.merged_button.clicked.connect(self.open_merged)
        self.nominate_button = QPushButton(self.tr("Nominate for a programme…"))
        self.nominate_button.clicked.connect(lambda _=False: self.nominate_selected())
        self.logbook_button = QPushButton(self.tr("Import Logbook results…"))  # issue #19: was CLI-only
        self.logbook_button.clicked.connect(self.open_logbook_import)
        for button in (self.import_button, self.export_button, self.pdf_button, self.open_button):
            top.addWidget(button)
        top.addWidget(self.nominate_button)
        top.addWidget(self.merged_button)
        top.addWidget(self.logbook_button)
        layout.addWidget(top)

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
            filters.addWidget(compact(combo, 6), 1)
        layout.addLayout(filters)

        # What the overview's click-through filters by beyond the combo boxes, with a way out.
        self.overview_bar = QWidget()
        self.overview_bar.setObjectName("overviewFilterBar")
        bar = QHBoxLayout(self.overview_bar)
        bar.setContentsMargins(8, 2, 8, 2)
        self.overview_label = QLabel()
        self.overview_label.setWordWrap(True)
        self.clear_overview_button = QPushButton(self.tr("Clear"))
        bar.addWidget(self.overview_label, 1)
        bar.addWidget(self.clear_overview_button)
        self.overview_bar.setStyleSheet("#overviewFilterBar { background: #fff4d6; border-radius: 4px; }")
        self.overview_bar.hide()
        self.clear_overview_button.clicked.connect(self.clear_overview_filter)
        self._extra = HouseholdFilter()
        layout.addWidget(self.overview_bar)

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
        self.table.activated.connect(self._open_index)  # Enter or a double click
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(lambda _=False: self.export())
        self.pdf_button.clicked.connect(lambda _=False: self.export_pdf())
        self.import_button.clicked.connect(self.open_import)
        self._filling = False
        self.last_export_count: int | None = None

    def load(self) -> None:
        """Filters now; the 100k ids in a worker so the window stays responsive."""
        self.fill_filters()
        self.count_label.setText(self.tr("Loading households…"))
        self.model.reload_in_background(self, self._update_count)

    def fill_filters(self) -> None:
        choices = ops.filter_choices(self.database)
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
        """The combo boxes, plus what a click-through from the overview added beyond them."""
        status = self.logbook_combo.currentData()
        extra = self._extra
        return replace(
            extra,
            subdistrict=self.subdistrict_combo.currentData()
            if extra.subdistrict is None
            else extra.subdistrict,
            village_no=self.village_combo.currentData(),
            target_group=self.group_combo.currentData(),
            logbook_status=LogbookStatus(status) if status else None,
            programme_id=self.programme_combo.currentData()
            if extra.programme_id is None
            else extra.programme_id,
        )

    def show_filter(self, d: dict[str, Any]) -> None:
        """Show the households an overview click stands for: combos where they can, a bar for the rest."""
        self.activate()
        wanted = HouseholdFilter.from_dict(d)
        self._filling = True
        self.search_edit.clear()
        # What the combo boxes cannot show stays in the overview bar; they show the rest.
        extra = replace(
            wanted,
            subdistrict=None,
            village_no=None,
            target_group=None,
            logbook_status=None,
            programme_id=None,
            search="",
        )
        for combo, value in (
            (self.subdistrict_combo, wanted.subdistrict),
            (self.village_combo, wanted.village_no),
            (self.group_combo, wanted.target_group),
            (self.logbook_combo, wanted.logbook_status.value if wanted.logbook_status else None),
            (self.programme_combo, wanted.programme_id),
        ):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            if value is not None and index < 0:  # not among the choices (e.g. no ตำบล): keep it in the bar
                if combo is self.subdistrict_combo:
                    extra.subdistrict = wanted.subdistrict
                elif combo is self.programme_combo:
                    extra.programme_id = wanted.programme_id
        self._filling = False
        self._extra = extra
        self._show_overview_bar()
        self.model.set_filters(self.current_filters())
        self._update_count()

    def clear_overview_filter(self) -> None:
        self._extra = HouseholdFilter()
        self._show_overview_bar()
        self._filters_changed()

    def _show_overview_bar(self) -> None:
        parts = self._describe(self._extra)
        self.overview_bar.setVisible(bool(parts))
        self.overview_label.setText(
            self.tr("Filtered from the overview: %1").replace("%1", " · ".join(parts))
        )

    def _describe(self, extra: HouseholdFilter) -> list[str]:
        parts: list[str] = []
        if extra.subdistrict == "":
            parts.append(self.tr("no subdistrict"))
        if extra.programme_id is not None:
            parts.append(self.tr("programme no. %1").replace("%1", str(extra.programme_id)))
        if extra.stage is not None:
            stages = {
                "": self.tr("stage not assessed"),
                "hardship": self.tr("stage: hardship"),
                "difficult": self.tr("stage: difficult"),
                "manageable": self.tr("stage: manageable"),
                "well": self.tr("stage: well"),
            }
            parts.append(stages.get(extra.stage, extra.stage))
        if extra.plan is not None:
            plans = {
                "open": self.tr("with open plan items"),
                "done": self.tr("with plan items done"),
                "overdue": self.tr("with overdue plan items"),
            }
            text = plans[extra.plan]
            if extra.fiscal_year is not None:
                text += " " + self.tr("in fiscal year %1").replace("%1", str(extra.fiscal_year))
            parts.append(text)
        if extra.activity_from is not None or extra.activity_to is not None:
            first = thai_date_short(extra.activity_from) if extra.activity_from else "…"
            last = thai_date_short(extra.activity_to) if extra.activity_to else "…"
            parts.append(self.tr("with an activity %1 – %2").replace("%1", first).replace("%2", last))
        if extra.logbook_entered is not None:
            parts.append(
                self.tr("activity entered in Logbook")
                if extra.logbook_entered
                else self.tr("activity not yet entered in Logbook")
            )
        return parts

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

    def search_field(self) -> QWidget:
        return self.search_edit

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

    def nominate_selected(self) -> NominateDialog | None:
        """The selected households (one or many) → choose a programme and a reason."""
        ids = self.selected_ids()
        if not ids:
            self.count_label.setText(self.tr("Select the households to nominate first."))
            return None
        dialog = NominateDialog(self.database, ids, self)
        dialog.accepted.connect(lambda: self.count_label.setText(dialog.summary()))
        dialog.open()
        self.nominate_dialog = dialog
        return dialog

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def export(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export list to Excel"), "households.xlsx", self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        database, filters, target = self.database, self.model.current_filter(), path
        self.export_operation = run_op(
            self,
            lambda: ops.export_households(database, target, filters),
            lambda count: self._exported(count, target),
            title=self.tr("Writing the list…"),
        )

    def _exported(self, count: int, path: Path) -> None:
        self.last_export_count = count
        self.count_label.setText(
            self.tr("%1 households exported to %2").replace("%1", f"{count:,}").replace("%2", str(path))
        )

    def export_pdf(self, path: Path | None = None) -> None:
        """The list as shown, as a landscape PDF table (IDs masked), written off the GUI thread."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print list (PDF)"), "households.pdf", self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        database, filters, target = self.database, self.model.current_filter(), path
        self.pdf_operation = run_op(
            self,
            lambda: ops.export_household_list(database, target, filters),
            lambda count: self._exported(count, target),
            title=self.tr("Writing the PDF…"),
        )

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.database, self)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def open_merged(self) -> MergedHouseholdsDialog:
        """The households an earlier import merged by address alone, to split or keep."""
        dialog = MergedHouseholdsDialog(self.database, self)
        dialog.changed.connect(self._after_import)
        dialog.open()
        return dialog

    def open_logbook_import(self) -> LogbookImportDialog:
        """A TPMAP Logbook export: preview found / not found, then apply."""
        dialog = LogbookImportDialog(self.database, self)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        self.fill_filters()
        self.refresh()
