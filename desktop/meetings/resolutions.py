"""Resolutions (มติ), numbered per committee and year, and what they do to households.

Applying a resolution changes the item's households and links them to it in the caller's
transaction, saving each household's state before; undoing restores it. Both are refused
once the minutes are adopted. Nominations, plan items and escalations are casework's:
they are approved, added and escalated only through its rules (desktop/casework/ops.py:
the programme's quota and state order, one open escalation at a time).

The resolution that adopts an earlier meeting's minutes, like adopting them, is the head of
office's or an administrator's: recording, changing, applying or deleting it checks that
right here (require_minutes_right), whoever calls.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from database.base import utcnow
from database.enums import (
    AuditAction,
    LogbookStatus,
    MeetingStatus,
    NominationStatus,
    ResolutionAction,
    ResolutionOutcome,
)
from database.models import (
    Agency,
    AgendaItem,
    Household,
    Meeting,
    Remedy,
    Resolution,
    ResolutionHousehold,
)
from desktop import audit
from desktop.casework import ops as casework
from desktop.casework.plans import PlanItemInput
from desktop.errors import UserError, ValidationError
from desktop.meetings import locks
from desktop.meetings.attendance import require_quorum
from desktop.meetings.common import ADOPTION_WORDS, get_item, get_resolution, resolution_number, section_for
from desktop.meetings.labels import ACTION_TH, OUTCOME_TH
from desktop.safety.access import Permission, require

APPLICABLE = (ResolutionOutcome.APPROVED, ResolutionOutcome.APPROVED_WITH_CHANGES)
# Nominations a resolution approving a programme's nominations passes over.
SKIPPED_NOMINATIONS = (NominationStatus.WITHDRAWN, NominationStatus.APPROVED, NominationStatus.SUBMITTED)


@dataclass(frozen=True)
class ResolutionView:
    id: int
    agenda_item_id: int
    number: int
    year_be: int
    label: str  # มติที่ ๓/๒๕๖๗
    text: str
    outcome: ResolutionOutcome
    outcome_th: str
    votes: tuple[int | None, int | None, int | None]
    action: ResolutionAction
    action_th: str
    action_params: dict[str, Any]
    applied_at: dt.datetime | None
    households: int
    is_open: bool
    version: int = 1


def view(resolution: Resolution) -> ResolutionView:
    return ResolutionView(
        resolution.id,
        resolution.agenda_item_id,
        resolution.number,
        resolution.year_be,
        resolution_number(resolution.number, resolution.year_be),
        resolution.text,
        resolution.outcome,
        OUTCOME_TH[resolution.outcome],
        (resolution.votes_for, resolution.votes_against, resolution.votes_abstain),
        resolution.action,
        ACTION_TH[resolution.action],
        dict(resolution.action_params),
        resolution.applied_at,
        len(resolution.households),
        resolution.is_open,
        resolution.version,
    )


def resolutions_of_item(session: Session, item_id: int) -> list[ResolutionView]:
    rows = session.scalars(
        select(Resolution).where(Resolution.agenda_item_id == item_id).order_by(Resolution.number)
    )
    return [view(r) for r in rows]


def next_number(session: Session, committee_id: int, year_be: int) -> int:
    top = session.scalar(
        select(func.max(Resolution.number)).where(
            Resolution.committee_id == committee_id, Resolution.year_be == year_be
        )
    )
    return (top or 0) + 1


def touches_adopted_minutes(session: Session, item: AgendaItem) -> bool:
    """A resolution on item is part of adopted minutes: its meeting's own minutes are adopted,
    or the item is where this meeting adopted an earlier meeting's minutes."""
    meeting = item.meeting
    if meeting.status == MeetingStatus.MINUTES_ADOPTED:
        return True
    adopted = session.scalar(select(Meeting.id).where(Meeting.adopted_in_meeting_id == meeting.id).limit(1))
    if adopted is None:
        return False
    section = section_for(meeting, ADOPTION_WORDS, 1)
    return section is not None and item.parent_id == section.id


def require_minutes_right(session: Session, item: AgendaItem) -> None:
    """Only the head of office or an administrator touches a resolution of adopted minutes.

    Called after the status lock, so that a locked meeting is refused with the clearer
    sentence about its status; the permission is what stops a clerk deleting the adoption.
    """
    if touches_adopted_minutes(session, item):
        require(Permission.ADOPT_MINUTES, session)


def _check_votes(votes: tuple[int | None, int | None, int | None]) -> None:
    if any(v is not None and v < 0 for v in votes):
        raise ValidationError("จำนวนเสียงต้องไม่ติดลบ", "Votes cannot be negative.")


def _check_params(session: Session, action: ResolutionAction, params: dict[str, Any]) -> None:
    if action == ResolutionAction.APPROVE_NOMINATION and not params.get("programme_id"):
        raise ValidationError("กรุณาเลือกโครงการที่เห็นชอบ", "Choose the programme.")
    if action == ResolutionAction.ASSIGN:
        remedy = params.get("remedy_id")
        agency = params.get("agency_id")
        if not remedy and not agency and not params.get("free_remedy"):
            raise ValidationError(
                "กรุณาเลือกหน่วยงานหรือเมนูแก้จนที่มอบหมาย", "Choose an agency or a remedy to assign."
            )
        if remedy and session.get(Remedy, int(remedy)) is None:
            raise ValidationError("ไม่พบเมนูแก้จนที่เลือก", "No such remedy.")
        if agency and session.get(Agency, int(agency)) is None:
            raise ValidationError("ไม่พบหน่วยงานที่เลือก", "No such agency.")


def record_resolution(
    session: Session,
    item_id: int,
    *,
    text: str,
    outcome: ResolutionOutcome,
    votes: tuple[int | None, int | None, int | None] = (None, None, None),
    action: ResolutionAction = ResolutionAction.NONE,
    action_params: dict[str, Any] | None = None,
    is_open: bool = False,
) -> int:
    """A new resolution on an item; the meeting must be held and have a quorum."""
    item = get_item(session, item_id)
    meeting = item.meeting
    locks.require(meeting, locks.RESOLUTIONS)
    require_minutes_right(session, item)
    require_quorum(meeting)
    if item.parent_id is None:
        raise ValidationError("บันทึกมติได้กับเรื่อง ไม่ใช่ระเบียบวาระหลัก", "Resolutions go on items.")
    if not text.strip():
        raise ValidationError("กรุณาเขียนข้อความมติ", "Write the resolution's text.")
    _check_votes(votes)
    params = dict(action_params or {})
    _check_params(session, action, params)
    resolution = Resolution(
        meeting_id=meeting.id,
        agenda_item_id=item.id,
        committee_id=meeting.committee_id,
        year_be=meeting.year_be,
        number=next_number(session, meeting.committee_id, meeting.year_be),
        text=text.strip(),
        outcome=outcome,
        votes_for=votes[0],
        votes_against=votes[1],
        votes_abstain=votes[2],
        action=action,
        action_params=params,
        is_open=is_open,
    )
    session.add(resolution)
    session.flush()
    return resolution.id


def update_resolution(
    session: Session,
    resolution_id: int,
    *,
    text: str,
    outcome: ResolutionOutcome,
    votes: tuple[int | None, int | None, int | None] = (None, None, None),
    action: ResolutionAction = ResolutionAction.NONE,
    action_params: dict[str, Any] | None = None,
    is_open: bool = False,
) -> None:
    resolution = get_resolution(session, resolution_id)
    item = get_item(session, resolution.agenda_item_id)
    locks.require(item.meeting, locks.RESOLUTIONS)
    require_minutes_right(session, item)
    params = dict(action_params or {})
    if resolution.applied_at is not None and (
        action != resolution.action or params != resolution.action_params or outcome not in APPLICABLE
    ):
        raise UserError(
            "มตินี้ดำเนินการกับครัวเรือนแล้ว ต้องยกเลิกการดำเนินการก่อนจึงจะเปลี่ยนการดำเนินการหรือผลของมติได้",
            "This resolution has been applied: undo it before changing its action or outcome.",
        )
    if not text.strip():
        raise ValidationError("กรุณาเขียนข้อความมติ", "Write the resolution's text.")
    _check_votes(votes)
    _check_params(session, action, params)
    resolution.text, resolution.outcome = text.strip(), outcome
    resolution.votes_for, resolution.votes_against, resolution.votes_abstain = votes
    resolution.action, resolution.action_params, resolution.is_open = action, params, is_open


def delete_resolution(session: Session, resolution_id: int) -> None:
    resolution = get_resolution(session, resolution_id)
    item = get_item(session, resolution.agenda_item_id)
    locks.require(item.meeting, locks.RESOLUTIONS)
    require_minutes_right(session, item)
    if resolution.applied_at is not None:
        raise UserError(
            "มตินี้ดำเนินการกับครัวเรือนแล้ว ต้องยกเลิกการดำเนินการก่อนจึงจะลบได้",
            "This resolution has been applied: undo it before deleting it.",
        )
    session.delete(resolution)


def set_open(session: Session, resolution_id: int, is_open: bool) -> None:
    """Open: it needs follow-up and is carried over to the next meeting; closed: done."""
    resolution = get_resolution(session, resolution_id)
    require_minutes_right(session, get_item(session, resolution.agenda_item_id))
    resolution.is_open = is_open


# --- applying to households --------------------------------------------------------------


def _apply_logbook(resolution: Resolution, household: Household, day: dt.date) -> dict[str, Any]:
    before = {
        "logbook_status": household.logbook_status.value,
        "logbook_status_on": household.logbook_status_on.isoformat() if household.logbook_status_on else None,
    }
    household.logbook_status = LogbookStatus.ENTERED
    household.logbook_status_on = day
    return before


def _apply_nomination(
    session: Session, resolution: Resolution, household: Household, programme_id: int, confirmed: bool
) -> dict[str, Any] | None:
    nomination = casework.nomination_of(session, programme_id, household.id)
    if nomination is None or nomination.status in SKIPPED_NOMINATIONS:
        return None  # not nominated, withdrawn, or approved already
    # casework's state order and quota: a refusal stops the whole resolution
    # a household not (found) in Logbook: only when the clerk confirmed (UncheckedNomineeError)
    casework.approve_by_resolution(session, nomination.id, resolution.id, confirmed)
    return {
        "nomination_id": nomination.id,
        "status": nomination.status.value,
        "resolution_id": nomination.resolution_id,
    }


def _apply_assign(
    session: Session, resolution: Resolution, household: Household, params: dict[str, Any]
) -> dict[str, Any]:
    remedy_id = int(params["remedy_id"]) if params.get("remedy_id") else None
    agency_id = int(params["agency_id"]) if params.get("agency_id") else None
    # only an agency named: the resolution's words are what the plan says to do
    free = "" if remedy_id is not None else str(params.get("free_remedy") or resolution.text).strip()[:255]
    due = params.get("due_on")
    data = PlanItemInput(
        due_on=dt.date.fromisoformat(due) if due else None,
        remedy_id=remedy_id,
        free_remedy=free,
        agency_id=agency_id,
        note=str(params.get("note", "")),
    )
    return {"plan_item_id": casework.plan_by_resolution(session, household.id, data, resolution.id).id}


def _apply_escalate(
    session: Session, resolution: Resolution, household: Household, day: dt.date, reason: str
) -> dict[str, Any] | None:
    if household.escalated:
        return None  # one open escalation at a time: it is with the province already
    escalated = casework.escalate_by_resolution(session, household.id, reason, day, resolution.id)
    return {"escalated": False, "escalation_id": escalated.id}


def _apply_one(
    session: Session, resolution: Resolution, household: Household, day: dt.date, confirmed: bool
) -> dict[str, Any] | None:
    """The resolution's action on one household; nominations, plan items and escalations
    only through casework's functions."""
    params = resolution.action_params
    if resolution.action == ResolutionAction.APPROVE_LOGBOOK:
        return _apply_logbook(resolution, household, day)
    if resolution.action == ResolutionAction.APPROVE_NOMINATION:
        return _apply_nomination(session, resolution, household, int(params["programme_id"]), confirmed)
    if resolution.action == ResolutionAction.ASSIGN:
        return _apply_assign(session, resolution, household, params)
    reason = str(params.get("reason") or resolution.text)
    return _apply_escalate(session, resolution, household, day, reason)


def apply_resolution(session: Session, resolution_id: int, confirm_unchecked: bool = False) -> int:
    """Carry out the resolution's action on its item's households; returns how many it changed.
    confirm_unchecked: the clerk agreed to approve nominees not (found) in Logbook."""
    resolution = get_resolution(session, resolution_id)
    item: AgendaItem = get_item(session, resolution.agenda_item_id)
    meeting = item.meeting
    locks.require(meeting, locks.RESOLUTIONS)
    require_minutes_right(session, item)
    if resolution.applied_at is not None:
        raise UserError("มตินี้ดำเนินการกับครัวเรือนไปแล้ว", "This resolution has already been applied.")
    if resolution.action == ResolutionAction.NONE:
        raise UserError("มตินี้ไม่ได้กำหนดการดำเนินการกับครัวเรือน", "This resolution has no action on households.")
    if resolution.outcome not in APPLICABLE:
        raise UserError("ดำเนินการได้เฉพาะมติที่เห็นชอบเท่านั้น", "Only an approved resolution can act on households.")
    if not item.households:
        raise UserError("เรื่องนี้ไม่มีบัญชีครัวเรือน จึงไม่มีครัวเรือนให้ดำเนินการ", "This item has no households to act on.")
    day = meeting.held_on
    changed = 0
    for household in sorted(item.households, key=lambda h: h.id):
        before = _apply_one(session, resolution, household, day, confirm_unchecked)
        if before is None:
            continue
        resolution.households.append(ResolutionHousehold(household_id=household.id, before=before))
        changed += 1
    if not changed:
        raise UserError(
            "ไม่มีครัวเรือนในเรื่องนี้ที่มติดำเนินการได้ (เช่น ไม่ได้รับการเสนอเข้าร่วมโครงการนี้)",
            "None of the item's households can be acted on (e.g. none is nominated for this programme).",
        )
    resolution.applied_at = utcnow()
    session.flush()
    audit.record(
        session,
        AuditAction.UPDATE,
        "resolution",
        resolution.id,
        field="applied",
        after={"action": resolution.action.value, "households": changed},
        summary=f"{ACTION_TH[resolution.action]} {changed} ครัวเรือน",
    )
    return changed


def undo_resolution(session: Session, resolution_id: int) -> int:
    """Put the households back as they were before the resolution was applied."""
    resolution = get_resolution(session, resolution_id)
    item = get_item(session, resolution.agenda_item_id)
    locks.require(item.meeting, locks.RESOLUTIONS)
    require_minutes_right(session, item)
    if resolution.applied_at is None:
        raise UserError("มตินี้ยังไม่ได้ดำเนินการกับครัวเรือน", "This resolution has not been applied.")
    undone = 0
    links = list(resolution.households)
    households = {
        h.id: h
        for h in session.scalars(
            select(Household).where(Household.id.in_([link.household_id for link in links]))
        )
    }
    for link in links:
        household = households.get(link.household_id)
        before = link.before
        if household is None:
            continue
        if resolution.action == ResolutionAction.APPROVE_LOGBOOK:
            if household.logbook_status != LogbookStatus.ENTERED:
                continue  # changed since (e.g. a later reconcile found it in Logbook): keep it
            household.logbook_status = LogbookStatus(before["logbook_status"])
            on = before.get("logbook_status_on")
            household.logbook_status_on = dt.date.fromisoformat(on) if on else None
        elif resolution.action == ResolutionAction.APPROVE_NOMINATION:
            status = NominationStatus(before["status"])
            casework.undo_approval(session, before["nomination_id"], status, before["resolution_id"])
        elif resolution.action == ResolutionAction.ASSIGN:
            casework.remove_plan_item(session, before["plan_item_id"])
        elif resolution.action == ResolutionAction.ESCALATE:
            casework.remove_escalation(session, before["escalation_id"])
        undone += 1
    session.flush()
    session.execute(delete(ResolutionHousehold).where(ResolutionHousehold.resolution_id == resolution.id))
    session.expire(resolution, ["households"])
    resolution.applied_at = None
    session.flush()
    audit.record(
        session,
        AuditAction.UPDATE,
        "resolution",
        resolution.id,
        field="applied",
        before=True,
        after=False,
        summary=f"ยกเลิกการดำเนินการ {undone} ครัวเรือน",
    )
    return undone
