"""Households' operations and queries: the only way the window and the CLI read and change them.

Edits carry the version their form loaded and only the fields the clerk changed, so that
a save never overwrites what another clerk saved meanwhile in a field this clerk did not
touch, and a save on a stale copy is refused with both versions (desktop/operations.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from database.enums import AuditAction
from database.models import Household, Member
from desktop.casework import programmes
from desktop.errors import NotFoundError
from desktop.households import editing, export, listing, merged, printed, reconcile
from desktop.households.importing import columns
from desktop.households.importing.merge import FIELD_TH
from desktop.operations import Unit, operation, query
from desktop.progress import NO_PROGRESS, Progress
from desktop.safety.access import Permission
from desktop.settings import Settings


@dataclass(frozen=True)
class HouseholdEdit:
    """The address and targeting fields a clerk changed, on the copy loaded at version."""

    household_id: int
    version: int
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MemberEdit:
    """A new member (member_id None, changes holds every field) or the fields changed of one."""

    household_id: int
    member_id: int | None = None
    version: int | None = None
    changes: Mapping[str, Any] = field(default_factory=dict)


def _household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError(f"ไม่พบครัวเรือนรหัส {household_id}", f"There is no household {household_id}.")
    return household


def _member(session: Session, household_id: int, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.household_id != household_id:
        raise NotFoundError(
            "ไม่พบสมาชิกคนนี้ (อาจถูกลบไปแล้ว)", "This member no longer exists (someone may have removed them)."
        )
    return member


# --- reads -----------------------------------------------------------------------------------

load_household = query(editing.load_household)
history = query(editing.history)
filter_choices = query(listing.filter_choices)
ordered_ids = query(listing.ordered_ids)
load_rows = query(listing.load_rows)
find_households = query(listing.find)  # the household picker: name, ID, house no., village
mapping_names = query(columns.mapping_names)


# --- changes ---------------------------------------------------------------------------------


@operation(Permission.EDIT)
def update_household(unit: Unit, edit: HouseholdEdit) -> int:
    """Apply the changed fields; returns how many changed. Stale copy: ConflictError."""
    household = _household(unit.session, edit.household_id)
    unit.edit(household, edit.version, edit.changes, FIELD_TH)
    return editing.update_household(unit.session, household.id, dict(edit.changes), household)


@operation(Permission.EDIT)
def save_member(unit: Unit, edit: MemberEdit) -> int:
    """Add a member or apply the changed fields of one; returns the member's id."""
    _household(unit.session, edit.household_id)
    if edit.member_id is None:
        data = editing.MemberData(**dict(edit.changes))
    else:
        member = _member(unit.session, edit.household_id, edit.member_id)
        unit.edit(member, edit.version, edit.changes, FIELD_TH)
        data = dataclasses.replace(editing._member_data(member), **dict(edit.changes))
    return editing.save_member(unit.session, edit.household_id, data)


@operation(Permission.EDIT)
def remove_member(unit: Unit, household_id: int, member_id: int, version: int | None) -> None:
    member = _member(unit.session, household_id, member_id)
    unit.edit(member, version, {})
    editing.remove_member(unit.session, household_id, member_id)


@operation(Permission.EDIT)
def export_households(unit: Unit, path: Path, filters: export.HouseholdFilter | None = None) -> int:
    """The household list as xlsx (IDs as text); the export is audited."""
    return export.export_households(unit.session, path, filters)


@operation(Permission.EDIT)
def export_household_list(
    unit: Unit,
    path: Path,
    filters: export.HouseholdFilter | None = None,
    settings: Settings | None = None,
) -> int:
    """The printable household list (.xlsx, .pdf or .docx, IDs masked); audited."""
    return printed.export_household_list(unit.session, path, filters, settings)


@operation(Permission.EDIT)
def save_mapping(unit: Unit, name: str, mapping: columns.Mapping) -> None:
    """Remember a clerk-corrected column mapping by name for the next file of that shape."""
    columns.save_mapping(unit.session, name, mapping)


@query
def merged_by_address(session: Session) -> list[merged.MergedHousehold]:
    """Households an earlier import merged by address alone, for the clerk to review (#18)."""
    return merged.merged_by_address(session)


@operation(Permission.EDIT)
def split_household(unit: Unit, household_id: int) -> list[int]:
    """Each member but the head becomes the head of a household of their own; the new ids."""
    return merged.split_household(unit.session, household_id)


@operation(Permission.EDIT)
def keep_together(unit: Unit, household_id: int) -> None:
    """The clerk says the members are one household: it leaves the merged-by-address list."""
    merged.keep_together(unit.session, household_id)


# --- TPMAP Logbook ----------------------------------------------------------------------------


@query
def preview_logbook(session: Session, export: reconcile.LogbookExport) -> reconcile.LogbookPreview:
    """What the export would change, with the open nominations it would mark checked."""
    preview = reconcile.preview(session, export)
    found = [row.household_id for row in preview.found]
    awaiting = programmes.nominations_awaiting_check(session, found)
    return dataclasses.replace(preview, nominations=len(awaiting))


@operation(Permission.EDIT)
def reconcile_logbook(
    unit: Unit,
    export: reconcile.LogbookExport,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> reconcile.ReconcileResult:
    """Mark every household found / not found in a Logbook export, in one transaction (Cancel
    through progress rolls it all back); the statuses are matched again as the register is now.
    The open nominations of the households found become "checked in Logbook" (casework's rule)."""
    result = reconcile.apply(unit.session, export, today, progress)
    result.nominations_checked = programmes.check_found_in_logbook(
        unit.session, result.found_ids, today or dt.date.today(), export.file_name
    )
    unit.changed("household", result.changed_ids)
    unit.changed("nomination", result.nominations_checked)
    unit.record(
        AuditAction.IMPORT,
        "household",
        summary=f"นำเข้าผล Logbook {export.file_name}: {result.summary('th')}",
    )
    return result
