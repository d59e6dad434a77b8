"""One style per fact in the casework window: a target group reads as its subgroup ("1.1") in
the follow-up list as everywhere else, and a nomination status has one Thai name in the window,
the reports and the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import NominationStatus, PlanStatus
from database.models import Household
from desktop.casework.common import NOMINATION_STATUS_EN, NOMINATION_STATUS_TH, PLAN_STATUS_EN
from desktop.db import Database
from desktop.households.labels import target_group_text
from desktop.reports.labels import NOMINATION_STATUS_TH as REPORT_NOMINATION_TH
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.casework.common import labels
from ui.casework.page import CaseworkPage
from ui.i18n import install_translators


@pytest.fixture(autouse=True)
def thai_and_synchronous(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    app = create_application()
    install_translators(app, "th")
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    yield


def test_follow_up_list_shows_the_subgroup_like_elsewhere(qtbot: QtBot, demo_database: Database) -> None:
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    model = page.follow_up.model
    assert model.rowCount() > 0
    group_column = 2
    shown = {
        model.row(r).household_id: model.data(model.index(r, group_column), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    }
    with demo_database.session() as session:
        stored = {
            hid: target_group_text(group, subgroup)
            for hid, group, subgroup in session.execute(
                select(Household.id, Household.target_group, Household.target_subgroup).where(
                    Household.id.in_(shown)
                )
            )
        }
    assert {hid: str(text) for hid, text in shown.items()} == stored
    assert any("." in text for text in stored.values())  # the demo's group 1 and 3 have subgroups


def test_a_nomination_status_has_one_thai_name_everywhere() -> None:
    for status in NominationStatus:
        assert labels().nomination_status(status) == NOMINATION_STATUS_TH[status]
        assert REPORT_NOMINATION_TH[status.value] == NOMINATION_STATUS_TH[status]
    assert NOMINATION_STATUS_TH[NominationStatus.APPROVED] == "ที่ประชุมเห็นชอบแล้ว"


def test_the_provinces_escalation_list_writes_the_subgroup(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.activate()
    page.tabs.setCurrentWidget(page.escalated)
    page.escalated.load()
    rows = page.escalated.model.rows
    assert rows
    with demo_database.session() as session:  # the demo's escalated household, given a subgroup
        household = session.get(Household, rows[0].household_id)
        assert household is not None
        household.target_group, household.target_subgroup = 1, "1.2"
    out = tmp_path / "escalated.xlsx"
    page.escalated.export_to(out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = next(r for r in sheet.iter_rows(values_only=True) if "กลุ่มเป้าหมาย" in r)
    column = header.index("กลุ่มเป้าหมาย")
    values = [r[column] for r in sheet.iter_rows(values_only=True) if r[0] == 1]
    assert values == ["1.2"]


def test_the_english_status_names_are_the_windows_own() -> None:
    """The audit log's English words (desktop) say what the English window's labels say."""
    install_translators(create_application(), "en")
    try:
        for status in NominationStatus:
            assert labels().nomination_status(status).lower() == NOMINATION_STATUS_EN[status].lower()
        for plan_status in PlanStatus:
            assert labels().plan_status(plan_status).lower() == PLAN_STATUS_EN[plan_status].lower()
    finally:
        install_translators(create_application(), "th")
