"""Casework services on SQLite and PostgreSQL: validation refuses without writing, and
each step leaves the database holding what the clerk did."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.enums import MpiDimension, NominationStatus, PlanStatus, Stage
from database.models import Activity, Analysis, AuditEntry, Household, PlanItem, Remedy, Resolution
from desktop.casework import activities, catalogues, escalation, followup, plans, programmes, records
from desktop.casework.summary import household_summary_text
from desktop.casework.timeline import household_timeline
from desktop.db import Database
from desktop.errors import ValidationError
from desktop.reference import seed_reference_data

TODAY = dt.date.today()


@pytest.fixture
def office(database: Database) -> Database:
    """Reference catalogues and two bare households (no demo casework in the way)."""
    with database.session() as session:
        seed_reference_data(session)
        session.add_all(
            [
                Household(house_no="12", village_no=3, village_name="บ้านใหม่", subdistrict="เวียงทอง"),
                Household(house_no="45/1", village_no=1, village_name="บ้านเวียง", subdistrict="เวียงทอง"),
            ]
        )
    return database


def _ids(session: Session) -> list[int]:
    return list(session.scalars(select(Household.id).order_by(Household.id)))


def _remedy(session: Session, code: str) -> Remedy:
    return session.scalars(select(Remedy).where(Remedy.code == code)).one()


def test_analysis_and_assessment_validate_and_follow_the_stage(office: Database) -> None:
    with office.session() as session:
        hid = _ids(session)[0]
    incomplete = records.AnalysisInput(TODAY, "นางสาวพรทิพย์", "อยากพึ่งตนเอง", "จักสาน", "ที่ดิน ๓ ไร่", "  ")
    with pytest.raises(ValidationError) as refused, office.session() as session:
        records.add_analysis(session, hid, incomplete)
    assert "ทางออก" in refused.value.th
    with pytest.raises(ValidationError), office.session() as session:
        future = records.AnalysisInput(TODAY + dt.timedelta(days=3), "ก", "ก", "ข", "ค", "ง")
        records.add_analysis(session, hid, future)
    with office.session() as session:
        assert session.scalar(select(func.count()).select_from(Analysis)) == 0
        full = records.AnalysisInput(TODAY, "นางสาวพรทิพย์", "อยากพึ่งตนเอง", "จักสาน", "ที่ดิน ๓ ไร่", "ปลูกผัก")
        records.add_analysis(session, hid, full)
    with office.session() as session:
        assert [a.way_out for a in records.list_analyses(session, hid)] == ["ปลูกผัก"]
        with pytest.raises(ValidationError):
            records.add_assessment(
                session, hid, records.AssessmentInput(TODAY, Stage.DIFFICULT, human_capital=7)
            )
    with office.session() as session:
        records.add_assessment(
            session,
            hid,
            records.AssessmentInput(TODAY - dt.timedelta(days=10), Stage.DIFFICULT, human_capital=2),
        )
        records.add_assessment(
            session,
            hid,
            records.AssessmentInput(TODAY - dt.timedelta(days=90), Stage.HARDSHIP, social_capital=1),
        )  # an older one entered late does not move the current stage back
    with office.session() as session:
        assert session.get(Household, hid).stage == Stage.DIFFICULT  # type: ignore[union-attr]
        assert [a.stage for a in records.list_assessments(session, hid)] == [Stage.DIFFICULT, Stage.HARDSHIP]


def test_plan_items_activities_and_the_logbook_queue(office: Database, tmp_path: Path) -> None:
    with office.session() as session:
        hid, other = _ids(session)
        remedy = _remedy(session, "I02")
        with pytest.raises(ValidationError):
            plans.add_plan_item(session, hid, plans.PlanItemInput(due_on=TODAY))  # neither menu nor free
        item = plans.add_plan_item(session, hid, plans.PlanItemInput(due_on=TODAY, remedy_id=remedy.id))
        assert item.agency_id == remedy.default_agency_id and item.status == PlanStatus.PLANNED
        with pytest.raises(ValidationError):
            plans.add_plan_item(
                session, hid, plans.PlanItemInput(due_on=TODAY, free_remedy="ซ่อมบ้าน")
            )  # no agency
        free = plans.add_plan_item(
            session, hid, plans.PlanItemInput(due_on=TODAY, free_remedy="ซ่อมบ้าน", agency_id=item.agency_id)
        )
        plans.set_plan_status(session, free.id, PlanStatus.DONE)
        with pytest.raises(ValidationError):
            plans.set_plan_status(session, free.id, PlanStatus.HANDED_TO_PROVINCE)
    with office.session() as session:
        with pytest.raises(ValidationError):  # the plan item belongs to the first household
            activities.add_activity(
                session,
                other,
                activities.ActivityInput(TODAY, "มอบพันธุ์ไก่", item.agency_id, plan_item_id=item.id),
            )
        with pytest.raises(ValidationError):
            activities.add_activity(
                session, hid, activities.ActivityInput(TODAY, "มอบพันธุ์ไก่", item.agency_id, amount=Decimal(-5))
            )
    with office.session() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0
        act = activities.add_activity(
            session,
            hid,
            activities.ActivityInput(
                TODAY - dt.timedelta(days=2), "มอบพันธุ์ไก่พื้นเมือง ๒๐ ตัว", item.agency_id, remedy.id, item.id,
                in_kind_value=Decimal("1500"), result="เริ่มเลี้ยงแล้ว",
            ),
        )  # fmt: skip
        activities.add_activity(
            session,
            other,
            activities.ActivityInput(TODAY, '=HYPERLINK("x")', item.agency_id, amount=Decimal(500)),
        )
        activities.add_activity(
            session,
            hid,
            activities.ActivityInput(TODAY, "เยี่ยมบ้าน", item.agency_id, logbook_entered=True),
        )
    with office.session() as session:
        assert session.get(PlanItem, item.id).status == PlanStatus.IN_PROGRESS  # type: ignore[union-attr]
        assert activities.queue_count(session) == 2
        page = activities.queue_page(session, 0, 10)
        assert page[0].activity_id == act.id and page[0].address.startswith("บ้านเลขที่ 12")
    out = tmp_path / "queue.xlsx"
    with office.session() as session:
        assert activities.export_activities(session, out, not_in_logbook=True) == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows[0][8] == "มอบพันธุ์ไก่พื้นเมือง ๒๐ ตัว" and rows[0][10] == 1500
    assert rows[1][8] == '\'=HYPERLINK("x")'  # never runs as a formula
    with office.session() as session, pytest.raises(ValidationError):
        activities.mark_entered(session, [act.id], TODAY - dt.timedelta(days=30))  # before the activity
    with office.session() as session:
        assert activities.mark_entered(session, activities.queue_ids(session), TODAY) == 2
    with office.session() as session:
        assert activities.queue_count(session) == 0
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "activity")
            )
            >= 4
        )


def test_escalation_follow_up_and_timeline(office: Database) -> None:
    with office.session() as session:
        hid, other = _ids(session)
        agency = catalogues.list_agencies(session)[0].id
        late = plans.add_plan_item(
            session,
            hid,
            plans.PlanItemInput(
                due_on=TODAY - dt.timedelta(days=5), free_remedy="ซ่อมหลังคา", agency_id=agency
            ),
        )
        plans.add_plan_item(
            session,
            other,
            plans.PlanItemInput(due_on=TODAY + dt.timedelta(days=30), free_remedy="ฝึกอาชีพ", agency_id=agency),
        )
        activities.add_activity(
            session, other, activities.ActivityInput(TODAY - dt.timedelta(days=3), "อบรม", agency)
        )
    with office.session() as session:
        assert followup.follow_up_count(session, 60) == 1  # overdue; the other was helped 3 days ago
        assert followup.follow_up_count(session, 2) == 2  # ... but not within 2 days
        rows = followup.follow_up_page(session, 60)
        assert rows[0].household_id == hid and rows[0].overdue_items == 1 and rows[0].last_activity_on is None
        assert "แผนเลยกำหนด 1 รายการ" in rows[0].reasons_th
    with office.session() as session, pytest.raises(ValidationError):
        escalation.escalate(session, hid, "   ", TODAY)
    with office.session() as session:
        escalation.escalate(session, hid, "บ้านทรุดโทรมเกินงบประมาณ อบต.", TODAY)
        plans.set_plan_status(session, late.id, PlanStatus.HANDED_TO_PROVINCE)
    with office.session() as session:
        assert session.get(Household, hid).escalated  # type: ignore[union-attr]
        with pytest.raises(ValidationError):
            escalation.escalate(session, hid, "อีกครั้ง", TODAY)
    with office.session() as session:
        listed = escalation.escalated_households(session)
        assert [r.household_id for r in listed] == [hid] and listed[0].open_plan_items == 0
        assert followup.follow_up_count(session, 60) == 0  # nothing open any more
        kinds = [e.kind for e in household_timeline(session, hid)]
        assert kinds.count("plan") == 2 and "escalation" in kinds
        assert "ส่งต่อ ศจพ.จ." in household_summary_text(session, hid)
        escalation.close_escalation(session, listed[0].escalation_id, TODAY, "จังหวัดรับเรื่องแล้ว")
    with office.session() as session:
        assert not session.get(Household, hid).escalated  # type: ignore[union-attr]


def test_programme_flow_and_quota(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.session() as session:
        hids = _ids(session)[:3]
        resolution = session.scalars(select(Resolution.id)).first()
        assert resolution is not None
        programme = programmes.add_programme(
            session, programmes.ProgrammeInput("โครงการบ้านมั่นคง", "บ้านไม่มั่นคงถาวร", quota=1, deadline=TODAY)
        )
        first = programmes.nominate(session, programme.id, hids[0], "หลังคารั่ว")
        second = programmes.nominate(session, programme.id, hids[1], "ผนังผุ")
        assert (first.rank, second.rank) == (1, 2)
        with pytest.raises(ValidationError):
            programmes.nominate(session, programme.id, hids[0], "ซ้ำ")
        with pytest.raises(ValidationError):  # must be checked in Logbook first
            programmes.approve_nomination(session, first.id, resolution)
    with demo_database.session() as session:
        programmes.check_in_logbook(session, first.id, TODAY)
        programmes.check_in_logbook(session, second.id, TODAY)
        approved = programmes.approve_nomination(session, first.id, resolution)
        assert approved.status == NominationStatus.APPROVED and approved.resolution_id == resolution
    with demo_database.session() as session, pytest.raises(ValidationError) as full:
        programmes.approve_nomination(session, second.id, resolution)
    assert "จัดสรร 1 ครัวเรือน" in full.value.th
    with demo_database.session() as session:
        programmes.submit_nomination(session, first.id, TODAY)
        view = programmes.get_programme(session, programme.id)
        assert (view.nominated, view.approved) == (2, 1)
        out = tmp_path / "nominations.xlsx"
        assert programmes.export_nominations(session, programme.id, out) == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert [r[4] for r in sheet.iter_rows(min_row=3, values_only=True)] == [
        "ส่งจังหวัดแล้ว",
        "ตรวจสอบใน Logbook แล้ว",
    ]


def test_catalogues_add_edit_deactivate(office: Database) -> None:
    with office.session() as session:
        with pytest.raises(ValidationError):
            catalogues.add_agency(session, catalogues.AgencyInput("องค์การบริหารส่วนตำบล"))  # already there
        agency = catalogues.add_agency(
            session, catalogues.AgencyInput("สำนักงานสหกรณ์จังหวัด", "สหกรณ์", contact="คุณวิไล")
        )
        remedy = catalogues.add_remedy(
            session,
            catalogues.RemedyInput(
                "i99", "ส่งเสริมการรวมกลุ่มสหกรณ์", MpiDimension.INCOME, default_agency_id=agency.id
            ),
        )
        assert remedy.code == "I99" and remedy.default_agency_name == "สหกรณ์"
        with pytest.raises(ValidationError):
            catalogues.add_remedy(session, catalogues.RemedyInput("I99", "ซ้ำ", MpiDimension.INCOME))
        catalogues.set_remedy_active(session, remedy.id, False)
        catalogues.set_agency_active(session, agency.id, False)
    with office.session() as session:
        grouped = catalogues.remedies_by_dimension(session)
        assert "I99" not in [r.code for r in grouped[MpiDimension.INCOME]]
        assert all(grouped[d] for d in MpiDimension)  # the shipped menu covers every dimension
        assert agency.id not in [a.id for a in catalogues.list_agencies(session)]
        hid = _ids(session)[0]
        with pytest.raises(ValidationError):  # a deactivated remedy is not offered for new plans
            plans.add_plan_item(
                session, hid, plans.PlanItemInput(due_on=TODAY, remedy_id=remedy.id, agency_id=None)
            )
