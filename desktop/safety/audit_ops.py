"""The audit log's reads for the window and the command line (desktop/operations.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import AuditAction
from database.models import Household, Member, User
from desktop import pdpa
from desktop.casework.common import (
    NOMINATION_STATUS_EN,
    NOMINATION_STATUS_TH,
    PLAN_STATUS_EN,
    PLAN_STATUS_TH,
    STAGE_TH,
)
from desktop.casework.labels import ANALYSIS_TH, NOMINATION_TH, PLAN_ITEM_TH, PROGRAMME_TH
from desktop.households.export import LOGBOOK_STATUS_TH
from desktop.households.importing.merge import FIELD_TH as HOUSEHOLD_FIELDS_TH
from desktop.meetings.labels import ACTION_EN as RESOLUTION_ACTION_EN
from desktop.meetings.labels import ACTION_TH as RESOLUTION_ACTION_TH
from desktop.meetings.labels import (
    AGENDA_ITEM_FIELDS_TH,
    ATTENDANCE_EN,
    ATTENDANCE_FIELDS_TH,
    ATTENDANCE_TH,
    MEETING_FIELDS_TH,
    OUTCOME_EN,
    OUTCOME_TH,
    RESOLUTION_FIELDS_TH,
    ROLE_EN,
    ROLE_TH,
)
from desktop.meetings.labels import STATUS_EN as MEETING_STATUS_EN
from desktop.meetings.labels import STATUS_TH as MEETING_STATUS_TH
from desktop.operations import query
from desktop.reports.labels import LOGBOOK_STATUS_EN, STAGE_EN
from desktop.safety.audit_log import AuditFilter, query_audit, verify_chain
from desktop.thai import MONTHS_SHORT, be_year, screen_date

# The number of entries checked, or AuditChainBroken naming the first broken link
# (administrators: the permission is checked inside).
verify = query(verify_chain)

ACTION_TH = {
    AuditAction.CREATE: "เพิ่ม",
    AuditAction.UPDATE: "แก้ไข",
    AuditAction.DELETE: "ลบ",
    AuditAction.IMPORT: "นำเข้า",
    AuditAction.EXPORT: "ส่งออก",
    AuditAction.SUBMIT: "ส่งจังหวัด",
    AuditAction.RESTORE: "กู้คืน",
    AuditAction.SIGN_IN: "เข้าสู่ระบบ",
}
ACTION_EN = {
    AuditAction.CREATE: "added",
    AuditAction.UPDATE: "changed",
    AuditAction.DELETE: "removed",
    AuditAction.IMPORT: "imported",
    AuditAction.EXPORT: "exported",
    AuditAction.SUBMIT: "sent to the province",
    AuditAction.RESTORE: "restored",
    AuditAction.SIGN_IN: "signed in",
}
# What each table holds, in the clerk's words (the log keeps table names).
ENTITY_TH = {
    "household": "ครัวเรือน", "member": "สมาชิก", "app_user": "บัญชีผู้ใช้", "office_profile": "ข้อมูลสำนักงาน",
    "signatory": "ผู้ลงนาม", "agency": "หน่วยงาน", "person": "บุคคล", "remedy": "เมนูแก้จน",
    "analysis": "การวิเคราะห์ ๔ ท", "assessment": "การประเมิน", "plan_item": "แผนช่วยเหลือ",
    "activity": "การช่วยเหลือ", "escalation": "ส่งต่อจังหวัด", "programme": "โครงการ", "nomination": "การเสนอชื่อ",
    "committee": "คณะกรรมการ", "committee_member": "กรรมการ", "meeting": "การประชุม",
    "agenda_item": "ระเบียบวาระ",
    "attendance": "การมาประชุม", "resolution": "มติที่ประชุม", "circular": "หนังสือสั่งการ", "deadline": "กำหนดส่ง",
    "outgoing_letter": "หนังสือออก", "submission": "การส่งจังหวัด", "audit_log": "บันทึกการใช้งาน",
    "database": "ฐานข้อมูล", "backup": "สำรองข้อมูล", "resolution_household": "ครัวเรือนตามมติ",
    "agenda_item_household": "ครัวเรือนในระเบียบวาระ", "circular_household": "ครัวเรือนตามหนังสือสั่งการ",
    "carried_over_item": "เรื่องค้างพิจารณา", "agenda_attachment": "เอกสารประกอบวาระ",
    "agenda_template": "แบบระเบียบวาระ", "received_package": "ชุดข้อมูลที่ได้รับ",
    "received_household": "ครัวเรือนที่ได้รับ", "saved_filter": "ตัวกรองที่บันทึกไว้",
    "import_mapping": "การจับคู่คอลัมน์นำเข้า",
}  # fmt: skip
# Stored codes in the clerk's words, by table and field (the feature's label dicts).
VALUES_TH: dict[tuple[str, str], Mapping[Any, str]] = {
    ("nomination", "status"): NOMINATION_STATUS_TH,
    ("plan_item", "status"): PLAN_STATUS_TH,
    ("household", "stage"): STAGE_TH,
    ("assessment", "stage"): STAGE_TH,
    ("household", "logbook_status"): LOGBOOK_STATUS_TH,
    ("meeting", "status"): MEETING_STATUS_TH,
    ("attendance", "status"): ATTENDANCE_TH,
    ("resolution", "outcome"): OUTCOME_TH,
    ("resolution", "action"): RESOLUTION_ACTION_TH,
    ("resolution_household", "status"): NOMINATION_STATUS_TH,
    ("committee_member", "role"): ROLE_TH,
}
# The same codes in English, from the same homes (the window's English mode).
VALUES_EN: dict[tuple[str, str], Mapping[Any, str]] = {
    ("nomination", "status"): NOMINATION_STATUS_EN,
    ("plan_item", "status"): PLAN_STATUS_EN,
    ("household", "stage"): STAGE_EN,
    ("assessment", "stage"): STAGE_EN,
    ("household", "logbook_status"): LOGBOOK_STATUS_EN,
    ("meeting", "status"): MEETING_STATUS_EN,
    ("attendance", "status"): ATTENDANCE_EN,
    ("resolution", "outcome"): OUTCOME_EN,
    ("resolution", "action"): RESOLUTION_ACTION_EN,
    ("resolution_household", "status"): NOMINATION_STATUS_EN,
    ("committee_member", "role"): ROLE_EN,
}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# Fields of the tables the casework and registers share (a table's own labels come first).
COMMON_FIELDS_TH = {
    "stage": "ระดับการดำรงชีวิต", "escalated": "ส่งต่อจังหวัด", "logbook_status_on": "วันที่ตรวจสอบ Logbook",
    "assessed_on": "วันที่ประเมิน", "recorded_by": "ผู้บันทึก", "human_capital": "ทุนมนุษย์",
    "physical_capital": "ทุนกายภาพ", "economic_capital": "ทุนเศรษฐกิจ", "natural_capital": "ทุนธรรมชาติ",
    "social_capital": "ทุนสังคม", "activity_on": "วันที่ช่วยเหลือ", "description": "การช่วยเหลือ",
    "amount": "จำนวนเงิน", "in_kind_value": "มูลค่าสิ่งของ", "result": "ผลการช่วยเหลือ",
    "logbook_entered": "บันทึก Logbook แล้ว", "logbook_entered_on": "วันที่บันทึก Logbook",
    "escalated_on": "วันที่ส่งต่อ", "reason": "เหตุผล", "closed_on": "วันที่ปิดเรื่อง", "closed_note": "หมายเหตุการปิด",
    "name": "ชื่อ", "status": "สถานะ", "note": "หมายเหตุ", "source": "ที่มา",
}  # fmt: skip
# Field labels by table; a field of no table below falls back to the shared words.
FIELDS_TH: dict[str, Mapping[str, str]] = {
    "household": HOUSEHOLD_FIELDS_TH,
    "member": HOUSEHOLD_FIELDS_TH,
    "meeting": MEETING_FIELDS_TH,
    "agenda_item": AGENDA_ITEM_FIELDS_TH,
    "attendance": ATTENDANCE_FIELDS_TH,
    "resolution": RESOLUTION_FIELDS_TH,
    "plan_item": PLAN_ITEM_TH,
    "analysis": ANALYSIS_TH,
    "programme": PROGRAMME_TH,
    "nomination": NOMINATION_TH,
    "app_user": {"username": "ชื่อผู้ใช้", "full_name": "ชื่อ-สกุล", "role": "บทบาท", "active": "ใช้งาน"},
}
NAMED = ("household", "member", "app_user")  # the tables a target is named from
MONTHS_SHORT_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class AuditLine:
    """One entry as a person reads it: local time, who by name, what in words."""

    id: int
    when: str
    actor: str
    action: str
    target: str
    changes: str
    summary: str


def local_time(at: dt.datetime, language: str = "th") -> str:
    """The entry's moment on this computer's clock: '3 ธ.ค. 2569 09:05:00' (Buddhist era) in Thai."""
    local = at.astimezone()
    if language == "th":
        return f"{local.day} {MONTHS_SHORT[local.month - 1]} {be_year(local.date())} {local:%H:%M:%S}"
    return f"{local.day} {MONTHS_SHORT_EN[local.month - 1]} {local.year} {local:%H:%M:%S}"


def _actor(user_name: str, names: Mapping[str, str], language: str) -> str:
    if user_name.startswith("os:"):  # no account signed in: the computer's user ran it
        who = user_name[3:]
        return f"ผู้ใช้เครื่อง ({who})" if language == "th" else f"computer user ({who})"
    return names.get(user_name) or user_name


def _value(value: Any, language: str, entity: str = "", field: str = "") -> str:
    """A stored value as a clerk writes it: codes in words, dates in the Buddhist era."""
    if value is None or value == "":
        return "(ว่าง)" if language == "th" else "(empty)"
    if isinstance(value, bool):
        if language == "th":
            return "ใช่" if value else "ไม่ใช่"
        return "yes" if value else "no"
    if isinstance(value, dict):
        return ", ".join(
            f"{_label(entity, k, language)} {_value(v, language, entity, k)}" for k, v in value.items()
        )
    if isinstance(value, list):
        return ", ".join(_value(v, language, entity, field) for v in value)
    text = str(value)
    catalogue = VALUES_TH if language == "th" else VALUES_EN
    words = {getattr(k, "value", k): v for k, v in catalogue.get((entity, field), {}).items()}
    if text in words:
        return words[text]
    try:
        if _ISO_DAY.match(text):
            day = dt.date.fromisoformat(text)
            # the window's one short date style, as in its tables ('3 Sep 2024', '3 ก.ย. 67')
            return screen_date(day, language, short=True)
        if _ISO_MOMENT.match(text):
            moment = dt.datetime.fromisoformat(text)
            return local_time(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC), language)
    except ValueError:
        pass
    return text


def _label(entity: str, field: str, language: str) -> str:
    if language != "th":
        return field.replace("_", " ")
    own = FIELDS_TH.get(entity, {}).get(field)
    return own or HOUSEHOLD_FIELDS_TH.get(field) or COMMON_FIELDS_TH.get(field) or field


def changes_text(entity: str, before: Any, after: Any, language: str = "th", field: str = "") -> str:
    """'ช่อง: เดิม → ใหม่' per changed field; a new or removed record lists what it held.
    A one-field entry keeps its field beside it (audit_log.field): its codes read as words too."""
    if isinstance(before, dict) and isinstance(after, dict):
        keys: Iterable[str] = sorted(after.keys() | before.keys())
        parts = [
            f"{_label(entity, k, language)}: {_value(before.get(k), language, entity, k)}"
            f" → {_value(after.get(k), language, entity, k)}"
            for k in keys
        ]
    elif isinstance(after, dict) or isinstance(before, dict):
        held = after if isinstance(after, dict) else before
        parts = [
            f"{_label(entity, k, language)}: {_value(v, language, entity, k)}"
            for k, v in held.items()
            if k not in ("id",) and not k.endswith("_id") and v not in (None, "", False)
        ]
    elif before is None and after is None:
        return ""
    else:
        if before is None or after is None:  # a note beside an entry: what it held
            return _value(after if before is None else before, language, entity, field)
        return f"{_value(before, language, entity, field)} → {_value(after, language, entity, field)}"
    return pdpa.mask_text("; ".join(parts))  # stored masked; masked again on the way out


def _targets(session: Session, rows: list[Any], language: str) -> dict[tuple[str, int], str]:
    """The household's head and house number, a member's name, an account's full name."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if row.entity_id is not None:
            wanted.setdefault(row.entity, set()).add(row.entity_id)
    found: dict[tuple[str, int], str] = {}
    village = "ม." if language == "th" else "moo"
    household_ids = set(wanted.get("household", set()))
    members = {
        m.id: m for m in session.scalars(select(Member).where(Member.id.in_(wanted.get("member", set()))))
    }
    household_ids |= {m.household_id for m in members.values()}
    if household_ids:
        heads: dict[int, str] = {}
        for member in session.scalars(
            select(Member).where(Member.household_id.in_(household_ids)).order_by(Member.sort_order)
        ):
            if member.is_head or member.household_id not in heads:
                heads[member.household_id] = member.full_name
        for household in session.scalars(select(Household).where(Household.id.in_(household_ids))):
            where = f"{household.house_no} {village}{household.village_no or ''}".strip()
            head = heads.get(household.id, "")
            label = "ครัวเรือน" if language == "th" else "household of"
            found["household", household.id] = f"{label} {head} ({where})" if head else f"{label} {where}"
    for member in members.values():
        home = found.get(("household", member.household_id), "")
        found["member", member.id] = f"{member.full_name} — {home}" if home else member.full_name
    for user in session.scalars(select(User).where(User.id.in_(wanted.get("app_user", set())))):
        found["app_user", user.id] = user.full_name or user.username
    return found


def _summary(row: Any) -> str:
    """The change tracking's summary of an edit is its field names: the changes say it better."""
    if (
        row.action == AuditAction.UPDATE
        and isinstance(row.after, dict)
        and row.summary == ", ".join(sorted(row.after))
    ):
        return ""
    return str(row.summary)


@query
def audit_lines(session: Session, filters: AuditFilter, limit: int, language: str = "th") -> list[AuditLine]:
    """The log as the audit tab shows it (the view-audit right is checked by query_audit)."""
    rows = query_audit(session, filters, limit=limit)
    names = {u.username: u.full_name for u in session.scalars(select(User)) if u.full_name}
    targets = _targets(session, rows, language)
    actions = ACTION_TH if language == "th" else ACTION_EN
    lines = []
    for row in rows:
        what = ENTITY_TH.get(row.entity, row.entity) if language == "th" else row.entity.replace("_", " ")
        target = what
        if row.entity_id is not None:
            target = targets.get((row.entity, row.entity_id)) or f"{what} {row.entity_id}"
            if row.entity in NAMED and (row.entity, row.entity_id) not in targets:
                target += " (ลบแล้ว)" if language == "th" else " (removed)"
        lines.append(
            AuditLine(
                row.id,
                local_time(row.at, language),
                _actor(row.user_name, names, language),
                actions.get(row.action, row.action.value),
                pdpa.mask_text(target),
                changes_text(row.entity, row.before, row.after, language, row.field or ""),
                pdpa.mask_text(_summary(row)),
            )
        )
    return lines
