"""The casework widgets driven like a clerk would, checking what the database holds after."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from database.enums import NominationStatus, PlanStatus, Stage
from database.models import Activity, Agency, Analysis, Household, Nomination, PlanItem, Programme, Remedy
from desktop.db import Database
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.casework.household import HouseholdCaseworkWidget
from ui.casework.page import CaseworkPage
from ui.i18n import install_translators


@pytest.fixture(autouse=True)
def thai_and_synchronous(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    app = create_application()
    install_translators(app, "th")
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    yield


def _shot(widget: QWidget, name: str) -> None:
    """Screenshots for review when AMPHOE_SHOTS names a folder."""
    folder = os.environ.get("AMPHOE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _fresh_household(database: Database) -> int:
    """A demo household nobody has worked on yet."""
    with database.session() as session:
        analysed = select(Analysis.household_id)
        return session.scalars(
            select(Household.id).where(Household.id.not_in(analysed)).order_by(Household.id)
        ).first()  # type: ignore[return-value]


def _double_click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clerk_takes_a_household_from_analysis_to_escalation(qtbot: QtBot, demo_database: Database) -> None:
    hid = _fresh_household(demo_database)
    widget = HouseholdCaseworkWidget(demo_database, hid)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)

    # 4ท analysis: refused while a part is missing, then saved whole.
    form = widget.analysis
    widget.tabs.setCurrentWidget(form)
    form.recorded_by.setText("นางสาวพรทิพย์ วงค์คำ")
    form.attitude.setPlainText("อยากพึ่งพาตนเอง")
    form.skills.setPlainText("จักสานไม้ไผ่")
    form.resources.setPlainText("ที่ดิน ๓ ไร่")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "ทางออก" in form.error.text()
    form.way_out.setPlainText("เข้ากลุ่มอาชีพจักสาน")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible()
    with demo_database.session() as session:
        assert session.scalars(select(Analysis.way_out).where(Analysis.household_id == hid)).all() == [
            "เข้ากลุ่มอาชีพจักสาน"
        ]
    _shot(widget, "casework-analysis")

    # Capitals and stage.
    assessment = widget.assessment
    widget.tabs.setCurrentWidget(assessment)
    assessment.stage.setCurrentIndex(assessment.stage.findData(Stage.DIFFICULT.value))
    assessment.capitals["human_capital"].setValue(3)
    qtbot.mouseClick(assessment.save_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        assert session.get(Household, hid).stage == Stage.DIFFICULT  # type: ignore[union-attr]

    # Plan: a remedy from the menu; its usual agency is assigned.
    plan = widget.plan
    widget.tabs.setCurrentWidget(plan)
    with demo_database.session() as session:
        remedy = session.scalars(select(Remedy).where(Remedy.code == "I03")).one()
        remedy_id, agency_id = remedy.id, remedy.default_agency_id
    plan.remedy.setCurrentIndex(plan.remedy.findData(remedy_id))
    assert plan.agency.currentData() == agency_id
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        item = session.scalars(select(PlanItem).where(PlanItem.household_id == hid)).one()
        assert (item.remedy_id, item.agency_id, item.status) == (remedy_id, agency_id, PlanStatus.PLANNED)
        item_id = item.id
    assert plan.table.rowCount() == 1
    plan.table.selectRow(0)  # the form takes the item; a note is added and saved over it
    assert plan.remedy.currentData() == remedy_id
    plan.note.setText("ตามมติที่ประชุมชี้เป้า")
    qtbot.mouseClick(plan.update_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        assert session.get(PlanItem, item_id).note == "ตามมติที่ประชุมชี้เป้า"  # type: ignore[union-attr]
    _shot(widget, "casework-plan")

    # Activity on that plan item: refused without a description, then recorded.
    form2 = widget.activities
    widget.tabs.setCurrentWidget(form2)
    form2.plan_item.setCurrentIndex(form2.plan_item.findData(item_id))
    assert form2.agency.currentData() == agency_id
    qtbot.keyClicks(form2.amount, "abc")
    qtbot.mouseClick(form2.save_button, Qt.MouseButton.LeftButton)
    assert form2.error.isVisible()
    form2.amount.clear()
    form2.description.setPlainText("มอบพันธุ์ไก่พื้นเมือง ๒๐ ตัว พร้อมอาหารสัตว์")
    qtbot.keyClicks(form2.in_kind, "2,500")
    form2.result.setText("ครัวเรือนเริ่มเลี้ยงไก่แล้ว")
    qtbot.mouseClick(form2.save_button, Qt.MouseButton.LeftButton)
    assert not form2.error.isVisible()
    with demo_database.session() as session:
        activity = session.scalars(select(Activity).where(Activity.household_id == hid)).one()
        assert str(activity.in_kind_value) == "2500.00" and not activity.logbook_entered
        assert session.get(PlanItem, item_id).status == PlanStatus.IN_PROGRESS  # type: ignore[union-attr]
        activity_id = activity.id
    _shot(widget, "casework-activities")

    # Logbook entry from the queue on the Casework page.
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.tabs.setCurrentWidget(page.queue)
    queue = page.queue
    while queue.model.canFetchMore():
        queue.model.fetchMore()
    row = next(i for i, r in enumerate(queue.model.rows) if r.activity_id == activity_id)
    queue.view.selectRow(row)
    qtbot.mouseClick(queue.mark_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        assert session.get(Activity, activity_id).logbook_entered  # type: ignore[union-attr]
    assert activity_id not in [r.activity_id for r in queue.model.rows]

    # Escalation to ศจพ.จ.
    widget.tabs.setCurrentWidget(widget.timeline)
    qtbot.mouseClick(widget.escalate_button, Qt.MouseButton.LeftButton)
    dialog = widget.escalation_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()  # a reason is required
    dialog.reason.setPlainText("ต้องสร้างบ้านใหม่ เกินงบประมาณของอำเภอ")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with demo_database.session() as session:
        assert session.get(Household, hid).escalated  # type: ignore[union-attr]
    assert not widget.escalate_button.isEnabled()
    timeline = widget.timeline.entries()
    assert timeline[0].startswith("[ส่งต่อ]") and any("มอบพันธุ์ไก่" in t for t in timeline)
    _shot(widget, "casework-timeline")
    page.tabs.setCurrentWidget(page.escalated)
    assert hid in [r.household_id for r in page.escalated.model.rows]


def test_casework_page_follow_up_queue_export_and_catalogues(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    follow = page.follow_up
    assert follow.model.rowCount() > 0 and follow.model.total >= follow.model.rowCount()
    _shot(page, "page-follow-up")
    _double_click_row(qtbot, follow.view, 0)
    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog.casework.household_id == follow.model.row(0).household_id
    page.dialog.close()

    page.tabs.setCurrentWidget(page.queue)
    _shot(page, "page-queue")
    out = tmp_path / "queue.xlsx"
    page.queue.export_to(out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.max_row - 2 == page.queue.model.total > 0

    page.tabs.setCurrentWidget(page.catalogues)
    agencies = page.catalogues.agencies
    page.catalogues.setCurrentWidget(agencies)
    agencies.name.setText("สำนักงานสหกรณ์จังหวัดพะเยา")
    agencies.short_name.setText("สกจ.")
    qtbot.mouseClick(agencies.add_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        assert (
            session.scalar(select(Agency.short_name).where(Agency.name == "สำนักงานสหกรณ์จังหวัดพะเยา")) == "สกจ."
        )
    qtbot.mouseClick(agencies.add_button, Qt.MouseButton.LeftButton)  # the same name again
    assert agencies.error.isVisible()
    page.catalogues.setCurrentWidget(page.catalogues.remedies)
    _shot(page, "page-catalogues")


def test_programme_flow_up_to_approved(qtbot: QtBot, demo_database: Database) -> None:
    page = CaseworkPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activate()
    page.tabs.setCurrentWidget(page.programmes)
    tab = page.programmes
    tab.name.setText("โครงการบ้านมั่นคงชนบท")
    tab.criteria.setText("บ้านไม่มั่นคงถาวร")
    tab.quota.setValue(1)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        programme_id = session.scalar(select(Programme.id).where(Programme.name == "โครงการบ้านมั่นคงชนบท"))
        first = session.scalars(select(Household).order_by(Household.id)).first()
        assert first is not None
        hid, house_no = first.id, first.house_no
    assert tab.current_programme() == programme_id
    picker = tab.open_picker()  # by house number, never by the database's id
    qtbot.keyClicks(picker.search_edit, house_no)
    picker.search_now()
    picker.table.selectRow([r.id for r in picker.rows].index(hid))
    qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert [r.id for r in tab.picked] == [hid]
    tab.reason.setText("หลังคารั่ว ผนังไม้ผุ มีผู้สูงอายุติดเตียง")
    qtbot.mouseClick(tab.nominate_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible()  # not yet checked in Logbook
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    tab.table.selectRow(0)
    assert tab.resolution.count() > 0
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        nomination = session.scalars(select(Nomination).where(Nomination.programme_id == programme_id)).one()
        assert nomination.status == NominationStatus.APPROVED
        assert nomination.resolution_id == tab.resolution.currentData()
        assert session.scalar(select(func.count()).select_from(Nomination)) >= 2
    _shot(page, "page-programmes")


def test_a_hidden_household_window_reads_again_only_when_shown(qtbot: QtBot, demo_database: Database) -> None:
    """A closed household window must not query on every change elsewhere (its database may be
    gone: a leaked one broke a later test's Logbook import); shown again, it reads the change."""
    from desktop.operations import Changes
    from ui.operations import change_hub

    hid = _fresh_household(demo_database)
    widget = HouseholdCaseworkWidget(demo_database, hid)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.hide()
    with demo_database.sessions() as session, session.begin():
        session.get_one(Household, hid).house_no = "999/9"
    change_hub().changed.emit(Changes({"household": frozenset({hid})}))
    assert widget.stale and "999/9" not in widget.title.text()
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.stale and "999/9" in widget.title.text()
