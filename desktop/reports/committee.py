"""The four reports the committee asks for, built from GROUP BY queries.

progress   — progress by ตำบล (and by หมู่บ้าน)
groups     — households by target group and stage
assistance — assistance by agency
backlog    — what still has to be entered in TPMAP Logbook
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, distinct, func, select
from sqlalchemy.orm import Session

from database.enums import LogbookStatus, PlanStatus
from database.models import Activity, Agency, Household, Member, OfficeProfile, PlanItem
from desktop.documents.names import refresh as refresh_names
from desktop.errors import UserError
from desktop.reports.charts import ChartSpec, Series
from desktop.reports.figures import fiscal_months, overdue_flag, plan_scope
from desktop.reports.labels import (
    LOGBOOK_STATUS_TH,
    NO_AGENCY,
    NO_STAGE,
    NO_SUBDISTRICT,
    STAGE_ORDER,
    STAGE_TH,
    TARGET_GROUP_SHORT_TH,
    TARGET_GROUP_TH,
    TARGET_GROUPS,
)
from desktop.reports.model import DATE, MONEY, TEXT, Report, ReportColumn, ReportTable, totals_row
from desktop.thai import MONTHS_SHORT, be_year, fiscal_year_be, fiscal_year_bounds

REPORT_NAMES = ("progress", "groups", "assistance", "backlog")
REPORT_TITLES = {
    "progress": "รายงานความก้าวหน้าการแก้ไขปัญหาความยากจน จำแนกรายตำบล",
    "groups": "รายงานครัวเรือนเป้าหมาย จำแนกตามกลุ่มเป้าหมายและระดับการพัฒนา",
    "assistance": "รายงานการให้ความช่วยเหลือครัวเรือน จำแนกตามหน่วยงาน",
    "backlog": "รายงานรายการที่ยังไม่ได้บันทึกในระบบ TPMAP Logbook",
}
LIST_LIMIT = 5000  # rows of a detail list; the summary sheets always cover everything
OPEN = (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)


def _office(session: Session) -> str:
    return session.scalar(select(OfficeProfile.office_name).limit(1)) or ""


def _place(name: str) -> str:
    return name or NO_SUBDISTRICT


def month_label(month: dt.date) -> str:
    return f"{MONTHS_SHORT[month.month - 1]} {be_year(month) % 100:02d}"


# --- progress by ตำบล ----------------------------------------------------------------------

PROGRESS_COLUMNS = (
    ReportColumn("ครัวเรือนเป้าหมาย", 11),
    ReportColumn("กลุ่มที่ 1", 9),
    ReportColumn("อยู่ใน Logbook", 10),
    ReportColumn("ไม่พบใน Logbook", 10),
    ReportColumn("ครัวเรือนที่มีแผน", 10),
    ReportColumn("รายการแผน", 9),
    ReportColumn("แผนเสร็จแล้ว", 9),
    ReportColumn("แผนเกินกำหนด", 9),
    ReportColumn("ครัวเรือนที่ได้รับความช่วยเหลือ", 14),
    ReportColumn("กิจกรรมช่วยเหลือ", 10),
    ReportColumn("บันทึก Logbook แล้ว", 11),
    ReportColumn("อยู่พอได้/อยู่ดี", 10),
)


def _progress_rows(
    session: Session, year_be: int, today: dt.date, keys: Sequence[Any]
) -> dict[tuple[Any, ...], list[int]]:
    """One list of PROGRESS_COLUMNS figures per key (ตำบล, or ตำบล + หมู่ + หมู่บ้าน)."""
    start, end = fiscal_year_bounds(year_be)
    table: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0] * len(PROGRESS_COLUMNS))
    in_logbook = (LogbookStatus.FOUND, LogbookStatus.ENTERED)
    well = ("manageable", "well")
    for *key, group, status, stage, count in session.execute(
        select(
            *keys, Household.target_group, Household.logbook_status, Household.stage, func.count()
        ).group_by(*keys, Household.target_group, Household.logbook_status, Household.stage)
    ):
        row = table[tuple(key)]
        row[0] += count
        row[1] += count if group == 1 else 0
        row[2] += count if status in in_logbook else 0
        row[3] += count if status == LogbookStatus.NOT_FOUND else 0
        row[11] += count if stage is not None and stage.value in well else 0
    flag = overdue_flag(today)
    plan_query = (
        select(*keys, PlanItem.status, flag, func.count())
        .join(Household, Household.id == PlanItem.household_id)
        .where(plan_scope(year_be))
        .group_by(*keys, PlanItem.status, flag)
    )
    for *key, status, overdue, count in session.execute(plan_query):
        row = table[tuple(key)]
        row[5] += count
        row[6] += count if PlanStatus(status) == PlanStatus.DONE else 0
        row[7] += count if overdue else 0
    planned = (
        select(*keys, func.count(distinct(PlanItem.household_id)))
        .join(Household, Household.id == PlanItem.household_id)
        .where(plan_scope(year_be))
        .group_by(*keys)
    )
    for *key, count in session.execute(planned):
        table[tuple(key)][4] = count
    entered = func.sum(case((Activity.logbook_entered.is_(True), 1), else_=0))
    helped = (
        select(*keys, func.count(distinct(Activity.household_id)), func.count(), entered)
        .join(Household, Household.id == Activity.household_id)
        .where(Activity.activity_on.between(start, end))
        .group_by(*keys)
    )
    for *key, households, activities, entered_count in session.execute(helped):
        row = table[tuple(key)]
        row[8], row[9], row[10] = households, activities, int(entered_count or 0)
    return dict(
        sorted(table.items(), key=lambda item: tuple(str(k) if k is not None else "" for k in item[0]))
    )


def progress_report(session: Session, year_be: int, today: dt.date) -> Report:
    by_subdistrict = _progress_rows(session, year_be, today, [Household.subdistrict])
    columns = [ReportColumn("ตำบล", 16, TEXT), *PROGRESS_COLUMNS]
    rows: list[list[Any]] = [[_place(key[0]), *values] for key, values in by_subdistrict.items()]
    by_village = _progress_rows(
        session, year_be, today, [Household.subdistrict, Household.village_no, Household.village_name]
    )
    village_columns = [
        ReportColumn("ตำบล", 14, TEXT),
        ReportColumn("หมู่ที่", 7, TEXT),
        ReportColumn("หมู่บ้าน", 16, TEXT),
        *PROGRESS_COLUMNS,
    ]
    village_rows = [
        [_place(t), "" if no is None else str(no), name, *values]
        for (t, no, name), values in by_village.items()
    ]
    categories = [str(row[0]) for row in rows]
    chart = ChartSpec(
        "ความก้าวหน้ารายตำบล",
        categories,
        [
            Series("ครัวเรือนเป้าหมาย", [float(row[1]) for row in rows]),
            Series("มีแผน", [float(row[5]) for row in rows]),
            Series("ได้รับความช่วยเหลือ", [float(row[9]) for row in rows]),
        ],
        width=640,
    )
    return Report(
        "progress",
        REPORT_TITLES["progress"],
        year_be,
        _office(session),
        today,
        [
            ReportTable("รายตำบล", columns, rows, totals_row("รวม", rows, columns)),
            ReportTable(
                "รายหมู่บ้าน", village_columns, village_rows, totals_row("รวม", village_rows, village_columns, 3)
            ),
        ],
        [chart],
    )


# --- households by target group and stage ------------------------------------------------------


def _crosstab(
    pairs: dict[tuple[Any, Any], int], rows_keys: Sequence[Any], cols_keys: Sequence[Any]
) -> list[list[int]]:
    return [[pairs.get((r, c), 0) for c in cols_keys] for r in rows_keys]


def groups_report(session: Session, year_be: int, today: dt.date) -> Report:
    cells: dict[tuple[str, int, str], int] = defaultdict(int)
    for subdistrict, group, stage, count in session.execute(
        select(Household.subdistrict, Household.target_group, Household.stage, func.count()).group_by(
            Household.subdistrict, Household.target_group, Household.stage
        )
    ):
        cells[(subdistrict, group, stage.value if stage is not None else NO_STAGE)] += count
    subdistricts = sorted({t for t, _, _ in cells})
    group_stage: dict[tuple[Any, Any], int] = defaultdict(int)
    place_group: dict[tuple[Any, Any], int] = defaultdict(int)
    place_stage: dict[tuple[Any, Any], int] = defaultdict(int)
    for (t, g, s), n in cells.items():
        group_stage[(g, s)] += n
        place_group[(t, g)] += n
        place_stage[(t, s)] += n

    stage_columns = [ReportColumn(STAGE_TH[s], 11) for s in STAGE_ORDER]
    group_columns = [ReportColumn(TARGET_GROUP_SHORT_TH[g], 10) for g in TARGET_GROUPS]
    total = ReportColumn("รวม", 10)

    def table(
        title: str, first: ReportColumn, labels: list[str], values: list[list[int]], cols: list[ReportColumn]
    ) -> ReportTable:
        columns = [first, *cols, total]
        rows = [[label, *v, sum(v)] for label, v in zip(labels, values, strict=True)]
        return ReportTable(title, columns, rows, totals_row("รวม", rows, columns))

    gs = _crosstab(group_stage, TARGET_GROUPS, STAGE_ORDER)
    group_names = [TARGET_GROUP_TH[g] for g in TARGET_GROUPS]
    places = [_place(t) for t in subdistricts]
    place = ReportColumn("ตำบล", 16, TEXT)
    tables = [
        table("กลุ่มและระดับ", ReportColumn("กลุ่มเป้าหมาย", 28, TEXT), group_names, gs, stage_columns),
        table(
            "ตำบลและกลุ่ม", place, places, _crosstab(place_group, subdistricts, TARGET_GROUPS), group_columns
        ),
        table("ตำบลและระดับ", place, places, _crosstab(place_stage, subdistricts, STAGE_ORDER), stage_columns),
    ]
    chart = ChartSpec(
        "ครัวเรือนจำแนกตามกลุ่มเป้าหมายและระดับการพัฒนา",
        [TARGET_GROUP_SHORT_TH[g] for g in TARGET_GROUPS],
        [Series(STAGE_TH[s], [row[j] for row in gs]) for j, s in enumerate(STAGE_ORDER)],
        stacked=True,
        width=640,
    )
    return Report("groups", REPORT_TITLES["groups"], year_be, _office(session), today, tables, [chart])


# --- assistance by agency ----------------------------------------------------------------------


def assistance_report(session: Session, year_be: int, today: dt.date) -> Report:
    start, end = fiscal_year_bounds(year_be)
    entered = func.sum(case((Activity.logbook_entered.is_(True), 1), else_=0))
    query = (
        select(
            Agency.name,
            func.count(),
            func.count(distinct(Activity.household_id)),
            func.sum(Activity.amount),
            func.sum(Activity.in_kind_value),
            entered,
        )
        .select_from(Activity)
        .outerjoin(Agency, Agency.id == Activity.agency_id)
        .where(Activity.activity_on.between(start, end))
        .group_by(Agency.name)
    )
    rows: list[list[Any]] = []
    for name, activities, households, amount, in_kind, entered_sum in session.execute(query):
        done = int(entered_sum or 0)
        rows.append(
            [
                name or NO_AGENCY,
                activities,
                households,
                Decimal(amount or 0),
                Decimal(in_kind or 0),
                done,
                activities - done,
            ]
        )
    rows.sort(key=lambda r: (-r[1], r[0]))
    columns = [
        ReportColumn("หน่วยงาน", 30, TEXT),
        ReportColumn("กิจกรรม", 9),
        ReportColumn("ครัวเรือน", 9),
        ReportColumn("เงินช่วยเหลือ (บาท)", 14, MONEY),
        ReportColumn("มูลค่าสิ่งของ (บาท)", 14, MONEY),
        ReportColumn("บันทึก Logbook แล้ว", 11),
        ReportColumn("ยังไม่บันทึก", 10),
    ]
    months = fiscal_months(year_be)
    per_month: dict[tuple[Any, Any], int] = defaultdict(int)
    for name, day, count in session.execute(
        select(Agency.name, Activity.activity_on, func.count())
        .select_from(Activity)
        .outerjoin(Agency, Agency.id == Activity.agency_id)
        .where(Activity.activity_on.between(start, end))
        .group_by(Agency.name, Activity.activity_on)
    ):
        per_month[(name or NO_AGENCY, dt.date(day.year, day.month, 1))] += count
    names = [r[0] for r in rows]
    month_columns = (
        [ReportColumn("หน่วยงาน", 30, TEXT)]
        + [ReportColumn(month_label(m), 7) for m in months]
        + [ReportColumn("รวม", 8)]
    )
    month_rows = [[n, *(v := [per_month.get((n, m), 0) for m in months]), sum(v)] for n in names]
    chart = ChartSpec(
        "กิจกรรมช่วยเหลือจำแนกตามหน่วยงาน",
        names[:12],
        [
            Series("บันทึก Logbook แล้ว", [r[5] for r in rows[:12]]),
            Series("ยังไม่บันทึก", [r[6] for r in rows[:12]]),
        ],
        stacked=True,
        horizontal=True,
        width=640,
        height=max(220, 70 + 26 * len(names[:12])),
    )
    return Report(
        "assistance",
        REPORT_TITLES["assistance"],
        year_be,
        _office(session),
        today,
        [
            ReportTable("รายหน่วยงาน", columns, rows, totals_row("รวม", rows, columns)),
            ReportTable("รายเดือน", month_columns, month_rows, totals_row("รวม", month_rows, month_columns)),
        ],
        [chart],
    )


# --- Logbook backlog ---------------------------------------------------------------------------


def _heads() -> Select[Any]:
    first_head = (
        select(Member.household_id, func.min(Member.id).label("member_id"))
        .where(Member.is_head.is_(True))
        .group_by(Member.household_id)
        .subquery()
    )
    return select(first_head.c.household_id, Member.title, Member.first_name, Member.last_name).join(
        Member, Member.id == first_head.c.member_id
    )


def _name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def backlog_report(session: Session, year_be: int, today: dt.date) -> Report:
    _, end = fiscal_year_bounds(year_be)
    waiting = (LogbookStatus.NOT_CHECKED, LogbookStatus.NOT_FOUND)
    summary: dict[str, list[Any]] = defaultdict(lambda: [0, 0, 0, None])
    for subdistrict, status, count in session.execute(
        select(Household.subdistrict, Household.logbook_status, func.count())
        .where(Household.logbook_status.in_(waiting))
        .group_by(Household.subdistrict, Household.logbook_status)
    ):
        summary[subdistrict][0 if status == LogbookStatus.NOT_CHECKED else 1] += count
    for subdistrict, count, oldest in session.execute(
        select(Household.subdistrict, func.count(), func.min(Activity.activity_on))
        .join(Household, Household.id == Activity.household_id)
        .where(Activity.logbook_entered.is_(False), Activity.activity_on <= end)
        .group_by(Household.subdistrict)
    ):
        summary[subdistrict][2] = count
        summary[subdistrict][3] = oldest
    columns = [
        ReportColumn("ตำบล", 16, TEXT),
        ReportColumn("ครัวเรือนยังไม่ตรวจสอบ", 13),
        ReportColumn("ครัวเรือนไม่พบใน Logbook", 13),
        ReportColumn("กิจกรรมยังไม่บันทึก", 12),
        ReportColumn("กิจกรรมเก่าที่สุดที่ค้าง", 14, DATE),
    ]
    rows = [[_place(t), *values] for t, values in sorted(summary.items())]
    totals = totals_row("รวม", rows, columns)
    oldest_all = [r[4] for r in rows if r[4] is not None]
    totals[4] = min(oldest_all) if oldest_all else None

    heads = _heads().subquery()
    household_query = (
        select(
            Household.subdistrict, Household.village_no, Household.village_name, Household.house_no,
            heads.c.title, heads.c.first_name, heads.c.last_name,
            Household.target_group, Household.logbook_status,
        )
        .outerjoin(heads, heads.c.household_id == Household.id)
        .where(Household.logbook_status.in_(waiting))
        .order_by(Household.subdistrict, Household.village_no, Household.id)
    )  # fmt: skip
    household_count = sum(r[1] + r[2] for r in rows)
    household_rows = [
        [i, _place(t), "" if no is None else str(no), vname, house, _name(title, first, last),
         group, LOGBOOK_STATUS_TH[status.value]]
        for i, (t, no, vname, house, title, first, last, group, status) in enumerate(
            session.execute(household_query.limit(LIST_LIMIT)), 1
        )
    ]  # fmt: skip
    household_columns = [
        ReportColumn("ลำดับ", 7), ReportColumn("ตำบล", 14, TEXT), ReportColumn("หมู่ที่", 7, TEXT),
        ReportColumn("หมู่บ้าน", 16, TEXT), ReportColumn("บ้านเลขที่", 10, TEXT),
        ReportColumn("หัวหน้าครัวเรือน", 26, TEXT),
        ReportColumn("กลุ่ม", 6), ReportColumn("สถานะ Logbook", 14, TEXT),
    ]  # fmt: skip
    activity_query = (
        select(
            Activity.activity_on, Household.subdistrict, Household.village_no, Household.house_no,
            heads.c.title, heads.c.first_name, heads.c.last_name, Agency.name, Activity.description,
        )
        .join(Household, Household.id == Activity.household_id)
        .outerjoin(heads, heads.c.household_id == Household.id)
        .outerjoin(Agency, Agency.id == Activity.agency_id)
        .where(Activity.logbook_entered.is_(False), Activity.activity_on <= end)
        .order_by(Activity.activity_on, Activity.id)
    )  # fmt: skip
    activity_count = int(totals[3] or 0)
    activity_rows = [
        [i, day, _place(t), "" if no is None else str(no), house, _name(title, first, last),
         agency or NO_AGENCY, description, (today - day).days]
        for i, (day, t, no, house, title, first, last, agency, description) in enumerate(
            session.execute(activity_query.limit(LIST_LIMIT)), 1
        )
    ]  # fmt: skip
    activity_columns = [
        ReportColumn("ลำดับ", 7), ReportColumn("วันที่", 12, DATE), ReportColumn("ตำบล", 14, TEXT),
        ReportColumn("หมู่ที่", 7, TEXT), ReportColumn("บ้านเลขที่", 10, TEXT),
        ReportColumn("หัวหน้าครัวเรือน", 24, TEXT),
        ReportColumn("หน่วยงาน", 34, TEXT), ReportColumn("กิจกรรม", 30, TEXT), ReportColumn("ค้างมา (วัน)", 9),
    ]  # fmt: skip

    def note(shown: int, total: int) -> str:
        return f"แสดง {shown:,} รายการแรกจากทั้งหมด {total:,} รายการ" if shown < total else ""

    chart = ChartSpec(
        "งานที่ยังไม่ได้บันทึกใน Logbook รายตำบล",
        [r[0] for r in rows],
        [
            Series("ครัวเรือนยังไม่ตรวจสอบ/ไม่พบ", [r[1] + r[2] for r in rows]),
            Series("กิจกรรมยังไม่บันทึก", [r[3] for r in rows]),
        ],
        width=640,
    )
    return Report(
        "backlog",
        REPORT_TITLES["backlog"],
        year_be,
        _office(session),
        today,
        [
            ReportTable("สรุปรายตำบล", columns, rows, totals),
            ReportTable(
                "ครัวเรือนที่ต้องบันทึก",
                household_columns,
                household_rows,
                None,
                note(len(household_rows), household_count),
            ),
            ReportTable(
                "กิจกรรมที่ต้องบันทึก",
                activity_columns,
                activity_rows,
                None,
                note(len(activity_rows), activity_count),
            ),
        ],
        [chart],
    )


BUILDERS: dict[str, Callable[[Session, int, dt.date], Report]] = {
    "progress": progress_report,
    "groups": groups_report,
    "assistance": assistance_report,
    "backlog": backlog_report,
}


def build_report(
    session: Session, name: str, year_be: int | None = None, today: dt.date | None = None
) -> Report:
    if name not in BUILDERS:
        raise UserError(f"ไม่รู้จักรายงาน {name}", f"Unknown report {name}.")
    today = today or dt.date.today()
    refresh_names(session)  # a printed report never breaks inside a name of the database
    return BUILDERS[name](session, year_be or fiscal_year_be(today), today)
