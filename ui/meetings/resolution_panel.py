"""The resolutions (มติ) of one item: text, outcome, votes, an action on its households, apply/undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from database.enums import ResolutionAction, ResolutionOutcome
from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.common import number_in_language
from desktop.meetings.detail import ItemView
from desktop.meetings.labels import ACTION_EN, ACTION_TH, OUTCOME_EN, OUTCOME_TEXT_TH, OUTCOME_TH, in_language
from desktop.meetings.ops import NewResolution, ResolutionEdit
from desktop.meetings.resolutions import ResolutionView
from desktop.operations import Outcome
from ui.casework.nominate import confirm_or_show
from ui.meetings.base import compact, read
from ui.meetings.roster import from_qdate, to_qdate
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.be_date import BEDateEdit
from ui.workers import Operation


class ResolutionPanel(QWidget):
    """Its changes reload the meeting through the change hub (ui/meetings/editor.py)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.operation: Operation | None = None
        self.item: ItemView | None = None
        self.editable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(60)
        self.list.currentRowChanged.connect(self.show_resolution)
        layout.addWidget(self.list)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outcome = compact(QComboBox())
        for outcome in ResolutionOutcome:
            self.outcome.addItem(in_language(OUTCOME_TH, OUTCOME_EN, outcome, current_language()), outcome)
        self.outcome.currentIndexChanged.connect(self.suggest_text)
        form.addRow(self.tr("Outcome"), self.outcome)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(70)
        form.addRow(self.tr("Resolution"), self.text)
        votes = QHBoxLayout()
        self.record_votes = QCheckBox(self.tr("Votes"))
        self.votes = [QSpinBox() for _ in range(3)]
        votes.addWidget(self.record_votes)
        for label, box in zip(
            (self.tr("for"), self.tr("against"), self.tr("abstain")), self.votes, strict=True
        ):
            box.setRange(0, 999)
            box.setMaximumWidth(64)
            votes.addWidget(QLabel(label))
            votes.addWidget(box)
        votes.addStretch(1)
        form.addRow("", votes)
        self.action = compact(QComboBox())
        for action in ResolutionAction:
            self.action.addItem(in_language(ACTION_TH, ACTION_EN, action, current_language()), action)
        self.action.currentIndexChanged.connect(self.show_params)
        form.addRow(self.tr("Action on the households"), self.action)
        self.programme = compact(QComboBox())
        self.remedy = compact(QComboBox())
        self.agency = compact(QComboBox())
        self.due = BEDateEdit(to_qdate(dt.date.today() + dt.timedelta(days=90)))
        self.due.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it goes to the province"))
        self.param_rows: dict[ResolutionAction, list[QWidget]] = {}
        for action, label, widget in (
            (ResolutionAction.APPROVE_NOMINATION, self.tr("Programme"), self.programme),
            (ResolutionAction.ASSIGN, self.tr("Remedy"), self.remedy),
            (ResolutionAction.ASSIGN, self.tr("Agency"), self.agency),
            (ResolutionAction.ASSIGN, self.tr("Due"), self.due),
            (ResolutionAction.ESCALATE, self.tr("Reason"), self.reason),
        ):
            caption = QLabel(label)
            form.addRow(caption, widget)
            self.param_rows.setdefault(action, []).extend([caption, widget])
        self.is_open = QCheckBox(self.tr("Needs follow-up (carried over to the next meeting)"))
        form.addRow("", self.is_open)
        layout.addLayout(form)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("Record as new resolution"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.apply_button = QPushButton(self.tr("Apply to households"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for index, (button, slot) in enumerate(
            (
                (self.new_button, self.record_new),
                (self.save_button, self.save),
                (self.delete_button, self.delete),
                (self.apply_button, self.apply),
                (self.undo_button, self.undo),
            )
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 3, index % 3)
        layout.addLayout(buttons)
        self._load_choices()
        self.show_params()
        self.show_item(None, False)

    def _load_choices(self) -> None:
        database = self.database
        choices = read(self, lambda: ops.resolution_choices(database))
        if choices is None:
            return
        for box, options in (
            (self.programme, choices.programmes),
            (self.remedy, choices.remedies),
            (self.agency, choices.agencies),
        ):
            box.clear()
            if box is not self.programme:
                box.addItem("—", None)
            for option_id, name in options:
                box.addItem(name, option_id)

    def show_item(self, item: ItemView | None, editable: bool) -> None:
        self.item = item
        self.editable = editable and item is not None and item.parent_id is not None
        self.list.blockSignals(True)
        self.list.clear()
        for r in item.resolutions if item else []:
            if current_language() == "th":
                text = f"{r.label} {r.outcome_th}"
            else:
                number = number_in_language(f"{r.number}/{r.year_be}", "en")
                text = self.tr("Resolution %1").replace("%1", number) + f" {OUTCOME_EN[r.outcome]}"
            if r.applied_at is not None:
                text += "  " + self.tr("(applied to %1 households)").replace("%1", str(r.households))
            row = QListWidgetItem(text, self.list)
            row.setData(Qt.ItemDataRole.UserRole, r.id)
        self.list.blockSignals(False)
        if item and item.resolutions:
            self.list.setCurrentRow(len(item.resolutions) - 1)
            self.show_resolution(len(item.resolutions) - 1)
        else:
            self.clear_form()

    def current(self) -> ResolutionView | None:
        row = self.list.currentRow()
        if self.item is None or row < 0 or row >= len(self.item.resolutions):
            return None
        return self.item.resolutions[row]

    def clear_form(self) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(ResolutionOutcome.NOTED))
        self.text.setPlainText(OUTCOME_TEXT_TH[ResolutionOutcome.NOTED])
        self.record_votes.setChecked(False)
        self.action.setCurrentIndex(0)
        self.is_open.setChecked(False)
        self.update_state()

    def suggest_text(self) -> None:
        """Changing the outcome rewrites the text only if the clerk has not written her own."""
        if self.text.toPlainText().strip() in {*OUTCOME_TEXT_TH.values(), ""}:
            self.text.setPlainText(OUTCOME_TEXT_TH[ResolutionOutcome(self.outcome.currentData())])

    def show_resolution(self, row: int) -> None:
        r = self.current()
        if r is None:
            self.clear_form()
            return
        self.outcome.blockSignals(True)
        self.outcome.setCurrentIndex(self.outcome.findData(r.outcome))
        self.outcome.blockSignals(False)
        self.text.setPlainText(r.text)
        self.record_votes.setChecked(any(v is not None for v in r.votes))
        for box, value in zip(self.votes, r.votes, strict=True):
            box.setValue(value or 0)
        self.action.setCurrentIndex(self.action.findData(r.action))
        params = r.action_params
        if "programme_id" in params:
            self.programme.setCurrentIndex(max(0, self.programme.findData(params["programme_id"])))
        self.remedy.setCurrentIndex(max(0, self.remedy.findData(params.get("remedy_id"))))
        self.agency.setCurrentIndex(max(0, self.agency.findData(params.get("agency_id"))))
        if params.get("due_on"):
            self.due.setDate(to_qdate(dt.date.fromisoformat(params["due_on"])))
        self.reason.setText(str(params.get("reason", "")))
        self.is_open.setChecked(r.is_open)
        self.update_state()

    def show_params(self) -> None:
        action = ResolutionAction(self.action.currentData())
        for kind, widgets in self.param_rows.items():
            for widget in widgets:
                widget.setVisible(kind == action)

    def update_state(self) -> None:
        r = self.current()
        households = self.item.households if self.item else 0
        if r is None:
            self.state.setText(self.tr("This item has %1 households.").replace("%1", str(households)))
        elif r.applied_at is not None:
            self.state.setText(
                self.tr("Applied: %1 households changed and linked to this resolution.").replace(
                    "%1", str(r.households)
                )
            )
        else:
            self.state.setText(
                self.tr("Not applied yet; this item has %1 households.").replace("%1", str(households))
            )
        applied = r is not None and r.applied_at is not None
        self.new_button.setEnabled(self.editable)
        self.save_button.setEnabled(self.editable and r is not None)
        self.delete_button.setEnabled(self.editable and r is not None and not applied)
        self.apply_button.setEnabled(
            self.editable and r is not None and not applied and r.action != ResolutionAction.NONE
        )
        self.undo_button.setEnabled(self.editable and applied)
        for widget in (
            self.outcome,
            self.text,
            self.record_votes,
            self.action,
            self.programme,
            self.remedy,
            self.agency,
            self.due,
            self.reason,
            self.is_open,
            *self.votes,
        ):
            widget.setEnabled(self.editable)

    def values(self) -> dict[str, Any]:
        """The form as a resolution's fields (votes_for …, action_params as stored)."""
        action = ResolutionAction(self.action.currentData())
        params: dict[str, Any] = {}
        if action == ResolutionAction.APPROVE_NOMINATION:
            params = {"programme_id": self.programme.currentData()}
        elif action == ResolutionAction.ASSIGN:
            params = {
                key: value
                for key, value in (
                    ("remedy_id", self.remedy.currentData()),
                    ("agency_id", self.agency.currentData()),
                    ("due_on", from_qdate(self.due.date()).isoformat()),
                )
                if value is not None
            }
        elif action == ResolutionAction.ESCALATE and self.reason.text().strip():
            params = {"reason": self.reason.text().strip()}
        votes = tuple(b.value() for b in self.votes) if self.record_votes.isChecked() else (None, None, None)
        return {
            "text": self.text.toPlainText(),
            "outcome": ResolutionOutcome(self.outcome.currentData()),
            "votes_for": votes[0],
            "votes_against": votes[1],
            "votes_abstain": votes[2],
            "action": action,
            "action_params": params,
            "is_open": self.is_open.isChecked(),
        }

    def changes(self, r: ResolutionView) -> dict[str, Any]:
        """What the clerk changed on the resolution as loaded: only this is saved."""
        loaded = {
            "text": r.text,
            "outcome": r.outcome,
            "votes_for": r.votes[0],
            "votes_against": r.votes[1],
            "votes_abstain": r.votes[2],
            "action": r.action,
            "action_params": r.action_params,
            "is_open": r.is_open,
        }
        return {name: value for name, value in self.values().items() if value != loaded[name]}

    def run(self, op: Callable[[], Outcome[Any]]) -> None:
        self.operation = run_op(self, op)

    def record_new(self) -> None:
        if self.item is None:
            return
        v, database = self.values(), self.database
        new = NewResolution(
            self.item.id, v["text"], v["outcome"], (v["votes_for"], v["votes_against"], v["votes_abstain"]),
            v["action"], v["action_params"], v["is_open"],
        )  # fmt: skip
        self.run(lambda: ops.record_resolution(database, new))

    def save(self) -> None:
        r = self.current()
        if r is None:
            return
        changes = self.changes(r)
        if changes:
            self.save_as(changes, r.version)

    def save_as(self, changes: dict[str, Any], version: int) -> None:
        r = self.current()
        if r is None:
            return
        edit, database = ResolutionEdit(r.id, version, changes), self.database
        self.operation = run_op(self, lambda: ops.update_resolution(database, edit), on_conflict=self.save_as)

    def apply(self, confirmed: bool = False) -> None:
        r, database = self.current(), self.database
        if r is not None:
            resolution_id = r.id
            # a nominee not (found) in Logbook: a Yes/No question, Yes applies it confirmed
            self.operation = run_op(
                self,
                lambda: ops.apply_resolution(database, resolution_id, confirmed),
                on_refusal=lambda refusal: confirm_or_show(self, refusal, lambda: self.apply(confirmed=True)),
            )

    def undo(self) -> None:
        r, database = self.current(), self.database
        if r is not None:
            resolution_id = r.id
            self.run(lambda: ops.undo_resolution(database, resolution_id))

    def delete(self) -> None:
        r, database = self.current(), self.database
        if r is not None:
            resolution_id = r.id
            self.run(lambda: ops.delete_resolution(database, resolution_id))
