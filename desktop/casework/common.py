"""What the casework services share: lookups, validation helpers, Thai labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import MpiDimension, NominationStatus, PlanStatus, Stage
from database.models import Agency, Household, Member, Remedy
from desktop.errors import NotFoundError, ValidationError

STAGE_TH = {
    Stage.HARDSHIP: "อยู่ลำบาก",
    Stage.DIFFICULT: "อยู่ยาก",
    Stage.MANAGEABLE: "อยู่พอได้",
    Stage.WELL: "อยู่ดี",
}
DIMENSION_TH = {
    MpiDimension.HEALTH: "สุขภาพ",
    MpiDimension.LIVING: "ความเป็นอยู่",
    MpiDimension.EDUCATION: "การศึกษา",
    MpiDimension.INCOME: "รายได้",
    MpiDimension.ACCESS: "การเข้าถึงบริการรัฐ",
}
PLAN_STATUS_TH = {
    PlanStatus.PLANNED: "วางแผนแล้ว",
    PlanStatus.IN_PROGRESS: "กำลังดำเนินการ",
    PlanStatus.DONE: "เสร็จแล้ว",
    PlanStatus.HANDED_TO_PROVINCE: "ส่งต่อจังหวัด",
}
# The one Thai name of each nomination status: reports, audit and errors read this; the window's
# Thai catalogue (ui.casework.common.Labels) must say the same (tests/casework/test_labels_agree.py).
NOMINATION_STATUS_TH = {
    NominationStatus.NOMINATED: "เสนอชื่อแล้ว",
    NominationStatus.CHECKED_IN_LOGBOOK: "ตรวจสอบใน Logbook แล้ว",
    NominationStatus.APPROVED: "ที่ประชุมเห็นชอบแล้ว",
    NominationStatus.SUBMITTED: "ส่งจังหวัดแล้ว",
    NominationStatus.WITHDRAWN: "ถอนชื่อ",
}
# The same names in English (the window's English mode, the audit log); the window's Labels agree.
PLAN_STATUS_EN = {
    PlanStatus.PLANNED: "planned",
    PlanStatus.IN_PROGRESS: "in progress",
    PlanStatus.DONE: "done",
    PlanStatus.HANDED_TO_PROVINCE: "handed to the province",
}
NOMINATION_STATUS_EN = {
    NominationStatus.NOMINATED: "nominated",
    NominationStatus.CHECKED_IN_LOGBOOK: "checked in Logbook",
    NominationStatus.APPROVED: "approved by resolution",
    NominationStatus.SUBMITTED: "submitted",
    NominationStatus.WITHDRAWN: "withdrawn",
}
OPEN_PLAN_STATUSES = (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)


def today() -> dt.date:
    return dt.date.today()


def get_household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError(
            f"ไม่พบครัวเรือนรหัส {household_id} ในทะเบียน", f"Household {household_id} is not in the register."
        )
    return household


def get_agency(session: Session, agency_id: int | None, *, must_be_active: bool = True) -> Agency | None:
    if agency_id is None:
        return None
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise ValidationError("ไม่พบหน่วยงานที่เลือก", "The chosen agency does not exist.")
    if must_be_active and not agency.active:
        raise ValidationError(
            f"หน่วยงาน {agency.name} ถูกยกเลิกการใช้งานแล้ว โปรดเลือกหน่วยงานอื่น",
            f"The agency {agency.name} is no longer in use; choose another one.",
        )
    return agency


def get_remedy(session: Session, remedy_id: int | None, *, must_be_active: bool = True) -> Remedy | None:
    if remedy_id is None:
        return None
    remedy = session.get(Remedy, remedy_id)
    if remedy is None:
        raise ValidationError("ไม่พบรายการในเมนูแก้จนที่เลือก", "The chosen remedy does not exist.")
    if must_be_active and not remedy.active:
        raise ValidationError(
            f"เมนูแก้จน {remedy.code} ถูกยกเลิกการใช้งานแล้ว โปรดเลือกรายการอื่น",
            f"The remedy {remedy.code} is no longer in use; choose another one.",
        )
    return remedy


def check_date(value: dt.date | None, th_field: str, en_field: str, *, allow_future: bool = False) -> dt.date:
    if value is None:
        raise ValidationError(f"โปรดระบุ{th_field}", f"Please give the {en_field}.")
    if not allow_future and value > today():
        raise ValidationError(f"{th_field}ต้องไม่เป็นวันในอนาคต", f"The {en_field} cannot be in the future.")
    if value.year < 1950 or value.year > 2200:
        raise ValidationError(
            f"{th_field}ไม่ถูกต้อง (โปรดใช้ปีคริสต์ศักราชในระบบ)", f"The {en_field} is not a plausible date."
        )
    return value


def check_text(value: str, th_field: str, en_field: str, *, limit: int = 0) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(f"โปรดกรอก{th_field}", f"Please fill in the {en_field}.")
    if limit and len(value) > limit:
        raise ValidationError(
            f"{th_field}ยาวเกิน {limit} ตัวอักษร", f"The {en_field} is longer than {limit} characters."
        )
    return value


def check_money(value: Decimal | None, th_field: str, en_field: str) -> Decimal | None:
    if value is None:
        return None
    if value < 0:
        raise ValidationError(f"{th_field}ต้องไม่ติดลบ", f"The {en_field} cannot be negative.")
    if value >= Decimal("1000000000000"):
        raise ValidationError(f"{th_field}สูงเกินไป", f"The {en_field} is too large.")
    return value.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class HouseholdLabel:
    household_id: int
    address: str  # บ้านเลขที่ 12 หมู่ 3 บ้านใหม่ ต.เวียงทอง
    head_name: str

    @property
    def text(self) -> str:
        return f"{self.address} ({self.head_name})" if self.head_name else self.address


def address_text(house_no: str, village_no: int | None, village_name: str, subdistrict: str) -> str:
    parts = [f"บ้านเลขที่ {house_no}" if house_no else "ไม่มีบ้านเลขที่"]
    if village_no is not None:
        parts.append(f"หมู่ {village_no}")
    if village_name:
        parts.append(village_name)
    if subdistrict:
        parts.append(f"ต.{subdistrict}")
    return " ".join(parts)


def head_names(session: Session, household_ids: list[int]) -> dict[int, str]:
    """The head's name per household (the first member when nobody is marked head)."""
    names: dict[int, str] = {}
    if not household_ids:
        return names
    rows = session.execute(
        select(Member.household_id, Member.title, Member.first_name, Member.last_name, Member.is_head)
        .where(Member.household_id.in_(household_ids))
        .order_by(Member.household_id, Member.is_head.desc(), Member.sort_order, Member.id)
    )
    for household_id, title, first, last, _is_head in rows:
        names.setdefault(household_id, f"{title}{first} {last}".strip())
    return names


def household_label(session: Session, household: Household) -> HouseholdLabel:
    address = address_text(
        household.house_no, household.village_no, household.village_name, household.subdistrict
    )
    return HouseholdLabel(household.id, address, head_names(session, [household.id]).get(household.id, ""))
