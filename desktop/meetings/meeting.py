"""A meeting's life: created with its number and agenda, sent, held, minutes adopted; cloned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from database.enums import AuditAction, CommitteeRole, MeetingStatus, ResolutionOutcome
from database.models import (
    AgendaAttachment,
    AgendaItem,
    AgendaTemplate,
    CarriedOverItem,
    Committee,
    Meeting,
    Resolution,
)
from desktop import audit
from desktop.errors import NotFoundError, UserError, ValidationError
from desktop.meetings import attendance, locks
from desktop.meetings.agenda import list_households
from desktop.meetings.common import (
    ADOPTION_WORDS,
    CARRIED_OVER_WORDS,
    children,
    get_item,
    get_meeting,
    meeting_number,
    previous_meeting,
    resolution_number,
    section_for,
    sections,
)
from desktop.meetings.labels import STATUS_TH
from desktop.meetings.resolutions import record_resolution
from desktop.meetings.roster import is_active
from desktop.thai import be_year

# A new meeting stores the time its form shows, so what prints is what the clerk saw.
DEFAULT_START = dt.time(9, 0)
DEFAULT_LENGTH = dt.timedelta(hours=3)


def default_end_time(start: dt.time | None) -> dt.time:
    """The end a form offers: three hours after the start, never past midnight."""
    begin = dt.datetime.combine(dt.date.min, start or DEFAULT_START)
    end = begin + DEFAULT_LENGTH
    return end.time() if end.date() == begin.date() else dt.time(23, 59)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    committee_id: int
    committee: str
    number: str  # "2/2567"
    held_on: dt.date
    venue: str
    status: MeetingStatus
    status_th: str
    committee_short_name: str = ""


def list_meetings(session: Session, committee_id: int | None = None) -> list[MeetingRow]:
    query = select(Meeting).options(selectinload(Meeting.committee))
    if committee_id is not None:
        query = query.where(Meeting.committee_id == committee_id)
    meetings = session.scalars(query.order_by(Meeting.held_on.desc(), Meeting.number.desc()))
    return [
        MeetingRow(
            m.id,
            m.committee_id,
            m.committee.short_name or m.committee.name,
            meeting_number(m, False),
            m.held_on,
            m.venue,
            m.status,
            STATUS_TH[m.status],
            m.committee.short_name,
        )
        for m in meetings
    ]


def templates(session: Session) -> list[tuple[int, str, bool]]:
    return [
        (t.id, t.name, t.is_default)
        for t in session.scalars(
            select(AgendaTemplate).order_by(AgendaTemplate.is_default.desc(), AgendaTemplate.id)
        )
    ]


def save_template(session: Session, name: str, section_titles: list[str], is_default: bool = False) -> int:
    """The office's own agenda template (a list of section titles)."""
    titles = [t.strip() for t in section_titles if t.strip()]
    if not name.strip() or not titles:
        raise ValidationError("แม่แบบต้องมีชื่อและระเบียบวาระอย่างน้อย ๑ ข้อ", "A template needs a name and sections.")
    template = session.scalars(select(AgendaTemplate).where(AgendaTemplate.name == name.strip())).first()
    if template is None:
        template = AgendaTemplate(name=name.strip(), sections=titles)
        session.add(template)
    template.sections = titles
    if is_default:
        for other in session.scalars(select(AgendaTemplate)):
            other.is_default = False
    template.is_default = is_default or template.is_default
    session.flush()
    return template.id


def template_sections(session: Session, template_id: int) -> list[str]:
    return [str(t) for t in _template(session, template_id).sections]


def _template(session: Session, template_id: int | None) -> AgendaTemplate:
    if template_id is not None:
        template = session.get(AgendaTemplate, template_id)
    else:
        template = session.scalars(
            select(AgendaTemplate).order_by(AgendaTemplate.is_default.desc(), AgendaTemplate.id)
        ).first()
    if template is None:
        raise NotFoundError("ไม่พบแม่แบบระเบียบวาระ", "No agenda template.")
    return template


def next_meeting_number(session: Session, committee_id: int, year_be: int) -> int:
    top = session.scalar(
        select(func.max(Meeting.number)).where(
            Meeting.committee_id == committee_id, Meeting.year_be == year_be
        )
    )
    return (top or 0) + 1


def _person_by_role(committee: Committee, day: dt.date, *roles: CommitteeRole) -> tuple[str, str]:
    for role in roles:
        for member in committee.members:
            if member.role == role and is_active(member, day):
                return member.person.full_name, member.person.position
    return "", ""


def _add_generated_items(session: Session, meeting: Meeting) -> None:
    """Item 2.1 adopts the previous minutes; section 3 lists open resolutions (เรื่องสืบเนื่อง)."""
    previous = previous_meeting(session, meeting)
    adoption = section_for(meeting, ADOPTION_WORDS, 1)
    if previous is not None and adoption is not None:
        meeting.items.append(
            AgendaItem(
                parent_id=adoption.id,
                sort_order=0,
                title=f"รับรองรายงานการประชุม ครั้งที่ {meeting_number(previous)}",
                body=(
                    f"ฝ่ายเลขานุการฯ ได้จัดทำรายงานการประชุม ครั้งที่ {meeting_number(previous)} "
                    "รายละเอียดตามเอกสารแนบ จึงเสนอที่ประชุมเพื่อพิจารณารับรอง"
                ),
            )
        )
    carried = section_for(meeting, CARRIED_OVER_WORDS, 2)
    if carried is None:
        return
    open_resolutions = session.scalars(
        select(Resolution)
        .join(Meeting, Meeting.id == Resolution.meeting_id)
        .where(
            Resolution.committee_id == meeting.committee_id,
            Resolution.is_open.is_(True),
            Meeting.id != meeting.id,
            Meeting.held_on <= meeting.held_on,
        )
        .order_by(Resolution.year_be, Resolution.number)
    ).all()
    for order, resolution in enumerate(open_resolutions):
        source = get_item(session, resolution.agenda_item_id)
        item = AgendaItem(
            parent_id=carried.id,
            sort_order=order,
            title=source.title,
            body=(
                f"ตามมติที่ประชุม ครั้งที่ {meeting_number(source.meeting)} "
                f"({resolution_number(resolution.number, resolution.year_be, thai=True)}) "
                f"{resolution.text} ฝ่ายเลขานุการฯ จึงรายงานความก้าวหน้าให้ที่ประชุมทราบ"
            ),
            household_list_kind="manual" if source.households else "",
            households=list(source.households),
        )
        meeting.items.append(item)
        session.flush()
        session.add(CarriedOverItem(agenda_item_id=item.id, resolution_id=resolution.id))


def create_meeting(
    session: Session,
    committee_id: int,
    held_on: dt.date,
    *,
    template_id: int | None = None,
    venue: str = "",
    start_time: dt.time | None = None,
    section_titles: list[str] | None = None,
) -> int:
    """A draft meeting numbered ครั้งที่ n/ปี, its agenda sections, generated items, attendance list."""
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise NotFoundError(f"ไม่พบคณะกรรมการหมายเลข {committee_id}", f"No committee {committee_id}.")
    template = _template(session, template_id)
    year = be_year(held_on)
    chair = _person_by_role(committee, held_on, CommitteeRole.CHAIR)
    taker = _person_by_role(committee, held_on, CommitteeRole.ASSISTANT_SECRETARY, CommitteeRole.SECRETARY)
    checker = _person_by_role(committee, held_on, CommitteeRole.SECRETARY)
    meeting = Meeting(
        committee_id=committee.id,
        number=next_meeting_number(session, committee.id, year),
        year_be=year,
        held_on=held_on,
        start_time=start_time or DEFAULT_START,
        venue=venue,
        template_id=template.id,
        chair_name=chair[0],
        chair_position=chair[1],
        minute_taker_name=taker[0],
        minute_taker_position=taker[1],
        checker_name=checker[0],
        checker_position=checker[1],
        opening_text=(
            f"เมื่อที่ประชุมพร้อม {chair[0]} {chair[1]} ประธานกรรมการ กล่าวเปิดประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
            if chair[0]
            else ""
        ),
    )
    session.add(meeting)
    meeting.committee = committee
    titles = section_titles if section_titles is not None else [str(t) for t in template.sections]
    meeting.items.extend(AgendaItem(title=title, sort_order=i) for i, title in enumerate(titles))
    session.flush()
    _add_generated_items(session, meeting)
    attendance.prefill(meeting)
    session.flush()
    return meeting.id


def clone_meeting(session: Session, source_id: int, held_on: dt.date) -> int:
    """A new draft with the source's sections and items (texts, household lists refreshed, files)."""
    source = get_meeting(session, source_id)
    generated = {link for link in session.scalars(select(CarriedOverItem.agenda_item_id))}
    heads = sections(source)
    meeting_id = create_meeting(
        session,
        source.committee_id,
        held_on,
        template_id=source.template_id,
        venue=source.venue,
        start_time=source.start_time,
        section_titles=[h.title for h in heads],
    )
    meeting = get_meeting(session, meeting_id)
    new_heads = sections(meeting)
    adoption = section_for(source, ADOPTION_WORDS, 1)
    for old_head, new_head in zip(heads, new_heads, strict=True):
        if old_head is adoption:
            continue
        start = len(children(meeting, new_head))
        for order, old in enumerate(children(source, old_head), start):
            if old.id in generated:
                continue
            households = list(old.households)
            if old.household_list_kind not in ("", "manual"):
                households = list_households(session, old.household_list_kind, old.household_list_ref)
            meeting.items.append(
                AgendaItem(
                    parent_id=new_head.id,
                    sort_order=order,
                    title=old.title,
                    body=old.body,
                    household_list_kind=old.household_list_kind,
                    household_list_ref=old.household_list_ref,
                    households=households,
                    attachments=[
                        AgendaAttachment(filename=a.filename, content=a.content) for a in old.attachments
                    ],
                )
            )
    session.flush()
    audit.record(session, AuditAction.CREATE, "meeting", meeting_id, summary=f"คัดลอกจากการประชุม {source_id}")
    return meeting_id


def update_header(
    session: Session,
    meeting_id: int,
    *,
    held_on: dt.date,
    start_time: dt.time | None,
    end_time: dt.time | None,
    venue: str,
    chair: tuple[str, str],
    minute_taker: tuple[str, str],
    checker: tuple[str, str],
    opening_text: str,
) -> None:
    meeting = get_meeting(session, meeting_id)
    locks.require(meeting, locks.HEADER)
    if held_on != meeting.held_on and be_year(held_on) != meeting.year_be:
        raise ValidationError(
            "เปลี่ยนวันประชุมข้ามปีไม่ได้ เพราะเลขครั้งที่ผูกกับปี ให้สร้างการประชุมใหม่",
            "The date cannot move to another year (the number belongs to the year).",
        )
    if held_on != meeting.held_on and meeting.status != MeetingStatus.DRAFT:
        raise ValidationError(
            "เปลี่ยนวันประชุมได้เฉพาะเมื่อเป็นร่าง", "The date can change only while the meeting is a draft."
        )
    if start_time is not None and end_time is not None and end_time <= start_time:
        raise ValidationError(
            "เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม", "The end time (เวลาเลิกประชุม) must be after the start time."
        )
    meeting.held_on, meeting.start_time, meeting.end_time = held_on, start_time, end_time
    meeting.venue = venue.strip()
    meeting.chair_name, meeting.chair_position = chair
    meeting.minute_taker_name, meeting.minute_taker_position = minute_taker
    meeting.checker_name, meeting.checker_position = checker
    meeting.opening_text = opening_text


def delete_meeting(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.DRAFT:
        raise UserError("ลบได้เฉพาะการประชุมที่เป็นร่าง", "Only a draft meeting can be deleted.")
    session.delete(meeting)


def _set_status(session: Session, meeting: Meeting, status: MeetingStatus) -> None:
    meeting.status = status


def send_agenda(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.DRAFT:
        raise UserError("ส่งระเบียบวาระได้เฉพาะเมื่อการประชุมเป็นร่าง", "Only a draft's agenda can be sent.")
    if not any(i.parent_id is not None for i in meeting.items):
        raise UserError("ระเบียบวาระยังไม่มีเรื่องใดเลย", "The agenda has no items yet.")
    _set_status(session, meeting, MeetingStatus.AGENDA_SENT)


def return_to_draft(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.AGENDA_SENT:
        raise UserError(
            "ส่งกลับเป็นร่างได้เฉพาะการประชุมที่ส่งระเบียบวาระแล้วแต่ยังไม่ได้ประชุม",
            "Only a meeting whose agenda was sent (and not yet held) can return to draft.",
        )
    _set_status(session, meeting, MeetingStatus.DRAFT)


def mark_held(session: Session, meeting_id: int) -> None:
    """The meeting took place: minutes open, each item's text pre-filled from the agenda."""
    meeting = get_meeting(session, meeting_id)
    if meeting.status not in (MeetingStatus.DRAFT, MeetingStatus.AGENDA_SENT):
        raise UserError("การประชุมนี้บันทึกว่าประชุมแล้ว", "This meeting is already held.")
    for item in meeting.items:
        if item.parent_id is not None and not item.discussion.strip():
            item.discussion = item.body
    _set_status(session, meeting, MeetingStatus.HELD)


def write_discussion(session: Session, item_id: int, text: str) -> None:
    item = get_item(session, item_id)
    locks.require(item.meeting, locks.MINUTES)
    item.discussion = text


def adopt_previous_minutes(session: Session, meeting_id: int, corrections: str = "") -> int:
    """At this (held) meeting, item 2 adopts the previous meeting's minutes; that meeting locks.

    Records the adopting resolution on item 2.1 and returns the adopted meeting's id.
    Only the head of office or an administrator may adopt minutes.
    """
    from desktop.safety.access import Permission, require

    require(Permission.ADOPT_MINUTES, session)
    meeting = get_meeting(session, meeting_id)
    locks.require(meeting, locks.RESOLUTIONS)
    previous = previous_meeting(session, meeting)
    if previous is None:
        raise UserError("ไม่มีการประชุมครั้งก่อนให้รับรองรายงาน", "There is no earlier meeting to adopt.")
    if previous.status == MeetingStatus.MINUTES_ADOPTED:
        raise UserError(
            f"รายงานการประชุม ครั้งที่ {meeting_number(previous)} ได้รับการรับรองแล้ว",
            f"The minutes of meeting {meeting_number(previous, False)} are already adopted.",
        )
    if previous.status != MeetingStatus.HELD:
        raise UserError(
            f"การประชุมครั้งที่ {meeting_number(previous)} ยังไม่ได้ประชุม จึงยังไม่มีรายงานให้รับรอง",
            f"Meeting {meeting_number(previous, False)} has not been held: no minutes to adopt.",
        )
    if previous.end_time is None:  # the minutes print "เลิกประชุมเวลา": it must be known
        raise UserError(
            f"รายงานการประชุม ครั้งที่ {meeting_number(previous)} ยังไม่มีเวลาเลิกประชุม "
            "โปรดบันทึกในแท็บรายละเอียดของการประชุมครั้งนั้นก่อนรับรอง",
            f"The minutes of meeting {meeting_number(previous, False)} have no end time (เวลาเลิกประชุม): "
            "enter it in that meeting's details before adopting them.",
        )
    section = section_for(meeting, ADOPTION_WORDS, 1)
    if section is None:
        raise UserError("ระเบียบวาระไม่มีเรื่องรับรองรายงานการประชุม", "The agenda has no adoption section.")
    items = children(meeting, section)
    if items:
        item = items[0]
    else:
        item = AgendaItem(
            parent_id=section.id, sort_order=0, title=f"รับรองรายงานการประชุม ครั้งที่ {meeting_number(previous)}"
        )
        meeting.items.append(item)
        session.flush()
    corrections = corrections.strip()
    text = f"ที่ประชุมรับรองรายงานการประชุม ครั้งที่ {meeting_number(previous)}"
    text += f" โดยมีการแก้ไข ดังนี้ {corrections}" if corrections else " โดยไม่มีการแก้ไข"
    record_resolution(
        session,
        item.id,
        text=text,
        outcome=ResolutionOutcome.APPROVED_WITH_CHANGES if corrections else ResolutionOutcome.APPROVED,
    )
    if not item.discussion.strip():
        item.discussion = item.body
    previous.adopted_in_meeting_id = meeting.id
    previous.adoption_corrections = corrections
    _set_status(session, previous, MeetingStatus.MINUTES_ADOPTED)
    return previous.id
