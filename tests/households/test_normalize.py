from __future__ import annotations

import pytest

from database.enums import Sex
from desktop.households.importing import normalize as clean
from desktop.households.importing.columns import auto_map, find_header_row


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("ม.3", 3), ("หมู่ที่ ๓", 3), ("หมู่ 12", 12), ("๗", 7), (4.0, 4), ("", None)],
)
def test_village_number(raw: object, expected: int | None) -> None:
    assert clean.village_no(raw) == expected


def test_village_number_out_of_range() -> None:
    with pytest.raises(clean.BadValue):
        clean.village_no("ม.300")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("กลุ่มที่ ๑", (1, "")), ("3.2", (3, "3.2")), ("กลุ่ม 4", (4, "")), (2.0, (2, "")), ("", None)],
)
def test_target_group(raw: object, expected: object) -> None:
    assert clean.target_group(raw) == expected


def test_target_group_out_of_range() -> None:
    with pytest.raises(clean.BadValue):
        clean.target_group("กลุ่มที่ 5")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("45,000", 45000), ("๔๕,๐๐๐", 45000), ("45000 บาท", 45000), (36500.0, 36500), ("-", None)],
)
def test_money(raw: object, expected: int | None) -> None:
    assert clean.integer(raw) == expected


def test_money_refuses_words() -> None:
    with pytest.raises(clean.BadValue):
        clean.integer("สี่หมื่น")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("นายสมชาย  ใจดี", ("นาย", "สมชาย", "ใจดี")),
        ("นางสาว มาลี   ศรีสุข", ("นางสาว", "มาลี", "ศรีสุข")),
        ("ด.ญ.กานดา ใจดี", ("ด.ญ.", "กานดา", "ใจดี")),
        ("สมศรี มีสุข", ("", "สมศรี", "มีสุข")),
    ],
)
def test_full_name(raw: str, expected: tuple[str, str, str]) -> None:
    assert clean.full_name(raw) == expected


def test_title_gives_sex() -> None:
    assert clean.title_sex("นางสาว") == Sex.FEMALE
    assert clean.title_sex("ด.ช.") == Sex.MALE


def test_total_rows() -> None:
    assert clean.is_total_row(["", "รวม 25 ครัวเรือน"])
    assert clean.is_total_row(["Total"])
    assert not clean.is_total_row(["1", "รวมใจ ดีมาก"])  # the first filled cell decides
    assert not clean.is_total_row(["1", "นายสมชาย"])


def test_header_synonyms_and_header_row() -> None:
    rows = [
        ["รายชื่อครัวเรือน"],
        [],
        ["ที่", "ชื่อ - นามสกุล", "เลขประจำตัวประชาชน", "หมู่ที่", "บ้านเลขที่", "รายได้เฉลี่ย/คน/ปี"],
    ]
    assert find_header_row(rows) == 2
    mapping = auto_map(rows[2])
    assert mapping == {1: "full_name", 2: "national_id", 3: "village_no", 4: "house_no", 5: "income"}
    assert auto_map(["ม.", "เลขบัตร", "คำนำหน้า", "ชื่อ", "นามสกุล"]) == {
        0: "village_no",
        1: "national_id",
        2: "title",
        3: "first_name",
        4: "last_name",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ท่าข้าม", "ท่าข้าม"),
        ("ท่า\rข้าม", "ท่า ข้าม"),  # a Mac line end: once it reached charts and broke them
        ("  ป่า\r\nแฝก\t", "ป่า แฝก"),
        ("บ้าน\xa0ใหม่\u200b", "บ้าน ใหม่"),
        ("นา\x07ยาง\x0c", "นายาง"),  # control characters go
        ("น้ำ  ตก", "น้ำ ตก"),
    ],
)
def test_text_cleans_line_ends_and_control_characters(raw: str, expected: str) -> None:
    assert clean.text(raw) == expected
