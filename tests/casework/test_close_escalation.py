"""Closing an escalation from the casework page (issue #19): a note, a version, off the open list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import Escalation, Household
from desktop.casework import ops
from desktop.casework.ops import EscalationClose
from desktop.db import Database
from desktop.safety.conflicts import ConflictError
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.casework.page import CaseworkPage
from ui.i18n import install_translators


@pytest.fixture(autouse=True)
def thai_and_synchronous(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    app = create_application()
    install_translators(app, "th")
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    yield


def test_clerk_closes_an_escalation_with_a_note(qtbot: QtBot, demo_database: Database) -> None:
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    page.tabs.setCurrentWidget(page.escalated)
    tab = page.escalated
    assert tab.model.rowCount() == 1  # the demo's one open escalation
    row = tab.model.row(0)
    assert not tab.close_button.isEnabled()  # nothing chosen yet
    tab.view.selectRow(0)
    assert tab.close_button.isEnabled()
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.close_dialog
    assert dialog is not None and dialog.isVisible()

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no note: refused in the form's red line
    assert dialog.isVisible() and "บันทึกการปิดเรื่อง" in dialog.error.text()
    with demo_database.session() as session:
        assert session.get(Escalation, row.escalation_id).closed_on is None  # type: ignore[union-attr]

    dialog.note.setPlainText("จังหวัดประสานสำนักงานพัฒนาสังคมฯ ซ่อมแซมบ้านแล้วเสร็จ")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert tab.model.rowCount() == 0 and not tab.close_button.isEnabled()  # off the open list
    with demo_database.session() as session:
        closed = session.get(Escalation, row.escalation_id)
        assert closed is not None and closed.closed_on == dt.date.today()
        assert closed.closed_note == "จังหวัดประสานสำนักงานพัฒนาสังคมฯ ซ่อมแซมบ้านแล้วเสร็จ"
        assert closed.version == row.version + 1
        household = session.get(Household, row.household_id)
        assert household is not None and not household.escalated
    assert ops.escalated_households(demo_database) == []


def test_closing_a_stale_copy_is_a_conflict(demo_database: Database) -> None:
    (row,) = ops.escalated_households(demo_database)
    with demo_database.session() as session:  # another clerk corrects the reason meanwhile
        escalation = session.scalars(select(Escalation).where(Escalation.id == row.escalation_id)).one()
        escalation.reason += " (แก้ไข)"
    close = EscalationClose(row.escalation_id, row.version, dt.date.today(), "ปิดเรื่อง")
    with pytest.raises(ConflictError):
        ops.close_escalation(demo_database, close)
    assert len(ops.escalated_households(demo_database)) == 1  # nothing written
    fresh = EscalationClose(row.escalation_id, row.version + 1, dt.date.today(), "ปิดเรื่อง")
    assert ops.close_escalation(demo_database, fresh).value.closed_note == "ปิดเรื่อง"


def test_escalating_and_closing_share_one_date_and_text_dialog(qtbot: QtBot, demo_database: Database) -> None:
    """One small base serves both (#19): the day, the text, the red line and OK/Cancel, each
    in its own words (its own translation context), in Thai."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.casework.close_escalation import CloseEscalationDialog
    from ui.casework.forms import DateTextDialog, EscalationDialog

    household_id = ops.escalated_households(demo_database)[0].household_id
    escalate = EscalationDialog(demo_database, household_id)
    close = CloseEscalationDialog(demo_database, ops.escalated_households(demo_database)[0])
    for dialog in (escalate, close):
        qtbot.addWidget(dialog)
    expected = {
        escalate: ("ส่งต่อศูนย์ขจัดความยากจนจังหวัด (ศจพ.จ.)", ["วันที่", "เหตุผล"]),
        close: ("ปิดเรื่องที่ส่งต่อ ศจพ.จ.", ["วันที่ปิดเรื่อง", "บันทึกการปิดเรื่อง"]),
    }
    for dialog, (title, labels) in expected.items():
        assert isinstance(dialog, DateTextDialog) and dialog.windowTitle() == title
        form = dialog.findChild(QFormLayout)
        assert form is not None
        shown = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())]
        assert [w.text() for w in shown if isinstance(w, QLabel)] == labels
        assert not dialog.error.isVisible()
    assert escalate.reason is escalate.text and close.note is close.text
