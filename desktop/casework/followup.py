"""The follow-up list: households in casework with open plan items past due, or without
any assistance activity for N days (Settings.follow_up_days).

"In casework" means the household has at least one open plan item (planned or in
progress). The list is paged in household order so it stays fast on big districts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from database.models import Activity, Household, PlanItem
from desktop.casework.common import OPEN_PLAN_STATUSES, address_text, head_names, today


@dataclass(frozen=True)
class FollowUpRow:
    household_id: int
    address: str
    head_name: str
    target_group: int
    escalated: bool
    overdue_items: int
    oldest_due_on: dt.date | None
    last_activity_on: dt.date | None
    days_without_activity: int | None  # None: never helped

    @property
    def reasons_th(self) -> str:
        parts = []
        if self.overdue_items:
            parts.append(f"แผนเลยกำหนด {self.overdue_items} รายการ")
        if self.last_activity_on is None:
            parts.append("ยังไม่มีการช่วยเหลือ")
        elif self.days_without_activity is not None:
            parts.append(f"ไม่มีการช่วยเหลือมา {self.days_without_activity} วัน")
        return " · ".join(parts)


def _condition(on: dt.date, days: int) -> ColumnElement[bool]:
    cutoff = on - dt.timedelta(days=days)
    open_item = exists().where(PlanItem.household_id == Household.id, PlanItem.status.in_(OPEN_PLAN_STATUSES))
    overdue = exists().where(
        PlanItem.household_id == Household.id,
        PlanItem.status.in_(OPEN_PLAN_STATUSES),
        PlanItem.due_on < on,
    )
    recent = exists().where(Activity.household_id == Household.id, Activity.activity_on >= cutoff)
    return and_(open_item, or_(overdue, ~recent))


def follow_up_count(session: Session, days: int, on: dt.date | None = None) -> int:
    on = on or today()
    return session.scalar(select(func.count()).select_from(Household).where(_condition(on, days))) or 0


def follow_up_page(
    session: Session, days: int, on: dt.date | None = None, offset: int = 0, limit: int = 200
) -> list[FollowUpRow]:
    on = on or today()
    ids_query = (
        select(
            Household.id,
            Household.house_no,
            Household.village_no,
            Household.village_name,
            Household.subdistrict,
            Household.target_group,
            Household.escalated,
        )
        .where(_condition(on, days))
        .order_by(Household.id)
        .offset(offset)
        .limit(limit)
    )
    households = session.execute(ids_query).all()
    ids = [h[0] for h in households]
    if not ids:
        return []
    overdue = dict(
        session.execute(
            select(PlanItem.household_id, func.count())
            .where(
                PlanItem.household_id.in_(ids), PlanItem.status.in_(OPEN_PLAN_STATUSES), PlanItem.due_on < on
            )
            .group_by(PlanItem.household_id)
        ).all()
    )
    oldest = dict(
        session.execute(
            select(PlanItem.household_id, func.min(PlanItem.due_on))
            .where(PlanItem.household_id.in_(ids), PlanItem.status.in_(OPEN_PLAN_STATUSES))
            .group_by(PlanItem.household_id)
        ).all()
    )
    last = dict(
        session.execute(
            select(Activity.household_id, func.max(Activity.activity_on))
            .where(Activity.household_id.in_(ids))
            .group_by(Activity.household_id)
        ).all()
    )
    names = head_names(session, ids)
    rows = []
    for hid, house_no, village_no, village_name, subdistrict, group, escalated in households:
        last_on = last.get(hid)
        rows.append(
            FollowUpRow(
                hid,
                address_text(house_no, village_no, village_name, subdistrict),
                names.get(hid, ""),
                group,
                escalated,
                overdue.get(hid, 0),
                oldest.get(hid),
                last_on,
                (on - last_on).days if last_on else None,
            )
        )
    return rows
