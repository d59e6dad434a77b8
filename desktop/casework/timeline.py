"""One timeline per household: analyses, assessments, plan changes, activities,
escalations and nominations, ordered by date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import PlanStatus
from database.models import AuditEntry, PlanItem
from desktop.casework.activities import list_activities
from desktop.casework.common import PLAN_STATUS_TH, get_household
from desktop.casework.escalation import list_escalations
from desktop.casework.plans import list_plan
from desktop.casework.programmes import household_nominations
from desktop.casework.records import list_analyses, list_assessments

KINDS = ("analysis", "assessment", "plan", "activity", "escalation", "nomination")


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    kind: str  # one of KINDS
    title: str  # Thai, one line
    detail: str  # Thai, may be several lines
    ref_id: int
    order: int = 0  # ties on one day: the order things happened


def _money(value: Decimal | None) -> str:
    return f"{value:,.2f}" if value is not None else ""


def household_timeline(session: Session, household_id: int) -> list[TimelineEntry]:
    get_household(session, household_id)
    entries: list[TimelineEntry] = []
    for a in list_analyses(session, household_id):
        detail = f"ทัศนคติ: {a.attitude}\nทักษะ: {a.skills}\nทรัพยากร: {a.resources}\nทางออก: {a.way_out}"
        entries.append(
            TimelineEntry(a.recorded_on, "analysis", f"วิเคราะห์ ๔ ท (บันทึกโดย {a.recorded_by})", detail, a.id)
        )
    for s in list_assessments(session, household_id):
        entries.append(
            TimelineEntry(
                s.assessed_on, "assessment", f"ประเมินทุน ๕ ด้าน: {s.stage_th}", s.capitals_text(), s.id
            )
        )
    plan = {p.id: p for p in list_plan(session, household_id)}
    created = dict(
        session.execute(
            select(PlanItem.id, PlanItem.created_at).where(PlanItem.household_id == household_id)
        ).all()
    )
    for p in plan.values():
        due = f" กำหนดเสร็จ {p.due_on.isoformat()}" if p.due_on else ""
        entries.append(
            TimelineEntry(
                created[p.id].date(), "plan", f"เพิ่มในแผน: {p.what}", f"หน่วยงาน {p.agency_name}{due}", p.id
            )
        )
    if plan:
        changes = session.execute(
            select(AuditEntry.at, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after, AuditEntry.id)
            .where(
                AuditEntry.entity == "plan_item", AuditEntry.field == "status", AuditEntry.entity_id.in_(plan)
            )
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        for at, item_id, before, after, audit_id in changes:
            item = plan[item_id]
            status_before = PLAN_STATUS_TH.get(PlanStatus(before), str(before)) if before else ""
            status_after = PLAN_STATUS_TH.get(PlanStatus(after), str(after)) if after else ""
            entries.append(
                TimelineEntry(
                    at.date(), "plan", f"{item.what}: {status_after}", f"จาก “{status_before}”", audit_id, 1
                )
            )
    for act in list_activities(session, household_id):
        money = []
        if act.amount is not None:
            money.append(f"เงิน {_money(act.amount)} บาท")
        if act.in_kind_value is not None:
            money.append(f"สิ่งของมูลค่า {_money(act.in_kind_value)} บาท")
        logbook = "บันทึกใน Logbook แล้ว" if act.logbook_entered else "ยังไม่บันทึกใน Logbook"
        detail = "\n".join(
            x for x in (" ".join(money), f"ผล: {act.result}" if act.result else "", logbook) if x
        )
        entries.append(
            TimelineEntry(
                act.activity_on, "activity", f"{act.agency_name}: {act.description}", detail, act.id, 2
            )
        )
    for e in list_escalations(session, household_id):
        entries.append(TimelineEntry(e.escalated_on, "escalation", "ส่งต่อ ศจพ.จ.", e.reason, e.id, 3))
        if e.closed_on:
            entries.append(
                TimelineEntry(e.closed_on, "escalation", "ปิดเรื่องส่งต่อ ศจพ.จ.", e.closed_note, e.id, 4)
            )
    for n in household_nominations(session, household_id):
        entries.append(
            TimelineEntry(
                n.nominated_on,
                "nomination",
                f"เสนอชื่อเข้าร่วม{n.programme_name}",
                f"{n.status_th}: {n.reason}",
                n.id,
            )
        )
    return sorted(entries, key=lambda e: (e.on, e.order, KINDS.index(e.kind), e.ref_id))
