"""One read, one plan (issue #18 item 3): the mapping step reads the top rows only, and Import
writes the preview's plan unless the register changed since."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from database.models import Household, Member
from desktop.db import Database
from desktop.households.editing import update_household
from desktop.households.importing import ImportOptions, preview_import, read_and_map, write_import
from desktop.households.importing.bulk import BulkInserter
from desktop.households.importing.merge import HH
from desktop.households.importing.reader import read_table, read_top
from desktop.households.importing.xlsx_parts import read_top_rows
from tests.households.files import make_id, write_csv, write_xlsx

HEADER = ["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "หมู่", "ตำบล", "รายได้"]


def rows(count: int) -> list[list[Any]]:
    body = [[n + 1, f"นายคน{n} ดี", make_id(8000 + n), str(n + 1), 1, "ทุ่งทอง", 1000 + n] for n in range(count)]
    return [["บัญชีครัวเรือน"], [None], HEADER, *body]


def test_the_mapping_comes_from_the_top_rows_only(database: Database, tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path / "big.xlsx", rows(3000))
    top = read_top_rows(xlsx, 30)
    assert top is not None and len(top.rows) == 30  # cut from the start of the sheet's XML
    assert top.rows[2][:3] == ["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน"]
    table, mapping = read_and_map(database, xlsx, ImportOptions(), top_only=True)
    assert len(table.rows) == 30 and mapping.header_row == 2
    assert mapping == read_and_map(database, xlsx, ImportOptions())[1]  # as from the whole sheet
    csv_rows = [["" if v is None else v for v in row] + [""] * (7 - len(row)) for row in rows(6000)]
    csv = write_csv(tmp_path / "big.csv", csv_rows, "cp874")
    assert csv.stat().st_size > 256 * 1024
    top_csv = read_top(csv)
    assert len(top_csv.rows) == 30 and top_csv.rows[3][1] == "นายคน0 ดี"
    assert read_table(csv).rows[:30] == top_csv.rows


def test_import_writes_the_preview_unless_the_register_changed(database: Database, tmp_path: Path) -> None:
    first = write_xlsx(tmp_path / "v1.xlsx", rows(5))
    preview = preview_import(database, first, ImportOptions())
    written = write_import(database, preview, ImportOptions())
    assert written.written and written.plan is preview.plan
    # A second list is previewed; meanwhile a clerk edits a household it would change.
    changed = rows(5)
    changed[3][6] = 5000  # คน0's income
    changed[4][6] = 6000  # คน1's income
    second = write_xlsx(tmp_path / "v2.xlsx", changed)
    preview2 = preview_import(database, second, ImportOptions())
    assert len(preview2.plan.household_updates) == 2
    with database.session() as session:
        member = session.scalars(select(Member).where(Member.national_id == make_id(8000))).one()
        update_household(session, member.household_id, {"income_per_person": 4242})
    result = write_import(database, preview2, ImportOptions())
    assert result.written and result.plan is not preview2.plan  # planned again, from the rows read
    assert [d.kept for d in result.plan.differences if d.field == "income_per_person"] == [True, False]
    with database.session() as session:
        incomes = dict(session.execute(select(Household.house_no, Household.income_per_person)).all())
    assert incomes["1"] == 4242 and incomes["2"] == 6000


def test_bulk_inserts_need_computed_defaults_given(database: Database) -> None:
    with database.session() as session, pytest.raises(ValueError, match="created_at"):
        BulkInserter(session.connection(), HH, ["id", "house_no"], {"imported": "{}"})


def test_top_rows_of_any_sheet_of_a_workbook_and_of_an_xls(database: Database, tmp_path: Path) -> None:
    """Item 3's rest: a workbook of several sheets and an old .xls are not read whole for the mapping."""
    from openpyxl import Workbook

    from tests.households.files import write_xls

    workbook = Workbook()
    summary = workbook.active
    summary.title = "สรุป"
    summary.append(["สรุปรายตำบล"])
    households = workbook.create_sheet("ครัวเรือน")
    for row in rows(3000):
        households.append(row)
    workbook.create_sheet("หมายเหตุ").append(["ไม่มี"])
    path = tmp_path / "several.xlsx"
    workbook.save(path)
    top = read_top_rows(path, 30, "ครัวเรือน")
    assert top is not None and len(top.rows) == 30  # from the start of that sheet's XML only
    assert top.name == "ครัวเรือน" and top.sheet_names == ["สรุป", "ครัวเรือน", "หมายเหตุ"]
    assert top.rows[2][:3] == ["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน"]
    assert read_top_rows(path, 30, "ไม่มีแผ่นนี้") is None  # the ordinary reader refuses it
    options = ImportOptions(sheet="ครัวเรือน")
    table, mapping = read_and_map(database, path, options, top_only=True)
    assert table.name == "ครัวเรือน" and len(table.rows) == 30 and mapping.header_row == 2
    assert mapping == read_and_map(database, path, options)[1]
    xls = write_xls(tmp_path / "old.xls", rows(400))
    top_xls = read_top(xls)
    assert len(top_xls.rows) == 30 and top_xls.rows[:30] == read_table(xls).rows[:30]
    assert read_and_map(database, xls, ImportOptions(), top_only=True)[1].header_row == 2


def test_the_top_rows_calamine_gets_are_scanned_first(database: Database, tmp_path: Path) -> None:
    """The mapping step no longer scans the whole sheet: the part cut for calamine is scanned
    (a far cell among the top rows is refused there, in one sentence); one further down is
    refused by the full read of the preview."""
    from desktop.errors import UserError
    from tests.hostile.corpus import _header_row, _inline, sheet_xml, xlsx

    def sheet(far_row: int) -> bytes:
        body = "".join(
            f'<row r="{n}">'
            + _inline(f"A{n}", str(n))
            + (_inline("T1048576", "x") if n == far_row else "")
            + "</row>"
            for n in range(2, 60)
        )
        return xlsx(sheet_xml(_header_row() + body))

    near, far = tmp_path / "near.xlsx", tmp_path / "far.xlsx"
    near.write_bytes(sheet(3))
    far.write_bytes(sheet(50))
    with pytest.raises(UserError, match="T1048576"):
        read_top(near)
    assert len(read_top(far).rows) == 30  # the far cell lies below the rows read for the mapping
    with pytest.raises(UserError, match="T1048576"):
        preview_import(database, far, ImportOptions())
