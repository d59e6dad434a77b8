"""The follow-up list: households in casework with open plan items past due, or without
any assistance activity for N days (Settings.follow_up_days).

"In casework" means the household has at least one open plan item (planned or in
progress). The list is paged in household order so it stays fast on big districts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from database.models import Activity, Household, PlanItem
from desktop.casework.common import OPEN_PLAN_STATUSES, address_text, head_names, today
from desktop.households.labels import target_group_text


@dataclass(frozen=True)
class FollowUpRow:
    household_id: int
    address: str
    head_name: str
    group: str  # "1.1": desktop.households.labels.target_group_text
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


def _household_ids(on: dt.date, days: int, after_id: int | None = None) -> Select[int]:
    """Households to follow up, in id order: one walk of the covering index
    ix_plan_item_household_status_due grouped by household (open items only), keeping a
    household when an open item is past due or ix_activity_household_date shows no help
    since the cutoff. About 2x faster than probing every household of the register."""
    cutoff = on - dt.timedelta(days=days)
    recent = exists().where(Activity.household_id == PlanItem.household_id, Activity.activity_on >= cutoff)
    query = (
        select(PlanItem.household_id)
        .where(PlanItem.status.in_(OPEN_PLAN_STATUSES))
        .group_by(PlanItem.household_id)
        .having(or_(func.min(PlanItem.due_on) < on, ~recent))
        .order_by(PlanItem.household_id)
    )
    if after_id is not None:
        query = query.where(PlanItem.household_id > after_id)
    return query


def follow_up_count(session: Session, days: int, on: dt.date | None = None) -> int:
    ids = _household_ids(on or today(), days).order_by(None).subquery()
    return session.scalar(select(func.count()).select_from(ids)) or 0


def follow_up_page(
    session: Session,
    days: int,
    on: dt.date | None = None,
    offset: int = 0,
    limit: int = 200,
    after_id: int | None = None,
) -> list[FollowUpRow]:
    """One page in household order. Scrolling on passes after_id (the last household shown):
    a keyset page costs the same however deep it is; offset is for the odd direct jump."""
    on = on or today()
    ids = list(session.scalars(_household_ids(on, days, after_id).offset(offset).limit(limit)))
    if not ids:
        return []
    households = session.execute(
        select(
            Household.id,
            Household.house_no,
            Household.village_no,
            Household.village_name,
            Household.subdistrict,
            Household.target_group,
            Household.target_subgroup,
            Household.escalated,
        )
        .where(Household.id.in_(ids))
        .order_by(Household.id)
    ).all()
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
    for hid, house_no, village_no, village_name, subdistrict, group, subgroup, escalated in households:
        last_on = last.get(hid)
        rows.append(
            FollowUpRow(
                hid,
                address_text(house_no, village_no, village_name, subdistrict),
                names.get(hid, ""),
                target_group_text(group, subgroup),
                escalated,
                overdue.get(hid, 0),
                oldest.get(hid),
                last_on,
                (on - last_on).days if last_on else None,
            )
        )
    return rows
