"""Turn the sheet's rows into person records, with every problem located by the sheet's own row number."""

from __future__ import annotations

import datetime as dt
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


def parse_rows(table: Table, mapping: Mapping, progress: Progress = NO_PROGRESS) -> Parsed:
    parsed = Parsed(table.name, mapping)
    col = {key: mapping.column_of(key) for key in FIELD_BY_KEY}
    header_of = {key: (mapping.headers[i] if i is not None and i < len(mapping.headers) else "")
                 for key, i in col.items()}  # fmt: skip
    mapped = sorted(i for i in mapping.columns)
    rows = table.rows
    total = len(rows)
    start = mapping.header_row + 1
    for index in range(start, total):
        if (index - start) % 2000 == 0:
            progress(index, total, "")
        raw = rows[index]
        row_no = index + 1
        texts = [_shown(c) for c in raw]
        if not any(texts):
            parsed.skipped_blank += 1
            continue
        if clean.is_total_row(texts):
            parsed.skipped_totals += 1
            continue
        if not any(texts[i] for i in mapped if i < len(texts)):
            parsed.skipped_blank += 1
            continue
        parsed.rows_read += 1
        problems: list[Problem] = []
        household: dict[str, Any] = {}
        member: dict[str, Any] = {}

        def take(
            key: str,
            convert: Callable[[Any], Any],
            raw: list[Any] = raw,
            problems: list[Problem] = problems,
            row_no: int = row_no,
        ) -> Any:
            value = _cell(raw, col[key])
            try:
                return convert(value)
            except clean.BadValue as error:
                problems.append(Problem(row_no, header_of[key], _shown(value), str(error)))
                return None

        # Names: one column "ชื่อ-สกุล", or title / first / last in separate columns.
        title = take("title", clean.text) or ""
        first = take("first_name", clean.text) or ""
        last = take("last_name", clean.text) or ""
        if col["full_name"] is not None and not first:
            t, first, rest = clean.full_name(_cell(raw, col["full_name"]))
            title = title or t
            last = last or rest
        elif first and not title:
            title, first = clean.split_title(first)
            if " " in first and not last:
                first, last = first.split(" ", 1)
        if not first:
            column = header_of["full_name"] or header_of["first_name"]
            problems.append(Problem(row_no, column, "", "ไม่มีชื่อ"))
        member["title"], member["first_name"], member["last_name"] = title, first, last

        group = take("target_group", clean.target_group)
        if group is not None:
            household["target_group"], household["target_subgroup"] = group

        raw_id = _cell(raw, col["national_id"])
        national_id = normalize_national_id(raw_id) if col["national_id"] is not None else ""
        if national_id:
            if not is_valid_national_id(national_id):
                reason = (
                    "เลขประจำตัวประชาชนต้องมี 13 หลัก"
                    if len(national_id) != 13 or not national_id.isdigit()
                    else "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)"
                )
                problems.append(Problem(row_no, header_of["national_id"], _shown(raw_id), reason))
            else:
                member["national_id"] = national_id
        elif group is None or group[0] != 4:
            problems.append(
                Problem(
                    row_no,
                    header_of["national_id"] or "เลขประจำตัวประชาชน",
                    "",
                    "ไม่มีเลขประจำตัวประชาชน (เว้นได้เฉพาะกลุ่มเป้าหมายที่ 4)",
                )
            )

        sex = take("sex", clean.sex)
        if sex is None:
            sex = clean.title_sex(title)
        if sex is not None:
            member["sex"] = sex
        age = take("age", lambda v: clean.integer(v, "อายุ"))
        if age is not None:
            if 0 <= age <= 130:
                member["age"] = age
            else:
                problems.append(
                    Problem(row_no, header_of["age"], _shown(_cell(raw, col["age"])), "อายุไม่สมเหตุสมผล")
                )
        born: dt.date | None = take("birth_date", clean.birth_date)
        if born is not None:
            member["birth_date"] = born
        relation = take("relation", clean.text)
        if relation:
            member["relation"] = relation

        for key, convert in (
            ("house_no", clean.house_no),
            ("village_name", clean.text),
            ("subdistrict", clean.text),
            ("district", clean.text),
            ("province", clean.text),
            ("notes", clean.text),
            ("house_code", clean.house_code),
        ):
            value = take(key, convert)
            if value:
                household[key] = value
        for key, prefix in (("subdistrict", "ต."), ("district", "อ."), ("province", "จ.")):
            if household.get(key, "").startswith(prefix):
                household[key] = household[key][len(prefix) :].strip()
        postcode = take("postcode", lambda v: clean.text(v).replace(" ", ""))
        if postcode:
            if len(postcode) == 5 and postcode.isdigit():
                household["postcode"] = postcode
            else:
                problems.append(Problem(row_no, header_of["postcode"], postcode, "รหัสไปรษณีย์ต้องมี 5 หลัก"))
        village = take("village_no", clean.village_no)
        if village is not None:
            household["village_no"] = village
        welfare = take("welfare_card", clean.yes_no)
        if welfare is not None:
            household["welfare_card"] = welfare
        income = take("income", lambda v: clean.integer(v, "จำนวนเงิน"))
        if income is not None:
            if income < 0:
                problems.append(Problem(row_no, header_of["income"], _shown(income), "รายได้ติดลบ"))
            else:
                household["income_per_person"] = income
        flags = take("mpi", clean.mpi)
        if flags is not None:
            household.update(flags)

        if problems:
            parsed.problems.extend(problems)
            parsed.rejected.append((row_no, list(raw)))
            continue
        is_head = "หัวหน้า" in member.get("relation", "")
        parsed.records.append(Record(row_no, household, member, is_head))
    progress(total, total, "")
    return parsed
