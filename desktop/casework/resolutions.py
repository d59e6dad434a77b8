"""Casework's functions for a committee resolution's actions (nominations, plan items,
escalations), through casework's own rules.

A stand-in with the names and signatures of the section "for other features" of
desktop/casework/ops.py (branch casework15): once that lands, desktop/meetings/resolutions.py
imports those instead and this module goes. Each keeps casework's rules: an approval goes
through ``programmes.approve_nomination`` (the nominated → checked in Logbook → approved
order and the programme's quota), an escalation through ``escalation.escalate`` (one open
escalation per household), a plan item through ``plans.add_plan_item``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.enums import NominationStatus
from database.models import Escalation, Nomination, PlanItem
from desktop.casework import escalation, plans, programmes
from desktop.casework.common import get_household
from desktop.casework.escalation import EscalationView
from desktop.casework.plans import PlanItemInput, PlanItemView
from desktop.casework.programmes import NominationView


def nomination_of(session: Session, programme_id: int, household_id: int) -> NominationView | None:
    """The household's nomination for the programme (withdrawn ones included), or None."""
    row = session.scalar(
        select(Nomination).where(
            Nomination.programme_id == programme_id, Nomination.household_id == household_id
        )
    )
    return None if row is None else programmes._nomination_views(session, [row])[0]


def approve_by_resolution(session: Session, nomination_id: int, resolution_id: int) -> NominationView:
    """The committee approves a nomination: it must be checked in Logbook, and the
    programme's quota must have room (ValidationError otherwise)."""
    return programmes.approve_nomination(session, nomination_id, resolution_id)


def undo_approval(
    session: Session, nomination_id: int, status: NominationStatus, resolution_id: int | None
) -> None:
    """Undo approve_by_resolution: back to the status and resolution it had before; a
    nomination that moved on since (submitted to the province) is left alone."""
    row = session.get(Nomination, nomination_id)
    if row is None or row.status != NominationStatus.APPROVED:
        return
    row.status, row.resolution_id = NominationStatus(status), resolution_id
    session.flush()


def plan_by_resolution(
    session: Session, household_id: int, data: PlanItemInput, resolution_id: int
) -> PlanItemView:
    """A plan item assigned by a resolution (remedy or free remedy, an agency — the remedy's
    usual one when none is given)."""
    view = plans.add_plan_item(session, household_id, data)
    row = session.get(PlanItem, view.id)
    assert row is not None
    row.resolution_id = resolution_id
    session.flush()
    return view


def remove_plan_item(session: Session, item_id: int) -> None:
    """Undo plan_by_resolution."""
    row = session.get(PlanItem, item_id)
    if row is not None:
        session.delete(row)
        session.flush()


def escalate_by_resolution(
    session: Session, household_id: int, reason: str, escalated_on: dt.date, resolution_id: int
) -> EscalationView:
    """Hand the household to ศจพ.จ. by a resolution; refused (ValidationError) while the
    household already has an open escalation."""
    return escalation.escalate(session, household_id, reason, escalated_on, resolution_id)


def remove_escalation(session: Session, escalation_id: int) -> None:
    """Undo escalate_by_resolution (the household stays marked escalated only while another
    escalation of it is open)."""
    row = session.get(Escalation, escalation_id)
    if row is None:
        return
    household_id = row.household_id
    session.delete(row)
    session.flush()
    still_open = session.scalar(
        select(func.count())
        .select_from(Escalation)
        .where(Escalation.household_id == household_id, Escalation.closed_on.is_(None))
    )
    get_household(session, household_id).escalated = bool(still_open)
    session.flush()
