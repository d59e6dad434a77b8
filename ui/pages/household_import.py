"""Import wizard: choose a file → correct the column mapping and the sheet's shape (save them by
name) → preview → import.

The mapping step reads only the top rows; Preview reads the whole file once and plans; Import
writes that plan (a Preview again after changing only the shape or a pair's decision plans anew
from the rows already read). All of it runs off the GUI thread with progress and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.db import Database
from desktop.errors import UserError
from desktop.households import ops
from desktop.households.importing import (
    FIELDS,
    ImportOptions,
    ImportResult,
    Mapping,
    preview_import,
    read_and_map,
    replan,
    run_import,
    write_import,
    write_report,
)
from desktop.households.importing.grouping import SameAddress, Shape
from desktop.households.importing.reader import sheet_names
from desktop.progress import Progress
from ui.messages import current_language, show_error
from ui.widgets.dialog import Dialog
from ui.workers import Operation, run_in_background


class ImportDialog(Dialog):
    imported = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.mapping: Mapping | None = None
        self.import_result: ImportResult | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import households"))
        self.resize(960, 720)  # at most the screen (ui/widgets/dialog.py)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("An .xlsx, .xls or .csv file"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(QLabel(self.tr("File")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.sheet_combo = QComboBox()
        self.saved_combo = QComboBox()
        row.addWidget(QLabel(self.tr("Sheet")))
        row.addWidget(self.sheet_combo, 1)
        row.addWidget(QLabel(self.tr("Saved mapping")))
        row.addWidget(self.saved_combo, 1)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("What each column of the file holds (correct it if needed):")))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Means")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The mapping shows at least 10 columns of the file; the clerk moves the splitter to
        # see more of it or of the results below.
        table = self.mapping_table
        ten_rows = 10 * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        table.setMinimumHeight(ten_rows + table.horizontalHeader().sizeHint().height())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table)
        layout.addWidget(self.splitter, 1)
        outer, lower = layout, QWidget()
        layout = QVBoxLayout(lower)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(lower)

        row = QHBoxLayout()
        self.mapping_name_edit = QLineEdit()
        self.mapping_name_edit.setPlaceholderText(self.tr("Name for this mapping, e.g. TPMAP 2567"))
        self.save_mapping_button = QPushButton(self.tr("Save mapping"))
        self.save_mapping_button.clicked.connect(self.save_current_mapping)
        self.skip_check = QCheckBox(self.tr("Import the valid rows and skip invalid ones"))
        self.shape_combo = QComboBox()
        self.shape_combo.addItem(self.tr("Shape: decided from the columns"), None)
        self.shape_combo.addItem(self.tr("One row per household (the head)"), Shape.PER_HOUSEHOLD.value)
        self.shape_combo.addItem(self.tr("One row per person"), Shape.PER_PERSON.value)
        row.addWidget(self.shape_combo)
        row.addWidget(self.mapping_name_edit, 1)
        row.addWidget(self.save_mapping_button)
        row.addWidget(self.skip_check)
        layout.addLayout(row)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.result_tabs = QTabWidget()
        self.problems_table = self._table(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.differences_table = self._table(
            [
                self.tr("Row"),
                self.tr("Household"),
                self.tr("Field"),
                self.tr("Stored"),
                self.tr("In file"),
                self.tr("Result"),
            ]
        )
        self.pairs_table = self._table(
            [
                self.tr("Address"),
                self.tr("Row"),
                self.tr("Head"),
                self.tr("National ID"),
                self.tr("Row"),
                self.tr("Head"),
                self.tr("National ID"),
                self.tr("One household"),
            ]
        )
        self.decisions: dict[tuple[int, int], bool] = {}  # the clerk's merge-or-keep-apart per pair
        self.result_tabs.addTab(self.problems_table, self.tr("Problems"))
        self.result_tabs.addTab(self.differences_table, self.tr("Differences"))
        self.result_tabs.addTab(self.pairs_table, self.tr("Maybe the same household"))
        layout.addWidget(self.result_tabs, 1)
        layout = outer

        row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Save report…"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.import_button = QPushButton(self.tr("Import"))
        self.close_button = QPushButton(self.tr("Close"))
        self.report_button.clicked.connect(self._report_clicked)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.report_button)
        row.addStretch(1)
        for button in (self.preview_button, self.import_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.pairs_table.itemChanged.connect(self._pair_toggled)
        self.sheet_combo.currentIndexChanged.connect(lambda _: self._reload_mapping())
        self.saved_combo.currentIndexChanged.connect(lambda _: self._reload_mapping())
        self._fill_saved()
        self._update_buttons()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill_saved(self) -> None:
        names = ops.mapping_names(self.database)
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Automatic (by header names)"), None)
        for name in names:
            self.saved_combo.addItem(name, name)
        self.saved_combo.blockSignals(False)

    def _update_buttons(self) -> None:
        ready = self.mapping is not None
        self.preview_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.save_mapping_button.setEnabled(ready)
        self.report_button.setEnabled(self.import_result is not None)

    def path(self) -> Path | None:
        text = self.path_edit.text()
        return Path(text) if text else None

    # --- step 1: the file
    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a household spreadsheet"),
            str(paths.documents_dir()),
            self.tr("Spreadsheets (*.xlsx *.xls *.csv)"),
        )
        if chosen:
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.import_result = None
        self.decisions = {}
        try:
            names = sheet_names(path)
        except UserError as error:
            self._refused(error)
            return
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.blockSignals(False)
        self._reload_mapping()

    def options(self) -> ImportOptions:
        return ImportOptions(
            sheet=self.sheet_combo.currentText() or None,
            mapping_name=self.saved_combo.currentData(),
            mapping=self.edited_mapping(),
            skip_invalid=self.skip_check.isChecked(),
            shape=self.shape_combo.currentData(),
            decisions=dict(self.decisions),
        )

    def _reload_mapping(self) -> None:
        path = self.path()
        if path is None:
            return
        options = ImportOptions(
            sheet=self.sheet_combo.currentText() or None, mapping_name=self.saved_combo.currentData()
        )

        def work(progress: Progress) -> Mapping:  # the top rows only: the header is there
            return read_and_map(self.database, path, options, progress, top_only=True)[1]

        self.mapping = None
        self._update_buttons()
        self.operation = run_in_background(
            self, self.tr("Reading the file…"), work, self._show_mapping, self._failed
        )

    # --- step 2: the mapping
    def _show_mapping(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.summary_label.setText(
            self.tr("Header found in row %1. Check the columns, then press Preview.").replace(
                "%1", str(mapping.header_row + 1)
            )
        )
        self.mapping_table.setRowCount(len(mapping.headers))
        for row, header in enumerate(mapping.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header or f"({row + 1})"))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for spec in FIELDS:
                combo.addItem(spec.th, spec.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(row))))
            self.mapping_table.setCellWidget(row, 1, combo)
        self.shape_combo.setCurrentIndex(max(0, self.shape_combo.findData(mapping.shape)))
        self._update_buttons()

    def mapping_combo(self, row: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def edited_mapping(self) -> Mapping | None:
        if self.mapping is None:
            return None
        columns: dict[int, str] = {}
        for row in range(self.mapping_table.rowCount()):
            key = self.mapping_combo(row).currentData()
            if key:
                columns[row] = key
        return Mapping(self.mapping.header_row, self.mapping.headers, columns, self.shape_combo.currentData())

    def save_current_mapping(self) -> None:
        mapping = self.edited_mapping()
        if mapping is None:
            return
        name = self.mapping_name_edit.text()
        try:
            ops.save_mapping(self.database, name, mapping)
        except UserError as error:
            self._refused(error)
            return
        self._fill_saved()
        self.summary_label.setText(self.tr("Mapping saved as '%1'.").replace("%1", name.strip()))

    # --- step 3: preview and import
    def preview(self) -> None:
        self._run(dry_run=True)

    def start_import(self) -> None:
        self._run(dry_run=False)

    def _previewed(self, options: ImportOptions) -> ImportResult | None:
        """The last preview, if it read this very file, sheet and mapping: its rows serve again."""
        result, path = self.import_result, self.path()
        if result is None or result.written or options.mapping is None or path is None:
            return None
        seen = result.parsed.mapping
        same = (
            result.path == path
            and result.options.sheet == options.sheet
            and (seen.header_row, seen.columns) == (options.mapping.header_row, options.mapping.columns)
        )
        return result if same else None

    def _run(self, dry_run: bool) -> None:
        path = self.path()
        if path is None or self.mapping is None:
            return
        options = self.options()
        previewed = self._previewed(options)
        database = self.database

        def work(progress: Progress) -> ImportResult:
            if previewed is not None:  # the file was read already: plan anew or write the plan
                if dry_run:
                    return replan(database, previewed, options, progress)
                return write_import(database, previewed, options, progress)
            if dry_run:
                return preview_import(database, path, options, progress)
            return run_import(database, path, options, progress)

        title = self.tr("Checking the file…") if dry_run else self.tr("Importing…")
        self.operation = run_in_background(
            self, title, work, self._show_result, self._failed, self._cancelled
        )

    def _show_result(self, result: ImportResult) -> None:
        self.import_result = result
        summary = result.summary(current_language())
        self.shape_combo.setItemText(
            0,
            self.tr("Shape: decided from the columns (%1)").replace(
                "%1", result.shape.shape.th() if current_language() == "th" else result.shape.shape.en()
            ),
        )
        if result.refused:
            summary += "\n" + self.tr(
                "Nothing was imported: fix the rows listed under Problems, or tick 'skip invalid ones'."
            )
        elif result.written:
            summary += "\n" + self.tr("Imported.")
            self.imported.emit()
        elif not result.plan.is_empty():
            summary += "\n" + self.tr("Preview only: press Import to write these changes.")
        else:
            summary += "\n" + self.tr("Nothing to change: the register already holds this file.")
        self.summary_label.setText(summary)
        self._show_pairs(result.plan.pairs)
        problems = result.problems[:5000]
        self.problems_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            for column, text in enumerate((str(problem.row), problem.column, problem.value, problem.reason)):
                self.problems_table.setItem(row, column, QTableWidgetItem(text))
        differences = result.plan.differences[:5000]
        self.differences_table.setRowCount(len(differences))
        kept, updated = self.tr("kept the clerk's edit"), self.tr("updated from the file")
        for row, diff in enumerate(differences):
            cells = (
                str(diff.row),
                diff.label,
                diff.field_th,
                _text(diff.before),
                _text(diff.after),
                kept if diff.kept else updated,
            )
            for column, text in enumerate(cells):
                self.differences_table.setItem(row, column, QTableWidgetItem(text))
        self.problems_table.resizeColumnsToContents()
        self.differences_table.resizeColumnsToContents()
        self.result_tabs.setCurrentIndex(0 if problems else 2 if result.plan.pairs else 1)
        self._update_buttons()

    def _show_pairs(self, pairs: list[SameAddress]) -> None:
        """Both rows side by side, and a box the clerk ticks to make them one household."""
        self.pairs_table.blockSignals(True)
        shown = pairs[:5000]
        self.pairs_table.setRowCount(len(shown))
        for row, pair in enumerate(shown):
            h = pair.first.household
            address = f"{h.get('house_no', '')} ม.{h.get('village_no') or '-'} {h.get('subdistrict', '')}"
            cells = [address.strip()]
            for record in (pair.first, pair.second):
                m = record.member
                name = f"{m.get('title', '')}{m.get('first_name', '')} {m.get('last_name', '')}".strip()
                cells += [str(record.row), name, m.get("national_id") or ""]
            for column, text in enumerate(cells):
                self.pairs_table.setItem(row, column, QTableWidgetItem(text))
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(Qt.CheckState.Checked if pair.merged else Qt.CheckState.Unchecked)
            box.setData(Qt.ItemDataRole.UserRole, pair.rows)
            self.pairs_table.setItem(row, len(cells), box)
        self.pairs_table.resizeColumnsToContents()
        self.pairs_table.blockSignals(False)

    def set_pair_merged(self, index: int, merged: bool) -> None:
        item = self.pairs_table.item(index, 7)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if merged else Qt.CheckState.Unchecked)

    def _pair_toggled(self, item: QTableWidgetItem) -> None:
        rows = item.data(Qt.ItemDataRole.UserRole)
        if item.column() != 7 or rows is None:
            return
        self.decisions[tuple(rows)] = item.checkState() == Qt.CheckState.Checked
        self.summary_label.setText(
            self.tr("Press Import to write with your choice, or Preview to see the new counts first.")
        )

    def _report_clicked(self) -> None:
        self.save_report()

    def save_report(self, path: Path | None = None) -> None:
        if self.import_result is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report"), "import-report.xlsx", "Excel (*.xlsx)"
            )
            if not chosen:
                return
            path = Path(chosen)
        write_report(self.import_result, path)
        self.summary_label.setText(self.tr("Report saved to %1").replace("%1", str(path)))

    def _refused(self, error: UserError) -> None:
        self.summary_label.setText(error.message(current_language()))
        self.mapping = None
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._refused(error)
        else:
            show_error(self, error)

    def _cancelled(self) -> None:
        self.summary_label.setText(self.tr("Cancelled: nothing was written."))


def _text(value: Any) -> str:
    return "" if value is None else str(value)
