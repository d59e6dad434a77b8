"""Messy field spreadsheets, written by the tests themselves."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop.thai import national_id_check_digit, to_thai_digits


def make_id(seed: int) -> str:
    first = f"3{seed:011d}"
    return first + str(national_id_check_digit(first))


def bad_check_digit(seed: int) -> str:
    good = make_id(seed)
    return good[:12] + str((int(good[12]) + 1) % 10)


def write_xlsx(
    path: Path, rows: Sequence[Sequence[Any]], merges: Sequence[str] = (), title: str = "Sheet1"
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for merge in merges:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def write_xls(
    path: Path, rows: Sequence[Sequence[Any]], merges: Sequence[tuple[int, int, int, int]] = ()
) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("ครัวเรือน")
    merged_cells = {(r, c) for r0, r1, c0, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r0, r1, c0, c1 in merges:
        sheet.write_merge(r0, r1, c0, c1, rows[r0][c0])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) not in merged_cells and value is not None:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str) -> Path:
    text = "\r\n".join(",".join(str(v) for v in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def messy_rows() -> list[list[Any]]:
    """Title rows, a header with the name in one column, Thai digits, 'ม.3', a total row, blanks."""
    return [
        ["บัญชีรายชื่อครัวเรือนเป้าหมาย อำเภอเวียงทอง", None, None, None, None, None, None, None],
        ["ข้อมูล ณ วันที่ ๑ กันยายน ๒๕๖๗", None, None, None, None, None, None, None],
        [None, None, None, None, None, None, None, None],
        ["ลำดับ", "ชื่อ - นามสกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "ม.", "ตำบล", "กลุ่มเป้าหมาย", "รายได้ (บาท/คน/ปี)"],
        [1, "นายสมชาย  ใจดี", make_id(1), "12", "ม.3", "ต.ทุ่งทอง", "กลุ่มที่ ๑", "45,000"],
        [2, "นางสาว มาลี ศรีสุข", to_thai_digits(make_id(2)), "๔๕/๑", "หมู่ที่ ๒", "ทุ่งทอง", "2", "๓๖,๕๐๐"],
        [3, "ด.ญ.กานดา ใจดี", "", "12", "3", "ทุ่งทอง", "4", ""],
        [None, None, None, None, None, None, None, None],
        ["รวม 3 ครัวเรือน", None, None, None, None, None, None, None],
    ]


def separate_name_rows() -> list[list[Any]]:
    """คำนำหน้า / ชื่อ / นามสกุล in separate columns, IDs with dashes, a merged ตำบล column."""
    a, b = make_id(11), make_id(12)
    return [
        ["แบบสำรวจครัวเรือน ตำบลแม่ปืม", None, None, None, None, None, None],
        ["คำนำหน้า", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "ตำบล"],
        ["นาย", "บุญมี", "คำแก้ว", f"{a[0]}-{a[1:5]}-{a[5:10]}-{a[10:12]}-{a[12]}", "7", "1", "แม่ปืม"],
        ["นาง", "บัวผัน", "คำแก้ว", f"{b[0]} {b[1:5]} {b[5:10]} {b[10:12]} {b[12]}", "7", "1", None],
    ]


def truncated_xlsx(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def zip_bomb(path: Path) -> Path:
    """A valid-looking xlsx container whose sheet expands from KBs to ~300 MB."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
            chunk = b"<row>" + b"0" * (1024 * 1024) + b"</row>"
            for _ in range(300):
                handle.write(chunk)
    return path


FIELD_LIST_HEADER = ["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "ตำบล", "กลุ่มเป้าหมาย", "รายได้"]


def field_list(valid: int, pairs: int, bad: int = 0, repeated: int = 0) -> list[list[Any]]:
    """A TPMAP-style list: a title row, the header, ``valid`` heads (the last ``pairs`` of them at
    the house number of an earlier head, with another ID, income and group), ``bad`` rows with a
    wrong check digit, ``repeated`` rows repeating an earlier head's ID, and a total row."""
    rows: list[list[Any]] = [["บัญชีครัวเรือนเป้าหมาย ตำบลทุ่งทอง"], FIELD_LIST_HEADER]
    for n in range(valid):
        house = f"{n + 1}/1"
        if n >= valid - pairs:
            house = f"{n - (valid - pairs) + 1}/1"  # the house of head n - (valid - pairs)
        rows.append(
            [n + 1, f"นายคน{n} สกุล{n}", make_id(1000 + n), house, n % 9 + 1 if n < valid - pairs else
             (n - (valid - pairs)) % 9 + 1, "ทุ่งทอง", 1 + n % 3, 30000 + n]
        )  # fmt: skip
    for n in range(bad):
        rows.append([valid + n + 1, f"นางผิด{n} เลข", bad_check_digit(5000 + n), "99", 1, "ทุ่งทอง", 1, 1])
    for n in range(repeated):
        rows.append([valid + bad + n + 1, f"นายคน{n} สกุล{n}", make_id(1000 + n), f"{n + 1}/1", n % 9 + 1,
                     "ทุ่งทอง", 1 + n % 3, 30000 + n])  # fmt: skip
    rows.append([f"รวม {valid} ครัวเรือน"])
    return rows
