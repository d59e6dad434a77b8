"""Households handed to the provincial centre (ศจพ.จ.) and the list the province receives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from database.enums import AuditAction
from database.models import Escalation, Household, PlanItem, Resolution
from desktop.audit import current_user, record
from desktop.casework.common import (
    OPEN_PLAN_STATUSES,
    address_text,
    check_date,
    check_text,
    get_household,
    head_names,
)
from desktop.errors import NotFoundError, ValidationError
from desktop.households.labels import target_group_text
from desktop.spreadsheets import Column, Sheet, write_workbook
from desktop.thai import thai_date_short


@dataclass(frozen=True)
class EscalationView:
    id: int
    household_id: int
    escalated_on: dt.date
    reason: str
    recorded_by: str
    resolution_id: int | None
    closed_on: dt.date | None
    closed_note: str
    version: int = 1


def _view(row: Escalation) -> EscalationView:
    return EscalationView(
        row.id, row.household_id, row.escalated_on, row.reason, row.recorded_by, row.resolution_id,
        row.closed_on, row.closed_note, row.version,
    )  # fmt: skip


def escalate(
    session: Session,
    household_id: int,
    reason: str,
    escalated_on: dt.date,
    resolution_id: int | None = None,
) -> EscalationView:
    """Hand the household to ศจพ.จ.; refuses a second open escalation of the same household."""
    household = get_household(session, household_id)
    reason = check_text(reason, "เหตุผลที่ส่งต่อ ศจพ.จ.", "reason for escalating to the province")
    check_date(escalated_on, "วันที่ส่งต่อ", "escalation date")
    if resolution_id is not None and session.get(Resolution, resolution_id) is None:
        raise ValidationError("ไม่พบมติที่ประชุมที่อ้างถึง", "The referenced resolution does not exist.")
    open_one = session.scalar(
        select(Escalation.id).where(Escalation.household_id == household_id, Escalation.closed_on.is_(None))
    )
    if open_one is not None:
        raise ValidationError(
            "ครัวเรือนนี้ส่งต่อ ศจพ.จ. อยู่แล้ว และยังไม่ได้ปิดเรื่อง",
            "This household is already escalated to the province and the case is still open.",
        )
    row = Escalation(
        household_id=household_id,
        escalated_on=escalated_on,
        reason=reason,
        recorded_by=current_user(),
        resolution_id=resolution_id,
    )
    session.add(row)
    household.escalated = True
    flag_modified(household, "escalated")  # an UPDATE even if the flag was left set
    # Two clerks escalating the same household at once both found no open escalation; the
    # household's UPDATE … WHERE version = ? lets only the first through.
    try:
        session.flush()
    except StaleDataError:
        raise ValidationError(
            "มีผู้อื่นส่งต่อครัวเรือนนี้ไปยัง ศจพ.จ. พร้อมกัน โปรดเปิดดูอีกครั้ง",
            "Someone else escalated this household at the same moment; look at it again.",
        ) from None
    return _view(row)


def get_escalation(session: Session, escalation_id: int) -> Escalation:
    row = session.get(Escalation, escalation_id)
    if row is None:
        raise NotFoundError("ไม่พบเรื่องที่ส่งต่อ ศจพ.จ.", "The escalation does not exist.")
    return row


def close_escalation(
    session: Session, escalation_id: int, closed_on: dt.date, note: str = ""
) -> EscalationView:
    row = get_escalation(session, escalation_id)
    if row.closed_on is not None:
        raise ValidationError("เรื่องนี้ปิดไปแล้ว", "This escalation is already closed.")
    check_date(closed_on, "วันที่ปิดเรื่อง", "closing date")
    note = check_text(note, "บันทึกการปิดเรื่อง", "closing note")
    if closed_on < row.escalated_on:
        raise ValidationError("วันที่ปิดเรื่องต้องไม่ก่อนวันที่ส่งต่อ", "The closing date cannot be before the escalation.")
    row.closed_on, row.closed_note = closed_on, note
    session.flush()
    still_open = session.scalar(
        select(func.count())
        .select_from(Escalation)
        .where(Escalation.household_id == row.household_id, Escalation.closed_on.is_(None))
    )
    if not still_open:
        household = get_household(session, row.household_id)
        household.escalated = False
    session.flush()
    return _view(row)


def remove_escalation(session: Session, escalation_id: int) -> None:
    """Take back an escalation (a resolution that made it is undone); the household stays
    marked escalated only while another escalation of it is open."""
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


def list_escalations(session: Session, household_id: int) -> list[EscalationView]:
    rows = session.scalars(
        select(Escalation)
        .where(Escalation.household_id == household_id)
        .order_by(Escalation.escalated_on.desc())
    )
    return [_view(r) for r in rows]


@dataclass(frozen=True)
class EscalatedRow:
    escalation_id: int
    household_id: int
    address: str
    head_name: str
    group: str  # "1.1": desktop.households.labels.target_group_text
    escalated_on: dt.date
    reason: str
    open_plan_items: int
    version: int = 1


def escalated_households(session: Session) -> list[EscalatedRow]:
    """Open escalations, oldest first: the list for the province."""
    open_items = (
        select(func.count())
        .select_from(PlanItem)
        .where(PlanItem.household_id == Escalation.household_id, PlanItem.status.in_(OPEN_PLAN_STATUSES))
        .correlate(Escalation)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Escalation.id,
            Escalation.household_id,
            Household.house_no,
            Household.village_no,
            Household.village_name,
            Household.subdistrict,
            Household.target_group,
            Household.target_subgroup,
            Escalation.escalated_on,
            Escalation.reason,
            open_items,
            Escalation.version,
        )
        .join(Household, Household.id == Escalation.household_id)
        .where(Escalation.closed_on.is_(None))
        .order_by(Escalation.escalated_on, Escalation.id)
    ).all()
    names = head_names(session, [r[1] for r in rows])
    return [
        EscalatedRow(
            r[0],
            r[1],
            address_text(r[2], r[3], r[4], r[5]),
            names.get(r[1], ""),
            target_group_text(r[6], r[7]),
            *r[8:],
        )
        for r in rows
    ]


def export_escalated(session: Session, path: Path) -> int:
    columns = [
        Column("ลำดับ", 7), Column("ชื่อ-สกุลหัวหน้าครัวเรือน", 26), Column("ที่อยู่", 36),
        Column("กลุ่มเป้าหมาย", 10), Column("วันที่ส่งต่อ", 14), Column("เหตุผล", 50),
        Column("รายการแผนที่ยังไม่เสร็จ", 14),
    ]  # fmt: skip

    def rows() -> Iterator[list[object]]:
        for index, r in enumerate(escalated_households(session), 1):
            yield [
                index,
                r.head_name,
                r.address,
                r.group,
                thai_date_short(r.escalated_on, False),
                r.reason,
                r.open_plan_items,
            ]

    heading = "บัญชีครัวเรือนที่ส่งต่อศูนย์อำนวยการปฏิบัติการขจัดความยากจนฯ จังหวัด (ศจพ.จ.)"
    count = write_workbook(path, [Sheet("ส่งต่อ ศจพ.จ.", columns, rows(), heading=heading)])
    record(session, AuditAction.EXPORT, "escalation", None, summary=f"ส่งออกบัญชีส่งต่อ ศจพ.จ. {count} ครัวเรือน")
    return count
