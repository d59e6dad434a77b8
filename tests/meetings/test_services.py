"""Meeting services on SQLite and PostgreSQL: numbering, agenda, locks, quorum, actions, adoption."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from database.enums import (
    AttendanceStatus,
    CommitteeRole,
    LogbookStatus,
    MeetingStatus,
    NominationStatus,
    ResolutionAction,
    ResolutionOutcome,
)
from database.models import (
    Agency,
    CarriedOverItem,
    Committee,
    Escalation,
    Household,
    Meeting,
    Nomination,
    PlanItem,
    Remedy,
    Resolution,
    ResolutionHousehold,
    SavedFilter,
)
from desktop.db import Database
from desktop.errors import UserError
from desktop.meetings import agenda, attendance, meeting, resolutions, roster
from desktop.meetings.common import sections
from desktop.meetings.detail import meeting_detail

OCT = dt.date(2024, 10, 15)


def _committee_id(database: Database) -> int:
    with database.session() as session:
        return session.scalars(select(Committee.id)).one()


def _new_meeting_with_not_found(database: Database) -> tuple[int, int, list[int]]:
    """Meeting 3/2567 from the default template, item 4.1 carrying the not-found households."""
    committee_id = _committee_id(database)
    with database.session() as session:
        meeting_id = meeting.create_meeting(session, committee_id, OCT, venue="ห้องประชุมอำเภอ")
        section = sections(session.get(Meeting, meeting_id))[3]  # type: ignore[arg-type]
        item_id = agenda.add_item(session, section.id, "ขอความเห็นชอบบันทึกข้อมูลครัวเรือนที่ไม่พบ")
        agenda.set_household_list(session, item_id, "not_found")
        ids = [row.id for row in agenda.item_households(session, item_id)]
    return meeting_id, item_id, ids


def test_number_agenda_generated_items_and_attendance(demo_database: Database) -> None:
    meeting_id, item_id, ids = _new_meeting_with_not_found(demo_database)
    with demo_database.session() as session:
        not_found = set(
            session.scalars(select(Household.id).where(Household.logbook_status == LogbookStatus.NOT_FOUND))
        )
        assert set(ids) == not_found and len(ids) == 5
        detail = meeting_detail(session, meeting_id)
    # 1/2567 and 2/2567 exist (Aug, Sept 2024); October 2024 is still BE 2567.
    assert detail.number == "3/2567" and detail.status == MeetingStatus.DRAFT
    assert [i.title for i in detail.items if i.parent_id is None][:3] == [
        "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "เรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
        "เรื่องสืบเนื่อง",
    ]
    labels = {i.label: i for i in detail.items}
    assert labels["2.1"].title == "รับรองรายงานการประชุม ครั้งที่ ๒/๒๕๖๗"
    assert labels["3.1"].carried_over  # the open 4ท resolution of 1/2567 is carried over
    assert labels["4.1"].id == item_id and labels["4.1"].households == 5
    assert detail.chair[0] == "นายธีรวัฒน์ อินทร์แก้ว" and detail.checker[0] == "นายกิตติพงษ์ ศรีเมือง"
    assert len([a for a in detail.attendance if a.member_id]) == 21
    # A new year starts at 1 again.
    with demo_database.session() as session:
        next_year = meeting.create_meeting(session, detail.committee_id, dt.date(2025, 1, 10))
        assert meeting_detail(session, next_year).number == "1/2568"


def test_locks_quorum_apply_undo_and_adoption(demo_database: Database) -> None:
    meeting_id, item_id, ids = _new_meeting_with_not_found(demo_database)
    with demo_database.session() as session, pytest.raises(UserError, match="ประชุมแล้ว"):
        resolutions.record_resolution(session, item_id, text="x", outcome=ResolutionOutcome.APPROVED)
    with demo_database.session() as session:
        meeting.send_agenda(session, meeting_id)
    with demo_database.session() as session, pytest.raises(UserError, match="ส่งระเบียบวาระแล้ว"):
        agenda.update_item(session, item_id, title="แก้", body="")
    with demo_database.session() as session:
        meeting.mark_held(session, meeting_id)
        rows = attendance.rows(session.get(Meeting, meeting_id))  # type: ignore[arg-type]
        members = [r for r in rows if r.member_id]
        for row in members[:11]:  # 10 of 21 attend: not more than half
            attendance.set_attendance(session, meeting_id, row.id, AttendanceStatus.ABSENT, reason="ติดราชการ")
    with demo_database.session() as session, pytest.raises(UserError, match="ไม่ครบองค์ประชุม"):
        resolutions.record_resolution(session, item_id, text="x", outcome=ResolutionOutcome.APPROVED)
    with demo_database.session() as session:
        attendance.set_attendance(
            session, meeting_id, members[0].id, AttendanceStatus.REPRESENTED, representative_name="นางผู้แทน"
        )
        attendance.add_guest(session, meeting_id, "นายแขก", "ผู้เข้าร่วม")
        q = attendance.quorum(session.get(Meeting, meeting_id))  # type: ignore[arg-type]
        assert (q.members, q.attending, q.needed, q.met) == (21, 11, 11, True)
        resolution_id = resolutions.record_resolution(
            session,
            item_id,
            text="ที่ประชุมมีมติเห็นชอบให้บันทึกข้อมูลในระบบ TPMAP Logbook",
            outcome=ResolutionOutcome.APPROVED,
            votes=(11, 0, 0),
            action=ResolutionAction.APPROVE_LOGBOOK,
        )
        assert session.get(Resolution, resolution_id).number == 11  # type: ignore[union-attr]
        assert resolutions.apply_resolution(session, resolution_id) == 5
    with demo_database.session() as session:
        statuses = session.scalars(select(Household.logbook_status).where(Household.id.in_(ids))).all()
        assert set(statuses) == {LogbookStatus.ENTERED}
        linked = session.scalars(
            select(ResolutionHousehold.household_id).where(ResolutionHousehold.resolution_id == resolution_id)
        ).all()
        assert sorted(linked) == sorted(ids)
        with pytest.raises(UserError, match="ไปแล้ว"):
            resolutions.apply_resolution(session, resolution_id)
    with demo_database.session() as session:
        found_since = session.get(Household, ids[0])
        assert found_since is not None
        found_since.logbook_status = LogbookStatus.FOUND  # a later reconcile found it in Logbook
    with demo_database.session() as session:
        assert resolutions.undo_resolution(session, resolution_id) == 4
        assert session.get(Household, ids[0]).logbook_status == LogbookStatus.FOUND  # type: ignore[union-attr]
        session.get(Household, ids[0]).logbook_status = LogbookStatus.NOT_FOUND  # type: ignore[union-attr]
    with demo_database.session() as session:
        statuses = session.scalars(select(Household.logbook_status).where(Household.id.in_(ids))).all()
        assert set(statuses) == {LogbookStatus.NOT_FOUND}
        resolutions.apply_resolution(session, resolution_id)
        meeting.write_discussion(session, item_id, "ฝ่ายเลขานุการฯ นำเสนอ")
    # The next meeting adopts the minutes: everything of 3/2567 locks.
    with demo_database.session() as session:
        committee_id = session.get(Meeting, meeting_id).committee_id  # type: ignore[union-attr]
        following = meeting.create_meeting(session, committee_id, dt.date(2024, 11, 20))
        with pytest.raises(UserError, match="ประชุมแล้ว"):
            meeting.adopt_previous_minutes(session, following)
        meeting.mark_held(session, following)
        with pytest.raises(UserError, match="ยังไม่มีเวลาเลิกประชุม"):  # the minutes must say when it ended
            meeting.adopt_previous_minutes(session, following)
        session.get(Meeting, meeting_id).end_time = dt.time(12, 0)  # type: ignore[union-attr]
        assert meeting.adopt_previous_minutes(session, following, "แก้ไขคำผิด") == meeting_id
        adopted = session.get(Meeting, meeting_id)
        assert adopted is not None and adopted.status == MeetingStatus.MINUTES_ADOPTED
        assert adopted.adopted_in_meeting_id == following and adopted.adoption_corrections == "แก้ไขคำผิด"
    for locked in (
        lambda s: resolutions.undo_resolution(s, resolution_id),
        lambda s: meeting.write_discussion(s, item_id, "เปลี่ยน"),
        lambda s: attendance.add_guest(s, meeting_id, "ก", "ข"),
        lambda s: agenda.remove_item(s, item_id),
        lambda s: meeting.adopt_previous_minutes(s, following),
    ):
        with demo_database.session() as session, pytest.raises(UserError, match="รับรอง"):
            locked(session)


def test_nomination_assign_escalate_and_undo(demo_database: Database) -> None:
    with demo_database.session() as session:
        committee_id = session.scalars(select(Committee.id)).one()
        meeting_id = meeting.create_meeting(session, committee_id, OCT)
        head = sections(session.get(Meeting, meeting_id))[3]  # type: ignore[arg-type]
        filtered = session.add(
            SavedFilter(name="กลุ่ม ๑ ตำบลแม่ใส", criteria={"subdistrict": "แม่ใส", "target_group": 1})
        )
        session.flush()
        filter_id = session.scalars(select(SavedFilter.id)).one()
        target = agenda.add_item(session, head.id, "ชี้เป้าครัวเรือนกลุ่ม ๑ ตำบลแม่ใส")
        count = agenda.set_household_list(session, target, "filter", str(filter_id))
        expected = session.scalar(
            select(func.count()).where(Household.subdistrict == "แม่ใส", Household.target_group == 1)
        )
        assert count == expected and count > 0 and filtered is None
        escalate = agenda.add_item(session, head.id, "ส่งต่อ ศจพ.จ.")
        agenda.set_household_list(session, escalate, "filter", str(filter_id))
        programme_id, _ = agenda.programmes(session)[0]
        nominate = agenda.add_item(session, head.id, "บ้านห่วงใย")
        agenda.set_household_list(session, nominate, "nominations", str(programme_id))
        nomination = session.scalars(select(Nomination).where(Nomination.programme_id == programme_id)).one()
        # the state order is casework's: only a nomination checked in Logbook can be approved
        nomination.status = NominationStatus.CHECKED_IN_LOGBOOK
        nomination.resolution_id = None
        meeting.mark_held(session, meeting_id)
        remedy = session.scalars(select(Remedy)).first()
        agency = session.scalars(select(Agency)).first()
        assert remedy is not None and agency is not None
        approved = ResolutionOutcome.APPROVED
        assign = resolutions.record_resolution(
            session, target, text="มอบหมาย", outcome=approved, action=ResolutionAction.ASSIGN,
            action_params={"remedy_id": remedy.id, "agency_id": agency.id, "due_on": "2024-12-31"},
        )  # fmt: skip
        up = resolutions.record_resolution(
            session, escalate, text="ส่งต่อ", outcome=approved, action=ResolutionAction.ESCALATE
        )
        nom = resolutions.record_resolution(
            session, nominate, text="เห็นชอบ", outcome=approved, action=ResolutionAction.APPROVE_NOMINATION,
            action_params={"programme_id": programme_id},
        )  # fmt: skip
        noted = resolutions.record_resolution(
            session,
            nominate,
            text="รับทราบ",
            outcome=ResolutionOutcome.NOTED,
            action=ResolutionAction.ESCALATE,
        )
        with pytest.raises(UserError, match="เห็นชอบ"):
            resolutions.apply_resolution(session, noted)
        assert resolutions.apply_resolution(session, assign) == count
        assert resolutions.apply_resolution(session, up) == count
        assert resolutions.apply_resolution(session, nom) == 1
    with demo_database.session() as session:
        plans = session.scalars(select(PlanItem).where(PlanItem.resolution_id == assign)).all()
        assert len(plans) == count and {p.due_on for p in plans} == {dt.date(2024, 12, 31)}
        assert (
            session.scalar(select(func.count()).select_from(Escalation).where(Escalation.resolution_id == up))
            == count
        )
        nomination = session.scalars(select(Nomination).where(Nomination.programme_id == programme_id)).one()
        assert nomination.status == NominationStatus.APPROVED and nomination.resolution_id == nom
        with pytest.raises(UserError, match="ยกเลิก"):
            resolutions.update_resolution(session, assign, text="x", outcome=ResolutionOutcome.NOT_APPROVED)
        for resolution_id in (assign, up, nom):
            resolutions.undo_resolution(session, resolution_id)
    with demo_database.session() as session:
        assert not session.scalars(select(PlanItem).where(PlanItem.resolution_id == assign)).all()
        assert not session.scalars(select(Escalation).where(Escalation.resolution_id == up)).all()
        nomination = session.scalars(select(Nomination).where(Nomination.programme_id == programme_id)).one()
        assert nomination.status == NominationStatus.CHECKED_IN_LOGBOOK and nomination.resolution_id is None


def test_reorder_clone_attachments_and_roster(demo_database: Database, tmp_path: Path) -> None:
    meeting_id, item_id, _ = _new_meeting_with_not_found(demo_database)
    paper = tmp_path / "บัญชีแนบท้าย.pdf"
    paper.write_bytes(b"%PDF-1.4 test")
    with demo_database.session() as session:
        m = session.get(Meeting, meeting_id)
        assert m is not None
        heads = sections(m)
        second = agenda.add_item(session, heads[3].id, "เรื่องที่สอง")
        agenda.move_item(session, second, heads[3].id, 0)  # drag to the top of section 4
        agenda.move_item(session, item_id, heads[0].id, 5)  # drag into section 1
        agenda.add_attachment(session, item_id, paper)
        with pytest.raises(UserError):
            agenda.move_item(session, heads[4].id, heads[0].id, 0)  # a section cannot become an item
        agenda.move_item(session, heads[4].id, None, 0)  # sections reorder among themselves
        agenda.move_item(session, heads[4].id, None, 4)
        labels = {i.title: i.label for i in meeting_detail(session, meeting_id).items}
    assert labels["เรื่องที่สอง"] == "4.1"
    assert labels["ขอความเห็นชอบบันทึกข้อมูลครัวเรือนที่ไม่พบ"] == "1.1"
    with demo_database.session() as session:
        clone_id = meeting.clone_meeting(session, meeting_id, dt.date(2024, 12, 1))
        detail = meeting_detail(session, clone_id)
    assert detail.number == "4/2567"
    copied = next(i for i in detail.items if i.title == "ขอความเห็นชอบบันทึกข้อมูลครัวเรือนที่ไม่พบ")
    assert copied.label == "1.1" and copied.households == 5
    assert [name for _, name in copied.attachments] == ["บัญชีแนบท้าย.pdf"]
    assert sum(i.carried_over for i in detail.items) == 1  # regenerated, not copied twice
    with demo_database.session() as session:
        assert session.scalar(select(func.count()).select_from(CarriedOverItem)) == 3  # 2, 3, clone

    with demo_database.session() as session:
        second = roster.create_committee(session, "คณะทำงานระดับตำบลแม่ใส", "ทีมแม่ใส", quorum_percent=60)
        chair = roster.add_member(
            session,
            second,
            title="นาย",
            first_name="ก",
            last_name="ข",
            position="กำนัน",
            role=CommitteeRole.CHAIR,
        )
        member = roster.add_member(
            session, second, title="นาง", first_name="ค", last_name="ง", position="อสม."
        )
        roster.move_member(session, member, 0)
        with pytest.raises(UserError):
            roster.create_committee(session, "คณะทำงานระดับตำบลแม่ใส")
    with demo_database.session() as session:
        rows = {c.id: c for c in roster.committees(session)}
        assert [m.id for m in rows[second].members] == [member, chair]
        assert rows[second].members[1].role_th == "ประธาน" and rows[second].quorum_percent == 60
        assert len(rows) == 2


def test_only_the_head_or_an_administrator_adopts_minutes(demo_database: Database) -> None:
    from database.enums import Role
    from desktop.safety.access import CurrentUser, PermissionDenied, sign_in_as

    with demo_database.session() as session:
        held = session.scalars(select(Meeting).where(Meeting.number == 2)).one()
        previous = session.scalars(select(Meeting).where(Meeting.number == 1)).one()
        previous.status = MeetingStatus.HELD  # as if not adopted yet
        previous.adopted_in_meeting_id = None
        held_id = held.id
    sign_in_as(CurrentUser("clerk1", "เจ้าหน้าที่ทดสอบ", Role.CLERK))
    try:
        with demo_database.session() as session, pytest.raises(PermissionDenied):
            meeting.adopt_previous_minutes(session, held_id)
        sign_in_as(CurrentUser("head1", "หัวหน้าทดสอบ", Role.HEAD))
        with demo_database.session() as session:
            assert meeting.adopt_previous_minutes(session, held_id) > 0
    finally:
        sign_in_as(None)
