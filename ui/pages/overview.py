"""หน้าหลัก: the district at a glance, per fiscal year, every figure a way into the household list."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import documents_dir
from desktop.reports import snapshot as snapshots
from desktop.reports.chart_result import ChartFailed, RenderedChart
from desktop.reports.overview_data import CHART_NAMES, OverviewFigures
from desktop.settings import Settings
from desktop.thai import fiscal_year_be, screen_date, thai_date_short, thai_time
from ui.chart_view import ChartView
from ui.messages import current_language, show_error
from ui.pages.base import Page
from ui.widgets.reflow import ReflowGrid
from ui.workers import Operation, run_in_background

if TYPE_CHECKING:
    # SQLAlchemy and the models come with these: the page shows its saved figures before them
    from desktop.db import Database

# Qt.ItemDataRole.UserRole: the first use of the Qt namespace builds its ~100 enums, which the
# saved figures shown at start-up can do without (see ui.main_window's STYLE_NOTE)
FILTER_ROLE = 0x0100


@dataclass
class OverviewResult:
    figures: OverviewFigures
    charts: dict[str, RenderedChart | ChartFailed]
    years: list[int]


def compute_overview(
    database: Database, year_be: int | None, today: dt.date, language: str = "th"
) -> OverviewResult:
    """The whole refresh off the GUI thread: queries, then the charts as PNG (no Qt involved)."""
    from desktop.reports import ops
    from desktop.reports.overview_charts import render_overview

    figures, years = ops.overview(database, year_be, today)
    return OverviewResult(figures, render_overview(figures, language), years)


def count_and_save(database: Database, year_be: int, today: dt.date, language: str) -> OverviewResult:
    """A refresh; the current fiscal year's figures are also saved for the next start."""
    counted_at = dt.datetime.now(dt.UTC)
    result = compute_overview(database, year_be, today, language)
    if year_be == fiscal_year_be(today):
        saved = snapshots.Snapshot(counted_at, result.figures, result.charts, result.years)
        snapshots.save_in_background(saved, database.url, language)  # the figures need not wait
    return result


class OverviewPage(Page):
    # A filter for the household list; keys documented in desktop/reports/overview_charts.py.
    open_households = Signal(dict)
    figures_shown = Signal()  # a refresh's figures and charts are on screen
    saved_figures_shown = Signal()  # the figures saved by the last count are on screen

    def __init__(self, database: Database | None, settings: Settings, parent: QWidget | None = None) -> None:
        """database None: the saved figures only (show_saved), until attach_database()."""
        super().__init__(cast("Database", database), settings, parent)
        self.today = dt.date.today()
        self.result: OverviewResult | None = None
        self.counted_at: dt.datetime | None = None  # set while the figures shown are the saved ones
        self.operation: Operation | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading(self.title()))
        self.office_label = QLabel()
        top.addWidget(self.office_label, 1)
        top.addWidget(QLabel(self.tr("Fiscal year")))
        self.year_box = QComboBox()
        self.year_box.setObjectName("fiscalYear")
        self.year_box.setMinimumContentsLength(6)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        top.addWidget(self.year_box)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.report_button = QToolButton()
        self.report_button.setObjectName("reports")
        self.report_button.setText(self.tr("Reports…"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.report_button.setMenu(QMenu(self.report_button))
        top.addWidget(self.report_button)
        outer.addLayout(top)
        self.saved_note = QLabel()  # "Figures as of …": the saved figures are showing
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; }")
        self.saved_note.setWordWrap(True)
        self.saved_note.setVisible(False)
        outer.addWidget(self.saved_note)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        outer.addWidget(self.status)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(content)

        self.cards: dict[str, QPushButton] = {}
        cards = ReflowGrid()  # one row, or two when a card's text would be cut
        for key in (
            "households",
            "plan_open",
            "plan_overdue",
            "activities_month",
            "not_entered",
            "deadlines",
        ):
            button = QPushButton()
            button.setObjectName(f"card_{key}")
            button.setMinimumHeight(64)
            button.setMinimumWidth(80)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("QPushButton { text-align: left; padding: 6px 12px; font-size: 11pt; }")
            button.clicked.connect(lambda _=False, k=key: self._card_clicked(k))
            cards.addWidget(button)
            self.cards[key] = button
        layout.addWidget(cards)

        grid = QGridLayout()
        self.chart_views: dict[str, ChartView] = {}
        for index, name in enumerate(CHART_NAMES):
            view = ChartView()
            view.setObjectName(f"chart_{name}")
            view.bar_clicked.connect(lambda c, s, n=name: self._bar_clicked(n, c, s))
            grid.addWidget(view, index // 2, index % 2)
            self.chart_views[name] = view
        layout.addLayout(grid)

        tables = QGridLayout()
        self.plan_table = self._table([self.tr("Plan items"), self.tr("Count")])
        self.plan_table.cellClicked.connect(lambda row, _c: self._row_clicked(self.plan_table, row))
        tables.addWidget(self._boxed(self.tr("Household plans in the fiscal year"), self.plan_table), 0, 0)
        self.deadline_table = self._table(
            [self.tr("Due"), self.tr("What is due"), self.tr("Circular")], stretch=1
        )
        tables.addWidget(self._boxed(self.tr("Deadlines due"), self.deadline_table), 1, 0, 1, 2)
        self.programme_table = self._table(
            [self.tr("Programme"), self.tr("Quota"), self.tr("Nominated"), self.tr("Sent")]
        )
        self.programme_table.cellClicked.connect(lambda row, _c: self._row_clicked(self.programme_table, row))
        tables.addWidget(self._boxed(self.tr("Programmes"), self.programme_table), 0, 1)
        tables.setColumnStretch(0, 1)
        tables.setColumnStretch(1, 3)
        layout.addLayout(tables)
        layout.addStretch(1)
        self.attached = False  # the database is open: figures can be counted and clicked through
        if database is not None:
            self.attach_database(database)
        else:
            for control in (self.year_box, self.refresh_button, self.report_button):
                control.setEnabled(False)

    def attach_database(self, database: Database) -> None:
        """The database is open: refresh and the reports work (the report names come with
        the reports' module, which needs the database library)."""
        from PySide6.QtCore import Qt  # see FILTER_ROLE

        from desktop.reports.committee import REPORT_NAMES, REPORT_TITLES

        self.database = database
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        menu = self.report_button.menu()
        menu.clear()
        for name in REPORT_NAMES:
            action = menu.addAction(REPORT_TITLES[name])
            action.setObjectName(f"report_{name}")
            action.triggered.connect(lambda _=False, n=name: self.choose_report_file(n))
        self.attached = True
        for control in (self.year_box, self.refresh_button, self.report_button):
            control.setEnabled(True)
        self._note_saved(self.tr("The latest figures are being counted…"))

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        if self.result is None:
            self.show_saved()
        self.refresh()

    def show_saved(self, saved: snapshots.Snapshot | None = None) -> bool:
        """Show the figures saved by the last count of this database, if there are any (see
        desktop.reports.snapshot), marked with when they were counted; saved: read already."""
        if saved is None:
            saved = snapshots.load(self.settings.effective_database_url(), current_language(), self.today)
        if saved is None:
            return False
        self._show(OverviewResult(saved.figures, saved.charts, saved.years))
        self.counted_at = saved.counted_at
        if self.attached:
            self._note_saved(self.tr("The latest figures are being counted…"))
        else:
            self._note_saved(self.tr("Opening the database…"))
        self.saved_figures_shown.emit()
        return True

    def _note_saved(self, after: str) -> None:
        if self.counted_at is None:
            return
        local = self.counted_at.astimezone()
        language = current_language()
        clock = thai_time(local.time(), thai_digits=False) if language == "th" else f"{local:%H:%M}"
        when = f"{screen_date(local.date(), language)} {clock}"
        self.saved_note.setText(self.tr("Figures as of %1.").replace("%1", when) + " " + after)
        self.saved_note.setVisible(True)

    def selected_year(self) -> int | None:
        data = self.year_box.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        year = self.selected_year() or fiscal_year_be(self.today)
        database, today, language = self.database, self.today, current_language()
        self.refresh_button.setEnabled(False)
        self.operation = run_in_background(
            self,
            # the saved figures are on screen: no progress window over them
            None if self.counted_at is not None else self.tr("Counting the overview…"),
            lambda _progress: count_and_save(database, year, today, language),
            self.show_result,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._note_saved(self.tr("The latest figures could not be counted."))
        show_error(self, error)

    def _year_chosen(self, _index: int) -> None:
        if self.result is not None and self.selected_year() != self.result.figures.fiscal_year_be:
            self.refresh()

    def select_year(self, year_be: int) -> None:
        index = self.year_box.findData(year_be)
        if index >= 0:
            self.year_box.setCurrentIndex(index)

    def show_result(self, result: OverviewResult) -> None:
        """Fresh figures: they replace the saved ones and their note."""
        self._show(result)
        self.counted_at = None
        self.saved_note.setVisible(False)
        self.refresh_button.setEnabled(True)
        self.figures_shown.emit()

    def _show(self, result: OverviewResult) -> None:
        self.result = result
        figures = result.figures
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in sorted(set(result.years) | {figures.fiscal_year_be}, reverse=True):
            self.year_box.addItem(str(year if current_language() == "th" else year - 543), year)  # en: CE
        self.year_box.setCurrentIndex(self.year_box.findData(figures.fiscal_year_be))
        self.year_box.blockSignals(False)
        self.office_label.setText(figures.office)
        self._fill_cards(figures)
        for name, chart in result.charts.items():
            if isinstance(chart, ChartFailed):  # the rest of the page still shows
                message = self.tr("This chart could not be drawn. The other figures are shown.")
                self.chart_views[name].show_failure(message, chart.error)
            else:
                self.chart_views[name].set_chart(chart)
        self._fill_plan(figures)
        self._fill_deadlines(figures)
        self._fill_programmes(figures)

    def _fill_cards(self, figures: OverviewFigures) -> None:
        overdue_deadlines = sum(1 for d in figures.deadlines if d.overdue)
        texts = {
            "households": (self.tr("All households"), figures.households),
            "plan_open": (self.tr("Open plan items"), figures.plan.open),
            "plan_overdue": (self.tr("Overdue plan items"), figures.plan.overdue),
            "activities_month": (self.tr("Activities this month"), figures.activities_this_month),
            "not_entered": (self.tr("Activities not in Logbook"), figures.activities_not_entered),
            "deadlines": (self.tr("Deadlines due (overdue)"), None),
        }
        for key, (label, value) in texts.items():
            shown = (
                f"{value:,}" if value is not None else f"{len(figures.deadlines):,} ({overdue_deadlines:,})"
            )
            self.cards[key].setText(f"{label}\n{shown}")

    def _fill_plan(self, figures: OverviewFigures) -> None:
        year = figures.fiscal_year_be
        rows: list[tuple[str, int, dict[str, Any]]] = [
            (self.tr("Open"), figures.plan.open, {"plan": "open", "fiscal_year": year}),
            (self.tr("Overdue"), figures.plan.overdue, {"plan": "overdue", "fiscal_year": year}),
            (self.tr("Done"), figures.plan.done, {"plan": "done", "fiscal_year": year}),
            (
                self.tr("Handed to the province"),
                figures.plan.handed_to_province,
                {"plan": "handed_to_province", "fiscal_year": year},
            ),
        ]
        self._fill(self.plan_table, [((label, f"{count:,}"), filters) for label, count, filters in rows])

    def _fill_deadlines(self, figures: OverviewFigures) -> None:
        rows: list[tuple[tuple[str, ...], dict[str, Any] | None]] = []
        for deadline in figures.deadlines:
            due = thai_date_short(deadline.due_on, thai_digits=False)
            if deadline.overdue:
                due = self.tr("%1 (overdue)").replace("%1", due)
            rows.append(((due, deadline.description, deadline.circular_reference), None))
        self._fill(self.deadline_table, rows)

    def _fill_programmes(self, figures: OverviewFigures) -> None:
        rows: list[tuple[tuple[str, ...], dict[str, Any] | None]] = []
        for p in figures.programmes:
            quota = "" if p.quota is None else f"{p.quota:,}"
            sent = p.by_status.get("submitted", 0)
            rows.append(((p.name, quota, f"{p.nominated:,}", f"{sent:,}"), {"programme_id": p.id}))
        self._fill(self.programme_table, rows)

    # --- reports -------------------------------------------------------------------------------

    def choose_report_file(self, name: str) -> None:
        from desktop.reports.committee import REPORT_TITLES

        year = self.selected_year() or fiscal_year_be(self.today)
        suggested = documents_dir() / f"รายงาน-{name}-ปีงบ{year}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            REPORT_TITLES[name],
            str(suggested),
            self.tr("Excel workbook (*.xlsx);;PDF (*.pdf);;Word document (*.docx)"),
        )
        if path:
            self.save_report(name, Path(path))

    def save_report(self, name: str, path: Path) -> None:
        """Build the report for the selected year and write it (xlsx, pdf or docx) in a worker."""
        year = self.selected_year() or fiscal_year_be(self.today)
        database, today = self.database, self.today
        from desktop.reports import ops
        from ui.operations import run_op

        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.operation = run_op(
            self,
            lambda: ops.save_report(database, name, year, today, path),
            self._report_saved,
            title=self.tr("Writing the report…"),
            on_failure=self._report_failed,
        )

    def _report_saved(self, path: Path) -> None:
        self.status.setText(self.tr("Report saved: %1").replace("%1", str(path)))

    def _report_failed(self, _error: BaseException) -> None:
        self.status.setText("")  # run_op shows the error

    # --- click-through -----------------------------------------------------------------------

    def _bar_clicked(self, chart: str, category: int, series: int) -> None:
        if self.result is not None and self.attached:
            from desktop.reports.overview_charts import chart_filter

            self.open_households.emit(chart_filter(self.result.figures, chart, category, series))

    def _card_clicked(self, key: str) -> None:
        if self.result is None or not self.attached:
            return
        figures = self.result.figures
        month = figures.this_month
        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        start, end = figures.start.isoformat(), figures.end.isoformat()
        filters: dict[str, dict[str, Any]] = {
            "households": {},
            "plan_open": {"plan": "open", "fiscal_year": figures.fiscal_year_be},
            "plan_overdue": {"plan": "overdue", "fiscal_year": figures.fiscal_year_be},
            "activities_month": {"activity_from": month.isoformat(), "activity_to": last.isoformat()},
            "not_entered": {"activity_from": start, "activity_to": end, "logbook_entered": False},
        }
        if key in filters:
            self.open_households.emit(filters[key])

    def _row_clicked(self, table: QTableWidget, row: int) -> None:
        if not self.attached:
            return
        item = table.item(row, 0)
        filters = item.data(FILTER_ROLE) if item is not None else None
        if isinstance(filters, dict):
            self.open_households.emit(filters)

    # --- small tables ------------------------------------------------------------------------

    def _table(self, headers: list[str], stretch: int = 0) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.setMinimumHeight(150)
        return table

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _fill(self, table: QTableWidget, rows: list[tuple[tuple[str, ...], dict[str, Any] | None]]) -> None:
        table.setRowCount(len(rows))
        for r, (cells, filters) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and filters is not None:
                    item.setData(FILTER_ROLE, filters)
                    item.setToolTip(self.tr("Show these households"))
                table.setItem(r, c, item)
