"""The household picker's keyboard (issue #19): Enter in the search box searches and goes to the
list, never chooses — the clerk sees what was found — and Enter (or a double click) on a row
takes that row. OK is the dialog's default button only while a row is selected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.db import Database
from ui import workers
from ui.casework.nominate import HouseholdPicker


@pytest.fixture
def picker(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HouseholdPicker]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    dialog = HouseholdPicker(demo_database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def ok_button(picker: HouseholdPicker) -> QPushButton:
    button = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_enter_in_the_search_box_shows_the_list_and_enter_on_a_row_takes_it(
    picker: HouseholdPicker, qtbot: QtBot
) -> None:
    assert picker.focusWidget() is picker.search_edit and not ok_button(picker).isDefault()
    qtbot.keyClicks(picker.search_edit, "1")  # house numbers with a 1: several households
    assert picker.timer.isActive()  # typed, not searched yet
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.result() != QDialog.DialogCode.Accepted
    assert len(picker.rows) >= 2 and picker.chosen == []
    assert picker.focusWidget() is picker.table and picker.table.selectionModel().selectedRows()[0].row() == 0
    assert ok_button(picker).isDefault()

    # Back in the box, Enter again only goes back to the list (the default button stays still).
    picker.search_edit.setFocus()
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.focusWidget() is picker.table

    # The clerk moves to the second household and takes it with Enter.
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    second = picker.rows[1]
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert not picker.isVisible() and picker.result() == QDialog.DialogCode.Accepted
    assert [r.id for r in picker.chosen] == [second.id]


def test_enter_with_nothing_found_stays_in_the_box(picker: HouseholdPicker, qtbot: QtBot) -> None:
    picker.search_edit.setText("ไม่มีชื่อนี้ในทะเบียนแน่นอน")  # typing Thai: QTest has no Thai keys
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Enter)
    assert picker.isVisible() and picker.rows == [] and picker.focusWidget() is picker.search_edit
    assert not ok_button(picker).isDefault()


def test_a_new_search_clears_the_choice_and_a_double_click_takes_a_row(
    picker: HouseholdPicker, qtbot: QtBot
) -> None:
    qtbot.keyClicks(picker.search_edit, "1")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)  # Down goes to the list as Enter does
    assert picker.focusWidget() is picker.table and ok_button(picker).isDefault()
    qtbot.keyClicks(picker.search_edit, "2")
    picker.search_now()  # the pause in typing: the list changed under the selected row
    assert not picker.table.selectionModel().hasSelection() and not ok_button(picker).isDefault()
    qtbot.mouseClick(ok_button(picker), Qt.MouseButton.LeftButton)
    assert picker.isVisible() and picker.chosen == []  # "choose a household in the list first"
    assert picker.rows
    rect = picker.table.visualRect(picker.table.model().index(0, 0))
    qtbot.mouseClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not picker.isVisible() and [r.id for r in picker.chosen] == [picker.rows[0].id]
