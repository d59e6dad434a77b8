"""The clerk's edits to one household and its members: validated, audited field by field.

Every change goes to the audit log (who, when, field, before, after); ``history`` reads it back,
including the import that created the household.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from database.enums import AuditAction, LogbookStatus, Sex
from database.models import AuditEntry, Household, Member
from desktop.audit import record
from desktop.errors import NotFoundError, ValidationError
from desktop.households.importing.merge import FIELD_TH
from desktop.households.search import household_search_text
from desktop.incoming import check_model_text
from desktop.thai import is_valid_national_id, mask_national_id, normalize_national_id

ADDRESS_FIELDS = (
    "house_no", "village_no", "village_name", "subdistrict", "district", "province", "postcode", "house_code",
    "target_group", "target_subgroup", "welfare_card", "income_per_person", "vulnerable", "notes",
)  # fmt: skip


@dataclass
class MemberData:
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    national_id: str = ""
    age: int | None = None
    sex: Sex = Sex.UNKNOWN
    relation: str = ""
    is_head: bool = False
    elderly: bool = False
    disabled: bool = False
    bedridden: bool = False
    child: bool = False
    id: int | None = None
    version: int | None = None  # the version the form loaded (None for a new member)

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


@dataclass
class HouseholdData:
    id: int
    values: dict[str, Any]
    members: list[MemberData] = field(default_factory=list)
    logbook_status: LogbookStatus = LogbookStatus.NOT_CHECKED
    logbook_status_on: dt.date | None = None
    source: str = ""
    version: int = 1


@dataclass
class HistoryEntry:
    at: dt.datetime
    user: str
    action: str
    what: str  # the field in Thai, or the member
    before: str
    after: str
    summary: str


MEMBER_EDITABLE = [f.name for f in fields(MemberData) if f.name not in {"id", "version"}]


def _household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError(f"ไม่พบครัวเรือนรหัส {household_id}", f"There is no household {household_id}.")
    return household


def _member_data(member: Member) -> MemberData:
    return MemberData(
        **{name: getattr(member, name) for name in MEMBER_EDITABLE if name != "national_id"},
        national_id=member.national_id or "",
        id=member.id,
        version=member.version,
    )


def load_household(session: Session, household_id: int) -> HouseholdData:
    household = _household(session, household_id)
    return HouseholdData(
        id=household.id,
        values={name: getattr(household, name) for name in ADDRESS_FIELDS},
        members=[_member_data(m) for m in household.members],
        logbook_status=household.logbook_status,
        logbook_status_on=household.logbook_status_on,
        source=household.source,
        version=household.version,
    )


def _validate_household(values: dict[str, Any]) -> None:
    check_model_text(Household, values, FIELD_TH)  # never more than the column holds
    group = values.get("target_group")
    if group is not None and group not in (1, 2, 3, 4):
        raise ValidationError("กลุ่มเป้าหมายต้องเป็น 1 ถึง 4", "The target group must be 1 to 4.")
    village = values.get("village_no")
    if village is not None and not 1 <= village <= 99:
        raise ValidationError("หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99", "The village number must be 1 to 99.")
    income = values.get("income_per_person")
    if income is not None and income < 0:
        raise ValidationError("รายได้ต้องไม่ติดลบ", "Income cannot be negative.")
    code = values.get("house_code")
    if code and (len(code) != 11 or not code.isdigit()):
        raise ValidationError("รหัสประจำบ้านต้องเป็นตัวเลข 11 หลัก", "The house code must be 11 digits.")


def update_household(
    session: Session, household_id: int, values: dict[str, Any], household: Household | None = None
) -> int:
    """Apply the changed address/target fields; returns how many fields changed.

    The audit entry (each field before and after) is the change tracking's row diff.
    """
    household = household or _household(session, household_id)
    unknown = set(values) - set(ADDRESS_FIELDS)
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if values.get("house_code") == "":
        values = {**values, "house_code": None}
    _validate_household(values)
    changed = 0
    for name, after in values.items():
        before = getattr(household, name)
        if before == after:
            continue
        setattr(household, name, after)
        changed += 1
    if changed:
        with session.no_autoflush:  # one UPDATE (one new version), not one before reading members
            household.search_text = household_search_text(household)
    return changed


def _validate_member(
    session: Session, household: Household, data: MemberData, member_id: int | None
) -> str | None:
    if not data.first_name.strip():
        raise ValidationError("โปรดกรอกชื่อ", "Enter the first name.")
    check_model_text(Member, {name: getattr(data, name) for name in MEMBER_EDITABLE}, FIELD_TH)
    national_id = normalize_national_id(data.national_id)
    if not national_id:
        if household.target_group != 4:
            raise ValidationError(
                "โปรดกรอกเลขประจำตัวประชาชน (เว้นได้เฉพาะครัวเรือนกลุ่มเป้าหมายที่ 4)",
                "Enter the national ID (only target group 4 may have none).",
            )
        return None
    if len(national_id) != 13 or not national_id.isdigit():
        raise ValidationError("เลขประจำตัวประชาชนต้องมี 13 หลัก", "The national ID must have 13 digits.")
    if not is_valid_national_id(national_id):
        raise ValidationError(
            "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)",
            "The national ID is not valid (its check digit does not match).",
        )
    other = session.scalar(
        select(Member).where(Member.national_id == national_id, Member.id != (member_id or 0))
    )
    if other is not None:
        raise ValidationError(
            f"เลขประจำตัวประชาชนนี้เป็นของ {other.full_name} ในทะเบียนแล้ว",
            f"This national ID already belongs to {other.full_name} in the register.",
        )
    if data.age is not None and not 0 <= data.age <= 130:
        raise ValidationError("อายุไม่สมเหตุสมผล", "The age is not plausible.")
    return national_id


def save_member(session: Session, household_id: int, data: MemberData) -> int:
    """Add (data.id is None) or edit a member; returns its id."""
    household = _household(session, household_id)
    national_id = _validate_member(session, household, data, data.id)
    values = {name: getattr(data, name) for name in MEMBER_EDITABLE}
    values["national_id"] = national_id
    values["first_name"] = " ".join(data.first_name.split())
    values["last_name"] = " ".join(data.last_name.split())
    if data.id is None:
        member = Member(**values, sort_order=max((m.sort_order for m in household.members), default=-1) + 1)
        household.members.append(member)
        session.flush()
    else:
        found = next((m for m in household.members if m.id == data.id), None)
        if found is None:
            raise NotFoundError(f"ไม่พบสมาชิกรหัส {data.id}", f"There is no member {data.id}.")
        member = found
        for name, after in values.items():
            if getattr(member, name) != after:
                setattr(member, name, after)
    if member.is_head:
        for other in household.members:
            if other is not member and other.is_head:
                other.is_head = False
    household.search_text = household_search_text(household)
    session.flush()
    return member.id


def remove_member(session: Session, household_id: int, member_id: int) -> None:
    household = _household(session, household_id)
    member = next((m for m in household.members if m.id == member_id), None)
    if member is None:
        raise NotFoundError(f"ไม่พบสมาชิกรหัส {member_id}", f"There is no member {member_id}.")
    # Said on the household too: the member's own entry names a row that no longer exists.
    record(
        session, AuditAction.DELETE, "household", household.id, field="member",
        before=member.full_name, summary="ลบสมาชิก",
    )  # fmt: skip
    household.members.remove(member)
    household.search_text = household_search_text(household)
    session.flush()


ACTION_TH = {
    AuditAction.CREATE: "เพิ่ม",
    AuditAction.UPDATE: "แก้ไข",
    AuditAction.DELETE: "ลบ",
    AuditAction.IMPORT: "นำเข้า",
}


HIDDEN_IN_HISTORY = frozenset({"search_text", "imported", "version", "updated_at", "created_at"})


def _shown(name: str, value: Any) -> str:
    """A value as the History tab shows it: national IDs masked (PDPA), yes/no in Thai."""
    if value is None:
        return ""
    if value is True:
        return "ใช่"
    if value is False:
        return "ไม่ใช่"
    if name == "national_id" and isinstance(value, str):
        return mask_national_id(normalize_national_id(value) or value)
    if isinstance(value, dict):
        return ", ".join(f"{FIELD_TH.get(k, k)} {_shown(k, v)}" for k, v in value.items() if k in FIELD_TH)
    return str(value)


def _field_rows(entry: AuditEntry) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for each field an entry changed: a row diff has one per field."""
    if entry.field or entry.action != AuditAction.UPDATE or not isinstance(entry.after, dict):
        return [(entry.field, entry.before, entry.after)]
    before = entry.before if isinstance(entry.before, dict) else {}
    return [
        (name, before.get(name), after)
        for name, after in entry.after.items()
        if name not in HIDDEN_IN_HISTORY
    ]


def history(session: Session, household_id: int) -> list[HistoryEntry]:
    """Everything recorded about this household and its members, newest first."""
    names = dict(
        session.execute(select(Member.id, Member.first_name).where(Member.household_id == household_id)).all()
    )
    query = select(AuditEntry).where(
        or_(
            (AuditEntry.entity == "household") & (AuditEntry.entity_id == household_id),
            (AuditEntry.entity == "member") & AuditEntry.entity_id.in_(list(names) or [0]),
            (AuditEntry.entity == "household")
            & AuditEntry.entity_id.is_(None)
            & (AuditEntry.action == AuditAction.IMPORT),
        )
    )
    entries = []
    for entry in session.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())):
        if entry.entity_id is None:
            span = entry.after if isinstance(entry.after, dict) else {}
            if not span.get("first_id", 0) <= household_id <= span.get("last_id", -1):
                continue
        for name, before, after in _field_rows(entry):
            what = "สมาชิก" if name == "member" else FIELD_TH.get(name, name)
            if entry.entity == "member":
                who = names.get(entry.entity_id or 0, "")
                what = f"{who}: {what}" if what else who
            entries.append(
                HistoryEntry(
                    at=entry.at, user=entry.user_name, action=ACTION_TH.get(entry.action, str(entry.action)),
                    what=what, before=_shown(name, before),
                    after=_shown(name, after) if entry.entity_id is not None else "", summary=entry.summary,
                )
            )  # fmt: skip
    return entries
