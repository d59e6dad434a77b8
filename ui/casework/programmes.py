"""Programmes (criteria, quota, deadline) and their nominations moving through
nominated → checked in Logbook → approved by resolution → submitted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.casework.programmes import (
    NominationView,
    ProgrammeInput,
    ProgrammeView,
    add_programme,
    approve_nomination,
    check_in_logbook,
    list_nominations,
    list_programmes,
    nominate,
    resolution_choices,
    submit_nomination,
    withdraw_nomination,
)
from desktop.db import Database
from desktop.errors import ValidationError
from ui.casework.common import date_edit, date_of, labels, show_date
from ui.casework.forms import error_label, run_saving


class ProgrammesTab(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.nominations: list[NominationView] = []
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.programme_list = QListWidget()
        self.programme_list.setWordWrap(True)
        self.programme_list.currentRowChanged.connect(self._programme_chosen)
        left_layout.addWidget(self.programme_list, 1)
        box = QGroupBox(self.tr("New programme"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.criteria = QLineEdit()
        self.quota = QSpinBox()
        self.quota.setRange(0, 100000)
        self.quota.setSpecialValueText(self.tr("no limit"))
        self.deadline = date_edit(dt.date.today() + dt.timedelta(days=30))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Criteria"), self.criteria)
        form.addRow(self.tr("Quota (households)"), self.quota)
        form.addRow(self.tr("Deadline"), self.deadline)
        self.add_button = QPushButton(self.tr("Add programme"))
        self.add_button.clicked.connect(self.add_programme)
        form.addRow(self.add_button)
        left_layout.addWidget(box)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.details = QLabel()
        self.details.setWordWrap(True)
        right_layout.addWidget(self.details)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Household"), self.tr("Head"), self.tr("Status"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, width in enumerate((50, 280, 190, 190)):
            self.table.setColumnWidth(column, width)
        right_layout.addWidget(self.table, 1)
        steps = QHBoxLayout()
        self.step_on = date_edit()
        self.check_button = QPushButton(self.tr("Checked in Logbook"))
        self.check_button.clicked.connect(self.check_selected)
        self.resolution = QComboBox()
        self.resolution.setMinimumWidth(220)
        self.approve_button = QPushButton(self.tr("Approve by resolution"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.submit_button = QPushButton(self.tr("Submitted to province"))
        self.submit_button.clicked.connect(self.submit_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        steps.addWidget(self.step_on)
        steps.addWidget(self.check_button)
        steps.addWidget(self.resolution, 1)
        steps.addWidget(self.approve_button)
        steps.addWidget(self.submit_button)
        steps.addWidget(self.withdraw_button)
        right_layout.addLayout(steps)
        nominate_box = QGroupBox(self.tr("Nominate a household"))
        nominate_form = QFormLayout(nominate_box)
        self.household_id = QLineEdit()
        self.household_id.setPlaceholderText(self.tr("Household number (as in the register)"))
        self.reason = QLineEdit()
        self.nominate_button = QPushButton(self.tr("Nominate"))
        self.nominate_button.clicked.connect(self.nominate)
        nominate_form.addRow(self.tr("Household"), self.household_id)
        nominate_form.addRow(self.tr("Reason"), self.reason)
        nominate_form.addRow(self.nominate_button)
        right_layout.addWidget(nominate_box)
        self.error = error_label()
        right_layout.addWidget(self.error)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)

    def load(self) -> None:
        with self.database.session() as session:
            programmes = list_programmes(session)
            resolutions = resolution_choices(session)
        current = self.current_programme()
        self.programme_list.blockSignals(True)
        self.programme_list.clear()
        for p in programmes:
            item = QListWidgetItem(p.name)
            item.setToolTip(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.programme_list.addItem(item)
        self.programme_list.blockSignals(False)
        self.resolution.clear()
        for choice in resolutions:
            self.resolution.addItem(choice.label, choice.id)
        row = next((i for i, p in enumerate(programmes) if current and p.id == current), 0)
        if programmes:
            self.programme_list.setCurrentRow(row)
            self._programme_chosen(row)

    def current_programme(self) -> int | None:
        item = self.programme_list.currentItem()
        if item is None:
            return None
        programme: ProgrammeView = item.data(Qt.ItemDataRole.UserRole)
        return programme.id

    def _programme_chosen(self, row: int) -> None:
        item = self.programme_list.item(row)
        if item is None:
            return
        p = item.data(Qt.ItemDataRole.UserRole)
        quota = str(p.quota) if p.quota is not None else self.tr("no limit")
        self.details.setText(
            self.tr("<b>%1</b><br>Criteria: %2<br>Quota: %3 · approved %4 · deadline %5")
            .replace("%1", p.name)
            .replace("%2", p.criteria or "-")
            .replace("%3", quota)
            .replace("%4", str(p.approved))
            .replace("%5", show_date(p.deadline) or "-")
        )
        self.reload_nominations()

    def reload_nominations(self) -> None:
        programme_id = self.current_programme()
        if programme_id is None:
            return
        with self.database.session() as session:
            self.nominations = list_nominations(session, programme_id)
        self.table.setRowCount(len(self.nominations))
        for row, n in enumerate(self.nominations):
            values = [str(n.rank), n.address, n.head_name, labels().nomination_status(n.status), n.reason]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected(self) -> NominationView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(self.tr("Select a nomination first."))
            self.error.show()
            return None
        return self.nominations[rows[0].row()]

    def _after(self, result: object) -> bool:
        if result is None:
            return False
        self.load()
        return True

    def add_programme(self) -> bool:
        data = ProgrammeInput(
            name=self.name.text(),
            criteria=self.criteria.text(),
            quota=self.quota.value() or None,
            deadline=date_of(self.deadline),
        )
        result = run_saving(self.database, self.error, lambda s: add_programme(s, data))
        if result is not None:
            self.name.clear()
            self.criteria.clear()
            self.programme_list.setCurrentRow(-1)
        ok = self._after(result)
        if result is not None:
            for i in range(self.programme_list.count()):
                item = self.programme_list.item(i)
                if item is not None and item.data(Qt.ItemDataRole.UserRole).id == result.id:
                    self.programme_list.setCurrentRow(i)
        return ok

    def nominate(self) -> bool:
        programme_id = self.current_programme()
        text = self.household_id.text().strip()

        def work(session: Session) -> object:
            if programme_id is None:
                raise ValidationError("โปรดเลือกโครงการก่อน", "Choose a programme first.")
            if not text.isdigit():
                raise ValidationError("โปรดระบุเลขที่ครัวเรือนเป็นตัวเลข", "Give the household number as digits.")
            return nominate(session, programme_id, int(text), self.reason.text())

        result = run_saving(self.database, self.error, work)
        if result is not None:
            self.household_id.clear()
            self.reason.clear()
        return self._after(result)

    def check_selected(self) -> bool:
        n, on = self.selected(), date_of(self.step_on)
        return n is not None and self._after(
            run_saving(self.database, self.error, lambda s: check_in_logbook(s, n.id, on))
        )

    def approve_selected(self) -> bool:
        n, resolution_id = self.selected(), self.resolution.currentData()
        if n is None:
            return False
        if resolution_id is None:
            self.error.setText(self.tr("Choose the resolution that approved the nomination."))
            self.error.show()
            return False
        return self._after(
            run_saving(self.database, self.error, lambda s: approve_nomination(s, n.id, resolution_id))
        )

    def submit_selected(self) -> bool:
        n, on = self.selected(), date_of(self.step_on)
        return n is not None and self._after(
            run_saving(self.database, self.error, lambda s: submit_nomination(s, n.id, on))
        )

    def withdraw_selected(self) -> bool:
        n = self.selected()
        return n is not None and self._after(
            run_saving(self.database, self.error, lambda s: withdraw_nomination(s, n.id))
        )
