"""The audit tab in the clerk's words: Thai actions, the household by its head and house number,
the account by its full name, 'ช่อง: เดิม → ใหม่', local Buddhist-era times; IDs stay masked."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import AuditAction, NominationStatus, Role
from database.models import AuditEntry, Household, Member, Nomination
from desktop.db import Database
from desktop.households import ops as household_ops
from desktop.safety import accounts
from desktop.safety.access import sign_in_as
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.pages.audit_tab import AuditTab


@pytest.fixture(autouse=True)
def _bangkok(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A clock 7 hours from UTC, so that a UTC time shown as local would show."""
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    install_translators(create_application(), "th")
    yield
    sign_in_as(None)
    monkeypatch.undo()
    time.tzset()


def test_the_audit_tab_reads_as_thai_sentences(qtbot: QtBot, demo_database: Database) -> None:
    with demo_database.session() as session:
        accounts.create_user(session, "auditor", "นางสาวตรวจสอบ ถูกต้อง", Role.ADMIN, "auditpass1")
    sign_in_as(accounts.sign_in(demo_database, "auditor", "auditpass1"))
    with demo_database.session() as session:
        head = session.scalars(select(Member).where(Member.is_head).order_by(Member.id)).first()
        assert head is not None
        household = session.get(Household, head.household_id)
        assert household is not None
        old_house_no, version, head_name = household.house_no, household.version, head.full_name
        ID = head.national_id  # noqa: N806
    household_ops.update_household(
        demo_database, household_ops.HouseholdEdit(head.household_id, version, {"house_no": "77/7"})
    )
    tab = AuditTab(demo_database)
    qtbot.addWidget(tab)
    tab.load()
    table = tab.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["เมื่อ", "ผู้ใช้", "การกระทำ", "รายการข้อมูล", "การเปลี่ยนแปลง", "สรุป"]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]

    when, actor, action, target, changes, _summary = rows[0]  # newest first: the edit
    assert action == "แก้ไข"
    assert actor == "นางสาวตรวจสอบ ถูกต้อง"
    assert head_name in target and "77/7" in target and "#" not in target
    assert changes == f"บ้านเลขที่: {old_house_no} → 77/7"
    with demo_database.session() as session:
        at = session.scalars(select(AuditEntry.at).order_by(AuditEntry.id.desc())).first()
    assert at is not None
    local = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)) + dt.timedelta(hours=7)
    assert when.endswith(f"{local.year + 543} {local:%H:%M:%S}")
    assert "เข้าสู่ระบบ" in [row[2] for row in rows]  # the sign-in, in words

    text = "\n".join("\t".join(row) for row in rows)
    for raw in ("sign_in", "update", "household #", "os:", '{"', "+00:00"):
        assert raw not in text, raw
    assert re.search(r"\d{13}", text) is None and (not ID or ID not in text)
    # the demo was loaded without an account: the computer's user, by name
    assert any(row[1].startswith("ผู้ใช้เครื่อง (") and row[2] == "เพิ่ม" for row in rows)

    # the action filter lists the words and filters by the code
    tab.action.setCurrentIndex(tab.action.findText("เข้าสู่ระบบ"))
    tab.refresh()
    assert table.rowCount() >= 1
    assert all(table.item(r, 2).text() == "เข้าสู่ระบบ" for r in range(table.rowCount()))
    assert tab.filters().action == AuditAction.SIGN_IN


def test_an_edited_date_reads_in_the_windows_one_date_style_in_english(
    qtbot: QtBot, demo_database: Database
) -> None:
    from PySide6.QtCore import QThreadPool

    from desktop.settings import Settings
    from desktop.thai import screen_date
    from ui.main_window import MainWindow
    from ui.pages.data_page import DataPage

    old, new = dt.date(2024, 9, 3), dt.date(2026, 11, 26)
    for day in (old, new):  # the Logbook check's date, as the Logbook import writes it
        with demo_database.session() as session:
            household = session.scalars(select(Household).order_by(Household.id)).first()
            assert household is not None
            household.logbook_status_on = day

    install_translators(create_application(), "en")
    try:
        window = MainWindow(demo_database, Settings(database_url=demo_database.url, language="en"))
        qtbot.addWidget(window)
        page = window.open_page(DataPage)
        assert page.audit is not None
        page.tabs.setCurrentWidget(page.audit)
        QThreadPool.globalInstance().waitForDone(10_000)
        table = page.audit.table
        changes = [table.item(r, 4).text() for r in range(table.rowCount())]
    finally:
        install_translators(create_application(), "th")
    shown = [screen_date(day, "en", short=True) for day in (old, new)]
    expected = f"logbook status on: {shown[0]} → {shown[1]}"
    assert expected == "logbook status on: 3 Sep 2024 → 26 Nov 2026"
    assert expected in changes, changes[:3]


def test_stored_codes_read_as_english_words_in_english(qtbot: QtBot, demo_database: Database) -> None:
    from PySide6.QtCore import QThreadPool

    from desktop.settings import Settings
    from ui.main_window import MainWindow
    from ui.pages.data_page import DataPage

    with demo_database.session() as session:  # a nomination checked in Logbook, as reconciling writes it
        nomination = session.scalars(
            select(Nomination).where(Nomination.status == NominationStatus.NOMINATED).order_by(Nomination.id)
        ).first()
        assert nomination is not None
        nomination.status = NominationStatus.CHECKED_IN_LOGBOOK

    install_translators(create_application(), "en")
    try:
        window = MainWindow(demo_database, Settings(database_url=demo_database.url, language="en"))
        qtbot.addWidget(window)
        page = window.open_page(DataPage)
        assert page.audit is not None
        page.tabs.setCurrentWidget(page.audit)
        QThreadPool.globalInstance().waitForDone(10_000)
        table = page.audit.table
        changes = [table.item(r, 4).text() for r in range(table.rowCount())]
    finally:
        install_translators(create_application(), "th")
    assert "status: nominated → checked in Logbook" in changes, changes[:3]
    assert not [text for text in changes if "checked_in_logbook" in text or "not_checked" in text]
