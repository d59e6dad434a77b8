"""One household: address and targeting, members (add, edit, remove), history.

Built on a QTabWidget (``self.tabs``) so other areas can add their own tabs (analysis, plan …).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from database.enums import LogbookStatus, Sex
from desktop.db import Database
from desktop.errors import UserError
from desktop.households import ops
from desktop.households.editing import MEMBER_EDITABLE, HouseholdData, MemberData
from desktop.households.ops import HouseholdEdit, MemberEdit
from desktop.thai import format_national_id, thai_date_short
from ui.casework.household_tabs import HouseholdCaseworkTabs
from ui.messages import current_language
from ui.operations import run_op
from ui.widgets.dialog import Dialog
from ui.workers import Operation


class MemberDialog(Dialog):
    """Add or edit one member; the service validates (Thai message shown in the dialog)."""

    def __init__(
        self, database: Database, household_id: int, member: MemberData | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.household_id = household_id
        self.member = member or MemberData()
        self.saved_id: int | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add member"))
        form = QFormLayout(self)
        self.title_edit = QComboBox()
        self.title_edit.setEditable(True)
        self.title_edit.addItems(["นาย", "นาง", "นางสาว", "ด.ช.", "ด.ญ."])
        self.title_edit.setCurrentText(self.member.title)
        self.first_edit = QLineEdit(self.member.first_name)
        self.last_edit = QLineEdit(self.member.last_name)
        self.id_edit = QLineEdit(self.member.national_id)
        self.id_edit.setPlaceholderText("1-2345-67890-12-3")
        self.age_spin = QSpinBox()
        self.age_spin.setRange(-1, 130)
        self.age_spin.setSpecialValueText(self.tr("unknown"))
        self.age_spin.setValue(self.member.age if self.member.age is not None else -1)
        self.sex_combo = QComboBox()
        for sex, text in (
            (Sex.UNKNOWN, self.tr("unknown")),
            (Sex.MALE, self.tr("male")),
            (Sex.FEMALE, self.tr("female")),
        ):
            self.sex_combo.addItem(text, sex.value)
        self.sex_combo.setCurrentIndex(self.sex_combo.findData(self.member.sex.value))
        self.relation_edit = QLineEdit(self.member.relation)
        self.head_check = QCheckBox(self.tr("Head of household"))
        self.head_check.setChecked(self.member.is_head)
        flags = QHBoxLayout()
        self.flag_checks: dict[str, QCheckBox] = {}
        for name, text in (
            ("elderly", self.tr("elderly")),
            ("disabled", self.tr("disabled")),
            ("bedridden", self.tr("bedridden")),
            ("child", self.tr("child")),
        ):
            check = QCheckBox(text)
            check.setChecked(bool(getattr(self.member, name)))
            self.flag_checks[name] = check
            flags.addWidget(check)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("First name"), self.first_edit)
        form.addRow(self.tr("Surname"), self.last_edit)
        form.addRow(self.tr("National ID"), self.id_edit)
        form.addRow(self.tr("Age"), self.age_spin)
        form.addRow(self.tr("Sex"), self.sex_combo)
        form.addRow(self.tr("Relation to the head"), self.relation_edit)
        form.addRow("", self.head_check)
        form.addRow(self.tr("Needs"), flags)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self) -> MemberData:
        age = self.age_spin.value()
        return MemberData(
            id=self.member.id,
            title=self.title_edit.currentText().strip(),
            first_name=self.first_edit.text().strip(),
            last_name=self.last_edit.text().strip(),
            national_id=self.id_edit.text().strip(),
            age=None if age < 0 else age,
            sex=Sex(self.sex_combo.currentData()),
            relation=self.relation_edit.text().strip(),
            is_head=self.head_check.isChecked(),
            **{name: check.isChecked() for name, check in self.flag_checks.items()},
        )

    def changes(self) -> dict[str, Any]:
        """Every field of a new member; only the changed fields of one being edited."""
        data = self.data()
        values = {name: getattr(data, name) for name in MEMBER_EDITABLE}
        if self.member.id is None:
            return values
        return {name: value for name, value in values.items() if value != getattr(self.member, name)}

    def save(self) -> None:
        changes = self.changes()
        if self.member.id is not None and not changes:
            self.accept()
            return
        self._save(changes, self.member.version)

    def _save(self, changes: dict[str, Any], version: int | None) -> None:
        edit = MemberEdit(self.household_id, self.member.id, version, changes)
        database = self.database
        self.operation = run_op(
            self,
            lambda: ops.save_member(database, edit),
            self._saved,
            on_refusal=self._refused,
            on_conflict=self._save,
        )

    def _saved(self, member_id: int) -> None:
        self.saved_id = member_id
        self.accept()

    def _refused(self, error: UserError) -> None:
        self.error_label.setText(error.message(current_language()))


class HouseholdDialog(Dialog):
    changed = Signal()

    def __init__(self, database: Database, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.household_id = household_id
        self.resize(960, 660)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("pageHeading")
        layout.addWidget(self.summary_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._address_tab(), self.tr("Address and targeting"))
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        # beside the members: 4ท analysis, plan, assistance, programmes (ui/casework)
        self.casework = HouseholdCaseworkTabs(self.tabs, database, household_id, at=2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # --- address
    def _address_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.fields: dict[str, Any] = {}
        for name, label in (
            ("house_no", self.tr("House no.")),
            ("village_name", self.tr("Village name")),
            ("subdistrict", self.tr("Subdistrict")),
            ("district", self.tr("District")),
            ("province", self.tr("Province")),
            ("postcode", self.tr("Postcode")),
            ("house_code", self.tr("House code")),
        ):
            edit = QLineEdit()
            self.fields[name] = edit
            form.addRow(label, edit)
        self.village_spin = QSpinBox()
        self.village_spin.setRange(0, 99)
        self.village_spin.setSpecialValueText("—")
        form.insertRow(1, self.tr("Village no."), self.village_spin)
        self.group_combo = QComboBox()
        for group in (1, 2, 3, 4):
            self.group_combo.addItem(self.tr("Group %1").replace("%1", str(group)), group)
        form.addRow(self.tr("Target group"), self.group_combo)
        self.income_spin = QSpinBox()
        self.income_spin.setRange(-1, 10_000_000)
        self.income_spin.setSingleStep(1000)
        self.income_spin.setGroupSeparatorShown(True)
        self.income_spin.setSpecialValueText(self.tr("unknown"))
        form.addRow(self.tr("Income per person per year (baht)"), self.income_spin)
        self.welfare_check = QCheckBox(self.tr("Holds a state welfare card"))
        self.vulnerable_check = QCheckBox(self.tr("Vulnerable household"))
        form.addRow("", self.welfare_check)
        form.addRow("", self.vulnerable_check)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(80)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.logbook_label = QLabel()
        form.addRow(self.tr("Logbook"), self.logbook_label)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_address)
        form.addRow("", self.save_button)
        return page

    def address_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.fields.items()}
        values["village_no"] = self.village_spin.value() or None
        values["target_group"] = self.group_combo.currentData()
        income = self.income_spin.value()
        values["income_per_person"] = None if income < 0 else income
        values["welfare_card"] = self.welfare_check.isChecked()
        values["vulnerable"] = self.vulnerable_check.isChecked()
        values["notes"] = self.notes_edit.toPlainText().strip()
        return values

    def address_changes(self) -> dict[str, Any]:
        """The fields the clerk changed since the household was loaded: only these are saved,
        so a field another clerk changed meanwhile is never overwritten with an old value."""
        return {name: value for name, value in self.address_values().items() if value != self.loaded[name]}

    def save_address(self) -> None:
        changes = self.address_changes()
        if changes:
            self._save_address(changes, self.data.version)

    def _save_address(self, changes: dict[str, Any], version: int) -> None:
        edit = HouseholdEdit(self.household_id, version, changes)
        database = self.database
        self.operation = run_op(
            self,
            lambda: ops.update_household(database, edit),
            self._address_saved,
            on_conflict=self._save_address,
            on_failure=self._reload_after_conflict,
        )

    def _address_saved(self, changed: int) -> None:
        if changed:
            self.changed.emit()
        self.reload()

    def _reload_after_conflict(self, error: BaseException) -> None:
        """Whatever the clerk picks in the conflict dialog, the form shows what is stored now."""
        from desktop.safety.conflicts import ConflictError

        if isinstance(error, ConflictError):
            self.reload()

    # --- members
    def _members_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.members_table = QTableWidget(0, 6)
        self.members_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("National ID"),
                self.tr("Age"),
                self.tr("Relation"),
                self.tr("Head"),
                self.tr("Needs"),
            ]
        )
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members_table.doubleClicked.connect(lambda _: self.edit_member())
        layout.addWidget(self.members_table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add member…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def selected_member(self) -> MemberData | None:
        rows = self.members_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.data.members[rows[0].row()]

    def member_dialog(self, member: MemberData | None) -> MemberDialog:
        dialog = MemberDialog(self.database, self.household_id, member, self)
        dialog.accepted.connect(self._member_saved)
        return dialog

    def add_member(self) -> MemberDialog:
        dialog = self.member_dialog(None)
        dialog.open()
        return dialog

    def edit_member(self) -> MemberDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = self.member_dialog(member)
        dialog.open()
        return dialog

    def _member_saved(self) -> None:
        self.changed.emit()
        self.reload()

    def remove_selected(self, confirm: bool = True) -> None:
        member = self.selected_member()
        if member is None or member.id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove member"),
                self.tr("Remove %1 from this household?").replace("%1", member.full_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        database, household_id, member_id, version = (
            self.database,
            self.household_id,
            member.id,
            member.version,
        )
        self.operation = run_op(
            self, lambda: ops.remove_member(database, household_id, member_id, version), self._member_removed
        )

    def _member_removed(self, _result: None) -> None:
        self._member_saved()

    # --- history
    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history_table = QTableWidget(0, 6)
        self.history_table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.history_table)
        return page

    # --- loading
    def reload(self) -> None:
        self.data: HouseholdData = ops.load_household(self.database, self.household_id)
        entries = ops.history(self.database, self.household_id)
        values = self.data.values
        head = next(
            (m for m in self.data.members if m.is_head), self.data.members[0] if self.data.members else None
        )
        address = f"{values['house_no']} หมู่ {values['village_no'] or '-'} ต.{values['subdistrict']}"
        self.summary_label.setText(f"{head.full_name if head else ''} · {address}")
        self.setWindowTitle(self.tr("Household %1").replace("%1", address))
        for name, edit in self.fields.items():
            edit.setText(values[name] or "")
        self.village_spin.setValue(values["village_no"] or 0)
        self.group_combo.setCurrentIndex(self.group_combo.findData(values["target_group"]))
        income = values["income_per_person"]
        self.income_spin.setValue(-1 if income is None else income)
        self.welfare_check.setChecked(bool(values["welfare_card"]))
        self.vulnerable_check.setChecked(bool(values["vulnerable"]))
        self.notes_edit.setPlainText(values["notes"] or "")
        self.loaded = self.address_values()
        status = {
            LogbookStatus.NOT_CHECKED: self.tr("not checked"),
            LogbookStatus.FOUND: self.tr("found"),
            LogbookStatus.NOT_FOUND: self.tr("not found"),
            LogbookStatus.ENTERED: self.tr("entered"),
        }[self.data.logbook_status]
        when = thai_date_short(self.data.logbook_status_on) if self.data.logbook_status_on else ""
        self.logbook_label.setText(f"{status} {when}".strip())
        self.members_table.setRowCount(len(self.data.members))
        for row, member in enumerate(self.data.members):
            needs = [
                text
                for flag, text in (
                    (member.elderly, self.tr("elderly")),
                    (member.disabled, self.tr("disabled")),
                    (member.bedridden, self.tr("bedridden")),
                    (member.child, self.tr("child")),
                )
                if flag
            ]
            cells = (
                member.full_name,
                format_national_id(member.national_id) if member.national_id else "—",
                "" if member.age is None else str(member.age),
                member.relation,
                "✓" if member.is_head else "",
                ", ".join(needs),
            )
            for column, text in enumerate(cells):
                self.members_table.setItem(row, column, QTableWidgetItem(text))
        self.members_table.resizeColumnsToContents()
        self.history_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                entry.at.strftime("%Y-%m-%d %H:%M"),
                entry.user,
                entry.action,
                entry.what or entry.summary,
                entry.before,
                entry.after or (entry.summary if entry.what else ""),
            )
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.resizeColumnsToContents()
