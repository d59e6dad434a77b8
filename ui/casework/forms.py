"""A household's 4ท analysis form, assessment form and the escalation dialog.

Each takes (database, household_id), saves in one transaction, and shows a refusal in
the form itself (a red line) so nothing is half-saved and the clerk sees why."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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
from sqlalchemy.orm import Session

from database.enums import Stage
from desktop.casework.escalation import escalate
from desktop.casework.records import (
    CAPITALS,
    AnalysisInput,
    AssessmentInput,
    add_analysis,
    add_assessment,
    list_analyses,
    list_assessments,
)
from desktop.db import Database
from desktop.errors import UserError
from ui.casework.common import date_edit, date_of, labels, show_date
from ui.messages import current_language

T = TypeVar("T")


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def run_saving(database: Database, error: QLabel, work: Callable[[Session], T]) -> T | None:
    """Run work in one transaction; a refusal is shown in the form and nothing is kept."""
    try:
        with database.session() as session:
            result = work(session)
    except UserError as refusal:
        error.setText(refusal.message(current_language()))
        error.show()
        return None
    error.hide()
    error.clear()
    return result


def add_save_and_history(
    layout: QVBoxLayout, form: QFormLayout, save_text: str, history_title: str
) -> tuple[QLabel, QPushButton, QListWidget]:
    """A record form's lower part: the form, the line for refusals, Save, and the earlier records."""
    layout.addLayout(form)
    error = error_label()
    layout.addWidget(error)
    save_button = QPushButton(save_text)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(save_button)
    layout.addLayout(row)
    layout.addWidget(QLabel(history_title))
    history = QListWidget()
    layout.addWidget(history, 1)
    return error, save_button, history


class AnalysisForm(QWidget):
    """ทัศนคติ ทักษะ ทรัพยากร ทางออก: one analysis session with the household's members."""

    saved = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
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
        form.addRow(self.tr("Date"), self.recorded_on)
        form.addRow(self.tr("Recorded by"), self.recorded_by)
        form.addRow(self.tr("Taking part"), self.participants)
        form.addRow(self.tr("Attitude"), self.attitude)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Resources"), self.resources)
        form.addRow(self.tr("Way out"), self.way_out)
        self.error, self.save_button, self.history = add_save_and_history(
            layout, form, self.tr("Save analysis"), self.tr("Earlier analyses")
        )
        self.save_button.clicked.connect(self.save)
        self.history.setWordWrap(True)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            analyses = list_analyses(session, self.household_id)
        self.history.clear()
        for a in analyses:
            self.history.addItem(
                f"{show_date(a.recorded_on)} · {a.recorded_by}\n"
                f"{self.tr('Attitude')}: {a.attitude}\n{self.tr('Skills')}: {a.skills}\n"
                f"{self.tr('Resources')}: {a.resources}\n{self.tr('Way out')}: {a.way_out}"
            )

    def save(self) -> bool:
        data = AnalysisInput(
            recorded_on=date_of(self.recorded_on),
            recorded_by=self.recorded_by.text(),
            participants=self.participants.text(),
            attitude=self.attitude.toPlainText(),
            skills=self.skills.toPlainText(),
            resources=self.resources.toPlainText(),
            way_out=self.way_out.toPlainText(),
        )
        if run_saving(self.database, self.error, lambda s: add_analysis(s, self.household_id, data)) is None:
            return False
        for edit in (self.attitude, self.skills, self.resources, self.way_out):
            edit.clear()
        self.reload()
        self.saved.emit()
        return True


class AssessmentForm(QWidget):
    """The five capitals (1-5) and the household's stage on a date."""

    saved = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
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
        with self.database.session() as session:
            assessments = list_assessments(session, self.household_id)
        self.history.clear()
        for a in assessments:
            scores = " ".join(str(getattr(a, name) or "-") for name in CAPITALS)
            self.history.addItem(f"{show_date(a.assessed_on)} · {labels().stage(a.stage)} · {scores}")

    def save(self) -> bool:
        stage = self.stage.currentData()
        if stage is None:
            self.error.setText(self.tr("Please choose the household's stage."))
            self.error.show()
            return False
        scores = {name: (spin.value() or None) for name, spin in self.capitals.items()}
        data = AssessmentInput(
            assessed_on=date_of(self.assessed_on),
            recorded_by=self.recorded_by.text(),
            stage=Stage(stage),
            **scores,
        )
        if (
            run_saving(self.database, self.error, lambda s: add_assessment(s, self.household_id, data))
            is None
        ):
            return False
        self.reload()
        self.saved.emit()
        return True


class EscalationDialog(QDialog):
    """Hand the household to the provincial centre (ศจพ.จ.) with a reason."""

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.household_id = database, household_id
        self.setWindowTitle(self.tr("Escalate to the provincial centre"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("The household goes on the list for the province. Say why the district cannot solve it.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.escalated_on = date_edit()
        self.reason = QPlainTextEdit()
        form.addRow(self.tr("Date"), self.escalated_on)
        form.addRow(self.tr("Reason"), self.reason)
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

    def save(self) -> bool:
        reason, on = self.reason.toPlainText(), date_of(self.escalated_on)
        if (
            run_saving(self.database, self.error, lambda s: escalate(s, self.household_id, reason, on))
            is None
        ):
            return False
        self.accept()
        return True
