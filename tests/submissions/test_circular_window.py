"""Circulars in the window (issue #19): edit one (only the changed fields, against the version
loaded, through the conflict dialog when another clerk saved first), several deadlines per
circular, households linked by a search, and closing and reopening one: a closed circular's
deadlines leave the letters page, the home page and the start-up reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import DeliverableKind
from database.models import AuditEntry, Circular, Household
from desktop.db import Database
from desktop.submissions import ops
from tests.conftest import click
from tests.two_clerks import answer_conflict
from ui.casework.nominate import HouseholdPicker
from ui.dialogs.circular import CircularDialog
from ui.dialogs.conflict import ConflictDialog
from ui.main_window import MainWindow
from ui.pages.letters import LettersPage, show_due_reminder
from ui.pages.overview import OverviewPage

REFERENCE = "พย ๐๐๑๙.๔/ว ๓๓/๖๓"  # the demo's circular


def ok(qtbot: QtBot, dialog: CircularDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    click(qtbot, button)


def pick(qtbot: QtBot, dialog: CircularDialog, text: str) -> None:
    """Choose households… → type in the shared household picker → Enter → Enter on the row."""
    click(qtbot, dialog.choose_button)
    picker = dialog.picker
    assert isinstance(picker, HouseholdPicker) and picker.isVisible()
    picker.search_edit.setText(text)  # typing Thai: QTest has no Thai keys
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # searches, goes to the first found
    assert picker.rows and picker.isVisible() and picker.focusWidget() is picker.table
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)  # takes it
    assert not picker.isVisible() and dialog.isVisible()


def stored(database: Database) -> tuple[Circular, list[tuple[dt.date, DeliverableKind, str]], list[str]]:
    with database.session() as session:
        circular = session.scalars(select(Circular).order_by(Circular.id)).first()
        assert circular is not None
        deadlines = [(d.due_on, d.deliverable, d.description) for d in circular.deadlines]
        houses = sorted(h.house_no for h in circular.households)
        session.expunge(circular)
        return circular, deadlines, houses


def select_circular(page: LettersPage, reference: str) -> None:
    for row in range(page.circulars.rowCount()):
        if page.circulars.cell_text(row, 0) == reference:
            page.circulars.selectRow(row)
            return
    raise AssertionError(reference)


def test_edit_a_circular_with_deadlines_and_households(
    window: MainWindow, demo_database: Database, qtbot: QtBot
) -> None:
    page = window.open_page(LettersPage)
    assert page.minimumSizeHint().width() <= 1366 and page.minimumSizeHint().height() <= 700
    assert not page.edit_button.isEnabled()
    select_circular(page, REFERENCE)
    before, deadlines, houses = stored(demo_database)
    assert len(deadlines) == 1 and houses == []
    assert "18 กันยายน 2567" in page.circular_detail.text()  # screen dates: Arabic digits

    click(qtbot, page.edit_button)
    dialog = page.findChildren(CircularDialog)[-1]
    assert dialog.isVisible() and dialog.reference.text() == REFERENCE
    assert dialog.minimumSizeHint().height() <= 700
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() == 0  # all in view, Unlink too
    assert dialog.linked.height() > 150  # the free room goes to the linked households (was ≤ 110)
    assert len(dialog.deadline_lines) == 1
    # a second deadline: the household list, due in five days
    click(qtbot, dialog.add_deadline_button)
    line = dialog.deadline_lines[-1]
    due = dt.date.today() + dt.timedelta(days=5)
    line.due_on.setDate(due)
    line.deliverable.setCurrentIndex(line.deliverable.findData(DeliverableKind.HOUSEHOLD_LIST))
    line.description.setText("บัญชีครัวเรือนเป้าหมายโครงการบ้าน")  # typing Thai: QTest has no Thai keys
    # two households found in the register's household picker, by house number and by name
    pick(qtbot, dialog, "99/9")
    assert dialog.linked.count() == 1 and "๙๙/๙" in dialog.linked.item(0).text()
    pick(qtbot, dialog, "คำมูล")
    assert dialog.isVisible() and stored(demo_database)[0].version == before.version
    pick(qtbot, dialog, "คำมูล")  # the same household twice is linked once
    assert dialog.linked.count() == 2
    second = dialog.linked.item(1).text().split(" บ้านเลขที่")[0]  # its head (คำมูล is a member)
    edit = dialog.edit()
    assert edit.changes == {} and edit.version == before.version  # no field of its own changed
    assert edit.deadlines is not None and edit.household_ids is not None
    ok(qtbot, dialog)
    assert not dialog.isVisible()

    after, deadlines, houses = stored(demo_database)
    assert after.subject == before.subject and after.version > before.version
    assert (due, DeliverableKind.HOUSEHOLD_LIST, "บัญชีครัวเรือนเป้าหมายโครงการบ้าน") in deadlines
    assert len(deadlines) == 2 and len(houses) == 2 and "99/9" in houses
    with demo_database.session() as session:  # the audit log says which households were linked
        linked = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "circular", AuditEntry.field == "households")
        ).one()
        assert linked.before == [] and len(linked.after) == 2
    assert "อีก 5 วัน" in page.due_label.text()
    detail = page.circular_detail.text()
    assert second in detail and "๙๙/๙" in detail and "(2 ครัวเรือน)" in detail

    # Edit again: remove the overdue deadline and one household, and change the subject.
    select_circular(page, REFERENCE)
    click(qtbot, page.edit_button)
    dialog = page.findChildren(CircularDialog)[-1]
    old = next(x for x in dialog.deadline_lines if x.due_on.date().year() == 2024)
    click(qtbot, old.remove)
    dialog.linked.setCurrentRow(0)
    click(qtbot, dialog.unlink_button)
    dialog.subject.setPlainText("ขอรายชื่อครัวเรือนเป้าหมายโครงการบ้านพอเพียง")
    assert set(dialog.edit().changes) == {"subject"}  # only what the clerk changed
    ok(qtbot, dialog)
    after, deadlines, houses = stored(demo_database)
    assert after.subject == "ขอรายชื่อครัวเรือนเป้าหมายโครงการบ้านพอเพียง"
    assert [d[0] for d in deadlines] == [due] and len(houses) == 1
    assert "เลยกำหนด" not in page.due_label.text()

    # An empty ที่ is refused in the form, which stays open with the sentence.
    select_circular(page, REFERENCE)
    click(qtbot, page.edit_button)
    dialog = page.findChildren(CircularDialog)[-1]
    dialog.reference.clear()
    ok(qtbot, dialog)
    assert dialog.isVisible() and "เลขที่หนังสือ" in dialog.error.text()
    dialog.reject()
    assert stored(demo_database)[0].reference == REFERENCE


@pytest.mark.parametrize("choice", ["keep_mine_button", "take_theirs_button"])
def test_editing_a_circular_another_clerk_saved_shows_the_conflict_dialog(
    window: MainWindow, demo_database: Database, qtbot: QtBot, choice: str
) -> None:
    page = window.open_page(LettersPage)
    select_circular(page, REFERENCE)
    click(qtbot, page.edit_button)
    dialog = page.findChildren(CircularDialog)[-1]
    # meanwhile another clerk changes who sent it and the subject
    loaded = ops.circular_detail(demo_database, dialog.detail.id)  # type: ignore[union-attr]
    ops.update_circular(
        demo_database,
        ops.CircularEdit(loaded.id, loaded.version, {"sender": "สพจ.พะเยา", "subject": "เรื่องของข"}),
    )
    dialog.subject.setPlainText("เรื่องของก")
    seen: list[ConflictDialog] = []
    answer_conflict(choice, seen)
    ok(qtbot, dialog)
    assert len(seen) == 1
    shown = {seen[0].table.item(r, 0).text() for r in range(seen[0].table.rowCount())}
    assert shown == {"เรื่อง"}  # Thai labels, only what this clerk changed
    circular = stored(demo_database)[0]
    assert circular.sender == "สพจ.พะเยา"  # the other clerk's field is never lost
    assert circular.subject == ("เรื่องของก" if choice == "keep_mine_button" else "เรื่องของข")


def test_register_with_two_deadlines_then_close_and_reopen(
    window: MainWindow, demo_database: Database, qtbot: QtBot
) -> None:
    page = window.open_page(LettersPage)
    click(qtbot, page.register_button)
    dialog = page.findChildren(CircularDialog)[-1]
    dialog.reference.setText("พย ๐๐๑๙.๓/ว ๙๙")
    dialog.subject.setPlainText("ขอรายชื่อและรายงานผล")
    dialog.deadline_lines[0].due_on.setDate(dt.date.today() + dt.timedelta(days=3))
    click(qtbot, dialog.add_deadline_button)
    click(qtbot, dialog.add_deadline_button)
    click(qtbot, dialog.deadline_lines[-1].remove)  # a row added by mistake, removed
    second = dialog.deadline_lines[-1]
    second.due_on.setDate(dt.date.today() + dt.timedelta(days=10))
    second.deliverable.setCurrentIndex(second.deliverable.findData(DeliverableKind.REPORT))
    with demo_database.session() as session:
        household_id = session.scalars(select(Household.id).where(Household.house_no == "99/9")).first()
    pick(qtbot, dialog, "99/9")
    ok(qtbot, dialog)
    with demo_database.session() as session:
        new = session.scalars(select(Circular).where(Circular.reference == "พย ๐๐๑๙.๓/ว ๙๙")).one()
        assert sorted((d.due_on - dt.date.today()).days for d in new.deadlines) == [3, 10]
        assert [h.id for h in new.households] == [household_id]
    assert "อีก 3 วัน" in page.due_label.text() and "อีก 10 วัน" in page.due_label.text()

    home = window.open_page(OverviewPage)
    home.refresh()
    references = {home.deadline_table.item(r, 2).text() for r in range(home.deadline_table.rowCount())}
    assert "พย ๐๐๑๙.๓/ว ๙๙" in references

    # Closed: its deadlines leave the letters page, the home page and the start-up reminder.
    page = window.open_page(LettersPage)
    select_circular(page, "พย ๐๐๑๙.๓/ว ๙๙")
    assert page.close_button.text() == "ปิดเรื่อง"
    click(qtbot, page.close_button)
    row = next(
        r for r in range(page.circulars.rowCount()) if page.circulars.cell_text(r, 0) == "พย ๐๐๑๙.๓/ว ๙๙"
    )
    assert page.circulars.cell_text(row, 6) == "ปิดเรื่องแล้ว"
    assert "ว ๙๙" not in page.due_label.text() and "ปิดเรื่องหนังสือ" in page.status.text()
    assert page.close_button.text() == "เปิดเรื่องอีกครั้ง"
    reminder = show_due_reminder(window, demo_database)
    assert reminder is not None  # the demo's overdue circular is still open
    assert "ว ๙๙" not in reminder.text.text() and REFERENCE in reminder.text.text()
    reminder.close()
    home = window.open_page(OverviewPage)
    home.refresh()
    references = {home.deadline_table.item(r, 2).text() for r in range(home.deadline_table.rowCount())}
    assert "พย ๐๐๑๙.๓/ว ๙๙" not in references
    with demo_database.session() as session:
        assert session.scalars(select(Circular.closed_on).where(Circular.reference.like("%ว ๙๙"))).one()

    # Reopened: they come back.
    page = window.open_page(LettersPage)
    select_circular(page, "พย ๐๐๑๙.๓/ว ๙๙")
    click(qtbot, page.close_button)
    assert "อีก 3 วัน" in page.due_label.text()
    QApplication.processEvents()
