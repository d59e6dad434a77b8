"""Committees and their members, in the order of the appointment order (คำสั่ง)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.enums import CommitteeRole
from database.models import Committee, CommitteeMember, Person
from desktop.errors import NotFoundError, ValidationError
from desktop.meetings.labels import ROLE_TH


@dataclass(frozen=True)
class MemberRow:
    id: int
    order: int
    name: str
    role: CommitteeRole
    role_th: str
    position: str  # outside the committee
    agency: str
    active_from: dt.date | None
    active_to: dt.date | None


@dataclass(frozen=True)
class CommitteeRow:
    id: int
    name: str
    short_name: str
    appointment_order: str
    quorum_percent: int
    members: list[MemberRow]


def _committee(session: Session, committee_id: int) -> Committee:
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise NotFoundError(f"ไม่พบคณะกรรมการหมายเลข {committee_id}", f"No committee {committee_id}.")
    return committee


def _member(session: Session, member_id: int) -> CommitteeMember:
    member = session.get(CommitteeMember, member_id)
    if member is None:
        raise NotFoundError(f"ไม่พบกรรมการหมายเลข {member_id}", f"No committee member {member_id}.")
    return member


def is_active(member: CommitteeMember, day: dt.date) -> bool:
    return (member.active_from is None or member.active_from <= day) and (
        member.active_to is None or member.active_to >= day
    )


def active_members(committee: Committee, day: dt.date) -> list[CommitteeMember]:
    return [m for m in committee.members if is_active(m, day)]


def committees(session: Session) -> list[CommitteeRow]:
    rows = session.scalars(
        select(Committee)
        .options(
            selectinload(Committee.members).selectinload(CommitteeMember.person).selectinload(Person.agency)
        )
        .order_by(Committee.id)
    ).all()
    return [
        CommitteeRow(
            c.id,
            c.name,
            c.short_name,
            c.appointment_order,
            c.quorum_percent,
            [
                MemberRow(
                    m.id,
                    index,
                    m.person.full_name,
                    m.role,
                    ROLE_TH[m.role],
                    m.person.position,
                    m.person.agency.name if m.person.agency else "",
                    m.active_from,
                    m.active_to,
                )
                for index, m in enumerate(c.members, 1)
            ],
        )
        for c in rows
    ]


def _check_quorum_percent(value: int) -> None:
    if not 1 <= value <= 99:
        raise ValidationError(
            "องค์ประชุมต้องเป็นร้อยละ ๑ ถึง ๙๙ ของจำนวนกรรมการ", "The quorum must be 1 to 99 percent."
        )


def create_committee(
    session: Session, name: str, short_name: str = "", appointment_order: str = "", quorum_percent: int = 50
) -> int:
    name = name.strip()
    if not name:
        raise ValidationError("กรุณาระบุชื่อคณะกรรมการ", "The committee needs a name.")
    _check_quorum_percent(quorum_percent)
    if session.scalar(select(Committee.id).where(Committee.name == name)):
        raise ValidationError(f"มีคณะกรรมการชื่อ “{name}” อยู่แล้ว", f"A committee named {name} exists.")
    committee = Committee(
        name=name,
        short_name=short_name.strip(),
        appointment_order=appointment_order.strip(),
        quorum_percent=quorum_percent,
    )
    session.add(committee)
    session.flush()
    return committee.id


def update_committee(
    session: Session,
    committee_id: int,
    *,
    name: str,
    short_name: str,
    appointment_order: str,
    quorum_percent: int,
) -> None:
    committee = _committee(session, committee_id)
    if not name.strip():
        raise ValidationError("กรุณาระบุชื่อคณะกรรมการ", "The committee needs a name.")
    _check_quorum_percent(quorum_percent)
    committee.name = name.strip()
    committee.short_name = short_name.strip()
    committee.appointment_order = appointment_order.strip()
    committee.quorum_percent = quorum_percent


def add_member(
    session: Session,
    committee_id: int,
    *,
    title: str,
    first_name: str,
    last_name: str,
    position: str,
    role: CommitteeRole = CommitteeRole.MEMBER,
    agency_id: int | None = None,
    active_from: dt.date | None = None,
    active_to: dt.date | None = None,
) -> int:
    """Append a member at the end of the appointment order (move it afterwards)."""
    committee = _committee(session, committee_id)
    if not first_name.strip():
        raise ValidationError("กรุณาระบุชื่อกรรมการ", "The member needs a name.")
    person = Person(
        title=title.strip(),
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        position=position.strip(),
        agency_id=agency_id,
    )
    last = max((m.sort_order for m in committee.members), default=0)
    member = CommitteeMember(
        person=person, role=role, sort_order=last + 1, active_from=active_from, active_to=active_to
    )
    committee.members.append(member)
    session.flush()
    return member.id


def update_member(
    session: Session,
    member_id: int,
    *,
    title: str,
    first_name: str,
    last_name: str,
    position: str,
    role: CommitteeRole,
    active_from: dt.date | None,
    active_to: dt.date | None,
    agency_id: int | None = None,
) -> None:
    member = _member(session, member_id)
    if active_from and active_to and active_to < active_from:
        raise ValidationError("วันสิ้นสุดต้องไม่ก่อนวันเริ่มดำรงตำแหน่ง", "The end date is before the start date.")
    person = member.person
    person.title, person.first_name, person.last_name = title.strip(), first_name.strip(), last_name.strip()
    person.position = position.strip()
    person.agency_id = agency_id
    member.role, member.active_from, member.active_to = role, active_from, active_to


def move_member(session: Session, member_id: int, new_index: int) -> None:
    """Put a member at position new_index (0-based) of the appointment order."""
    member = _member(session, member_id)
    members = [m for m in member.committee.members if m.id != member_id]
    new_index = max(0, min(new_index, len(members)))
    members.insert(new_index, member)
    for order, m in enumerate(members, 1):
        m.sort_order = order
    session.flush()
    session.expire(member.committee, ["members"])


def remove_member(session: Session, member_id: int) -> None:
    member = _member(session, member_id)
    session.delete(member)
    session.flush()


def member_name(session: Session, member_id: int) -> tuple[str, str, str]:
    """The member's title, first and last name, as the roster form edits them."""
    person = _member(session, member_id).person
    return person.title, person.first_name, person.last_name
