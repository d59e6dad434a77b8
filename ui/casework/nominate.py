"""Nominating households to a programme from where the clerk looks at them: the household
picker (search the register by name, ID, house number, village), the Nominate dialog (the
household list's selection or one household → a programme and a reason), and the Yes/No
question before approving a nominee not (found) in TPMAP Logbook."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casework import ops
from desktop.casework.ops import Nominated
from desktop.casework.programmes import UncheckedNomineeError
from desktop.db import Database
from desktop.errors import UserError
from desktop.households import ops as household_ops
from desktop.households.export import HouseholdFilter
from desktop.households.listing import PICK_LIMIT, Row, first_matches, is_national_id
from desktop.thai import format_national_id
from ui.casework.forms import error_label, run_saving
from ui.messages import current_language, show_error
from ui.widgets.combo import compact
from ui.widgets.dialog import Dialog
from ui.workers import Operation, run_in_background


class HouseholdPicker(Dialog):
    """Find households in the register as the clerk types; OK, Enter on a row or a double click
    gives the chosen ones in ``chosen``.

    Enter (or Down) in the search box searches and moves to the list with its first row
    selected, never accepts: the clerk sees what was found before choosing, and a second Enter
    on the row takes it. OK is the dialog's default button only while a row is selected.

    The household list's own search: every household's search text is read once in a worker
    (``ops.ordered_ids``) and each pause in typing searches it in memory (``first_matches``), then
    the first PICK_LIMIT hits' rows are read (``ops.load_rows``); a whole 13-digit ID, or
    typing before the texts are in, asks the database (``ops.find_households``: the indexed
    ID column, or the search text stopping at the limit)."""

    def __init__(self, database: Database, parent: QWidget | None = None, *, many: bool = True) -> None:
        super().__init__(parent)
        self.database = database
        self.rows: list[Row] = []
        self.chosen: list[Row] = []
        self.entries: list[tuple[int, str]] | None = None  # (id, search text), read in a worker
        self.setWindowTitle(self.tr("Choose households"))
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Head's name, 13-digit national ID, house number or village")
        )
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Head of household"),
                self.tr("National ID"),
                self.tr("House no. and village"),
                self.tr("Subdistrict"),
                self.tr("Target group"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if many
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):  # names and places share the room; an ID is shown whole
            stretch = column in (0, 2)
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.itemSelectionChanged.connect(self._update_default)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Type at least part of a name, an ID or a house number."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # A query per pause in typing, not per key.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(lambda _text: self.timer.start())
        self.search_edit.installEventFilter(self)  # Enter never reaches the default button
        self.searched: str | None = None  # the text the list shows the hits of
        self.resize(820, 480)
        self.loading = run_in_background(
            self,
            None,
            lambda _progress: household_ops.ordered_ids(database, HouseholdFilter()),
            self._texts_read,
            lambda error: show_error(self, error),
        )

    def _texts_read(self, entries: list[tuple[int, str]]) -> None:
        self.entries = entries

    def search_now(self) -> None:
        self.timer.stop()
        text = self.search_edit.text()
        self.searched = text
        if self.entries is None or is_national_id(text) or not text.strip():
            self.rows = household_ops.find_households(self.database, text)
            more = len(self.rows) > PICK_LIMIT
            self.rows = self.rows[:PICK_LIMIT]
        else:
            ids = first_matches(self.entries, text)
            more, ids = len(ids) > PICK_LIMIT, ids[:PICK_LIMIT]
            found = household_ops.load_rows(self.database, ids)
            self.rows = [found[i] for i in ids if i in found]
        self.table.clearSelection()  # a selected row would now be another household
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            village = f"หมู่ {row.village_no}" if row.village_no is not None else ""
            place = " ".join(p for p in (row.house_no, village, row.village_name) if p)
            cells = (
                row.name,
                format_national_id(row.national_id) if row.national_id else "—",
                place,
                row.subdistrict,
                row.group,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(number, column, item)
        if not text.strip():
            self.status.setText(self.tr("Type at least part of a name, an ID or a house number."))
        elif more:
            self.status.setText(
                self.tr("The first %1 households found; type more to narrow the list.").replace(
                    "%1", str(PICK_LIMIT)
                )
            )
        else:
            self.status.setText(self.tr("%1 households found").replace("%1", str(len(self.rows))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search_edit and (enter or key == Qt.Key.Key_Down):
            self.to_results()
            return True
        if watched is self.table and enter:
            current = self.table.currentIndex()
            if not self.table.selectionModel().hasSelection() and current.isValid():
                self.table.selectRow(current.row())  # reached by Tab: the row under the cursor
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def to_results(self) -> None:
        """Search what is typed (unless the list already shows it) and go to the list."""
        if self.timer.isActive() or self.searched != self.search_edit.text():
            self.search_now()
        if not self.rows:
            return  # nothing found: the clerk stays in the box to type again
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_default(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setDefault(self.table.selectionModel().hasSelection())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_default()  # the button box made OK the default when it was shown

    def accept(self) -> None:
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        self.chosen = [self.rows[i] for i in picked if i < len(self.rows)]
        if not self.chosen:
            self.status.setText(self.tr("Choose a household in the list first."))
            return
        super().accept()


class NominateDialog(Dialog):
    """Nominate the given households to a programme the clerk chooses, with one reason."""

    def __init__(
        self,
        database: Database,
        household_ids: Sequence[int],
        parent: QWidget | None = None,
        names: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.database, self.household_ids = database, list(household_ids)
        self.operation: Operation | None = None
        self.result_value: Nominated | None = None
        self.setWindowTitle(self.tr("Nominate for a programme"))
        layout = QVBoxLayout(self)
        who = (
            ", ".join(names)
            if names and len(names) <= 3
            else self.tr("%1 households").replace("%1", str(len(self.household_ids)))
        )
        heading = QLabel(self.tr("Nominate: %1").replace("%1", who))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.programme = compact(QComboBox(), 30)  # a programme name runs to 150 characters
        for programme in ops.list_programmes(self.database):
            self.programme.addItem(programme.name, programme.id)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        form.addRow(self.tr("Programme"), self.programme)
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
        if self.programme.count() == 0:
            self.error.setText(self.tr("There is no programme yet: add one on the Casework page first."))
            self.error.show()
        self.resize(560, 260)

    def save(self) -> None:
        programme_id = self.programme.currentData()
        if programme_id is None:
            self.error.setText(self.tr("Choose a programme first."))
            self.error.show()
            return
        database, ids, reason = self.database, self.household_ids, self.reason.toPlainText()
        self.operation = run_saving(
            self, self.error, lambda: ops.nominate_households(database, programme_id, ids, reason), self._done
        )

    def _done(self, value: Nominated) -> None:
        self.result_value = value
        self.accept()

    def summary(self) -> str:
        """One line for the caller's status line: how many were nominated, who already was."""
        value = self.result_value
        if value is None:
            return ""
        text = self.tr("%1 households nominated").replace("%1", str(len(value.added)))
        if value.already:
            text += " · " + self.tr("already nominated: %1").replace("%1", ", ".join(value.already))
        return text


def confirm_or_show(parent: QWidget, refusal: UserError, again: Callable[[], None]) -> None:
    """A nominee not (found) in Logbook: ask Yes/No with the operation's sentence and run it
    again confirmed on Yes. Any other refusal is shown as usual. The box is opened, not
    exec'd, and kept on the parent (``confirm_box``) so tests can answer it."""
    if not isinstance(refusal, UncheckedNomineeError):
        show_error(parent, refusal)
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Approve a nominee not checked in Logbook?"),
        refusal.message(current_language()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            again()

    box.buttonClicked.connect(answered)
    box.open()
    setattr(parent, "confirm_box", box)  # noqa: B010 (any page may ask)
