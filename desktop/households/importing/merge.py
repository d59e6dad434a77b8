"""Match file records against the register, plan the changes, and write them in one transaction.

Which rows make one household is decided before (``grouping``). Matching: a person by national
ID first; a household by any member's ID, then by its house code or address (ตำบล, หมู่ที่,
บ้านเลขที่) only together with its head's name: the address alone never matches a household with
a different head (one house number often holds several households).

The clerk's own edits are never overwritten silently. For each field the import decides:
- the stored value equals the file's: nothing to do;
- an earlier import *updated* this field (``imported`` holds the value it wrote): the field is
  updated only if the stored value is still that one — otherwise someone changed it in the app;
- the row was created by an import (``imported`` has the marker ``_by_import``) and the field was
  never updated by an import since: it is updated unless the audit log holds an edit of this field
  made in the app (action ``update``);
- the row was created in the app: an empty stored value is filled in, anything else is kept.
A kept value is listed as a difference marked "kept", so the clerk sees it in the preview/report.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, Text, bindparam, cast, func, select, update
from sqlalchemy.orm import Session

from database.enums import AuditAction, Sex
from database.models import AuditEntry, Household, Member
from desktop.audit import current_user
from desktop.audit import queue as queue_audit
from desktop.households.importing.bulk import (
    BulkInserter,
    Raw,
    advance_sequence,
    begin_writing,
    indexes_set_aside,
    reserve_ids,
)
from desktop.households.importing.grouping import Grouping, SameAddress
from desktop.households.importing.rows import HOUSEHOLD_FIELDS, MEMBER_FIELDS, Record
from desktop.households.search import search_text
from desktop.progress import NO_PROGRESS, Progress
from desktop.thai import to_arabic_digits

HH: Table = Household.__table__  # type: ignore[assignment]
MEM: Table = Member.__table__  # type: ignore[assignment]
AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]

FIELD_TH = {
    "house_no": "บ้านเลขที่", "village_no": "หมู่ที่", "village_name": "หมู่บ้าน", "subdistrict": "ตำบล",
    "district": "อำเภอ", "province": "จังหวัด", "postcode": "รหัสไปรษณีย์", "house_code": "รหัสประจำบ้าน",
    "target_group": "กลุ่มเป้าหมาย", "target_subgroup": "กลุ่มย่อย", "welfare_card": "บัตรสวัสดิการแห่งรัฐ",
    "income_per_person": "รายได้เฉลี่ยต่อคนต่อปี", "mpi_health": "มิติสุขภาพ", "mpi_living": "มิติความเป็นอยู่",
    "mpi_education": "มิติการศึกษา", "mpi_income": "มิติรายได้", "mpi_access": "มิติการเข้าถึงบริการรัฐ",
    "notes": "หมายเหตุ", "title": "คำนำหน้า", "first_name": "ชื่อ", "last_name": "นามสกุล",
    "national_id": "เลขประจำตัวประชาชน", "sex": "เพศ", "age": "อายุ", "birth_date": "วันเกิด",
    "relation": "ความสัมพันธ์", "is_head": "หัวหน้าครัวเรือน", "vulnerable": "เปราะบาง",
    "vulnerability_note": "ความเปราะบาง", "logbook_status": "สถานะ Logbook", "elderly": "ผู้สูงอายุ",
    "disabled": "ผู้พิการ", "bedridden": "ผู้ป่วยติดเตียง", "child": "เด็ก",
}  # fmt: skip

EMPTY = (None, "", False)
NEW_HOUSEHOLD: dict[str, Any] = {
    "house_no": "", "village_no": None, "village_name": "", "subdistrict": "", "district": "", "province": "",
    "postcode": "", "house_code": None, "target_group": 1, "target_subgroup": "", "welfare_card": False,
    "income_per_person": None, "mpi_health": False, "mpi_living": False, "mpi_education": False,
    "mpi_income": False, "mpi_access": False, "notes": "",
}  # fmt: skip


def plain(value: Any) -> Any:
    """The JSON form a value is compared and remembered in."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass
class Difference:
    row: int
    entity: str  # "household" | "member"
    entity_id: int
    label: str
    field: str
    before: Any
    after: Any
    kept: bool = False  # True: a clerk's edit was kept, the file's value not written

    @property
    def field_th(self) -> str:
        return FIELD_TH.get(self.field, self.field)


@dataclass
class NewHousehold:
    values: dict[str, Any]
    members: list[dict[str, Any]]
    rows: list[int]


@dataclass
class Update:
    entity_id: int
    changes: dict[str, Any]
    snapshot: dict[str, Any]


@dataclass
class Plan:
    new_households: list[NewHousehold] = field(default_factory=list)
    new_members: list[dict[str, Any]] = field(default_factory=list)  # with household_id
    household_updates: list[Update] = field(default_factory=list)
    member_updates: list[Update] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    unchanged_households: int = 0
    touched: set[int] = field(default_factory=set)  # existing households whose search text may change
    pairs: list[SameAddress] = field(default_factory=list)  # rows that may be one household
    repeated_ids: int = 0  # rows of a person an earlier row of the file already had

    @property
    def merged_pairs(self) -> int:
        return sum(1 for pair in self.pairs if pair.merged)

    @property
    def conflicts(self) -> list[Difference]:
        return [d for d in self.differences if d.kept]

    @property
    def changes(self) -> list[Difference]:
        return [d for d in self.differences if not d.kept]

    def is_empty(self) -> bool:
        return not (self.new_households or self.new_members or self.household_updates or self.member_updates)


def _people(records: list[Record]) -> list[Record]:
    """One record per person: a later row of the same person (ID, else name) updates the earlier."""
    if len(records) == 1:
        return records
    people: dict[Any, Record] = {}
    for record in records:
        m = record.member
        key = m.get("national_id") or (m.get("first_name"), m.get("last_name"))
        if key in people:
            earlier = people[key]
            earlier.member.update(record.member)
            earlier.is_head = earlier.is_head or record.is_head
        else:
            people[key] = Record(record.row, record.household, dict(m), record.is_head)
    return list(people.values())


def _household_values(records: list[Record]) -> dict[str, Any]:
    if len(records) == 1:
        return records[0].household
    values: dict[str, Any] = {}
    for record in records:
        for key, value in record.household.items():
            values.setdefault(key, value)
    return values


BY_IMPORT = "_by_import"
CREATED_BY_IMPORT = Raw('{"_by_import":true}')


def _decide(name: str, new: Any, stored: Any, snapshot: dict[str, Any], edited: set[str]) -> str:
    n, s = plain(new), plain(stored)
    if n == s:
        return "same"
    if name in snapshot:
        return "update" if snapshot[name] == s else "keep"
    if snapshot.get(BY_IMPORT):
        return "keep" if name in edited else "update"
    return "update" if s in EMPTY else "keep"


class _Register:
    """What the database holds, read with Core selects (no ORM objects for 100k rows)."""

    def __init__(self, session: Session) -> None:
        imported_text = cast(HH.c.imported, Text).label("imported")
        hh_cols = [HH.c.id, *(HH.c[f] for f in HOUSEHOLD_FIELDS), imported_text]
        m_imported_text = cast(MEM.c.imported, Text).label("imported")
        m_cols = [MEM.c.id, MEM.c.household_id, MEM.c.sort_order, MEM.c.is_head, m_imported_text]
        m_cols += [MEM.c[f] for f in MEMBER_FIELDS]
        self.households: dict[int, dict[str, Any]] = {}
        self.by_code: dict[str, list[int]] = {}
        self.by_address: dict[tuple[Any, ...], list[int]] = {}
        parsed_json: dict[str, dict[str, Any]] = {}

        def snapshot(raw: str | None) -> dict[str, Any]:
            raw = raw or "{}"
            found = parsed_json.get(raw)
            if found is None:
                found = parsed_json[raw] = json.loads(raw)
            return found

        connection = session.connection()
        keys = [c.name for c in hh_cols]
        for row in connection.execute(select(*hh_cols)):
            data = dict(zip(keys, row, strict=True))
            data["imported"] = snapshot(data["imported"])
            self.households[data["id"]] = data
            if data["house_code"]:
                self.by_code.setdefault(data["house_code"], []).append(data["id"])
            if data["house_no"]:
                key = (data["subdistrict"], data["village_no"], data["house_no"])
                self.by_address.setdefault(key, []).append(data["id"])
        self.edited: dict[tuple[str, int], set[str]] = {}  # fields changed in the app, per row
        query = select(AUDIT.c.entity, AUDIT.c.entity_id, AUDIT.c.field, AUDIT.c.after).where(
            AUDIT.c.action == AuditAction.UPDATE.value, AUDIT.c.entity.in_(("household", "member"))
        )
        for entity, entity_id, name, after in session.execute(query):
            if entity_id is None:
                continue
            # An app edit is a row diff (field "", after = {field: value}); older logs hold one
            # entry per field.
            names = [name] if name else list(after) if isinstance(after, dict) else []
            self.edited.setdefault((entity, entity_id), set()).update(names)
        self.members: dict[int, dict[str, Any]] = {}
        self.by_national_id: dict[str, int] = {}
        self.members_of: dict[int, list[int]] = {}
        keys = [c.name for c in m_cols]
        for row in connection.execute(select(*m_cols)):
            data = dict(zip(keys, row, strict=True))
            data["imported"] = snapshot(data["imported"])
            self.members[data["id"]] = data
            self.members_of.setdefault(data["household_id"], []).append(data["id"])
            if data["national_id"]:
                self.by_national_id.setdefault(data["national_id"], data["id"])

    def names_in(self, household_id: int) -> dict[tuple[str, str], int]:
        return {
            (self.members[m]["first_name"], self.members[m]["last_name"]): m
            for m in self.members_of.get(household_id, [])
        }

    def find_household(self, values: dict[str, Any], people: list[Record]) -> int | None:
        for person in people:
            member_id = self.by_national_id.get(person.member.get("national_id") or "")
            if member_id is not None:
                return int(self.members[member_id]["household_id"])
        head = next((p for p in people if p.is_head), people[0]).member
        name = (head.get("first_name", ""), head.get("last_name", ""))
        candidates = list(self.by_code.get(values.get("house_code") or "", []))
        if values.get("house_no"):
            key = (values.get("subdistrict", ""), values.get("village_no"), values["house_no"])
            candidates += self.by_address.get(key, [])
        for candidate in candidates:
            registered = self.head(candidate)
            if registered is None or (registered["first_name"], registered["last_name"]) != name:
                continue
            if head.get("national_id") and registered["national_id"]:
                continue  # both have IDs, and the ID did not match above: another person
            return candidate
        return None

    def head(self, household_id: int) -> dict[str, Any] | None:
        """The registered head (the first member where nobody is marked head)."""
        member_ids = self.members_of.get(household_id, [])
        if not member_ids:
            return None
        members = [self.members[m] for m in member_ids]
        head = next((m for m in members if m["is_head"]), None)
        return head or min(members, key=lambda m: (m["sort_order"], m["id"]))


def _label(values: dict[str, Any], person: dict[str, Any]) -> str:
    address = values.get("house_no", "")
    if values.get("village_no"):
        address += f" ม.{values['village_no']}"
    if values.get("subdistrict"):
        address += f" ต.{values['subdistrict']}"
    name = f"{person.get('title', '')}{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    return f"{address.strip()} {name}".strip()


NEW_MEMBER: dict[str, Any] = {
    "title": "", "first_name": "", "last_name": "", "national_id": None, "sex": Sex.UNKNOWN, "age": None,
    "birth_date": None, "relation": "",
}  # fmt: skip


NEW_MEMBER_COLUMNS = ("household_id", "sort_order", "is_head", "elderly", "child", *MEMBER_FIELDS)


def _new_member(person: Record, order: int, head: bool) -> dict[str, Any]:
    found = person.member
    values = {**NEW_MEMBER, **found}
    age = values["age"]
    values["sort_order"] = order
    values["is_head"] = head
    values["elderly"] = age is not None and age >= 60
    values["child"] = age is not None and age < 18
    return values


def _new_household(values: dict[str, Any], people: list[Record]) -> NewHousehold:
    if len(people) == 1:
        person = people[0]
        return NewHousehold(values, [_new_member(person, 0, True)], [person.row])
    head = next((p for p in people if p.is_head), people[0])
    ordered = [head, *(p for p in people if p is not head)]
    return NewHousehold(
        values, [_new_member(p, i, p is head) for i, p in enumerate(ordered)], [p.row for p in ordered]
    )


def plan_import(session: Session, grouping: Grouping, progress: Progress = NO_PROGRESS) -> Plan:
    register = _Register(session)
    plan = Plan(pairs=grouping.pairs, repeated_ids=grouping.repeated_ids)
    groups = grouping.groups
    total = len(groups)
    searching = bool(register.households)  # an empty register: every household is new
    for done, group in enumerate(groups):
        if done % 2000 == 0:
            progress(done, total, "จับคู่กับทะเบียนครัวเรือน")
        people, values = _people(group), _household_values(group)
        household_id = register.find_household(values, people) if searching else None
        if household_id is None:
            plan.new_households.append(_new_household(values, people))
            continue
        changed = _plan_household(plan, register, household_id, values, people)
        if not changed:
            plan.unchanged_households += 1
    progress(total, total, "จับคู่กับทะเบียนครัวเรือน")
    return plan


def _plan_household(
    plan: Plan, register: _Register, household_id: int, values: dict[str, Any], people: list[Record]
) -> bool:
    stored = register.households[household_id]
    member_ids = register.members_of.get(household_id, [])
    head_id = next((m for m in member_ids if register.members[m]["is_head"]), None)
    labels: list[str] = []

    def label() -> str:  # only built when there is a difference to show
        if not labels:
            head = register.members[head_id] if head_id is not None else {}
            labels.append(_label(stored, head))
        return labels[0]

    changed = False
    row = people[0].row
    differing = [name for name, new in values.items() if new != stored[name]]
    if differing:
        snapshot = dict(stored["imported"] or {})
        edited = register.edited.get(("household", household_id), set())
        changes: dict[str, Any] = {}
        for name in differing:
            new = values[name]
            verdict = _decide(name, new, stored[name], snapshot, edited)
            if verdict == "same":
                continue
            plan.differences.append(
                Difference(
                    row,
                    "household",
                    household_id,
                    label(),
                    name,
                    plain(stored[name]),
                    plain(new),
                    verdict == "keep",
                )
            )
            if verdict == "update":
                changes[name] = new
                snapshot[name] = plain(new)
        if changes:
            plan.household_updates.append(Update(household_id, changes, snapshot))
            plan.touched.add(household_id)
            changed = True
    names: dict[tuple[str, str], int] | None = None
    order = max((register.members[m]["sort_order"] for m in member_ids), default=-1)
    for person in people:
        found = person.member
        national_id = found.get("national_id")
        member_id = register.by_national_id.get(national_id) if national_id else None
        if member_id is not None and register.members[member_id]["household_id"] != household_id:
            member_id = None  # registered in another household: matched by name below, or added
        if member_id is None:
            if names is None:
                names = register.names_in(household_id)
            member_id = names.get((found["first_name"], found["last_name"]))
        if member_id is None:
            order += 1
            values_new = _new_member(person, order, head=person.is_head and head_id is None)
            values_new["household_id"] = household_id
            plan.new_members.append(values_new)
            plan.touched.add(household_id)
            plan.differences.append(
                Difference(person.row, "member", 0, label(), "first_name", None, _label({}, found))
            )
            changed = True
            continue
        member = register.members[member_id]
        member_differing = [name for name, new in found.items() if new != member[name]]
        if not member_differing:
            continue
        m_snapshot = dict(member["imported"] or {})
        m_edited = register.edited.get(("member", member_id), set())
        m_changes: dict[str, Any] = {}
        for name in member_differing:
            new = found[name]
            verdict = _decide(name, new, member[name], m_snapshot, m_edited)
            if verdict == "same":
                continue
            plan.differences.append(
                Difference(
                    person.row,
                    "member",
                    member_id,
                    label(),
                    name,
                    plain(member[name]),
                    plain(new),
                    verdict == "keep",
                )
            )
            if verdict == "update":
                m_changes[name] = new
                m_snapshot[name] = plain(new)
        if m_changes:
            plan.member_updates.append(Update(member_id, m_changes, m_snapshot))
            plan.touched.add(household_id)
            changed = True
    return changed


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _bulk_update(session: Session, table: Table, updates: list[Update], extra: dict[str, Any]) -> None:
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for item in updates:
        shape = tuple(sorted(item.changes))
        params = {f"v_{k}": v for k, v in item.changes.items()}
        params.update(b_id=item.entity_id, v_imported=item.snapshot)
        by_shape.setdefault(shape, []).append(params)
    connection = session.connection()
    for shape, shape_params in by_shape.items():
        values: dict[str, Any] = {name: bindparam(f"v_{name}") for name in shape}
        values["imported"] = bindparam("v_imported")
        values.update(extra)
        if "version" in table.c:
            values["version"] = table.c.version + 1
        statement = update(table).where(table.c.id == bindparam("b_id")).values(values)
        connection.execute(statement, shape_params)


def apply_plan(session: Session, plan: Plan, source: str, progress: Progress = NO_PROGRESS) -> None:
    """Write the plan; the caller's session is the one transaction (rolled back on any error).

    New households get a contiguous range of ids; one audit entry records the range, the file and
    its rows, so each household's history shows where it came from without 100k audit rows.
    """
    now = dt.datetime.now(dt.UTC)
    stamps = {"created_at": now, "updated_at": now}
    new_member_fixed = {**stamps, "imported": CREATED_BY_IMPORT}
    user = current_user()
    connection = session.connection()
    begin_writing(connection)
    audit: list[dict[str, Any]] = []
    total = len(plan.new_households) + 1
    if connection.dialect.name == "sqlite":
        # The default 2 MB page cache thrashes on 100k random index inserts (national IDs).
        connection.exec_driver_sql("PRAGMA cache_size=-131072")
    # A first import into an empty register: indexes built once at the end, not row by row.
    with indexes_set_aside(connection, [HH, MEM], adding=len(plan.new_households)):
        if plan.new_households:
            first_id = reserve_ids(connection, HH, len(plan.new_households))
            fixed = {**stamps, "source": source, "imported": CREATED_BY_IMPORT}
            households = BulkInserter(connection, HH, ["id", *HOUSEHOLD_FIELDS, "search_text"], fixed)
            members = BulkInserter(connection, MEM, NEW_MEMBER_COLUMNS, new_member_fixed)
            next_id = first_id
            village_digits: dict[str, str] = {}  # a district has a few hundred village names
            for chunk in _chunks(plan.new_households, 5000):
                progress(next_id - first_id, total, "บันทึกลงทะเบียนครัวเรือน")
                rows, people = [], []
                for item in chunk:
                    values = {**NEW_HOUSEHOLD, **item.values}
                    if "target_group" not in item.values and not item.members[0]["national_id"]:
                        values["target_group"] = 4
                    values["id"] = next_id
                    village = values["village_name"]
                    if village not in village_digits:
                        village_digits[village] = to_arabic_digits(village)
                    parts = [values["house_no"], values["house_code"] or "", village_digits[village]]
                    for m in item.members:
                        parts += (m["first_name"], m["last_name"], m["national_id"] or "")
                    values["search_text"] = " ".join(filter(None, parts)).lower()  # parts are clean already
                    rows.append(values)
                    for member in item.members:
                        member["household_id"] = next_id
                        people.append(member)
                    next_id += 1
                households.insert(rows, complete=True)
                members.insert(people, complete=True)
            advance_sequence(connection, HH)
            audit.append(
                {
                    "user_name": user, "action": AuditAction.IMPORT, "entity": "household", "entity_id": None,
                    "field": "", "before": None,
                    "after": {"first_id": first_id, "last_id": next_id - 1, "file": source},
                    "summary": f"นำเข้า {len(plan.new_households)} ครัวเรือนใหม่จาก {source}",
                }
            )  # fmt: skip
    if plan.new_members:
        BulkInserter(connection, MEM, NEW_MEMBER_COLUMNS, new_member_fixed).insert(plan.new_members)
    _bulk_update(session, HH, plan.household_updates, {"updated_at": now})
    _bulk_update(session, MEM, plan.member_updates, {"updated_at": now})
    for diff in plan.changes:
        if diff.entity == "member" and diff.entity_id == 0:
            continue
        audit.append(
            {
                "user_name": user, "action": AuditAction.IMPORT, "entity": diff.entity,
                "entity_id": diff.entity_id, "field": diff.field, "before": diff.before, "after": diff.after,
                "summary": f"นำเข้าจาก {source} แถว {diff.row}",
            }
        )  # fmt: skip
    for item in plan.new_members:
        audit.append(
            {
                "user_name": user, "action": AuditAction.IMPORT, "entity": "household",
                "entity_id": item["household_id"], "field": "member", "before": None,
                "after": f"{item['title']}{item['first_name']} {item['last_name']}".strip(),
                "summary": f"เพิ่มสมาชิกจากการนำเข้า {source}",
            }
        )  # fmt: skip
    refresh_search_text(session, sorted(plan.touched))
    queue_audit(session, audit)  # appended (masked, chained) when the import's session commits
    progress(total, total, "บันทึกลงทะเบียนครัวเรือน")


def refresh_search_text(session: Session, household_ids: list[int]) -> None:
    connection = session.connection()
    for chunk in _chunks(household_ids, 500):
        people: dict[int, list[tuple[str, str, str | None]]] = {}
        query = (
            select(MEM.c.household_id, MEM.c.first_name, MEM.c.last_name, MEM.c.national_id)
            .where(MEM.c.household_id.in_(chunk))
            .order_by(MEM.c.household_id, MEM.c.sort_order, MEM.c.id)
        )
        for hid, first, last, national_id in connection.execute(query):
            people.setdefault(hid, []).append((first, last, national_id))
        params = []
        query_h = select(HH.c.id, HH.c.house_no, HH.c.house_code, HH.c.village_name).where(HH.c.id.in_(chunk))
        for hid, house_no, house_code, village_name in connection.execute(query_h):
            params.append(
                {"b_id": hid, "v_text": search_text(house_no, house_code, village_name, people.get(hid, []))}
            )
        if params:
            connection.execute(
                update(HH).where(HH.c.id == bindparam("b_id")).values(search_text=bindparam("v_text")), params
            )


def register_size(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(HH)) or 0
