"""What a committee resolution does to casework records, through casework's own rules.

The meetings area (desktop/meetings/resolutions.py) applies a resolution to its item's
households by calling these functions, never by writing nominations, plan items or
escalations itself: an approval goes through ``programmes.approve_nomination`` (the
programme's quota and the nominated → checked in Logbook → approved order), an escalation
through ``escalation.escalate`` (one open escalation per household), an assignment through
``plans.add_plan_item`` (a remedy or a free remedy, an agency). Each returns what its undo
needs; the undo functions put back only what the resolution itself did.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from database.enums import NominationStatus
from database.models import Escalation, Nomination, PlanItem, Programme
from desktop.casework import escalation, plans, programmes
from desktop.casework.common import get_household


def programme_choices(session: Session) -> list[tuple[int, str]]:
    return [(p.id, p.name) for p in session.scalars(select(Programme).order_by(Programme.id))]


def programme_name(session: Session, programme_id: int) -> str | None:
    programme = session.get(Programme, programme_id)
    return None if programme is None else programme.name


def nominee_ids(programme_id: int) -> Select[Any]:
    """The households nominated for the programme and not withdrawn (a subquery)."""
    return select(Nomination.household_id).where(
        Nomination.programme_id == programme_id, Nomination.status != NominationStatus.WITHDRAWN
    )


# --- approving nominations ---------------------------------------------------------------------


def approve_for_resolution(
    session: Session, programme_id: int, household_id: int, resolution_id: int
) -> dict[str, Any] | None:
    """Approve the household's nomination by the resolution; None when there is nothing to
    approve (not nominated, withdrawn, or already approved or submitted)."""
    nomination = session.scalars(
        select(Nomination).where(
            Nomination.programme_id == programme_id, Nomination.household_id == household_id
        )
    ).first()
    if nomination is None or nomination.status in (
        NominationStatus.WITHDRAWN,
        NominationStatus.APPROVED,
        NominationStatus.SUBMITTED,
    ):
        return None
    before = {
        "nomination_id": nomination.id,
        "status": nomination.status.value,
        "resolution_id": nomination.resolution_id,
    }
    # the quota and the state order are casework's: a refusal stops the whole resolution
    programmes.approve_nomination(session, nomination.id, resolution_id)
    return before


def undo_approval(session: Session, before: dict[str, Any], resolution_id: int) -> bool:
    """Take back an approval this resolution made, if it is still the one in force (a
    nomination submitted to the province since stays as it is)."""
    nomination = session.get(Nomination, before["nomination_id"])
    if nomination is None or nomination.resolution_id != resolution_id:
        return False
    if nomination.status != NominationStatus.APPROVED:
        return False
    nomination.status = NominationStatus(before["status"])
    nomination.resolution_id = before["resolution_id"]
    return True


# --- assigning a remedy or an agency ----------------------------------------------------------


def assign_for_resolution(
    session: Session, household_id: int, params: dict[str, Any], resolution_id: int, what: str
) -> dict[str, Any]:
    """A plan item for the household, as the resolution assigned it (what: the resolution's
    words, used as the remedy when only an agency was named)."""
    remedy_id = int(params["remedy_id"]) if params.get("remedy_id") else None
    agency_id = int(params["agency_id"]) if params.get("agency_id") else None
    free = str(params.get("free_remedy", "")).strip()
    if remedy_id is None and not free:
        free = what.strip()[:255]
    due = params.get("due_on")
    data = plans.PlanItemInput(
        due_on=dt.date.fromisoformat(due) if due else None,
        remedy_id=remedy_id,
        free_remedy="" if remedy_id is not None else free,
        agency_id=agency_id,
        note=str(params.get("note", "")),
    )
    view = plans.add_plan_item(session, household_id, data)
    item = session.get(PlanItem, view.id)
    assert item is not None
    item.resolution_id = resolution_id
    return {"plan_item_id": view.id}


def undo_assignment(session: Session, before: dict[str, Any]) -> bool:
    item = session.get(PlanItem, before["plan_item_id"])
    if item is None:
        return False
    session.delete(item)
    return True


# --- escalating to the province ---------------------------------------------------------------


def escalate_for_resolution(
    session: Session, household_id: int, day: dt.date, reason: str, resolution_id: int
) -> dict[str, Any] | None:
    """Escalate the household by the resolution; None when it already has an open
    escalation (one at a time: it is with the province already)."""
    open_one = session.scalar(
        select(Escalation.id).where(Escalation.household_id == household_id, Escalation.closed_on.is_(None))
    )
    if open_one is not None:
        return None
    before: dict[str, Any] = {"escalated": get_household(session, household_id).escalated}
    before["escalation_id"] = escalation.escalate(session, household_id, reason, day, resolution_id).id
    return before


def undo_escalation(session: Session, before: dict[str, Any]) -> bool:
    row = session.get(Escalation, before["escalation_id"])
    if row is None:
        return False
    household_id = row.household_id
    session.delete(row)
    session.flush()
    still_open = session.scalar(
        select(func.count())
        .select_from(Escalation)
        .where(Escalation.household_id == household_id, Escalation.closed_on.is_(None))
    )
    get_household(session, household_id).escalated = bool(still_open)
    return True
