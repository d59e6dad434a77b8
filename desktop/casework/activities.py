"""Assistance activities, the Logbook entry queue (what is not yet keyed into TPMAP
Logbook), its xlsx export and marking entries done in bulk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased, selectinload

from database.enums import AuditAction, PlanStatus
from database.models import Activity, Agency, Household, Member, PlanItem, Remedy
from desktop.audit import record
from desktop.casework.common import (
    address_text,
    check_date,
    check_money,
    check_text,
    get_agency,
    get_household,
    get_remedy,
    today,
)
from desktop.errors import NotFoundError, ValidationError
from desktop.spreadsheets import Column, Sheet, write_workbook
from desktop.thai import thai_date_short


@dataclass(frozen=True)
class ActivityInput:
    activity_on: dt.date | None
    description: str
    agency_id: int | None = None
    remedy_id: int | None = None
    plan_item_id: int | None = None
    amount: Decimal | None = None
    in_kind_value: Decimal | None = None
    result: str = ""
    logbook_entered: bool = False
    logbook_entered_on: dt.date | None = None


@dataclass(frozen=True)
class ActivityView:
    id: int
    household_id: int
    activity_on: dt.date
    plan_item_id: int | None
    agency_id: int | None
    agency_name: str
    remedy_id: int | None
    remedy_title: str
    description: str
    amount: Decimal | None
    in_kind_value: Decimal | None
    result: str
    logbook_entered: bool
    logbook_entered_on: dt.date | None
    version: int = 1


def _view(row: Activity) -> ActivityView:
    agency, remedy = row.agency, row.remedy
    return ActivityView(
        row.id, row.household_id, row.activity_on, row.plan_item_id, row.agency_id,
        (agency.short_name or agency.name) if agency else "", row.remedy_id,
        f"{remedy.code} {remedy.title}" if remedy else "", row.description, row.amount,
        row.in_kind_value, row.result, row.logbook_entered, row.logbook_entered_on, row.version,
    )  # fmt: skip


def _validate(
    session: Session, household_id: int, data: ActivityInput, existing: Activity | None
) -> dt.date | None:
    activity_on = check_date(data.activity_on, "วันที่ให้ความช่วยเหลือ", "activity date")
    check_text(data.description, "รายละเอียดการช่วยเหลือ", "description of what was done")
    if data.agency_id is None:
        raise ValidationError("โปรดเลือกหน่วยงานที่ให้ความช่วยเหลือ", "Please choose the agency that helped.")
    get_agency(
        session, data.agency_id, must_be_active=existing is None or existing.agency_id != data.agency_id
    )
    get_remedy(
        session, data.remedy_id, must_be_active=existing is None or existing.remedy_id != data.remedy_id
    )
    check_money(data.amount, "จำนวนเงิน", "amount")
    check_money(data.in_kind_value, "มูลค่าสิ่งของ", "in-kind value")
    if data.plan_item_id is not None:
        item = session.get(PlanItem, data.plan_item_id)
        if item is None or item.household_id != household_id:
            raise ValidationError(
                "รายการในแผนที่เลือกไม่ใช่ของครัวเรือนนี้", "The chosen plan item belongs to another household."
            )
    if not data.logbook_entered:
        return None
    entered_on = data.logbook_entered_on or today()
    check_date(entered_on, "วันที่บันทึกใน Logbook", "Logbook entry date")
    if entered_on < activity_on:
        raise ValidationError(
            "วันที่บันทึกใน Logbook ต้องไม่ก่อนวันที่ให้ความช่วยเหลือ",
            "The Logbook entry date cannot be before the activity date.",
        )
    return entered_on


def _start_plan_item(session: Session, plan_item_id: int | None) -> None:
    """Helping on a planned item means it is now under way."""
    if plan_item_id is None:
        return
    item = session.get(PlanItem, plan_item_id)
    if item is not None and item.status == PlanStatus.PLANNED:
        item.status = PlanStatus.IN_PROGRESS
        session.flush()
        record(
            session, AuditAction.UPDATE, "plan_item", item.id, field="status",
            before=PlanStatus.PLANNED.value, after=PlanStatus.IN_PROGRESS.value,
            summary="เริ่มดำเนินการตามแผน (มีการช่วยเหลือแล้ว)",
        )  # fmt: skip


def add_activity(session: Session, household_id: int, data: ActivityInput) -> ActivityView:
    get_household(session, household_id)
    entered_on = _validate(session, household_id, data, None)
    row = Activity(
        household_id=household_id,
        activity_on=data.activity_on,
        plan_item_id=data.plan_item_id,
        agency_id=data.agency_id,
        remedy_id=data.remedy_id,
        description=data.description.strip(),
        amount=check_money(data.amount, "จำนวนเงิน", "amount"),
        in_kind_value=check_money(data.in_kind_value, "มูลค่าสิ่งของ", "in-kind value"),
        result=data.result.strip(),
        logbook_entered=data.logbook_entered,
        logbook_entered_on=entered_on,
    )
    session.add(row)
    session.flush()
    _start_plan_item(session, data.plan_item_id)
    session.refresh(row)
    return _view(row)


EDITABLE = tuple(ActivityInput.__dataclass_fields__)


def update_activity(session: Session, activity_id: int, changes: Mapping[str, Any]) -> ActivityView:
    """Apply the fields the clerk changed; the activity as a whole must still pass the checks.

    Only the changed fields are written (and the Logbook date the Logbook tick implies), so
    another clerk's change to a field this clerk did not touch stays (the version check is
    the operation's, desktop/casework/ops.py)."""
    row = get_activity(session, activity_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable on an activity: {sorted(unknown)}")
    current = ActivityInput(
        row.activity_on, row.description, row.agency_id, row.remedy_id, row.plan_item_id, row.amount,
        row.in_kind_value, row.result, row.logbook_entered, row.logbook_entered_on,
    )  # fmt: skip
    data = replace(current, **dict(changes))
    entered_on = _validate(session, row.household_id, data, row)
    values = {
        "activity_on": data.activity_on, "description": data.description.strip(),
        "agency_id": data.agency_id, "remedy_id": data.remedy_id, "plan_item_id": data.plan_item_id,
        "amount": check_money(data.amount, "จำนวนเงิน", "amount"),
        "in_kind_value": check_money(data.in_kind_value, "มูลค่าสิ่งของ", "in-kind value"),
        "result": data.result.strip(), "logbook_entered": data.logbook_entered,
        "logbook_entered_on": entered_on,
    }  # fmt: skip
    for name in (*changes, "logbook_entered_on"):  # the date follows the Logbook tick
        if getattr(row, name) != values[name]:
            setattr(row, name, values[name])
    session.flush()
    if "plan_item_id" in changes:
        _start_plan_item(session, data.plan_item_id)
    session.refresh(row)
    return _view(row)


def get_activity(session: Session, activity_id: int) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None:
        raise NotFoundError("ไม่พบกิจกรรมการช่วยเหลือนี้แล้ว", "The activity no longer exists.")
    return row


def list_activities(session: Session, household_id: int) -> list[ActivityView]:
    rows = session.scalars(
        select(Activity)
        .where(Activity.household_id == household_id)
        .options(selectinload(Activity.agency), selectinload(Activity.remedy))
        .order_by(Activity.activity_on.desc(), Activity.id.desc())
    )
    return [_view(r) for r in rows]


# --- the Logbook entry queue -------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    activity_id: int
    household_id: int
    address: str
    head_name: str
    head_national_id: str
    activity_on: dt.date
    agency: str
    remedy: str
    description: str
    amount: Decimal | None
    in_kind_value: Decimal | None
    result: str
    logbook_entered: bool
    logbook_entered_on: dt.date | None


def _queue_query(not_in_logbook: bool) -> Any:
    head = aliased(Member)
    head_id = (
        select(Member.id)
        .where(Member.household_id == Activity.household_id)
        .order_by(Member.is_head.desc(), Member.sort_order, Member.id)
        .limit(1)
        .correlate(Activity)
        .scalar_subquery()
    )
    query = (
        select(
            Activity.id,
            Activity.household_id,
            Household.house_no,
            Household.village_no,
            Household.village_name,
            Household.subdistrict,
            head.title,
            head.first_name,
            head.last_name,
            head.national_id,
            Activity.activity_on,
            Agency.short_name,
            Agency.name,
            Remedy.code,
            Remedy.title,
            Activity.description,
            Activity.amount,
            Activity.in_kind_value,
            Activity.result,
            Activity.logbook_entered,
            Activity.logbook_entered_on,
        )
        .join(Household, Household.id == Activity.household_id)
        .outerjoin(head, head.id == head_id)
        .outerjoin(Agency, Agency.id == Activity.agency_id)
        .outerjoin(Remedy, Remedy.id == Activity.remedy_id)
    )
    if not_in_logbook:
        query = query.where(Activity.logbook_entered.is_(False))
    return query


def _queue_row(r: Any) -> QueueRow:
    (aid, hid, house_no, village_no, village_name, subdistrict, title, first, last, nid, on,
     agency_short, agency_name, code, remedy_title, description, amount, in_kind, result,
     entered, entered_on) = r  # fmt: skip
    return QueueRow(
        activity_id=aid,
        household_id=hid,
        address=address_text(
            str(house_no or ""), village_no, str(village_name or ""), str(subdistrict or "")
        ),
        head_name=f"{title or ''}{first or ''} {last or ''}".strip(),
        head_national_id=str(nid or ""),
        activity_on=on,
        agency=str(agency_short or agency_name or ""),
        remedy=f"{code} {remedy_title}" if code else "",
        description=str(description or ""),
        amount=amount,
        in_kind_value=in_kind,
        result=str(result or ""),
        logbook_entered=bool(entered),
        logbook_entered_on=entered_on,
    )


def queue_count(session: Session) -> int:
    """Activities not yet entered in TPMAP Logbook."""
    return (
        session.scalar(select(func.count()).select_from(Activity).where(Activity.logbook_entered.is_(False)))
        or 0
    )


def queue_page(session: Session, offset: int = 0, limit: int = 200) -> list[QueueRow]:
    """One page of the queue, oldest activity first (the order a clerk keys them in)."""
    # The page's ids first (an index-only walk of ix_activity_queue), then their details:
    # the head-of-household lookup runs for 200 rows, not for every row skipped by OFFSET.
    ids = list(
        session.scalars(
            select(Activity.id)
            .where(Activity.logbook_entered.is_(False))
            .order_by(Activity.activity_on, Activity.id)
            .offset(offset)
            .limit(limit)
        )
    )
    if not ids:
        return []
    query = _queue_query(True).where(Activity.id.in_(ids)).order_by(Activity.activity_on, Activity.id)
    return [_queue_row(r) for r in session.execute(query)]


def queue_ids(session: Session) -> list[int]:
    query = (
        select(Activity.id)
        .where(Activity.logbook_entered.is_(False))
        .order_by(Activity.activity_on, Activity.id)
    )
    return list(session.scalars(query))


def iter_activities(session: Session, not_in_logbook: bool, batch: int = 2000) -> Iterator[QueueRow]:
    query = _queue_query(not_in_logbook).order_by(Activity.activity_on, Activity.id)
    for r in session.execute(query.execution_options(yield_per=batch)):
        yield _queue_row(r)


def mark_entered(session: Session, activity_ids: Sequence[int], entered_on: dt.date | None = None) -> int:
    """Mark activities as keyed into Logbook; returns how many changed (already-entered ones are left)."""
    entered_on = check_date(entered_on or today(), "วันที่บันทึกใน Logbook", "Logbook entry date")
    ids = sorted(set(activity_ids))
    if not ids:
        raise ValidationError(
            "โปรดเลือกกิจกรรมที่บันทึกใน Logbook แล้ว", "Please select the activities entered in Logbook."
        )
    changed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        too_early = session.scalar(
            select(func.count())
            .select_from(Activity)
            .where(
                Activity.id.in_(chunk), Activity.logbook_entered.is_(False), Activity.activity_on > entered_on
            )
        )
        if too_early:
            raise ValidationError(
                "วันที่บันทึกใน Logbook ต้องไม่ก่อนวันที่ให้ความช่วยเหลือของกิจกรรมที่เลือก",
                "The Logbook entry date is before the date of some selected activities.",
            )
        result = session.execute(
            update(Activity)
            .where(Activity.id.in_(chunk), Activity.logbook_entered.is_(False))
            # a new version: a form loaded before this mark cannot save its old Logbook tick over it
            .values(logbook_entered=True, logbook_entered_on=entered_on, version=Activity.version + 1)
            .execution_options(synchronize_session=False)
        )
        changed += result.rowcount or 0  # type: ignore[attr-defined]
    record(
        session, AuditAction.UPDATE, "activity", None, field="logbook_entered", after=ids[:1000],
        summary=f"บันทึกใน TPMAP Logbook แล้ว {changed} กิจกรรม",
    )  # fmt: skip
    session.expire_all()
    return changed


EXPORT_COLUMNS = [
    Column("ลำดับ", 7),
    Column("รหัสกิจกรรม", 10, text=True),
    Column("เลขประจำตัวประชาชนหัวหน้าครัวเรือน", 20, text=True),
    Column("ชื่อ-สกุลหัวหน้าครัวเรือน", 26),
    Column("ที่อยู่", 34),
    Column("วันที่ช่วยเหลือ", 14),
    Column("หน่วยงาน", 14),
    Column("เมนูแก้จน", 34),
    Column("การช่วยเหลือ", 40),
    Column("จำนวนเงิน (บาท)", 14, number_format="#,##0.00"),
    Column("มูลค่าสิ่งของ (บาท)", 14, number_format="#,##0.00"),
    Column("ผลการช่วยเหลือ", 30),
    Column("บันทึกใน Logbook", 14),
]


def export_activities(session: Session, path: Path, not_in_logbook: bool = False) -> int:
    """Write activities (or just the Logbook queue) to xlsx for keying into Logbook."""

    def rows() -> Iterator[list[object]]:
        for index, row in enumerate(iter_activities(session, not_in_logbook), 1):
            entered = thai_date_short(row.logbook_entered_on, False) if row.logbook_entered_on else ""
            yield [
                index, str(row.activity_id), row.head_national_id, row.head_name, row.address,
                thai_date_short(row.activity_on, False), row.agency, row.remedy, row.description,
                row.amount, row.in_kind_value, row.result,
                entered if row.logbook_entered else "ยังไม่บันทึก",
            ]  # fmt: skip

    heading = "กิจกรรมที่ยังไม่ได้บันทึกใน TPMAP Logbook" if not_in_logbook else "กิจกรรมการช่วยเหลือครัวเรือน"
    count = write_workbook(path, [Sheet("กิจกรรม", EXPORT_COLUMNS, rows(), heading=heading)])
    record(
        session, AuditAction.EXPORT, "activity", None, summary=f"ส่งออกกิจกรรม {count} รายการ ไปที่ {path.name}"
    )
    return count
