"""What the household list shows: ids in order (cheap, all of them) and row values (one page at a time).

The GUI keeps only ids and search texts for the whole filtered list; row values are read for the
~500 rows around what is on screen. Type-to-search runs in memory over the search texts, so a
keystroke costs no database round trip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Select, Table, func, select
from sqlalchemy.orm import Session

from database.enums import LogbookStatus
from database.models import Household, Member, Programme
from desktop.households.export import HouseholdFilter
from desktop.households.labels import target_group_text
from desktop.households.search import normalize_query
from desktop.thai import to_arabic_digits

HH: Table = Household.__table__  # type: ignore[assignment]
MEM: Table = Member.__table__  # type: ignore[assignment]


class Col(IntEnum):
    NATIONAL_ID = 0
    NAME = 1
    HOUSE_NO = 2
    VILLAGE_NO = 3
    SUBDISTRICT = 4
    GROUP = 5
    MEMBERS = 6
    INCOME = 7
    LOGBOOK = 8


@dataclass(frozen=True)
class Row:
    id: int
    national_id: str
    name: str
    house_no: str
    village_no: int | None
    village_name: str
    subdistrict: str
    group: str
    members: int
    income: int | None
    logbook_status: LogbookStatus

    def value(self, column: Col) -> Any:
        return (
            self.national_id, self.name, self.house_no, self.village_no, self.subdistrict, self.group,
            self.members, self.income, self.logbook_status,
        )[column]  # fmt: skip


def _head_name() -> Any:
    return (
        select(MEM.c.first_name)
        .where(MEM.c.household_id == HH.c.id)
        .order_by(MEM.c.is_head.desc(), MEM.c.sort_order, MEM.c.id)
        .limit(1)
        .scalar_subquery()
    )


SORT_KEYS: dict[Col, Any] = {
    Col.HOUSE_NO: HH.c.house_no,
    Col.VILLAGE_NO: HH.c.village_no,
    Col.SUBDISTRICT: HH.c.subdistrict,
    Col.GROUP: HH.c.target_group,
    Col.INCOME: HH.c.income_per_person,
    Col.LOGBOOK: HH.c.logbook_status,
}


def ordered_ids(
    session: Session, filters: HouseholdFilter, sort: Col | None = None, descending: bool = False
) -> list[tuple[int, str]]:
    """(id, search text) of every household passing the filters (not the search), in display order."""
    plain = HouseholdFilter(**{**filters.__dict__, "search": ""})
    query = plain.apply(cast("Select[Any]", select(Household.id, Household.search_text)))
    order: list[Any] = [HH.c.subdistrict, HH.c.village_no, HH.c.id]
    if sort == Col.NAME:
        order = [_head_name(), HH.c.id]
    elif sort in SORT_KEYS:
        order = [SORT_KEYS[sort], HH.c.id]
    if descending:
        order = [o.desc() for o in order]
    result = session.connection().execute(query.order_by(*order))
    return [(i, t) for i, t in result]


def search(entries: Sequence[tuple[int, str]], text: str) -> list[int]:
    """The ids whose search text holds every typed word (Thai digits count as digits)."""
    return [i for i, _ in matching(entries, text)]


def matching(entries: Sequence[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    words = normalize_query(text).split()
    if not words:
        return list(entries)
    if len(words) == 1:
        word = words[0]
        return [e for e in entries if word in e[1]]
    return [e for e in entries if all(w in e[1] for w in words)]


_FIRST = itemgetter(0)


class Searcher:
    """Type-to-search that narrows the previous result while the clerk keeps typing.

    When the new query extends an earlier one (same text plus more characters), its hits are a
    subset of the earlier hits, so only those are searched; backspace finds the earlier result
    in the cache.
    """

    def __init__(self, entries: Sequence[tuple[int, str]], keep: int = 32) -> None:
        self.entries = entries
        self.keep = keep
        self.cache: dict[str, list[tuple[int, str]]] = {}

    def __call__(self, text: str) -> list[int]:
        query = normalize_query(text)
        hits = self.cache.get(query)
        if hits is None:
            base: Sequence[tuple[int, str]] = self.entries
            best = ""
            for known in self.cache:
                if query.startswith(known) and len(known) > len(best):
                    best, base = known, self.cache[known]
            hits = list(self.entries) if not query else matching(base, query)
            if len(self.cache) >= self.keep:
                self.cache.pop(next(iter(self.cache)))
            self.cache[query] = hits
        return list(map(_FIRST, hits))


def load_rows(session: Session, ids: Sequence[int]) -> dict[int, Row]:
    """The displayed values of these households (a page of ~500), with their head and member count."""
    if not ids:
        return {}
    heads: dict[int, tuple[str, str]] = {}
    counts: dict[int, int] = {}
    query = (
        select(MEM.c.household_id, MEM.c.title, MEM.c.first_name, MEM.c.last_name, MEM.c.national_id)
        .where(MEM.c.household_id.in_(ids))
        .order_by(MEM.c.household_id, MEM.c.is_head.desc(), MEM.c.sort_order, MEM.c.id)
    )
    for household_id, title, first, last, national_id in session.execute(query):
        counts[household_id] = counts.get(household_id, 0) + 1
        if household_id not in heads:
            heads[household_id] = (f"{title}{first} {last}".strip(), national_id or "")
    rows: dict[int, Row] = {}
    columns = (
        HH.c.id, HH.c.house_no, HH.c.village_no, HH.c.village_name, HH.c.subdistrict, HH.c.target_group,
        HH.c.target_subgroup, HH.c.income_per_person, HH.c.logbook_status,
    )  # fmt: skip
    for (
        hid,
        house_no,
        village_no,
        village_name,
        subdistrict,
        group,
        subgroup,
        income,
        status,
    ) in session.execute(select(*columns).where(HH.c.id.in_(ids))):
        name, national_id = heads.get(hid, ("", ""))
        rows[hid] = Row(
            hid, national_id, name, house_no, village_no, village_name, subdistrict,
            target_group_text(group, subgroup),
            counts.get(hid, 0), income, LogbookStatus(status),
        )  # fmt: skip
    return rows


@dataclass
class FilterChoices:
    subdistricts: list[str]
    villages: list[int]
    programmes: list[tuple[int, str]]


def filter_choices(session: Session) -> FilterChoices:
    subdistricts = session.scalars(
        select(Household.subdistrict)
        .where(Household.subdistrict != "")
        .distinct()
        .order_by(Household.subdistrict)
    ).all()
    villages = session.scalars(
        select(Household.village_no)
        .where(Household.village_no.is_not(None))
        .distinct()
        .order_by(Household.village_no)
    ).all()
    programmes = session.execute(select(Programme.id, Programme.name).order_by(Programme.id)).all()
    return FilterChoices(
        list(subdistricts), [v for v in villages if v is not None], [(i, n) for i, n in programmes]
    )


def count_all(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(HH)) or 0


PICK_LIMIT = 50  # a picker shows this many; more means "type more"


def first_matches(entries: Sequence[tuple[int, str]], text: str, limit: int = PICK_LIMIT) -> list[int]:
    """The first limit + 1 ids (in the entries' order) whose search text holds every typed
    word: the picker's search, stopping early where the list's search reads every entry."""
    words = sorted(normalize_query(text).split(), key=len, reverse=True)
    if not words:
        return []
    longest, rest = words[0], words[1:]  # the longest word rules most entries out at once
    hits: list[int] = []
    for household_id, searched in entries:
        if longest in searched and all(w in searched for w in rest):
            hits.append(household_id)
            if len(hits) > limit:
                break
    return hits


def is_national_id(text: str) -> bool:
    """A whole 13-digit ID as typed: Thai or Arabic digits, with or without dashes and spaces."""
    compact = re.sub(r"[\s-]", "", to_arabic_digits(text))
    return len(compact) == 13 and compact.isdigit()


def find(session: Session, text: str, limit: int = PICK_LIMIT) -> list[Row]:
    """The households a picker offers for what the clerk typed (head's or a member's name,
    a 13-digit ID with or without dashes, house number, village name), at most limit + 1
    so the picker can say there are more; in register order.

    A whole ID is looked up by the members' indexed ID column; anything else by the same
    search text the list uses, in the database, stopping at the limit (no list kept)."""
    if is_national_id(text):
        compact = re.sub(r"[\s-]", "", to_arabic_digits(text))
        query: Select[Any] = (
            select(MEM.c.household_id).where(MEM.c.national_id == compact).distinct().limit(limit + 1)
        )
    elif normalize_query(text):
        query = HouseholdFilter(search=text).apply(select(HH.c.id)).order_by(HH.c.id).limit(limit + 1)
    else:
        return []
    ids = sorted(session.scalars(query))
    rows = load_rows(session, ids)
    return [rows[i] for i in ids if i in rows]
