"""Household list export: one row per household, IDs as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from database.enums import AuditAction, LogbookStatus, PlanStatus, Stage
from database.models import Activity, Household, Nomination, PlanItem
from desktop import audit
from desktop.households.labels import target_group_text
from desktop.households.search import normalize_query
from desktop.spreadsheets import Column, Sheet, write_workbook
from desktop.thai import fiscal_year_bounds

OPEN_PLAN = (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)
PLAN_FILTERS = ("open", "done", "overdue")

LOGBOOK_STATUS_TH = {
    LogbookStatus.NOT_CHECKED: "ยังไม่ตรวจสอบ",
    LogbookStatus.FOUND: "พบในระบบ",
    LogbookStatus.NOT_FOUND: "ไม่พบในระบบ",
    LogbookStatus.ENTERED: "บันทึกแล้ว",
}

EXPORT_COLUMNS = (
    Column("ลำดับ", 7),
    Column("เลขประจำตัวประชาชน", 18, text=True),
    Column("ชื่อ-สกุล", 28),
    Column("บ้านเลขที่", 10, text=True),
    Column("หมู่ที่", 7),
    Column("หมู่บ้าน", 16),
    Column("ตำบล", 14),
    Column("อำเภอ", 14),
    Column("จังหวัด", 12),
    Column("รหัสประจำบ้าน", 15, text=True),
    Column("กลุ่มเป้าหมาย", 10),
    Column("จำนวนสมาชิก", 10),
    Column("รายได้เฉลี่ย (บาท/คน/ปี)", 16, number_format="#,##0"),
    Column("สถานะ Logbook", 16),
)


@dataclass
class HouseholdFilter:
    subdistrict: str | None = None
    village_no: int | None = None
    target_group: int | None = None
    logbook_status: LogbookStatus | None = None
    programme_id: int | None = None  # households nominated to this programme
    search: str = ""  # words that must all occur in the household's search text
    stage: str | None = None  # a Stage value; "" = not assessed
    plan: str | None = None  # "open" | "done" | "overdue": households with such plan items ...
    fiscal_year: int | None = None  # ... of this fiscal year (BE)
    activity_from: dt.date | None = None  # households with an activity in this range
    activity_to: dt.date | None = None
    logbook_entered: bool | None = None  # with activity_*: only (not) entered activities
    today: dt.date | None = None  # for "overdue"; None = the real today

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> HouseholdFilter:
        """The filter the overview emits (keys in desktop/reports/overview_charts.py)."""

        def date(key: str) -> dt.date | None:
            value = d.get(key)
            if value is None or value == "":
                return None
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))

        status = d.get("logbook_status")
        plan = d.get("plan")
        if plan is not None and plan not in PLAN_FILTERS:
            raise ValueError(f"plan filter {plan!r}")
        stage = d.get("stage")
        if stage:
            Stage(stage)  # refuse an unknown stage early
        entered = d.get("logbook_entered")
        return cls(
            subdistrict=d.get("subdistrict"),
            village_no=d.get("village_no"),
            target_group=d.get("target_group"),
            logbook_status=LogbookStatus(status) if status else None,
            programme_id=d.get("programme_id"),
            search=str(d.get("search", "")),
            stage=None if stage is None else str(stage),
            plan=plan,
            fiscal_year=d.get("fiscal_year"),
            activity_from=date("activity_from"),
            activity_to=date("activity_to"),
            logbook_entered=None if entered is None else bool(entered),
            today=date("today"),
        )

    def apply(self, query: Select[Any]) -> Select[Any]:
        if self.programme_id is not None:
            nominated = select(Nomination.household_id).where(Nomination.programme_id == self.programme_id)
            query = query.where(Household.id.in_(nominated))
        for word in normalize_query(self.search).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Household.search_text.like(f"%{escaped}%", escape="\\"))
        if self.subdistrict is not None:  # "" = households without a ตำบล
            query = query.where(Household.subdistrict == self.subdistrict)
        if self.village_no is not None:
            query = query.where(Household.village_no == self.village_no)
        if self.target_group is not None:
            query = query.where(Household.target_group == self.target_group)
        if self.logbook_status is not None:
            query = query.where(Household.logbook_status == self.logbook_status)
        if self.stage is not None:
            if self.stage == "":
                query = query.where(Household.stage.is_(None))
            else:
                query = query.where(Household.stage == Stage(self.stage))
        if self.plan is not None:
            query = query.where(Household.id.in_(self._plan_households()))
        if self.activity_from is not None or self.activity_to is not None or self.logbook_entered is not None:
            activities = select(Activity.household_id)
            if self.activity_from is not None:
                activities = activities.where(Activity.activity_on >= self.activity_from)
            if self.activity_to is not None:
                activities = activities.where(Activity.activity_on <= self.activity_to)
            if self.logbook_entered is not None:
                activities = activities.where(Activity.logbook_entered.is_(self.logbook_entered))
            query = query.where(Household.id.in_(activities))
        return query

    def _plan_households(self) -> Select[Any]:
        """Households with plan items counted as open/done/overdue in the overview's fiscal year."""
        items = select(PlanItem.household_id)
        if self.fiscal_year is not None:
            start, end = fiscal_year_bounds(self.fiscal_year)
            start_at = dt.datetime.combine(start, dt.time(), dt.UTC)
            end_at = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), dt.UTC)
            in_year = PlanItem.due_on.between(start, end)
            undated = and_(
                PlanItem.due_on.is_(None), PlanItem.created_at >= start_at, PlanItem.created_at < end_at
            )
            items = items.where(in_year if self.plan == "overdue" else or_(in_year, undated))
        if self.plan == "done":
            return items.where(PlanItem.status == PlanStatus.DONE)
        items = items.where(PlanItem.status.in_(OPEN_PLAN))
        if self.plan == "overdue":
            items = items.where(PlanItem.due_on < (self.today or dt.date.today()))
        return items

    def is_empty(self) -> bool:
        return self == HouseholdFilter(search=self.search, today=self.today)


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready filter values for the audit log (dates as ISO text)."""
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items() if v is not None}


def household_row(index: int, household: Household) -> Sequence[Any]:
    head = household.head
    group = target_group_text(household.target_group, household.target_subgroup)
    return (
        index,
        head.national_id if head and head.national_id else "",
        head.full_name if head else "",
        household.house_no,
        household.village_no,
        household.village_name,
        household.subdistrict,
        household.district,
        household.province,
        household.house_code or "",
        group,
        len(household.members),
        household.income_per_person,
        LOGBOOK_STATUS_TH[household.logbook_status],
    )


def household_rows(session: Session, filters: HouseholdFilter) -> Iterator[Sequence[Any]]:
    query = filters.apply(
        select(Household)
        .options(selectinload(Household.members))
        .order_by(Household.subdistrict, Household.village_no, Household.id)
    )
    for index, household in enumerate(session.scalars(query.execution_options(yield_per=1000)), 1):
        yield household_row(index, household)


def record_export(session: Session, path: Path, filters: HouseholdFilter | None, count: int) -> None:
    """The audit entry of a household export, committed before the file appears under its
    name (the writers' on_ready): a file of IDs never exists without its entry, and a
    database that refuses the entry (locked, full) leaves no file."""
    audit.record(
        session,
        AuditAction.EXPORT,
        "household",
        after={"file": path.name, "filters": _plain(asdict(filters or HouseholdFilter()))},
        summary=f"{count} households exported to {path.name}",
    )
    session.commit()


def export_households(session: Session, path: Path, filters: HouseholdFilter | None = None) -> int:
    """Write the (filtered) household list; returns the number of households written.

    Commits the session (with the audit entry) just before the file is renamed into place.
    """
    return write_workbook(
        path,
        [Sheet("ครัวเรือน", EXPORT_COLUMNS, household_rows(session, filters or HouseholdFilter()))],
        on_ready=lambda count: record_export(session, path, filters, count),
    )
