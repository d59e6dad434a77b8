"""นำเข้าผล Logbook: a TPMAP Logbook export marks each household found or not found.

Choose the file → the preview lists the households found and not found (counts and rows)
and what each one's status becomes → apply writes them in one transaction. Reading and
matching run off the GUI thread with progress and Cancel; the file passes desktop/incoming.py's
checks before any parser sees it; a refusal is one sentence in the dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.db import Database
from desktop.errors import UserError
from desktop.households import ops
from desktop.households.reconcile import (
    LogbookExport,
    LogbookPreview,
    LogbookRow,
    ReconcileResult,
    read_export,
)
from desktop.progress import Progress
from ui.casework.common import RowsModel
from ui.messages import current_language, show_error
from ui.operations import run_long_op
from ui.widgets.dialog import Dialog
from ui.workers import Operation, run_in_background

SPREADSHEETS = "Excel / CSV (*.xlsx *.xls *.csv)"


def _rows_view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    for column, width in enumerate((220, 200, 110, 110)):
        view.setColumnWidth(column, width)
    return view


class LogbookImportDialog(Dialog):
    imported = Signal()  # statuses written: the household list reads again

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.export: LogbookExport | None = None
        self.preview: LogbookPreview | None = None
        self.applied: ReconcileResult | None = None
        self.setWindowTitle(self.tr("Import Logbook results"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "Choose the household export from TPMAP Logbook. Every household with a member in it "
                "becomes found, every other one not found, and the open nominations of the households "
                "found become checked in Logbook; nothing changes until you apply."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)

        headers = [
            self.tr("Head of household"), self.tr("Address"), self.tr("Logbook now"), self.tr("Becomes"),
        ]  # fmt: skip

        def cells(row: LogbookRow) -> list[object]:
            return [row.head, row.address, row.before, row.after]

        self.found_model = RowsModel(headers, cells, self)
        self.not_found_model = RowsModel(headers, cells, self)
        self.unmatched_model = RowsModel([self.tr("Row in the file")], lambda row: [row], self)
        self.tabs = QTabWidget()
        self.found_view = _rows_view(self.found_model)
        self.not_found_view = _rows_view(self.not_found_model)
        self.unmatched_view = _rows_view(self.unmatched_model)
        self.tabs.addTab(self.found_view, self.tr("Found"))
        self.tabs.addTab(self.not_found_view, self.tr("Not found"))
        self.tabs.addTab(self.unmatched_view, self.tr("Rows matching no household"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.apply_button = QPushButton(self.tr("Apply to the register"))
        self.apply_button.clicked.connect(self.apply)
        self.apply_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._show_tabs()
        self.resize(820, 560)

    # --- choose and preview ----------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Logbook export"), str(paths.documents_dir()), SPREADSHEETS
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the export and preview it (off the GUI thread, with progress and Cancel)."""
        database = self.database
        self.export, self.preview, self.applied = None, None, None
        self.apply_button.setEnabled(False)
        self.error.hide()

        def work(progress: Progress) -> tuple[LogbookExport, LogbookPreview]:
            export = read_export(path, progress)
            progress(2, 3, "")
            return export, ops.preview_logbook(database, export)

        self.operation = run_in_background(
            self, self.tr("Reading the Logbook export…"), work, self._previewed, self._failed, self._cancelled
        )

    def _previewed(self, read: tuple[LogbookExport, LogbookPreview]) -> None:
        self.export, self.preview = read
        self.summary.setText(self.preview.summary(current_language()))
        self.found_model.reset(self.preview.found)
        self.not_found_model.reset(self.preview.not_found)
        self.unmatched_model.reset(self.preview.unmatched_rows)
        self._show_tabs()
        self.apply_button.setEnabled(True)

    def _show_tabs(self) -> None:
        for index, (text, model) in enumerate(
            (
                (self.tr("Found"), self.found_model),
                (self.tr("Not found"), self.not_found_model),
                (self.tr("Rows matching no household"), self.unmatched_model),
            )
        ):
            self.tabs.setTabText(index, f"{text} ({model.rowCount():,})")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.error.setText(error.message(current_language()))
            self.error.show()
        else:
            show_error(self, error)

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Cancelled: nothing was changed."))

    # --- apply -------------------------------------------------------------------------------

    def apply(self) -> None:
        export, database = self.export, self.database
        if export is None:
            return
        self.apply_button.setEnabled(False)
        self.operation = run_long_op(
            self,
            lambda progress: ops.reconcile_logbook(database, export, progress=progress),
            self._applied,
            title=self.tr("Writing the Logbook statuses…"),
            on_refusal=self._refused,
            on_cancel=self._apply_cancelled,
        )

    def _applied(self, result: ReconcileResult) -> None:
        self.applied = result
        self.summary.setText(result.summary(current_language()))
        self.imported.emit()

    def _refused(self, error: UserError) -> None:
        self.apply_button.setEnabled(True)
        self._failed(error)

    def _apply_cancelled(self) -> None:
        self.apply_button.setEnabled(True)
        self._cancelled()
