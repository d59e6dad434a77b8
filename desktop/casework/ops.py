"""Casework's operations and queries: the only way the window, the CLI and other features
read and change analyses, assessments, plans, activities, catalogues, escalations and
programmes.

Edits of a plan item, an activity, an analysis, a programme and a nomination carry the version their
form loaded and only the fields the clerk changed; a save on a stale copy is refused with
a ConflictError showing both versions with Thai labels (desktop/operations.py).

The casework rules live in the services this module wraps and are kept whoever calls:
a nomination moves nominated → checked in Logbook → approved → submitted and approvals
stay within the programme's quota (programmes.py); a household has at most one open
escalation (escalation.py).

Other features (meetings: a resolution's actions) call the functions of the section
"for other features" below with their own ``Unit`` (or ``Session``), inside their own
operation, so the resolution and its casework changes commit together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from database.enums import NominationStatus, PlanStatus
from desktop.casework import (
    activities,
    catalogues,
    escalation,
    followup,
    plans,
    programmes,
    records,
    summary,
    timeline,
)
from desktop.casework.activities import ActivityInput, ActivityView
from desktop.casework.catalogues import AgencyInput, AgencyView, RemedyInput, RemedyView
from desktop.casework.common import HouseholdLabel, get_household, household_label
from desktop.casework.escalation import EscalationView
from desktop.casework.labels import (
    ACTIVITY_TH,
    ANALYSIS_TH,
    ESCALATION_TH,
    NOMINATION_TH,
    PLAN_ITEM_TH,
    PROGRAMME_TH,
)
from desktop.casework.plans import PlanItemInput, PlanItemView
from desktop.casework.programmes import NominationView, ProgrammeInput, ProgrammeView
from desktop.casework.records import AnalysisInput, AnalysisView, AssessmentInput, AssessmentView
from desktop.operations import Unit, operation, query
from desktop.safety.access import Permission

# --- typed inputs of the edits ---------------------------------------------------------------


@dataclass(frozen=True)
class PlanItemEdit:
    """The fields of a plan item the clerk changed (remedy_id, free_remedy, agency_id,
    due_on, note), on the copy loaded at version."""

    item_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ActivityEdit:
    """The fields of an assistance activity the clerk changed (those of ActivityInput), on
    the copy loaded at version."""

    activity_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AnalysisEdit:
    analysis_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgrammeEdit:
    programme_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NominationEdit:
    """A nomination's new rank and / or reason, on the copy loaded at version."""

    nomination_id: int
    version: int | None
    changes: Mapping[str, Any] = field(default_factory=dict)


def _session(work: Unit | Session) -> Session:
    return work.session if isinstance(work, Unit) else work


# --- for other features (meetings' resolutions): stable names, one transaction with theirs ----


def nomination_of(work: Unit | Session, programme_id: int, household_id: int) -> NominationView | None:
    """The household's nomination for the programme (withdrawn ones included), or None."""
    return programmes.find_nomination(_session(work), programme_id, household_id)


def approve_by_resolution(
    work: Unit | Session, nomination_id: int, resolution_id: int, confirm_unchecked: bool = False
) -> NominationView:
    """The committee approves a nomination: it must be checked in Logbook, and the
    programme's quota must have room (ValidationError otherwise, nothing written); a
    household whose own Logbook status is still not checked / not found is approved only
    with confirm_unchecked (UncheckedNomineeError otherwise: the window asks Yes/No)."""
    return programmes.approve_nomination(_session(work), nomination_id, resolution_id, confirm_unchecked)


def undo_approval(
    work: Unit | Session, nomination_id: int, status: NominationStatus, resolution_id: int | None
) -> None:
    """Undo approve_by_resolution: back to the status and resolution it had before."""
    programmes.undo_approval(_session(work), nomination_id, status, resolution_id)


def plan_by_resolution(
    work: Unit | Session, household_id: int, data: PlanItemInput, resolution_id: int
) -> PlanItemView:
    """A plan item assigned by a resolution (remedy or free remedy, an agency — the
    remedy's usual one when none is given; the due date may be left open)."""
    return plans.add_plan_item(_session(work), household_id, data, resolution_id)


def remove_plan_item(work: Unit | Session, item_id: int) -> None:
    """Undo plan_by_resolution."""
    plans.remove_plan_item(_session(work), item_id)


def escalate_by_resolution(
    work: Unit | Session, household_id: int, reason: str, escalated_on: dt.date, resolution_id: int
) -> EscalationView:
    """Hand the household to ศจพ.จ. by a resolution; refused (ValidationError) while the
    household already has an open escalation."""
    return escalation.escalate(_session(work), household_id, reason, escalated_on, resolution_id)


def remove_escalation(work: Unit | Session, escalation_id: int) -> None:
    """Undo escalate_by_resolution (the household's escalated flag follows)."""
    escalation.remove_escalation(_session(work), escalation_id)


# --- reads -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdHeader:
    label: HouseholdLabel
    escalated: bool


@query
def household_header(session: Session, household_id: int) -> HouseholdHeader:
    household = get_household(session, household_id)
    return HouseholdHeader(household_label(session, household), household.escalated)


household_timeline = query(timeline.household_timeline)
household_summary_text = query(summary.household_summary_text)
list_analyses = query(records.list_analyses)
list_assessments = query(records.list_assessments)
list_plan = query(plans.list_plan)
list_activities = query(activities.list_activities)
list_agencies = query(catalogues.list_agencies)
list_remedies = query(catalogues.list_remedies)
list_escalations = query(escalation.list_escalations)
escalated_households = query(escalation.escalated_households)
follow_up_count = query(followup.follow_up_count)
follow_up_page = query(followup.follow_up_page)
queue_count = query(activities.queue_count)
queue_page = query(activities.queue_page)
list_programmes = query(programmes.list_programmes)
get_programme = query(programmes.get_programme)
list_nominations = query(programmes.list_nominations)
household_nominations = query(programmes.household_nominations)
resolution_choices = query(programmes.resolution_choices)


# --- analyses and assessments ----------------------------------------------------------------


@operation(Permission.EDIT)
def add_analysis(unit: Unit, household_id: int, data: AnalysisInput) -> AnalysisView:
    return records.add_analysis(unit.session, household_id, data)


@operation(Permission.EDIT)
def update_analysis(unit: Unit, edit: AnalysisEdit) -> AnalysisView:
    row = records.get_analysis(unit.session, edit.analysis_id)
    unit.edit(row, edit.version, edit.changes, ANALYSIS_TH)
    return records.update_analysis(unit.session, row.id, edit.changes)


@operation(Permission.EDIT)
def add_assessment(unit: Unit, household_id: int, data: AssessmentInput) -> AssessmentView:
    return records.add_assessment(unit.session, household_id, data)


# --- the plan and activities -----------------------------------------------------------------


@operation(Permission.EDIT)
def add_plan_item(unit: Unit, household_id: int, data: PlanItemInput) -> PlanItemView:
    return plans.add_plan_item(unit.session, household_id, data)


@operation(Permission.EDIT)
def update_plan_item(unit: Unit, edit: PlanItemEdit) -> PlanItemView:
    """Apply the changed fields; a stale copy is refused with both versions (ConflictError)."""
    row = plans.get_plan_item(unit.session, edit.item_id)
    unit.edit(row, edit.version, edit.changes, PLAN_ITEM_TH)
    return plans.update_plan_item(unit.session, row.id, edit.changes)


@operation(Permission.EDIT)
def set_plan_status(unit: Unit, item_id: int, status: PlanStatus, version: int | None = None) -> PlanItemView:
    row = plans.get_plan_item(unit.session, item_id)
    unit.edit(row, version, {"status": PlanStatus(status)}, PLAN_ITEM_TH)
    return plans.set_plan_status(unit.session, item_id, status)


@operation(Permission.EDIT)
def add_activity(unit: Unit, household_id: int, data: ActivityInput) -> ActivityView:
    return activities.add_activity(unit.session, household_id, data)


@operation(Permission.EDIT)
def update_activity(unit: Unit, edit: ActivityEdit) -> ActivityView:
    """Apply the changed fields; a stale copy is refused with both versions (ConflictError)."""
    row = activities.get_activity(unit.session, edit.activity_id)
    unit.edit(row, edit.version, edit.changes, ACTIVITY_TH)
    return activities.update_activity(unit.session, row.id, edit.changes)


@operation(Permission.EDIT)
def mark_entered(unit: Unit, activity_ids: Sequence[int], entered_on: dt.date | None = None) -> int:
    """Mark activities as keyed into TPMAP Logbook; returns how many changed."""
    changed = activities.mark_entered(unit.session, activity_ids, entered_on)
    unit.changed("activity", activity_ids)  # a Core UPDATE: the session does not see it
    return changed


@operation(Permission.EDIT)
def export_activities(unit: Unit, path: Path, not_in_logbook: bool = False) -> int:
    return activities.export_activities(unit.session, path, not_in_logbook)


# --- escalation ------------------------------------------------------------------------------


@operation(Permission.EDIT)
def escalate(unit: Unit, household_id: int, reason: str, escalated_on: dt.date) -> EscalationView:
    return escalation.escalate(unit.session, household_id, reason, escalated_on)


@dataclass(frozen=True)
class EscalationClose:
    """The province has dealt with it: the day and what came of it, on the copy at version."""

    escalation_id: int
    version: int | None
    closed_on: dt.date
    note: str


@operation(Permission.EDIT)
def close_escalation(unit: Unit, close: EscalationClose) -> EscalationView:
    """Close an escalation with a note; it leaves the open list (the household's flag follows).
    A copy another clerk changed (or closed) since is a ConflictError with both versions."""
    row = escalation.get_escalation(unit.session, close.escalation_id)
    mine = {"closed_on": close.closed_on, "closed_note": close.note.strip()}
    unit.edit(row, close.version, mine, ESCALATION_TH)
    return escalation.close_escalation(unit.session, row.id, close.closed_on, close.note)


@operation(Permission.EDIT)
def export_escalated(unit: Unit, path: Path) -> int:
    return escalation.export_escalated(unit.session, path)


# --- catalogues ------------------------------------------------------------------------------


@operation(Permission.EDIT)
def add_agency(unit: Unit, data: AgencyInput) -> AgencyView:
    return catalogues.add_agency(unit.session, data)


@operation(Permission.EDIT)
def update_agency(unit: Unit, agency_id: int, data: AgencyInput) -> AgencyView:
    return catalogues.update_agency(unit.session, agency_id, data)


@operation(Permission.EDIT)
def set_agency_active(unit: Unit, agency_id: int, active: bool) -> AgencyView:
    return catalogues.set_agency_active(unit.session, agency_id, active)


@operation(Permission.EDIT)
def add_remedy(unit: Unit, data: RemedyInput) -> RemedyView:
    return catalogues.add_remedy(unit.session, data)


@operation(Permission.EDIT)
def update_remedy(unit: Unit, remedy_id: int, data: RemedyInput) -> RemedyView:
    return catalogues.update_remedy(unit.session, remedy_id, data)


@operation(Permission.EDIT)
def set_remedy_active(unit: Unit, remedy_id: int, active: bool) -> RemedyView:
    return catalogues.set_remedy_active(unit.session, remedy_id, active)


# --- programmes and nominations --------------------------------------------------------------


@operation(Permission.EDIT)
def add_programme(unit: Unit, data: ProgrammeInput) -> ProgrammeView:
    return programmes.add_programme(unit.session, data)


@operation(Permission.EDIT)
def update_programme(unit: Unit, edit: ProgrammeEdit) -> ProgrammeView:
    row = programmes.get_programme_row(unit.session, edit.programme_id)
    unit.edit(row, edit.version, edit.changes, PROGRAMME_TH)
    return programmes.update_programme(unit.session, row.id, edit.changes)


@operation(Permission.EDIT)
def nominate(
    unit: Unit, programme_id: int, household_id: int, reason: str, rank: int | None = None
) -> NominationView:
    return programmes.nominate(unit.session, programme_id, household_id, reason, rank)


@dataclass(frozen=True)
class Nominated:
    """What nominate_households did: the new nominations, and the households left alone
    because they are already nominated for the programme (their labels)."""

    added: list[NominationView]
    already: list[str]


@operation(Permission.EDIT)
def nominate_households(
    unit: Unit, programme_id: int, household_ids: Sequence[int], reason: str
) -> Nominated:
    """Nominate the households chosen in a list, in that order, with one reason; one
    already nominated (and not withdrawn) is named back instead of refusing the rest."""
    session = unit.session
    added: list[NominationView] = []
    already: list[str] = []
    for household_id in dict.fromkeys(household_ids):
        existing = programmes.find_nomination(session, programme_id, household_id)
        if existing is not None and existing.status != NominationStatus.WITHDRAWN:
            already.append(household_label(session, get_household(session, household_id)).text)
            continue
        added.append(programmes.nominate(session, programme_id, household_id, reason))
    return Nominated(added, already)


@operation(Permission.EDIT)
def update_nomination(unit: Unit, edit: NominationEdit) -> NominationView:
    row = programmes.get_nomination(unit.session, edit.nomination_id)
    unit.edit(row, edit.version, edit.changes, NOMINATION_TH)
    return programmes.update_nomination(unit.session, row.id, edit.changes)


def _step(unit: Unit, nomination_id: int, version: int | None, to: NominationStatus) -> None:
    """A step of a nomination taken on a stale copy is refused like an edit: the clerk
    sees what the other clerk did to it first."""
    row = programmes.get_nomination(unit.session, nomination_id)
    unit.edit(row, version, {"status": to}, NOMINATION_TH)


@operation(Permission.EDIT)
def check_in_logbook(
    unit: Unit, nomination_id: int, checked_on: dt.date, version: int | None = None
) -> NominationView:
    _step(unit, nomination_id, version, NominationStatus.CHECKED_IN_LOGBOOK)
    return programmes.check_in_logbook(unit.session, nomination_id, checked_on)


@operation(Permission.EDIT)
def approve_nomination(
    unit: Unit,
    nomination_id: int,
    resolution_id: int,
    version: int | None = None,
    confirm_unchecked: bool = False,
) -> NominationView:
    """Approve by a resolution: state order, quota and the household's Logbook status
    checked (approve_by_resolution)."""
    _step(unit, nomination_id, version, NominationStatus.APPROVED)
    return approve_by_resolution(unit, nomination_id, resolution_id, confirm_unchecked)


@operation(Permission.EDIT)
def submit_nomination(
    unit: Unit, nomination_id: int, submitted_on: dt.date, version: int | None = None
) -> NominationView:
    _step(unit, nomination_id, version, NominationStatus.SUBMITTED)
    return programmes.submit_nomination(unit.session, nomination_id, submitted_on)


@operation(Permission.EDIT)
def withdraw_nomination(unit: Unit, nomination_id: int, version: int | None = None) -> NominationView:
    _step(unit, nomination_id, version, NominationStatus.WITHDRAWN)
    return programmes.withdraw_nomination(unit.session, nomination_id)


@operation(Permission.EDIT)
def export_nominations(unit: Unit, programme_id: int, path: Path) -> int:
    return programmes.export_nominations(unit.session, programme_id, path)
