"""Household list export: one row per household, IDs as text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from database.enums import LogbookStatus
from database.models import Household, Nomination
from desktop.households.search import normalize_query
from desktop.spreadsheets import Column, Sheet, write_workbook

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

    def apply(self, query: Select[Any]) -> Select[Any]:
        if self.programme_id is not None:
            nominated = select(Nomination.household_id).where(Nomination.programme_id == self.programme_id)
            query = query.where(Household.id.in_(nominated))
        for word in normalize_query(self.search).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Household.search_text.like(f"%{escaped}%", escape="\\"))
        if self.subdistrict:
            query = query.where(Household.subdistrict == self.subdistrict)
        if self.village_no is not None:
            query = query.where(Household.village_no == self.village_no)
        if self.target_group is not None:
            query = query.where(Household.target_group == self.target_group)
        if self.logbook_status is not None:
            query = query.where(Household.logbook_status == self.logbook_status)
        return query


def household_row(index: int, household: Household) -> Sequence[Any]:
    head = household.head
    group = str(household.target_group)
    if household.target_subgroup:
        group = household.target_subgroup
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


def _rows(session: Session, filters: HouseholdFilter) -> Iterator[Sequence[Any]]:
    query = filters.apply(
        select(Household)
        .options(selectinload(Household.members))
        .order_by(Household.subdistrict, Household.village_no, Household.id)
    )
    for index, household in enumerate(session.scalars(query.execution_options(yield_per=1000)), 1):
        yield household_row(index, household)


def export_households(session: Session, path: Path, filters: HouseholdFilter | None = None) -> int:
    """Write the (filtered) household list; returns the number of households written."""
    return write_workbook(
        path,
        [Sheet("ครัวเรือน", EXPORT_COLUMNS, _rows(session, filters or HouseholdFilter()))],
    )
