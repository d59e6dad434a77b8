"""Which rows of a sheet make one household: the sheet's shape, and rows that look alike.

A field list (TPMAP, the sub-district teams' lists) is *one row per household*: the row is the
head, and two rows at the same house number are two households (one ทะเบียนบ้าน often holds
several ครัวเรือน). A sheet is *one row per person* only when its columns say so: a relation
column (ความสัมพันธ์ …), or a household key (รหัสครัวเรือน, รหัสบ้าน …) that repeats.

In a one-row-per-household sheet, rows at the same address are listed as pairs that may be
one household (อาจเป็นครัวเรือนเดียวกัน); they stay apart unless the clerk merges them. The same
national ID twice is one person, so those rows are always one household.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.households.importing.columns import Mapping
from desktop.households.importing.rows import Record


class Shape(enum.StrEnum):
    PER_HOUSEHOLD = "household"  # the row is the head of its own household
    PER_PERSON = "person"  # rows are people, grouped into households

    def th(self) -> str:
        return "หนึ่งแถวต่อหนึ่งครัวเรือน" if self is Shape.PER_HOUSEHOLD else "หนึ่งแถวต่อหนึ่งคน"

    def en(self) -> str:
        return "one row per household" if self is Shape.PER_HOUSEHOLD else "one row per person"


@dataclass(frozen=True)
class ShapeChoice:
    shape: Shape
    reason_th: str
    reason_en: str
    chosen_by_clerk: bool = False


def decide_shape(mapping: Mapping, records: Iterable[Record]) -> ShapeChoice:
    """The clerk's choice kept in the mapping, else what the columns say."""
    if mapping.shape is not None:
        shape = Shape(mapping.shape)
        return ShapeChoice(shape, "เลือกเอง", "chosen by the clerk", True)
    if mapping.has("relation"):
        return ShapeChoice(Shape.PER_PERSON, "มีคอลัมน์ความสัมพันธ์", "the sheet has a relation column")
    for key in ("household_key", "house_code"):
        if not mapping.has(key):
            continue
        seen: set[Any] = set()
        for record in records:
            value = record.key if key == "household_key" else record.household.get("house_code")
            if not value:
                continue
            if value in seen:
                header = mapping.headers[mapping.column_of(key) or 0]
                return ShapeChoice(
                    Shape.PER_PERSON,
                    f"รหัสในคอลัมน์ {header} ซ้ำกัน",
                    f"the key in column {header} repeats",
                )
            seen.add(value)
    return ShapeChoice(
        Shape.PER_HOUSEHOLD,
        "ไม่มีคอลัมน์ความสัมพันธ์หรือรหัสครัวเรือนที่ซ้ำกัน",
        "no relation column and no repeating household key",
    )


def address_of(record: Record) -> tuple[Any, ...] | None:
    house = record.household.get("house_no")
    if not house:
        return None
    h = record.household
    return (h.get("subdistrict", ""), h.get("village_no"), house)


def head_name(record: Record) -> tuple[str, str]:
    return (record.member.get("first_name", ""), record.member.get("last_name", ""))


@dataclass
class SameAddress:
    """Two rows of a one-row-per-household sheet at one address: maybe one household."""

    first: Record
    second: Record
    merged: bool = False

    @property
    def rows(self) -> tuple[int, int]:
        return (self.first.row, self.second.row)

    @property
    def same_name(self) -> bool:
        return head_name(self.first) == head_name(self.second)


@dataclass
class Grouping:
    groups: list[list[Record]]
    pairs: list[SameAddress]
    repeated_ids: int = 0  # rows whose ID an earlier row already had: the same person


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)  # the earlier row stays the group's first


def group_records(
    records: list[Record],
    shape: Shape,
    merge_all: bool = False,
    decisions: dict[tuple[int, int], bool] | None = None,
) -> Grouping:
    """The households of the sheet, in the order of their first rows.

    ``merge_all``: same-address pairs are merged unless ``decisions`` (rows → merge?) says
    otherwise; without it they stay apart unless a decision merges them.
    """
    if shape is Shape.PER_PERSON:
        return _per_person(records)
    decisions = decisions or {}
    union = _Union(len(records))
    by_id: dict[str, int] = {}
    by_address: dict[tuple[Any, ...], int] = {}
    pairs: list[SameAddress] = []
    repeated = 0
    for index, record in enumerate(records):
        national_id = record.member.get("national_id")
        if national_id:
            earlier = by_id.get(national_id)
            if earlier is not None:
                union.join(earlier, index)
                repeated += 1
                continue
            by_id[national_id] = index
        address = address_of(record)
        if address is None:
            continue
        first = by_address.get(address)
        if first is None:
            by_address[address] = index
            continue
        pair = SameAddress(records[first], record)
        pair.merged = decisions.get(pair.rows, merge_all)
        pairs.append(pair)
        if pair.merged:
            union.join(first, index)
    if not pairs and not repeated:  # the plain case: each row its own household
        return Grouping([[r] for r in records], pairs)
    groups: dict[int, list[Record]] = {}
    for index, record in enumerate(records):
        groups.setdefault(union.find(index), []).append(record)
    return Grouping(list(groups.values()), pairs, repeated)


def _key(record: Record) -> tuple[Any, ...]:
    if record.key:
        return ("key", record.key)
    return record.household_key()


def _per_person(records: list[Record]) -> Grouping:
    """Rows with the same household key (else house code, else address) together; the same
    national ID twice is the same household. Where one key holds several rows marked head
    (two households in one house), each head starts its own household and the rows after it
    join it."""
    groups: list[list[Record]] = []
    current: dict[tuple[Any, ...], int] = {}  # key → the group its next rows join
    headed: set[int] = set()  # groups that have their head already
    by_id: dict[str, int] = {}
    repeated = 0
    for record in records:
        national_id = record.member.get("national_id")
        index = by_id.get(national_id) if national_id else None
        if index is not None:
            repeated += 1
        else:
            key = _key(record)
            index = current.get(key)
            if index is not None and record.is_head and index in headed:
                index = None  # a second head under one key: a second household
            if index is None:
                index = len(groups)
                groups.append([])
                current[key] = index
            if record.is_head:
                headed.add(index)
        groups[index].append(record)
        if national_id and national_id not in by_id:
            by_id[national_id] = index
    return Grouping(groups, [], repeated)
