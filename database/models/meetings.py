"""District committee (ศจพ.อ.) roster, meetings, agenda, attendance and resolutions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, enum_column, text_column
from database.enums import (
    AttendanceStatus,
    CommitteeRole,
    MeetingStatus,
    ResolutionAction,
    ResolutionOutcome,
)
from database.models.households import Household
from database.models.office import Person


class Committee(Timestamped, Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)  # full name as printed on minutes
    short_name: Mapped[str] = mapped_column(default="")  # ศจพ.อ. / คจพ.อ.
    appointment_order: Mapped[str] = mapped_column(default="")  # คำสั่งที่ … ลงวันที่ …
    quorum_percent: Mapped[int] = mapped_column(default=50)  # quorum is *more than* this share

    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="committee",
        cascade="all, delete-orphan",
        order_by="CommitteeMember.sort_order",
    )


class CommitteeMember(Timestamped, Base):
    __tablename__ = "committee_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    sort_order: Mapped[int] = mapped_column(default=0)  # order in the appointment order
    role: Mapped[CommitteeRole] = enum_column(CommitteeRole, default=CommitteeRole.MEMBER)
    active_from: Mapped[dt.date | None]
    active_to: Mapped[dt.date | None]

    committee: Mapped[Committee] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class AgendaTemplate(Timestamped, Base):
    """Section headings of an agenda; offices vary them, so they are data."""

    __tablename__ = "agenda_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    sections: Mapped[list[Any]]  # list of section titles, in order
    is_default: Mapped[bool] = mapped_column(default=False)


class Meeting(Timestamped, Base):
    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("committee_id", "year_be", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int]  # ครั้งที่ n/ปี
    year_be: Mapped[int]
    held_on: Mapped[dt.date]
    start_time: Mapped[dt.time | None]
    end_time: Mapped[dt.time | None]
    venue: Mapped[str] = mapped_column(default="")
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, default=MeetingStatus.DRAFT)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_template.id", ondelete="SET NULL"))
    chair_name: Mapped[str] = mapped_column(default="")
    chair_position: Mapped[str] = mapped_column(default="")
    minute_taker_name: Mapped[str] = mapped_column(default="")  # ผู้จดรายงานการประชุม
    minute_taker_position: Mapped[str] = mapped_column(default="")
    checker_name: Mapped[str] = mapped_column(default="")  # ผู้ตรวจรายงานการประชุม
    checker_position: Mapped[str] = mapped_column(default="")
    opening_text: Mapped[str] = text_column()  # what is said after เริ่มประชุมเวลา
    adopted_in_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    adoption_corrections: Mapped[str] = text_column()
    version: Mapped[int] = mapped_column(default=1)

    committee: Mapped[Committee] = relationship()
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="AgendaItem.sort_order",
        foreign_keys="AgendaItem.meeting_id",
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.sort_order"
    )

    __mapper_args__ = {"version_id_col": version}


class AgendaItem(Timestamped, Base):
    """A section (parent_id is None) or an item under it (1.1, 1.2 …)."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    sort_order: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = text_column()
    body: Mapped[str] = text_column()  # what the agenda says
    discussion: Mapped[str] = text_column()  # what was said (minutes)
    household_list_kind: Mapped[str] = mapped_column(default="")  # not_found | nominations | …
    household_list_ref: Mapped[str] = mapped_column(default="")  # programme id, filter name …

    meeting: Mapped[Meeting] = relationship(back_populates="items", foreign_keys=[meeting_id])
    households: Mapped[list[Household]] = relationship(secondary="agenda_item_household")
    attachments: Mapped[list[AgendaAttachment]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaAttachment.id"
    )

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class AgendaItemHousehold(Base):
    __tablename__ = "agenda_item_household"

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True
    )


class CarriedOverItem(Base):
    """An agenda item of a later meeting that follows up an open resolution (เรื่องสืบเนื่อง).

    A link table rather than a column: agenda items and resolutions already point at each
    other through resolution.agenda_item_id, and a second direction would make a cycle.
    """

    __tablename__ = "carried_over_item"

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"), index=True)


class AgendaAttachment(Timestamped, Base):
    __tablename__ = "agenda_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str]
    content: Mapped[bytes]


class Attendance(Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("committee_member.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(default=0)
    status: Mapped[AttendanceStatus] = enum_column(AttendanceStatus)
    name: Mapped[str] = mapped_column(default="")  # guests, or the member's name as printed
    position: Mapped[str] = mapped_column(default="")
    reason: Mapped[str] = mapped_column(default="")  # why absent
    representative_name: Mapped[str] = mapped_column(default="")  # ผู้แทน
    representative_position: Mapped[str] = mapped_column(default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[CommitteeMember | None] = relationship()

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Resolution(Timestamped, Base):
    """มติที่ประชุม, numbered per committee and Buddhist-era year."""

    __tablename__ = "resolution"
    __table_args__ = (UniqueConstraint("committee_id", "year_be", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"))
    year_be: Mapped[int]
    number: Mapped[int]
    text: Mapped[str] = text_column()
    outcome: Mapped[ResolutionOutcome] = enum_column(ResolutionOutcome)
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    votes_abstain: Mapped[int | None]
    action: Mapped[ResolutionAction] = enum_column(ResolutionAction, default=ResolutionAction.NONE)
    action_params: Mapped[dict[str, Any]] = mapped_column(default=dict)  # agency, remedy, programme
    applied_at: Mapped[dt.datetime | None]
    is_open: Mapped[bool] = mapped_column(default=False)  # follow-up needed: carried over
    version: Mapped[int] = mapped_column(default=1)

    households: Mapped[list[ResolutionHousehold]] = relationship(
        cascade="all, delete-orphan", order_by="ResolutionHousehold.household_id"
    )

    __mapper_args__ = {"version_id_col": version}


class ResolutionHousehold(Base):
    """A household a resolution acted on, with what it was before (for undo)."""

    __tablename__ = "resolution_household"

    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("resolution.id", ondelete="CASCADE"), primary_key=True
    )
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True
    )
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)

    household: Mapped[Household] = relationship()
