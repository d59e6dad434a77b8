"""Meetings' operations and queries: the only way the window and the CLI read and change them.

Edits of a meeting's details, an agenda item, an attendance entry and a resolution carry
the version their form loaded and only the fields the clerk changed: a save on a stale copy
is refused with both versions (desktop/operations.py), and the fields another clerk changed
meanwhile are never written over. The services in this package stay plain functions taking
a Session; the operations wrap them (one transaction, the permission checked inside, the
audit written with the change). Checks that depend on the record (a meeting's status locks,
the head of office's right over adopted minutes) live in those services, whoever calls.

A resolution's action on households reaches nominations, plan items and escalations only
through casework's functions (desktop/casework/ops.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from database.enums import AttendanceStatus, CommitteeRole, ResolutionAction, ResolutionOutcome
from desktop.errors import NotFoundError
from desktop.meetings import agenda, attendance, meeting, resolutions, roster
from desktop.meetings.common import get_item, get_meeting, get_resolution
from desktop.meetings.detail import meeting_detail
from desktop.meetings.labels import (
    AGENDA_ITEM_FIELDS_TH,
    ATTENDANCE_FIELDS_TH,
    MEETING_FIELDS_TH,
    RESOLUTION_FIELDS_TH,
)
from desktop.meetings.meeting import MeetingRow
from desktop.meetings.roster import CommitteeRow
from desktop.operations import Unit, operation, query
from desktop.reports import attach
from desktop.safety.access import Permission

Choices = list[tuple[int, str]]


# --- typed inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingEdit:
    """The details a clerk changed (held_on, venue, chair_name …) on the copy loaded at version."""

    meeting_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemEdit:
    """An agenda item's changed title, body or discussion (the minutes' text)."""

    item_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AttendanceEdit:
    """One attendance entry's changed status, reason or representative."""

    attendance_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NewResolution:
    item_id: int
    text: str
    outcome: ResolutionOutcome
    votes: tuple[int | None, int | None, int | None] = (None, None, None)
    action: ResolutionAction = ResolutionAction.NONE
    action_params: Mapping[str, Any] = field(default_factory=dict)
    is_open: bool = False


@dataclass(frozen=True)
class ResolutionEdit:
    """A resolution's changed fields (text, outcome, votes_for …, action, action_params, is_open)."""

    resolution_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MemberInput:
    title: str
    first_name: str
    last_name: str
    position: str
    role: CommitteeRole = CommitteeRole.MEMBER
    agency_id: int | None = None
    active_from: dt.date | None = None
    active_to: dt.date | None = None


@dataclass(frozen=True)
class CommitteeInput:
    name: str
    short_name: str = ""
    appointment_order: str = ""
    quorum_percent: int = 50


@dataclass(frozen=True)
class PageLists:
    meetings: list[MeetingRow]
    committees: list[CommitteeRow]
    templates: list[tuple[int, str, bool]]


@dataclass(frozen=True)
class ResolutionChoices:
    programmes: Choices
    remedies: Choices
    agencies: Choices


# --- reads -------------------------------------------------------------------------------------

detail = query(meeting_detail)
list_meetings = query(meeting.list_meetings)
committees = query(roster.committees)
templates = query(meeting.templates)
template_sections = query(meeting.template_sections)
item_households = query(agenda.item_households)
programmes = query(agenda.programmes)
saved_filters = query(agenda.saved_filters)
agencies = query(agenda.agencies)
member_name = query(roster.member_name)


@query
def page_lists(session: Session) -> PageLists:
    """The meeting list, the committees and the templates the list's form offers."""
    return PageLists(meeting.list_meetings(session), roster.committees(session), meeting.templates(session))


@query
def resolution_choices(session: Session) -> ResolutionChoices:
    return ResolutionChoices(agenda.programmes(session), agenda.remedies(session), agenda.agencies(session))


# --- the meeting ------------------------------------------------------------------------------


@operation(Permission.EDIT)
def create_meeting(unit: Unit, committee_id: int, held_on: dt.date, template_id: int | None = None) -> int:
    return meeting.create_meeting(unit.session, committee_id, held_on, template_id=template_id)


@operation(Permission.EDIT)
def clone_meeting(unit: Unit, source_id: int, held_on: dt.date) -> int:
    return meeting.clone_meeting(unit.session, source_id, held_on)


@operation(Permission.EDIT)
def delete_meeting(unit: Unit, meeting_id: int) -> None:
    meeting.delete_meeting(unit.session, meeting_id)


@operation(Permission.EDIT)
def update_meeting(unit: Unit, edit: MeetingEdit) -> None:
    """Save the changed details; a stale copy is a ConflictError with both versions."""
    row = get_meeting(unit.session, edit.meeting_id)
    unknown = set(edit.changes) - set(MEETING_FIELDS_TH)
    if unknown:
        raise ValueError(f"not editable on a meeting: {sorted(unknown)}")
    unit.edit(row, edit.version, edit.changes, MEETING_FIELDS_TH)
    now = {name: getattr(row, name) for name in MEETING_FIELDS_TH} | dict(edit.changes)
    meeting.update_header(
        unit.session,
        row.id,
        held_on=now["held_on"],
        start_time=now["start_time"],
        end_time=now["end_time"],
        venue=now["venue"],
        chair=(now["chair_name"], now["chair_position"]),
        minute_taker=(now["minute_taker_name"], now["minute_taker_position"]),
        checker=(now["checker_name"], now["checker_position"]),
        opening_text=now["opening_text"],
    )


@operation(Permission.EDIT)
def send_agenda(unit: Unit, meeting_id: int) -> None:
    meeting.send_agenda(unit.session, meeting_id)


@operation(Permission.EDIT)
def return_to_draft(unit: Unit, meeting_id: int) -> None:
    meeting.return_to_draft(unit.session, meeting_id)


@operation(Permission.EDIT)
def mark_held(unit: Unit, meeting_id: int) -> None:
    meeting.mark_held(unit.session, meeting_id)


@operation(Permission.EDIT)
def adopt_previous_minutes(unit: Unit, meeting_id: int, corrections: str = "") -> int:
    """Adopt the previous meeting's minutes (the head of office's right, checked inside)."""
    return meeting.adopt_previous_minutes(unit.session, meeting_id, corrections)


@operation(Permission.EDIT)
def save_template(unit: Unit, name: str, section_titles: Sequence[str], is_default: bool = False) -> int:
    return meeting.save_template(unit.session, name, list(section_titles), is_default)


# --- agenda items -----------------------------------------------------------------------------


@operation(Permission.EDIT)
def add_section(unit: Unit, meeting_id: int, title: str) -> int:
    return agenda.add_section(unit.session, meeting_id, title)


@operation(Permission.EDIT)
def add_item(unit: Unit, section_id: int, title: str, body: str = "") -> int:
    return agenda.add_item(unit.session, section_id, title, body)


@operation(Permission.EDIT)
def update_item(unit: Unit, edit: ItemEdit) -> None:
    """Save an item's changed title, body or discussion; a stale copy is a ConflictError."""
    item = get_item(unit.session, edit.item_id)
    unknown = set(edit.changes) - set(AGENDA_ITEM_FIELDS_TH)
    if unknown:
        raise ValueError(f"not editable on an agenda item: {sorted(unknown)}")
    unit.edit(item, edit.version, edit.changes, AGENDA_ITEM_FIELDS_TH)
    if "title" in edit.changes or "body" in edit.changes:
        title = edit.changes.get("title", item.title)
        body = edit.changes.get("body", item.body)
        agenda.update_item(unit.session, item.id, title=str(title), body=str(body))
    if "discussion" in edit.changes:
        meeting.write_discussion(unit.session, item.id, str(edit.changes["discussion"]))


@operation(Permission.EDIT)
def remove_item(unit: Unit, item_id: int) -> None:
    agenda.remove_item(unit.session, item_id)


@operation(Permission.EDIT)
def move_item(unit: Unit, item_id: int, parent_id: int | None, index: int) -> None:
    agenda.move_item(unit.session, item_id, parent_id, index)


@operation(Permission.EDIT)
def set_household_list(unit: Unit, item_id: int, kind: str, ref: str = "") -> int:
    return agenda.set_household_list(unit.session, item_id, kind, ref)


@operation(Permission.EDIT)
def remove_households(unit: Unit, item_id: int, household_ids: Sequence[int]) -> None:
    agenda.remove_households(unit.session, item_id, list(household_ids))


@operation(Permission.EDIT)
def add_attachment(unit: Unit, item_id: int, path: Path) -> int:
    return agenda.add_attachment(unit.session, item_id, path)


@operation(Permission.EDIT)
def attach_report(unit: Unit, item_id: int, name: str, fiscal_year: int | None = None) -> str:
    """A committee report (progress, groups, assistance, backlog) built now as PDF and stored
    on the agenda item: listed under it in the agenda, packed with the meeting's package.
    Returns the attachment's file name."""
    agenda._editable_item(unit.session, item_id)
    return attach.attach_report(unit.session, item_id, name, fiscal_year, ".pdf").filename


@operation(Permission.EDIT)
def remove_attachment(unit: Unit, attachment_id: int) -> None:
    agenda.remove_attachment(unit.session, attachment_id)


# A copy of an attached file in a folder: nothing in the database changes.
save_attachment = query(agenda.save_attachment)


# --- attendance -------------------------------------------------------------------------------


@operation(Permission.EDIT)
def update_attendance(unit: Unit, meeting_id: int, edits: Sequence[AttendanceEdit]) -> int:
    """Save the changed attendance entries of a meeting, all or none; returns how many."""
    session = unit.session
    row_of = {a.id: a for a in get_meeting(session, meeting_id).attendance}
    for edit in edits:
        row = row_of.get(edit.attendance_id)
        if row is None:
            raise NotFoundError("ไม่พบรายชื่อนี้ในการประชุม", "No such attendance row in this meeting.")
        unknown = set(edit.changes) - set(ATTENDANCE_FIELDS_TH)
        if unknown:
            raise ValueError(f"not editable on attendance: {sorted(unknown)}")
        unit.edit(row, edit.version, edit.changes, ATTENDANCE_FIELDS_TH)
        now = {name: getattr(row, name) for name in ATTENDANCE_FIELDS_TH} | dict(edit.changes)
        attendance.set_attendance(
            session,
            meeting_id,
            row.id,
            AttendanceStatus(now["status"]),
            reason=now["reason"],
            representative_name=now["representative_name"],
            representative_position=now["representative_position"],
        )
    return len(edits)


@operation(Permission.EDIT)
def add_guest(unit: Unit, meeting_id: int, name: str, position: str) -> int:
    return attendance.add_guest(unit.session, meeting_id, name, position)


@operation(Permission.EDIT)
def remove_guest(unit: Unit, meeting_id: int, attendance_id: int) -> None:
    attendance.remove_guest(unit.session, meeting_id, attendance_id)


# --- resolutions ------------------------------------------------------------------------------


@operation(Permission.EDIT)
def record_resolution(unit: Unit, new: NewResolution) -> int:
    return resolutions.record_resolution(
        unit.session,
        new.item_id,
        text=new.text,
        outcome=new.outcome,
        votes=new.votes,
        action=new.action,
        action_params=dict(new.action_params),
        is_open=new.is_open,
    )


@operation(Permission.EDIT)
def update_resolution(unit: Unit, edit: ResolutionEdit) -> None:
    """Save a resolution's changed fields; a stale copy is a ConflictError with both versions."""
    row = get_resolution(unit.session, edit.resolution_id)
    unknown = set(edit.changes) - set(RESOLUTION_FIELDS_TH)
    if unknown:
        raise ValueError(f"not editable on a resolution: {sorted(unknown)}")
    unit.edit(row, edit.version, edit.changes, RESOLUTION_FIELDS_TH)
    now = {name: getattr(row, name) for name in RESOLUTION_FIELDS_TH} | dict(edit.changes)
    resolutions.update_resolution(
        unit.session,
        row.id,
        text=now["text"],
        outcome=ResolutionOutcome(now["outcome"]),
        votes=(now["votes_for"], now["votes_against"], now["votes_abstain"]),
        action=ResolutionAction(now["action"]),
        action_params=dict(now["action_params"] or {}),
        is_open=bool(now["is_open"]),
    )


@operation(Permission.EDIT)
def delete_resolution(unit: Unit, resolution_id: int) -> None:
    resolutions.delete_resolution(unit.session, resolution_id)


@operation(Permission.EDIT)
def apply_resolution(unit: Unit, resolution_id: int, confirm_unchecked: bool = False) -> int:
    """Carry out the resolution on its item's households through casework's rules; a refusal
    (e.g. over the programme's quota, or a nominee not in Logbook without confirm_unchecked)
    writes nothing."""
    return resolutions.apply_resolution(unit.session, resolution_id, confirm_unchecked)


@operation(Permission.EDIT)
def undo_resolution(unit: Unit, resolution_id: int) -> int:
    return resolutions.undo_resolution(unit.session, resolution_id)


# --- the roster -------------------------------------------------------------------------------


@operation(Permission.EDIT)
def create_committee(unit: Unit, data: CommitteeInput) -> int:
    return roster.create_committee(
        unit.session, data.name, data.short_name, data.appointment_order, data.quorum_percent
    )


@operation(Permission.EDIT)
def update_committee(unit: Unit, committee_id: int, data: CommitteeInput) -> None:
    roster.update_committee(
        unit.session,
        committee_id,
        name=data.name,
        short_name=data.short_name,
        appointment_order=data.appointment_order,
        quorum_percent=data.quorum_percent,
    )


@operation(Permission.EDIT)
def add_member(unit: Unit, committee_id: int, data: MemberInput) -> int:
    return roster.add_member(
        unit.session,
        committee_id,
        title=data.title,
        first_name=data.first_name,
        last_name=data.last_name,
        position=data.position,
        role=data.role,
        agency_id=data.agency_id,
        active_from=data.active_from,
        active_to=data.active_to,
    )


@operation(Permission.EDIT)
def update_member(unit: Unit, member_id: int, data: MemberInput) -> None:
    roster.update_member(
        unit.session,
        member_id,
        title=data.title,
        first_name=data.first_name,
        last_name=data.last_name,
        position=data.position,
        role=data.role,
        active_from=data.active_from,
        active_to=data.active_to,
        agency_id=data.agency_id,
    )


@operation(Permission.EDIT)
def move_member(unit: Unit, member_id: int, new_index: int) -> None:
    roster.move_member(unit.session, member_id, new_index)


@operation(Permission.EDIT)
def remove_member(unit: Unit, member_id: int) -> None:
    roster.remove_member(unit.session, member_id)
