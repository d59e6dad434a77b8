"""The household lists a meeting acted on, in the province column layout (version 1).

Layout (one header row under a title row, one row per household; IDs and codes as text):
ลำดับ | จังหวัด | อำเภอ | ตำบล | หมู่ที่ | หมู่บ้าน | บ้านเลขที่ | รหัสประจำบ้าน |
ชื่อ-สกุล หัวหน้าครัวเรือน | เลขประจำตัวประชาชน | กลุ่มเป้าหมาย | จำนวนสมาชิก |
สถานะ TPMAP Logbook | วาระที่ | มติที่ | หมายเหตุ
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.models import AgendaItem, Household, Meeting, Resolution
from desktop.households.export import LOGBOOK_STATUS_TH
from desktop.households.labels import target_group_text
from desktop.spreadsheets import Column
from desktop.thai import mask_national_id, to_thai_digits

LAYOUT_VERSION = 1
PROVINCE_COLUMNS: tuple[Column, ...] = (
    Column("ลำดับ", 7),
    Column("จังหวัด", 12),
    Column("อำเภอ", 14),
    Column("ตำบล", 14),
    Column("หมู่ที่", 7, text=True),
    Column("หมู่บ้าน", 16),
    Column("บ้านเลขที่", 10, text=True),
    Column("รหัสประจำบ้าน", 15, text=True),
    Column("ชื่อ-สกุล หัวหน้าครัวเรือน", 28),
    Column("เลขประจำตัวประชาชน", 20, text=True),
    Column("กลุ่มเป้าหมาย", 10, text=True),
    Column("จำนวนสมาชิก", 10),
    Column("สถานะ TPMAP Logbook", 16),
    Column("วาระที่", 8, text=True),
    Column("มติที่", 10, text=True),
    Column("หมายเหตุ", 20),
)
HEADERS = tuple(c.header for c in PROVINCE_COLUMNS)


@dataclass
class HouseholdList:
    item_number: str  # "4.1"
    item_title: str
    resolution: str  # "14/2567" or ""
    rows: list[Sequence[Any]] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return f"households-item-{self.item_number}.xlsx"


def numbered_items(meeting: Meeting) -> list[tuple[str, AgendaItem]]:
    """Agenda items under their sections, numbered as printed: 1.1, 1.2, 4.1 …"""
    sections = sorted((i for i in meeting.items if i.parent_id is None), key=lambda i: i.sort_order)
    numbered = []
    for s_index, section in enumerate(sections, 1):
        children = sorted((i for i in meeting.items if i.parent_id == section.id), key=lambda i: i.sort_order)
        for c_index, child in enumerate(children, 1):
            numbered.append((f"{s_index}.{c_index}", child))
    return numbered


def _row(
    index: int, household: Household, item_number: str, resolution: str, full_ids: bool
) -> Sequence[Any]:
    head = household.head
    national_id = head.national_id if head and head.national_id else ""
    if national_id and not full_ids:
        national_id = mask_national_id(national_id)
    group = target_group_text(household.target_group, household.target_subgroup)
    return (
        index,
        household.province,
        household.district,
        household.subdistrict,
        "" if household.village_no is None else str(household.village_no),
        household.village_name,
        household.house_no,
        household.house_code or "",
        head.full_name if head else "",
        national_id,
        group,
        len(household.members),
        LOGBOOK_STATUS_TH[household.logbook_status],
        item_number,
        resolution,
        "" if national_id or head is None else "ไม่มีเลขประจำตัวประชาชน",
    )


def meeting_household_lists(session: Session, meeting: Meeting, full_ids: bool) -> list[HouseholdList]:
    """One list per agenda item whose resolutions (or the item itself) name households."""
    resolutions = session.scalars(
        select(Resolution)
        .options(selectinload(Resolution.households))
        .where(Resolution.meeting_id == meeting.id)
        .order_by(Resolution.number)
    ).all()
    lists = []
    for number, item in numbered_items(meeting):
        on_item = [r for r in resolutions if r.agenda_item_id == item.id]
        ids: dict[int, None] = {}
        for resolution in on_item:
            for link in resolution.households:
                ids.setdefault(link.household_id)
        for household in item.households:
            ids.setdefault(household.id)
        if not ids:
            continue
        households = session.scalars(
            select(Household)
            .options(selectinload(Household.members))
            .where(Household.id.in_(list(ids)))
            .order_by(Household.subdistrict, Household.village_no, Household.id)
        ).all()
        resolution_text = ", ".join(f"{r.number}/{r.year_be}" for r in on_item)
        listing = HouseholdList(number, item.title, resolution_text)
        listing.rows = [_row(i, h, number, resolution_text, full_ids) for i, h in enumerate(households, 1)]
        lists.append(listing)
    return lists


def list_heading(listing: HouseholdList, meeting_title: str) -> str:
    return to_thai_digits(
        f"บัญชีรายชื่อครัวเรือนแนบท้ายวาระที่ {listing.item_number} {listing.item_title} ({meeting_title})"
    )
