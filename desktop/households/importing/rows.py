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
    key: str = ""  # the household key column (รหัสครัวเรือน …), when the sheet has one

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
    "house_no": (_plain("house_no", clean.house_no), True, True),
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
BLOCK_ROWS = 5000  # rows validated at a time: the unit of progress


def _converted(convert: Callable[[Any], Updates], value: Any) -> Updates | clean.BadValue:
    """The updates for a cell, or the refusal (kept, so a cached bad value is reported each time)."""
    try:
        return convert(value)
    except clean.BadValue as error:
        return error


class _Column:
    """One column converted a block of rows at a time, each distinct value once where that is
    worth it (ตำบล, หมู่, กลุ่ม… repeat down the sheet; a house code does not)."""

    def __init__(self, index: int, key: str, header: str) -> None:
        self.index, self.header = index, header
        self.convert, self.to_household, self.cacheable = CONVERTERS[key]
        self.cache: dict[Any, Updates | clean.BadValue] = {"": {}, None: {}}  # blank cells
        self.refused = False  # a value of this column was refused: blocks are searched for it

    def _first_time(self, value: Any) -> Updates | clean.BadValue:
        updates = _converted(self.convert, value)
        if type(updates) is clean.BadValue:
            self.refused = True
        if self.cacheable:
            self.cache[value] = updates
        return updates

    def updates(self, rows: list[list[Any]]) -> list[Updates | clean.BadValue]:
        index, get, first_time = self.index, self.cache.get, self._first_time
        cells = [raw[index] if index < len(raw) else "" for raw in rows]
        return [u if (u := get(value, _UNSEEN)) is not _UNSEEN else first_time(value) for value in cells]


class _RowParser:
    """The mapping turned into what each block of rows needs."""

    def __init__(self, mapping: Mapping) -> None:
        col = {key: mapping.column_of(key) for key in FIELD_BY_KEY}
        headers = mapping.headers

        def header(key: str) -> str:
            index = col[key]
            return headers[index] if index is not None and index < len(headers) else ""

        self.columns = [
            _Column(index, key, header(key))
            for key, index in col.items()
            if index is not None and key in CONVERTERS
        ]
        self.mapped = sorted(mapping.columns)
        self.id_col, self.full_col = col["national_id"], col["full_name"]
        self.key_col = col["household_key"]
        self.title_col, self.first_col, self.last_col = col["title"], col["first_name"], col["last_name"]
        self.id_header = header("national_id") or "เลขประจำตัวประชาชน"
        self.name_header = header("full_name") or header("first_name")

    def _kept(
        self, parsed: Parsed, rows: list[list[Any]], first: int, last: int
    ) -> tuple[list[list[Any]], list[int]]:
        """The rows that hold data, with their sheet row numbers: blank and total rows skipped."""
        kept: list[list[Any]] = []
        numbers: list[int] = []
        mapped, text = self.mapped, clean.text
        for index in range(first, last):
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
            kept.append(raw)
            numbers.append(index + 1)
        return kept, numbers

    def block(self, parsed: Parsed, rows: list[list[Any]], first: int, last: int) -> None:
        kept, numbers = self._kept(parsed, rows, first, last)
        parsed.rows_read += len(kept)
        text = clean.text
        problems: dict[int, list[Problem]] = {}  # by position in kept
        household_columns: list[list[Any]] = []
        member_columns: list[list[Any]] = []
        for column in self.columns:
            updates = column.updates(kept)
            if column.refused:
                for position, found in enumerate(updates):
                    if type(found) is clean.BadValue:
                        cell = kept[position][column.index]
                        problems.setdefault(position, []).append(
                            Problem(numbers[position], column.header, text(cell), str(found))
                        )
                        updates[position] = {}
            (household_columns if column.to_household else member_columns).append(updates)
        no_updates = [()] * len(kept)
        household_rows = zip(*household_columns, strict=True) if household_columns else no_updates
        member_rows = zip(*member_columns, strict=True) if member_columns else no_updates
        for position, (raw, household_updates, member_updates) in enumerate(
            zip(kept, household_rows, member_rows, strict=True)
        ):
            household: dict[str, Any] = {}
            for updates in household_updates:
                if updates:
                    household.update(updates)
            member: dict[str, Any] = {}
            for updates in member_updates:
                if updates:
                    member.update(updates)
            row_problems = problems.get(position, [])
            self._person(raw, numbers[position], household, member, row_problems)
            if row_problems:
                row_problems.sort(key=lambda p: p.column)
                parsed.problems.extend(row_problems)
                parsed.rejected.append((numbers[position], list(raw)))
                continue
            is_head = "หัวหน้า" in member.get("relation", "")
            key = text(_cell(raw, self.key_col)) if self.key_col is not None else ""
            parsed.records.append(Record(numbers[position], household, member, is_head, key))

    def _person(
        self,
        raw: list[Any],
        row_no: int,
        household: dict[str, Any],
        member: dict[str, Any],
        problems: list[Problem],
    ) -> None:
        """The name, the sex its title tells, and the national ID."""
        text = clean.text
        title = text(_cell(raw, self.title_col))
        first = text(_cell(raw, self.first_col))
        last = text(_cell(raw, self.last_col))
        if self.full_col is not None and not first:
            t, first, rest = clean.full_name(_cell(raw, self.full_col))
            title = title or t
            last = last or rest
        elif first and not title:
            title, first = clean.split_title(first)
            if " " in first and not last:
                first, last = first.split(" ", 1)
        if not first:
            problems.append(Problem(row_no, self.name_header, "", "ไม่มีชื่อ"))
        member["title"], member["first_name"], member["last_name"] = title, first, last
        if "sex" not in member:
            sex = clean.title_sex(title)
            if sex is not None:
                member["sex"] = sex

        raw_id = _cell(raw, self.id_col)
        if type(raw_id) is str and len(raw_id) == 13 and raw_id.isascii() and raw_id.isdigit():
            national_id = raw_id
        else:
            national_id = normalize_national_id(raw_id) if self.id_col is not None else ""
        if national_id:
            if not is_valid_national_id(national_id):
                reason = (
                    "เลขประจำตัวประชาชนต้องมี 13 หลัก"
                    if len(national_id) != 13 or not national_id.isdigit()
                    else "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)"
                )
                problems.append(Problem(row_no, self.id_header, text(raw_id), reason))
            else:
                member["national_id"] = national_id
        elif household.get("target_group") != 4:
            problems.append(
                Problem(row_no, self.id_header, "", "ไม่มีเลขประจำตัวประชาชน (เว้นได้เฉพาะกลุ่มเป้าหมายที่ 4)")
            )


def parse_rows(table: Table, mapping: Mapping, progress: Progress = NO_PROGRESS) -> Parsed:
    """Every row below the header: a record, or its problems (and the row kept for the report)."""
    parsed = Parsed(table.name, mapping)
    parser = _RowParser(mapping)
    rows = table.rows
    start = mapping.header_row + 1
    for arrived in table.arrivals():  # a big sheet: its later rows still being read meanwhile
        total = max(arrived, table.expected_rows)
        for first in range(start, arrived, BLOCK_ROWS):
            progress(first, total, "อ่านและตรวจสอบแถวในไฟล์")
            parser.block(parsed, rows, first, min(first + BLOCK_ROWS, arrived))
        start = max(start, arrived)
    progress(len(rows), len(rows), "อ่านและตรวจสอบแถวในไฟล์")
    return parsed
