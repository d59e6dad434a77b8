"""The (filtered) household list as a printable PDF/DOCX table through the documents engine.

Kept apart from export.py because the documents engine itself imports export's labels.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import OfficeProfile, Programme
from desktop.documents import render
from desktop.documents.meeting_documents import build_table_document
from desktop.documents.model import Column, Document
from desktop.documents.names import refresh as refresh_names
from desktop.errors import UserError
from desktop.households.export import HouseholdFilter, export_households, household_rows, record_export
from desktop.reports.labels import STAGE_TH
from desktop.settings import Settings
from desktop.thai import mask_national_id, thai_date, thai_date_short

PRINT_COLUMNS = [
    Column("ที่", 0.9, "right"),
    Column("เลขประจำตัวประชาชน", 3.5),
    Column("ชื่อ - สกุล หัวหน้าครัวเรือน", 3.1),
    Column("บ้านเลขที่", 1.1),
    Column("หมู่ที่", 0.9, "center"),
    Column("ตำบล", 1.5),
    Column("กลุ่ม", 0.9, "center"),
    Column("สมาชิก", 1.3, "center"),
    Column("รายได้/คน/ปี", 1.4, "right"),
    Column("สถานะ Logbook", 2.4),
]
PLAN_TH = {"open": "มีแผนที่ยังไม่เสร็จ", "done": "มีแผนที่ดำเนินการแล้ว", "overdue": "มีแผนที่ค้างเกินกำหนด"}


def describe_filter(session: Session, filters: HouseholdFilter) -> list[str]:
    """The filter in Thai words, for the document's subtitle."""
    parts: list[str] = []
    if filters.subdistrict is not None:
        parts.append(f"ตำบล{filters.subdistrict}" if filters.subdistrict else "ไม่ระบุตำบล")
    if filters.village_no is not None:
        parts.append(f"หมู่ที่ {filters.village_no}")
    if filters.target_group is not None:
        parts.append(f"กลุ่มเป้าหมายที่ {filters.target_group}")
    if filters.logbook_status is not None:
        from desktop.households.export import LOGBOOK_STATUS_TH

        parts.append(f"Logbook: {LOGBOOK_STATUS_TH[filters.logbook_status]}")
    if filters.programme_id is not None:
        name = session.scalar(select(Programme.name).where(Programme.id == filters.programme_id))
        parts.append(f"โครงการ{name or filters.programme_id}")
    if filters.stage is not None:
        parts.append(f"ระดับ{STAGE_TH[filters.stage]}" if filters.stage else "ยังไม่ประเมินระดับการพัฒนา")
    if filters.plan is not None:
        text = PLAN_TH[filters.plan]
        if filters.fiscal_year is not None:
            text += f" ปีงบประมาณ {filters.fiscal_year}"
        parts.append(text)
    if filters.activity_from is not None or filters.activity_to is not None:
        first = thai_date_short(filters.activity_from, False) if filters.activity_from else "…"
        last = thai_date_short(filters.activity_to, False) if filters.activity_to else "…"
        parts.append(f"มีกิจกรรมช่วยเหลือ {first} – {last}")
    if filters.logbook_entered is not None:
        parts.append("บันทึกใน Logbook แล้ว" if filters.logbook_entered else "ยังไม่บันทึกใน Logbook")
    if filters.search.strip():
        parts.append(f"ค้นหา “{filters.search.strip()}”")
    return parts


CELL_CHARS = 120  # a printed cell longer than this is cut, with a mark (the xlsx keeps it all)


def _cut(text: str) -> str:
    """Older data may hold texts far longer than a printed cell: cut with '…' so a page stays
    a page (and the layout stays linear in the text's length)."""
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def household_document(
    session: Session,
    filters: HouseholdFilter | None = None,
    settings: Settings | None = None,
    today: dt.date | None = None,
) -> tuple[Document, int]:
    """A landscape table: Thai headers repeated on every page, national IDs masked in the middle."""
    filters = filters or HouseholdFilter()
    refresh_names(session)  # names printed in the list are never broken across lines
    rows: list[list[str]] = []
    for row in household_rows(session, filters):
        (index, national_id, name, house_no, village_no, _village, subdistrict, _district, _province,
         _code, group, members, income, status) = row  # fmt: skip
        rows.append(
            [
                str(index),
                mask_national_id(national_id) if national_id else "—",
                _cut(name),
                _cut(house_no),
                "" if village_no is None else str(village_no),
                _cut(subdistrict),
                group,
                str(members),
                "" if income is None else f"{income:,}",
                status,
            ]
        )
    day = today or dt.date.today()
    wanted = describe_filter(session, filters)
    subtitle = f"ข้อมูล ณ วันที่ {thai_date(day, False)} จำนวน {len(rows):,} ครัวเรือน"
    if wanted:
        subtitle = f"{' · '.join(wanted)} — {subtitle}"
    document = build_table_document(
        "บัญชีรายชื่อครัวเรือนเป้าหมาย", PRINT_COLUMNS, rows, subtitle=subtitle, settings=settings, landscape=True
    )
    document.author = session.scalar(select(OfficeProfile.office_name)) or ""
    return document, len(rows)


def export_household_list(
    session: Session,
    path: Path,
    filters: HouseholdFilter | None = None,
    settings: Settings | None = None,
) -> int:
    """Write the filtered list; the format follows the suffix: .xlsx, .pdf or .docx."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return export_households(session, path, filters)
    if suffix not in (".pdf", ".docx"):
        raise UserError(
            f"ส่งออกได้เฉพาะไฟล์ .xlsx .pdf หรือ .docx ไม่ใช่ {path.suffix or 'ไฟล์ไม่มีนามสกุล'}",
            f"Export writes .xlsx, .pdf or .docx, not {path.suffix or 'a file without a suffix'}.",
        )
    document, count = household_document(session, filters, settings)
    render(document, path, on_ready=lambda: record_export(session, path, filters, count))
    return count
