"""Turn the sheet's rows into person records, with every problem located by the sheet's own row number."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.households.importing import normalize as clean
from desktop.households.importing.columns import FIELD_BY_KEY, Mapping
from desktop.households.importing.reader import Table
from desktop.progress import NO_PROGRESS, Progress
from desktop.thai import is_valid_national_id, normalize_national_id

HOUSEHOLD_FIELDS = (
    "house_no", "village_no", "village_name", "subdistrict", "district", "province", "postcode",
    "house_code", "target_group", "target_subgroup", "welfare_card", "income_per_person",
    "mpi_health", "mpi_living", "mpi_education", "mpi_income", "mpi_access", "notes",
)  # fmt: skip
MEMBER_FIELDS = ("title", "first_name", "last_name", "national_id", "sex", "age", "birth_date", "relation")


@dataclass
class Problem:
    row: int  # the sheet's own row number (1-based), 0 for the file as a whole
    column: str
    value: str
    reason: str


@dataclass
class Record:
    """One person row: household fields and member fields that the file filled (blanks left out)."""

    row: int
    household: dict[str, Any]
    member: dict[str, Any]
    is_head: bool = False

    def household_key(self) -> tuple[Any, ...]:
        code = self.household.get("house_code")
        if code:
            return ("code", code)
        house = self.household.get("house_no")
        if house:
            return (
                "address",
                self.household.get("subdistrict", ""),
                self.household.get("village_no"),
                house,
            )
        return ("row", self.row)


@dataclass
class Parsed:
    sheet: str
    mapping: Mapping
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rejected: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number, raw cells)
    skipped_blank: int = 0
    skipped_totals: int = 0
    rows_read: int = 0


def _cell(row: list[Any], index: int | None) -> Any:
    if index is None or index >= len(row):
        return ""
    value = row[index]
    return "" if value is None else value


def _shown(value: Any) -> str:
    return clean.text(value)


Updates = dict[str, Any]


def _strip_prefix(prefix: str, key: str) -> Callable[[Any], Updates]:
    def convert(value: Any) -> Updates:
        text = clean.text(value)
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
        return {key: text} if text else {}

    return convert


def _plain(key: str, convert: Callable[[Any], Any]) -> Callable[[Any], Updates]:
    def run(value: Any) -> Updates:
        result = convert(value)
        return {} if result is None or result == "" else {key: result}

    return run


def _group(value: Any) -> Updates:
    group = clean.target_group(value)
    return {} if group is None else {"target_group": group[0], "target_subgroup": group[1]}


def _age(value: Any) -> Updates:
    age = clean.integer(value, "อายุ")
    if age is None:
        return {}
    if not 0 <= age <= 130:
        raise clean.BadValue("อายุไม่สมเหตุสมผล")
    return {"age": age}


def _income(value: Any) -> Updates:
    income = clean.integer(value, "จำนวนเงิน")
    if income is None:
        return {}
    if income < 0:
        raise clean.BadValue("รายได้ติดลบ")
    return {"income_per_person": income}


def _postcode(value: Any) -> Updates:
    code = clean.text(value).replace(" ", "")
    if not code:
        return {}
    if len(code) != 5 or not code.isdigit():
        raise clean.BadValue("รหัสไปรษณีย์ต้องมี 5 หลัก")
    return {"postcode": code}


def _mpi(value: Any) -> Updates:
    return clean.mpi(value) or {}


# field key → (converter to updates, goes to the household?, worth caching by raw value?)
CONVERTERS: dict[str, tuple[Callable[[Any], Updates], bool, bool]] = {
    "house_no": (_plain("house_no", clean.house_no), True, False),
    "village_no": (_plain("village_no", clean.village_no), True, True),
    "village_name": (_plain("village_name", clean.text), True, True),
    "subdistrict": (_strip_prefix("ต.", "subdistrict"), True, True),
    "district": (_strip_prefix("อ.", "district"), True, True),
    "province": (_strip_prefix("จ.", "province"), True, True),
    "postcode": (_postcode, True, True),
    "house_code": (_plain("house_code", clean.house_code), True, False),
    "target_group": (_group, True, True),
    "welfare_card": (_plain("welfare_card", clean.yes_no), True, True),
    "income": (_income, True, True),
    "mpi": (_mpi, True, True),
    "notes": (_plain("notes", clean.text), True, False),
    "sex": (_plain("sex", clean.sex), False, True),
    "age": (_age, False, True),
    "birth_date": (_plain("birth_date", clean.birth_date), False, True),
    "relation": (_plain("relation", clean.text), False, True),
}


_UNSEEN: Any = object()


def _converted(convert: Callable[[Any], Updates], value: Any) -> Updates | clean.BadValue:
    """The updates for a cell, or the refusal (kept, so a cached bad value is reported each time)."""
    try:
        return convert(value)
    except clean.BadValue as error:
        return error


def parse_rows(table: Table, mapping: Mapping, progress: Progress = NO_PROGRESS) -> Parsed:
    parsed = Parsed(table.name, mapping)
    col = {key: mapping.column_of(key) for key in FIELD_BY_KEY}
    headers = mapping.headers

    def header(key: str) -> str:
        index = col[key]
        return headers[index] if index is not None and index < len(headers) else ""

    simple: list[tuple[int, Callable[[Any], Updates], bool, bool, str, dict[Any, Any]]] = [
        (index, *CONVERTERS[key], header(key), {})
        for key, index in col.items()
        if index is not None and key in CONVERTERS
    ]
    mapped = sorted(mapping.columns)
    id_col, full_col = col["national_id"], col["full_name"]
    title_col, first_col, last_col = col["title"], col["first_name"], col["last_name"]
    id_header = header("national_id") or "เลขประจำตัวประชาชน"
    name_header = header("full_name") or header("first_name")
    rows = table.rows
    start = mapping.header_row + 1
    text = clean.text
    for arrived in table.arrivals():  # a big sheet: its later rows still being read meanwhile
        total = max(arrived, table.expected_rows)
        for index in range(start, arrived):
            if (index - start) % 5000 == 0:
                progress(index, total, "")
            raw = rows[index]
            if not any(raw):
                parsed.skipped_blank += 1
                continue
            first_filled = next(v for v in raw if v)
            if isinstance(first_filled, str) and clean.is_total_row([text(first_filled)]):
                parsed.skipped_totals += 1
                continue
            width = len(raw)
            if not any(raw[i] for i in mapped if i < width):
                parsed.skipped_blank += 1
                continue
            parsed.rows_read += 1
            row_no = index + 1
            problems: list[Problem] = []
            household: dict[str, Any] = {}
            member: dict[str, Any] = {}
            for column, convert, to_household, cacheable, column_header, cache in simple:
                value = raw[column] if column < width else ""
                if value == "" or value is None:
                    continue
                if cacheable:  # ตำบล, หมู่, กลุ่ม… repeat down the sheet: convert each value once
                    updates = cache.get(value, _UNSEEN)
                    if updates is _UNSEEN:
                        updates = cache[value] = _converted(convert, value)
                else:
                    updates = _converted(convert, value)
                if type(updates) is clean.BadValue:
                    problems.append(Problem(row_no, column_header, text(value), str(updates)))
                elif updates:
                    (household if to_household else member).update(updates)

            # Names: one column "ชื่อ-สกุล", or title / first / last in separate columns.
            title = text(_cell(raw, title_col))
            first = text(_cell(raw, first_col))
            last = text(_cell(raw, last_col))
            if full_col is not None and not first:
                t, first, rest = clean.full_name(_cell(raw, full_col))
                title = title or t
                last = last or rest
            elif first and not title:
                title, first = clean.split_title(first)
                if " " in first and not last:
                    first, last = first.split(" ", 1)
            if not first:
                problems.append(Problem(row_no, name_header, "", "ไม่มีชื่อ"))
            member["title"], member["first_name"], member["last_name"] = title, first, last
            if "sex" not in member:
                sex = clean.title_sex(title)
                if sex is not None:
                    member["sex"] = sex

            raw_id = _cell(raw, id_col)
            if type(raw_id) is str and len(raw_id) == 13 and raw_id.isascii() and raw_id.isdigit():
                national_id = raw_id
            else:
                national_id = normalize_national_id(raw_id) if id_col is not None else ""
            if national_id:
                if not is_valid_national_id(national_id):
                    reason = (
                        "เลขประจำตัวประชาชนต้องมี 13 หลัก"
                        if len(national_id) != 13 or not national_id.isdigit()
                        else "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)"
                    )
                    problems.append(Problem(row_no, id_header, text(raw_id), reason))
                else:
                    member["national_id"] = national_id
            elif household.get("target_group") != 4:
                problems.append(
                    Problem(row_no, id_header, "", "ไม่มีเลขประจำตัวประชาชน (เว้นได้เฉพาะกลุ่มเป้าหมายที่ 4)")
                )

            if problems:
                problems.sort(key=lambda p: p.column)
                parsed.problems.extend(problems)
                parsed.rejected.append((row_no, list(raw)))
                continue
            is_head = "หัวหน้า" in member.get("relation", "")
            parsed.records.append(Record(row_no, household, member, is_head))
        start = max(start, arrived)
    progress(len(rows), len(rows), "")
    return parsed
