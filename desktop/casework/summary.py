"""A readable Thai summary of one household: register data, plan, activities, timeline."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.casework.activities import list_activities
from desktop.casework.common import DIMENSION_TH, STAGE_TH, get_household, household_label
from desktop.casework.escalation import list_escalations
from desktop.casework.plans import list_plan
from desktop.casework.programmes import household_nominations
from desktop.casework.records import list_analyses, list_assessments
from desktop.households.labels import target_group_text
from desktop.thai import mask_national_id, thai_date


def household_summary_text(session: Session, household_id: int, thai_digits: bool = False) -> str:
    household = get_household(session, household_id)
    label = household_label(session, household)
    lines = [f"ครัวเรือนรหัส {household.id}: {label.text}"]
    lines.append(f"  อำเภอ{household.district} จังหวัด{household.province}".rstrip())
    group = target_group_text(household.target_group, household.target_subgroup)
    lines.append(
        f"  กลุ่มเป้าหมาย {group}  ระดับการดำรงชีวิต: {STAGE_TH[household.stage] if household.stage else '-'}"
    )
    failing = [th for dim, th in DIMENSION_TH.items() if getattr(household, f"mpi_{dim.value}")]
    if failing:
        lines.append("  มิติที่ตกเกณฑ์: " + ", ".join(failing))
    if household.escalated:
        lines.append("  ** ส่งต่อ ศจพ.จ. แล้ว **")
    lines.append(f"สมาชิก ({len(household.members)} คน)")
    for member in household.members:
        nid = mask_national_id(member.national_id) if member.national_id else "ไม่มีเลขประจำตัว"
        age = f" อายุ {member.age} ปี" if member.age is not None else ""
        lines.append(f"  - {member.full_name} ({member.relation or 'สมาชิก'}){age} {nid}")

    def day(value: object) -> str:
        return thai_date(value, thai_digits) if isinstance(value, dt.date) else "-"

    analyses = list_analyses(session, household_id)
    lines.append("การวิเคราะห์ ๔ ท" + ("" if analyses else ": ยังไม่มี"))
    if analyses:
        a = analyses[0]
        lines.append(f"  ล่าสุด {day(a.recorded_on)} โดย {a.recorded_by}")
        lines += [
            f"  ทัศนคติ: {a.attitude}",
            f"  ทักษะ: {a.skills}",
            f"  ทรัพยากร: {a.resources}",
            f"  ทางออก: {a.way_out}",
        ]
    assessments = list_assessments(session, household_id)
    if assessments:
        s = assessments[0]
        lines.append(f"การประเมินทุน ๕ ด้าน ล่าสุด {day(s.assessed_on)}: {s.stage_th}  {s.capitals_text()}")
    plan = list_plan(session, household_id)
    lines.append(f"แผนครัวเรือน ({len(plan)} รายการ)")
    for p in plan:
        late = "  [เลยกำหนด]" if p.overdue() else ""
        lines.append(f"  - {p.what} | {p.agency_name} | กำหนด {day(p.due_on)} | {p.status_th}{late}")
    activities = list_activities(session, household_id)
    lines.append(f"การช่วยเหลือ ({len(activities)} ครั้ง)")
    for act in activities:
        value = ""
        if act.amount is not None:
            value += f" เงิน {act.amount:,.2f} บาท"
        if act.in_kind_value is not None:
            value += f" สิ่งของ {act.in_kind_value:,.2f} บาท"
        logbook = "Logbook แล้ว" if act.logbook_entered else "ยังไม่บันทึก Logbook"
        lines.append(f"  - {day(act.activity_on)} {act.agency_name}: {act.description}{value} ({logbook})")
        if act.result:
            lines.append(f"      ผล: {act.result}")
    for e in list_escalations(session, household_id):
        state = f"ปิดเรื่อง {day(e.closed_on)}" if e.closed_on else "ยังไม่ปิดเรื่อง"
        lines.append(f"ส่งต่อ ศจพ.จ. {day(e.escalated_on)}: {e.reason} ({state})")
    for n in household_nominations(session, household_id):
        lines.append(f"เสนอชื่อ {n.programme_name} ลำดับ {n.rank}: {n.status_th}")
    return "\n".join(lines)
