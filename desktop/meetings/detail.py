"""A meeting as plain data: what the meeting page, `meetings show` and the documents read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.enums import MeetingStatus
from database.models import AgendaAttachment, AgendaItem, CarriedOverItem, Meeting, Resolution
from desktop.meetings import attendance, locks
from desktop.meetings.agenda import household_list_title
from desktop.meetings.attendance import AttendanceRow, Quorum
from desktop.meetings.common import children, get_meeting, meeting_number, previous_meeting, sections
from desktop.meetings.labels import STATUS_TH
from desktop.meetings.resolutions import ResolutionView, view


@dataclass(frozen=True)
class ItemView:
    id: int
    parent_id: int | None
    label: str  # "3" or "3.2"
    title: str
    body: str
    discussion: str
    household_list_kind: str
    household_list_title: str
    households: int
    attachments: list[tuple[int, str]]
    carried_over: bool
    resolutions: list[ResolutionView] = field(default_factory=list)
    version: int = 1
    household_list_ref: str = ""  # the programme's id or the filter's name the list came from


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    committee_id: int
    committee_name: str
    committee_short_name: str
    number: str  # "2/2567"
    held_on: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    status: MeetingStatus
    status_th: str
    lock_sentence: str
    chair: tuple[str, str]
    minute_taker: tuple[str, str]
    checker: tuple[str, str]
    opening_text: str
    items: list[ItemView]  # sections, each followed by its items, in agenda order
    attendance: list[AttendanceRow]
    quorum: Quorum
    previous_meeting_id: int | None
    previous_number: str
    previous_status: MeetingStatus | None
    adopted_in: str  # number of the meeting that adopted these minutes
    adoption_corrections: str
    can: dict[str, bool]
    version: int = 1


def meeting_detail(session: Session, meeting_id: int) -> MeetingDetail:
    meeting = session.scalars(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.items).selectinload(AgendaItem.households),
            selectinload(Meeting.items)
            .selectinload(AgendaItem.attachments)
            .load_only(AgendaAttachment.id, AgendaAttachment.filename),
            selectinload(Meeting.attendance),
            selectinload(Meeting.committee),
        )
    ).first() or get_meeting(session, meeting_id)
    resolutions: dict[int, list[ResolutionView]] = {}
    for resolution in session.scalars(
        select(Resolution).where(Resolution.meeting_id == meeting.id).order_by(Resolution.number)
    ):
        resolutions.setdefault(resolution.agenda_item_id, []).append(view(resolution))
    carried = set(
        session.scalars(
            select(CarriedOverItem.agenda_item_id).where(
                CarriedOverItem.agenda_item_id.in_([i.id for i in meeting.items])
            )
        )
    )
    items: list[ItemView] = []
    for number, head in enumerate(sections(meeting), 1):
        for sub, item in enumerate([head, *children(meeting, head)]):
            items.append(
                ItemView(
                    item.id,
                    item.parent_id,
                    f"{number}.{sub}" if sub else str(number),
                    item.title,
                    item.body,
                    item.discussion,
                    item.household_list_kind,
                    household_list_title(session, item),
                    len(item.households),
                    [(a.id, a.filename) for a in item.attachments],
                    item.id in carried,
                    resolutions.get(item.id, []),
                    item.version,
                    item.household_list_ref,
                )
            )
    previous = previous_meeting(session, meeting)
    adopted_in = (
        session.get(Meeting, meeting.adopted_in_meeting_id) if meeting.adopted_in_meeting_id else None
    )
    return MeetingDetail(
        id=meeting.id,
        committee_id=meeting.committee_id,
        committee_name=meeting.committee.name,
        committee_short_name=meeting.committee.short_name,
        number=meeting_number(meeting, False),
        held_on=meeting.held_on,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        venue=meeting.venue,
        status=meeting.status,
        status_th=STATUS_TH[meeting.status],
        lock_sentence=locks.lock_summary(meeting.status),
        chair=(meeting.chair_name, meeting.chair_position),
        minute_taker=(meeting.minute_taker_name, meeting.minute_taker_position),
        checker=(meeting.checker_name, meeting.checker_position),
        opening_text=meeting.opening_text,
        items=items,
        attendance=attendance.rows(meeting),
        quorum=attendance.quorum(meeting),
        previous_meeting_id=previous.id if previous else None,
        previous_number=meeting_number(previous, False) if previous else "",
        previous_status=previous.status if previous else None,
        adopted_in=meeting_number(adopted_in, False) if adopted_in else "",
        adoption_corrections=meeting.adoption_corrections,
        can={what: locks.allows(meeting, what) for what in locks.ALLOWED},
        version=meeting.version,
    )
