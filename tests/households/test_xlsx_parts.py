"""A big sheet read in parts on several cores gives exactly the rows of one ordinary read."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from database.models import Household
from desktop.db import Database
from desktop.errors import UserError
from desktop.households.importing import ImportOptions, reader, run_import, xlsx_parts
from desktop.households.importing.reader import read_table
from desktop.progress import Cancelled, Progress
from tests.households.files import bad_check_digit, make_id, write_xlsx


@pytest.fixture(autouse=True)
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Split even test-sized sheets, in three parts (more cuts than the machine has cores)."""
    monkeypatch.setattr(xlsx_parts, "SPLIT_FROM_BYTES", 1)
    monkeypatch.setattr(xlsx_parts, "_parts_wanted", lambda: 3)


def one_piece(path: Path) -> list[list[Any]]:
    workbook = CalamineWorkbook.from_path(str(path))
    sheet = workbook.get_sheet_by_index(0)
    rows = [list(row) for row in sheet.to_python(skip_empty_area=False)]
    reader._fill_merged(rows, sheet.merged_cell_ranges)
    workbook.close()
    return rows


def field_rows(count: int) -> list[list[Any]]:
    rows: list[list[Any]] = [["บัญชีครัวเรือนเป้าหมาย อำเภอเวียงทอง"], [], ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ-สกุล"]]
    for i in range(1, count + 1):
        rows.append(
            [i, make_id(i), f"นาย ทดสอบ{i % 50} ใจดี", i * 10.5, dt.datetime(2025, 1, 1 + i % 28), "ม.๓"]
        )
    return rows


def test_parts_join_into_the_same_rows_as_one_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", field_rows(3000), merges=["A1:F1"])
    parts = xlsx_parts.read_in_parts(path, None)
    assert parts is not None
    assert len(parts.rows) < 3003 and parts.expected_rows > 2000  # the first part only, so far
    rows = parts.complete()
    reader._fill_merged(rows, parts.merged)  # the merge's ranges come with the first part
    assert rows == one_piece(path)
    assert read_table(path).rows == one_piece(path)  # the import's reader takes this path
    assert parts.name == "Sheet1" and parts.sheet_names == ["Sheet1"]


def test_blank_rows_and_an_empty_first_column_at_the_cuts_stay_in_place(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for r in range(1, 2001):
        if 900 <= r <= 1500:
            if r % 3 == 0:
                continue  # blank rows, some of them where a cut falls
            sheet.cell(row=r, column=3, value=f"แถว {r}")  # A and B empty for a long stretch
        else:
            sheet.cell(row=r, column=1, value=r)
            sheet.cell(row=r, column=2, value=f"ค่า {r}")
    sheet.cell(row=2400, column=8, value="ท้ายตาราง")
    path = tmp_path / "gaps.xlsx"
    workbook.save(path)
    parts = xlsx_parts.read_in_parts(path, None)
    assert parts is not None
    assert parts.complete() == one_piece(path)
    assert parts.rows[2399][7] == "ท้ายตาราง" and parts.rows[1199][2] == ""


def test_files_it_does_not_split_are_read_the_ordinary_way(tmp_path: Path) -> None:
    two_sheets = Workbook()
    two_sheets.active.append(["ก", "ข"])
    two_sheets.create_sheet("อื่น").append(["ค"])
    two_sheets.save(tmp_path / "two.xlsx")
    assert xlsx_parts.read_in_parts(tmp_path / "two.xlsx", None) is None
    assert read_table(tmp_path / "two.xlsx").rows == [["ก", "ข"]]

    path = write_xlsx(tmp_path / "named.xlsx", field_rows(50), title="ข้อมูล")
    assert xlsx_parts.read_in_parts(path, "อื่น") is None  # the ordinary reader says there is no such sheet
    assert xlsx_parts.read_in_parts(path, "ข้อมูล") is not None


def household_rows(count: int, bad_row: int) -> list[list[Any]]:
    """A district list: its ตำบล merged down the whole column (across every cut), one bad ID."""
    rows: list[list[Any]] = [
        ["บัญชีครัวเรือน"],
        ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ-สกุล", "บ้านเลขที่", "หมู่ที่", "ตำบล"],
    ]
    for i in range(1, count + 1):
        national_id = bad_check_digit(i) if len(rows) + 1 == bad_row else make_id(i)
        rows.append(
            [i, national_id, f"นาย ทดสอบ{i} ใจดี", str(i), f"ม.{i % 9 + 1}", "ต.ทุ่งทอง" if i == 1 else None]
        )
    return rows


def test_an_import_validates_the_first_parts_while_the_rest_is_read(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", household_rows(3000, bad_row=2950), merges=["F3:F3002"])
    streamed = read_table(path, streaming=True)
    assert streamed.more is not None and len(streamed.rows) < 3002 < streamed.expected_rows + 100
    assert [len(streamed.rows) for _ in streamed.arrivals()][-1] == 3002

    refused = run_import(database, path, ImportOptions())  # the bad row sits in the last part
    assert refused.refused and not refused.written
    assert [(p.row, p.column) for p in refused.problems] == [(2950, "เลขประจำตัวประชาชน")]
    result = run_import(database, path, ImportOptions(skip_invalid=True))
    assert result.written and len(result.plan.new_households) == 2999
    with database.session() as session:
        subdistricts = session.scalars(select(Household.subdistrict).distinct()).all()
    assert subdistricts == ["ทุ่งทอง"]  # the merged cell filled in every part

    monkeypatch.setattr(xlsx_parts, "_threads_wanted", lambda: 1)  # one ordinary read
    one_read = run_import(database, path, ImportOptions(skip_invalid=True, dry_run=True))
    assert [(p.row, p.column) for p in one_read.problems] == [(2950, "เลขประจำตัวประชาชน")]
    assert one_read.parsed.rows_read == result.parsed.rows_read == 3000


def test_a_part_damaged_late_in_the_sheet_refuses_the_file(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", household_rows(3000, bad_row=0))
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                cut = data.index(b'<row r="2900"')
                data = data[:cut] + b'<row r="2900"><c r="A2900" t="n"><v>1</x></c>' + data[cut:]
            target.writestr(info, data)
    assert read_table(good, streaming=True).rows
    table = read_table(broken, streaming=True)  # the first part reads well
    with pytest.raises(UserError, match=r"broken\.xlsx: อ่านข้อมูลในไฟล์ไม่ได้"):
        for _count in table.arrivals():
            pass
    with pytest.raises(UserError, match=r"broken\.xlsx: "):
        read_table(broken)


def test_cancelling_while_the_parts_still_load_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", household_rows(3000, bad_row=0))
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # once the first part is validated, the others still loading

    with pytest.raises(Cancelled):
        run_import(database, path, ImportOptions(), Progress(is_cancelled=cancelled))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 0
    assert run_import(database, path, ImportOptions()).written  # the file is free to import again
