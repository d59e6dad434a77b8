"""The household plan: remedies from the menu (or free text), agency, due date, status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.enums import AuditAction, PlanStatus
from database.models import PlanItem
from desktop.audit import record
from desktop.casework.common import (
    OPEN_PLAN_STATUSES,
    PLAN_STATUS_TH,
    check_date,
    get_agency,
    get_household,
    get_remedy,
    today,
)
from desktop.errors import NotFoundError, ValidationError

# Where a plan item may go from each status (reopening a finished item is allowed).
TRANSITIONS: dict[PlanStatus, set[PlanStatus]] = {
    PlanStatus.PLANNED: {PlanStatus.IN_PROGRESS, PlanStatus.DONE, PlanStatus.HANDED_TO_PROVINCE},
    PlanStatus.IN_PROGRESS: {PlanStatus.PLANNED, PlanStatus.DONE, PlanStatus.HANDED_TO_PROVINCE},
    PlanStatus.DONE: {PlanStatus.IN_PROGRESS},
    PlanStatus.HANDED_TO_PROVINCE: {PlanStatus.IN_PROGRESS},
}


@dataclass(frozen=True)
class PlanItemInput:
    due_on: dt.date | None
    remedy_id: int | None = None
    free_remedy: str = ""
    agency_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class PlanItemView:
    id: int
    household_id: int
    remedy_id: int | None
    remedy_code: str
    free_remedy: str
    what: str  # the remedy's title, or the free remedy
    agency_id: int | None
    agency_name: str
    due_on: dt.date | None
    status: PlanStatus
    note: str
    version: int

    @property
    def status_th(self) -> str:
        return PLAN_STATUS_TH[self.status]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_PLAN_STATUSES

    def overdue(self, on: dt.date | None = None) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < (on or today())


def plan_item_view(row: PlanItem) -> PlanItemView:
    remedy, agency = row.remedy, row.agency
    what = row.free_remedy or (remedy.title if remedy else "")
    return PlanItemView(
        row.id, row.household_id, row.remedy_id, remedy.code if remedy else "", row.free_remedy, what,
        row.agency_id, (agency.short_name or agency.name) if agency else "", row.due_on, row.status,
        row.note, row.version,
    )  # fmt: skip


def _validate(
    session: Session, data: PlanItemInput, *, existing: PlanItem | None = None, due_required: bool = True
) -> int | None:
    """Checks the input; returns the agency to use (the remedy's default when none is chosen).

    A resolution may assign a remedy without a due date (due_required False)."""
    free = data.free_remedy.strip()
    if data.remedy_id is None and not free:
        raise ValidationError(
            "โปรดเลือกรายการจากเมนูแก้จน หรือพิมพ์วิธีแก้ไขเองเมื่อไม่มีรายการที่เหมาะสม",
            "Choose a remedy from the menu, or type a free remedy when none fits.",
        )
    if data.remedy_id is not None and free:
        raise ValidationError(
            "เลือกจากเมนูแก้จนหรือพิมพ์วิธีแก้ไขเองอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง",
            "Choose a remedy from the menu or type a free one, not both.",
        )
    keep_remedy = existing is not None and existing.remedy_id == data.remedy_id
    remedy = get_remedy(session, data.remedy_id, must_be_active=not keep_remedy)
    keep_agency = existing is not None and existing.agency_id == data.agency_id
    agency = get_agency(session, data.agency_id, must_be_active=not keep_agency)
    agency_id = agency.id if agency else (remedy.default_agency_id if remedy else None)
    if agency_id is None:
        raise ValidationError("โปรดเลือกหน่วยงานที่รับผิดชอบ", "Please choose the responsible agency.")
    if due_required or data.due_on is not None:
        check_date(data.due_on, "วันที่กำหนดเสร็จ", "due date", allow_future=True)
    if len(free) > 255:
        raise ValidationError("วิธีแก้ไขยาวเกิน ๒๕๕ ตัวอักษร", "The free remedy is longer than 255 characters.")
    return agency_id


def get_plan_item(session: Session, item_id: int) -> PlanItem:
    row = session.get(PlanItem, item_id)
    if row is None:
        raise NotFoundError("ไม่พบรายการในแผนครัวเรือนนี้แล้ว", "The plan item no longer exists.")
    return row


def add_plan_item(
    session: Session, household_id: int, data: PlanItemInput, resolution_id: int | None = None
) -> PlanItemView:
    """A new item of the plan (planned); resolution_id when a committee resolution assigned it."""
    get_household(session, household_id)
    agency_id = _validate(session, data, due_required=resolution_id is None)
    row = PlanItem(
        household_id=household_id,
        remedy_id=data.remedy_id,
        free_remedy=data.free_remedy.strip(),
        agency_id=agency_id,
        due_on=data.due_on,
        note=data.note.strip(),
        status=PlanStatus.PLANNED,
        resolution_id=resolution_id,
    )
    session.add(row)
    session.flush()
    session.refresh(row)
    view = plan_item_view(row)
    return view


EDITABLE = ("remedy_id", "free_remedy", "agency_id", "due_on", "note")


def update_plan_item(session: Session, item_id: int, changes: Mapping[str, Any]) -> PlanItemView:
    """Apply the fields the clerk changed; the item as a whole must still pass the checks.

    Only the changed fields are written, so another clerk's change to a field this clerk
    did not touch stays (the version check is the operation's, desktop/casework/ops.py)."""
    row = get_plan_item(session, item_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable on a plan item: {sorted(unknown)}")
    current = PlanItemInput(row.due_on, row.remedy_id, row.free_remedy, row.agency_id, row.note)
    data = replace(current, **dict(changes))
    agency_id = _validate(session, data, existing=row, due_required=row.resolution_id is None)
    values = {
        "remedy_id": data.remedy_id, "free_remedy": data.free_remedy.strip(), "agency_id": agency_id,
        "due_on": data.due_on, "note": data.note.strip(),
    }  # fmt: skip
    for name in (*changes, "agency_id"):  # the agency may follow a newly chosen remedy
        if getattr(row, name) != values[name]:
            setattr(row, name, values[name])
    session.flush()
    session.refresh(row)
    return plan_item_view(row)


def remove_plan_item(session: Session, item_id: int) -> None:
    """Take an item off the plan (a resolution that assigned it is undone)."""
    session.delete(get_plan_item(session, item_id))
    session.flush()


def set_plan_status(session: Session, item_id: int, status: PlanStatus) -> PlanItemView:
    row = get_plan_item(session, item_id)
    status = PlanStatus(status)
    if status == row.status:
        return plan_item_view(row)
    if status not in TRANSITIONS[row.status]:
        raise ValidationError(
            f"เปลี่ยนสถานะจาก “{PLAN_STATUS_TH[row.status]}” เป็น “{PLAN_STATUS_TH[status]}” ไม่ได้",
            f"A plan item cannot go from {row.status.value} to {status.value}.",
        )
    before = row.status
    row.status = status
    session.flush()
    session.refresh(row)
    view = plan_item_view(row)
    record(
        session, AuditAction.UPDATE, "plan_item", row.id, field="status",
        before=before.value, after=status.value,
        summary=f"{view.what}: {PLAN_STATUS_TH[before]} → {PLAN_STATUS_TH[status]}",
    )  # fmt: skip
    return view


def list_plan(session: Session, household_id: int) -> list[PlanItemView]:
    rows = session.scalars(
        select(PlanItem)
        .where(PlanItem.household_id == household_id)
        .options(selectinload(PlanItem.remedy), selectinload(PlanItem.agency))
        .order_by(PlanItem.due_on.is_(None), PlanItem.due_on, PlanItem.id)
    )
    return [plan_item_view(r) for r in rows]
