"""A household's 4ท analysis form, assessment form, and the date-and-text dialogs (escalate,
close an escalation: ui/casework/close_escalation.py).

Each takes (database, household_id), saves through one casework operation
(desktop/casework/ops.py, run with run_op), and shows a refusal in the form itself (a
red line) so nothing is half-saved and the clerk sees why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from database.enums import Stage
from desktop.casework import ops
from desktop.casework.labels import ANALYSIS_TH
from desktop.casework.ops import AnalysisEdit
from desktop.casework.records import CAPITALS, AnalysisInput, AnalysisView, AssessmentInput
from desktop.db import Database
from desktop.errors import UserError
from desktop.operations import Outcome
from desktop.safety.conflicts import ConflictError
from ui.casework.common import date_edit, date_of, labels, show_date
from ui.messages import current_language
from ui.operations import ConflictRetry, run_op
from ui.widgets.dialog import Dialog
from ui.workers import Operation

T = TypeVar("T")


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def run_saving(
    parent: QWidget,
    error: QLabel,
    op: Callable[[], Outcome[T]],
    on_success: Callable[[T], None],
    on_conflict: ConflictRetry | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Operation:
    """Run a casework operation with run_op; a refusal is shown in the form's red line."""

    def refused(refusal: UserError) -> None:
        error.setText(refusal.message(current_language()))
        error.show()

    def succeeded(value: T) -> None:
        error.hide()
        error.clear()
        on_success(value)

    return run_op(parent, op, succeeded, on_refusal=refused, on_conflict=on_conflict, on_failure=on_failure)


def add_save_and_history(
    layout: QVBoxLayout,
    form: QFormLayout,
    save_text: str,
    history_title: str,
    before_save: tuple[QPushButton, ...] = (),
) -> tuple[QLabel, QPushButton, QListWidget]:
    """A record form's lower part: the form, the line for refusals, Save, and the earlier records."""
    layout.addLayout(form)
    error = error_label()
    layout.addWidget(error)
    save_button = QPushButton(save_text)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in before_save:
        row.addWidget(button)
    row.addWidget(save_button)
    layout.addLayout(row)
    layout.addWidget(QLabel(history_title))
    history = QListWidget()
    layout.addWidget(history, 1)
    return error, save_button, history


class AnalysisForm(QWidget):
    """ทัศนคติ ทักษะ ทรัพยากร ทางออก: one analysis session with the household's members.

    Choosing an earlier analysis loads it into the form: Save then sends the fields the
    clerk changed with the version loaded (a stale copy opens the conflict dialog);
    "New analysis" empties the form for another session."""

    saved = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        self.operation: Operation | None = None
        self.loaded: AnalysisView | None = None  # the analysis being edited, None for a new one
        self.analyses: list[AnalysisView] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recorded_on = date_edit()
        self.recorded_by = QLineEdit()
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Household members who took part"))
        self.attitude, self.skills = QPlainTextEdit(), QPlainTextEdit()
        self.resources, self.way_out = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.attitude, self.skills, self.resources, self.way_out):
            edit.setMaximumHeight(64)
        self.mode = QLabel()
        self.mode.setStyleSheet("font-weight: bold;")
        form.addRow(self.mode)
        form.addRow(self.tr("Date"), self.recorded_on)
        form.addRow(self.tr("Recorded by"), self.recorded_by)
        form.addRow(self.tr("Taking part"), self.participants)
        form.addRow(self.tr("Attitude"), self.attitude)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Resources"), self.resources)
        form.addRow(self.tr("Way out"), self.way_out)
        self.new_button = QPushButton(self.tr("New analysis"))
        self.new_button.clicked.connect(self.start_new)
        self.error, self.save_button, self.history = add_save_and_history(
            layout,
            form,
            self.tr("Save analysis"),
            self.tr("Earlier analyses (choose one to edit it)"),
            (self.new_button,),
        )
        self.save_button.clicked.connect(self.save)
        self.history.setWordWrap(True)
        self.history.currentRowChanged.connect(self._chosen)
        self.reload()
        self.start_new()

    def reload(self) -> None:
        self.analyses = ops.list_analyses(self.database, self.household_id)
        editing = self.loaded.id if self.loaded is not None else None
        self.history.blockSignals(True)
        self.history.clear()
        for a in self.analyses:
            self.history.addItem(
                f"{show_date(a.recorded_on)} · {a.recorded_by}\n"
                f"{self.tr('Attitude')}: {a.attitude}\n{self.tr('Skills')}: {a.skills}\n"
                f"{self.tr('Resources')}: {a.resources}\n{self.tr('Way out')}: {a.way_out}"
            )
        row = next((i for i, a in enumerate(self.analyses) if a.id == editing), -1)
        self.history.setCurrentRow(row)
        self.history.blockSignals(False)
        if row >= 0:
            self._load(self.analyses[row])  # what is stored now, with its new version
        elif editing is not None:
            self.start_new()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.analyses):
            self._load(self.analyses[row])

    def _load(self, analysis: AnalysisView) -> None:
        self.loaded = analysis
        day = analysis.recorded_on
        self.recorded_on.setDate(QDate(day.year, day.month, day.day))
        self.recorded_by.setText(analysis.recorded_by)
        self.participants.setText(analysis.participants)
        self.attitude.setPlainText(analysis.attitude)
        self.skills.setPlainText(analysis.skills)
        self.resources.setPlainText(analysis.resources)
        self.way_out.setPlainText(analysis.way_out)
        self.mode.setText(self.tr("Editing the analysis of %1").replace("%1", show_date(day)))
        self.save_button.setText(self.tr("Save changes"))
        self.error.hide()

    def start_new(self) -> None:
        """An empty form for a new analysis session (the one being edited stays as saved)."""
        self.loaded = None
        self.history.blockSignals(True)
        self.history.setCurrentRow(-1)
        self.history.clearSelection()
        self.history.blockSignals(False)
        for edit in (self.attitude, self.skills, self.resources, self.way_out):
            edit.clear()
        self.participants.clear()
        today = dt.date.today()
        self.recorded_on.setDate(QDate(today.year, today.month, today.day))
        self.mode.setText(self.tr("New analysis"))
        self.save_button.setText(self.tr("Save analysis"))
        self.error.hide()

    def data(self) -> AnalysisInput:
        return AnalysisInput(
            recorded_on=date_of(self.recorded_on),
            recorded_by=self.recorded_by.text(),
            participants=self.participants.text(),
            attitude=self.attitude.toPlainText(),
            skills=self.skills.toPlainText(),
            resources=self.resources.toPlainText(),
            way_out=self.way_out.toPlainText(),
        )

    def changes(self) -> dict[str, Any]:
        """The fields changed since the analysis was loaded: only these are sent."""
        if self.loaded is None:
            return {}
        data, loaded = self.data(), self.loaded
        changes: dict[str, Any] = {}
        for name in ANALYSIS_TH:
            value = getattr(data, name)
            if (value.strip() if isinstance(value, str) else value) != getattr(loaded, name):
                changes[name] = value
        return changes

    def save(self) -> None:
        if self.loaded is not None:
            changes = self.changes()
            if changes:
                self._save_edit(changes, self.loaded.version)
            return
        data = self.data()
        database, household_id = self.database, self.household_id
        self.operation = run_saving(
            self, self.error, lambda: ops.add_analysis(database, household_id, data), self._saved
        )

    def _save_edit(self, changes: dict[str, Any], version: int) -> None:
        assert self.loaded is not None
        edit, database = AnalysisEdit(self.loaded.id, version, changes), self.database
        self.operation = run_saving(
            self,
            self.error,
            lambda: ops.update_analysis(database, edit),
            self._edited,
            on_conflict=self._save_edit,
            on_failure=self._reload_after_conflict,
        )

    def _reload_after_conflict(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            self.reload()

    def _edited(self, _analysis: object) -> None:
        self.reload()
        self.saved.emit()

    def _saved(self, _analysis: object) -> None:
        self.start_new()
        self.reload()
        self.saved.emit()


class AssessmentForm(QWidget):
    """The five capitals (1-5) and the household's stage on a date."""

    saved = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        self.operation: Operation | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.assessed_on = date_edit()
        self.recorded_by = QLineEdit()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Choose…"), None)
        for stage in Stage:
            self.stage.addItem(labels().stage(stage), stage.value)
        names = {
            "human_capital": self.tr("Human capital"),
            "physical_capital": self.tr("Physical capital"),
            "economic_capital": self.tr("Economic capital"),
            "natural_capital": self.tr("Natural capital"),
            "social_capital": self.tr("Social capital"),
        }
        self.capitals: dict[str, QSpinBox] = {}
        form.addRow(self.tr("Date"), self.assessed_on)
        form.addRow(self.tr("Recorded by"), self.recorded_by)
        for name in CAPITALS:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("not scored"))
            self.capitals[name] = spin
            form.addRow(names[name], spin)
        form.addRow(self.tr("Stage"), self.stage)
        self.error, self.save_button, self.history = add_save_and_history(
            layout, form, self.tr("Save assessment"), self.tr("Over time")
        )
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        assessments = ops.list_assessments(self.database, self.household_id)
        self.history.clear()
        for a in assessments:
            scores = " ".join(str(getattr(a, name) or "-") for name in CAPITALS)
            self.history.addItem(f"{show_date(a.assessed_on)} · {labels().stage(a.stage)} · {scores}")

    def save(self) -> None:
        stage = self.stage.currentData()
        if stage is None:
            self.error.setText(self.tr("Please choose the household's stage."))
            self.error.show()
            return
        scores = {name: (spin.value() or None) for name, spin in self.capitals.items()}
        data = AssessmentInput(
            assessed_on=date_of(self.assessed_on),
            recorded_by=self.recorded_by.text(),
            stage=Stage(stage),
            **scores,
        )
        database, household_id = self.database, self.household_id
        self.operation = run_saving(
            self, self.error, lambda: ops.add_assessment(database, household_id, data), self._saved
        )

    def _saved(self, _assessment: object) -> None:
        self.reload()
        self.saved.emit()


class DateTextDialog(Dialog):
    """A day and a text, the red line for refusals, OK/Cancel: escalating a household and
    closing an escalation. The subclass gives the texts (its own tr() context) and save();
    OK runs save(), and a saved record closes the dialog through ``saved``."""

    def __init__(
        self,
        title: str,
        about: str,
        date_label: str,
        text_label: str,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operation: Operation | None = None
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        note = QLabel(about)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.day = date_edit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        form.addRow(date_label, self.day)
        form.addRow(text_label, self.text)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def values(self) -> tuple[dt.date, str]:
        return date_of(self.day), self.text.toPlainText()

    def save(self) -> None:
        raise NotImplementedError

    def saving(self, op: Callable[[], Outcome[T]], on_conflict: ConflictRetry | None = None) -> None:
        self.operation = run_saving(
            self, self.error, op, lambda _value: self.accept(), on_conflict=on_conflict
        )


class EscalationDialog(DateTextDialog):
    """Hand the household to the provincial centre (ศจพ.จ.) with a reason."""

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Escalate to the provincial centre"),
            self.tr("The household goes on the list for the province. Say why the district cannot solve it."),
            self.tr("Date"),
            self.tr("Reason"),
            parent=parent,
        )
        self.database, self.household_id = database, household_id
        self.escalated_on, self.reason = self.day, self.text  # the names the casework tests use

    def save(self) -> None:
        on, reason = self.values()
        database, household_id = self.database, self.household_id
        self.saving(lambda: ops.escalate(database, household_id, reason, on))
