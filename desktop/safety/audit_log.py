"""The audit trail: every change recorded automatically, read back with filters, exported.

``install_change_tracking`` hooks a session factory so that every insert, update and
delete of a mapped row adds an ``audit_entry`` (who, when, which row, each changed
field's value before and after) in the same transaction — a change and its audit entry
are committed together or not at all. Bulk work (an import of thousands of rows) may set
``session.info["audit_bulk"] = True`` and record one summary entry itself.

Every entry — these automatic ones, ``desktop.audit.record``'s, an import's — is written by
``append`` when the session commits: national ID numbers masked (desktop.pdpa), the search
column and password hashes left out, each entry chained to the one before by a SHA-256
(``verify_chain`` finds the first broken link). The log cannot be changed from the app;
triggers (migrations 0050_safety, 0071_safety) refuse UPDATE and DELETE on ``audit_entry``,
and on PostgreSQL the app's role may only INSERT and SELECT it (``init --app-role``).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, Table, event, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from database.audit_chain import CONTENT as CHAIN_CONTENT
from database.audit_chain import GENESIS, entry_hash
from database.enums import AuditAction
from database.models import AuditChainHead, AuditEntry
from desktop import audit, pdpa
from desktop.errors import UserError
from desktop.safety.access import Permission, require
from desktop.spreadsheets import Column, Sheet, write_workbook

SKIPPED_FIELDS = frozenset({"created_at", "updated_at", "version"})
# The search column repeats names and ID numbers: it never enters the log.
UNLOGGED_FIELDS = frozenset({"search_text"})
SECRET_FIELDS = frozenset({"password_hash"})
# Tables whose services write their own, richer entries (accounts: never the password).
SELF_AUDITED = frozenset({"app_user", "audit_entry", "audit_chain_head"})


def _plain(name: str, value: Any) -> Any:
    """A JSON-safe copy of one column value (``append`` masks the IDs in it)."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


def _columns(obj: object) -> list[str]:
    return [
        attr.key
        for attr in inspect(obj).mapper.column_attrs
        if attr.key not in SKIPPED_FIELDS | SECRET_FIELDS | UNLOGGED_FIELDS
    ]


def _snapshot(obj: object) -> dict[str, Any]:
    state = inspect(obj)
    return {key: _plain(key, state.attrs[key].loaded_value) for key in _columns(obj)}


def _entity_id(obj: object) -> int | None:
    identity = inspect(obj).identity
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return identity[0]
    return None


def _tracked(obj: object) -> bool:
    return getattr(inspect(obj).mapper.local_table, "name", "") not in SELF_AUDITED


def _changes(session: Session) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    user = audit.current_user()
    now = dt.datetime.now(dt.UTC)
    bulk = bool(session.info.get("audit_bulk"))

    def entry(action: AuditAction, obj: object, before: Any, after: Any, summary: str) -> None:
        table = inspect(obj).mapper.local_table
        rows.append(
            {
                "at": now,
                "user_name": user,
                "action": action,
                "entity": getattr(table, "name", type(obj).__name__),
                "entity_id": _entity_id(obj),
                "field": "",
                "before": before,
                "after": after,
                "summary": summary,
            }
        )

    if not bulk:
        for obj in session.new:
            if _tracked(obj):
                entry(AuditAction.CREATE, obj, None, _snapshot(obj), "")
    for obj in session.dirty:
        if not _tracked(obj) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key in _columns(obj):
            history = state.attrs[key].history
            if history.has_changes():
                before[key] = _plain(key, history.deleted[0] if history.deleted else None)
                after[key] = _plain(key, history.added[0] if history.added else None)
        for key in SECRET_FIELDS & {a.key for a in state.mapper.column_attrs}:
            if state.attrs[key].history.has_changes():
                after[key] = "(changed)"
        if after:
            entry(AuditAction.UPDATE, obj, before, after, ", ".join(sorted(after)))
    for obj in session.deleted:
        if _tracked(obj):
            entry(AuditAction.DELETE, obj, _snapshot(obj), None, "")
    return rows


def _after_flush(session: Session, _context: Any) -> None:
    audit.queue(session, _changes(session))


def _before_commit(session: Session) -> None:
    """Append what this session's changes and its services' ``record`` calls queued."""
    session.flush()
    rows = session.info.pop(audit.PENDING, [])
    if rows:
        append(session.connection(), rows)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(audit.PENDING, None)


AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]
HEAD: Table = AuditChainHead.__table__  # type: ignore[assignment]
HEAD_ID = 1


def _stored(value: Any) -> Any:
    """The value as the JSON column gives it back (so the hash covers what is read later)."""
    if value is None or type(value) in (str, int, bool):
        return value
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def take_chain_lock(connection: Connection) -> None:
    """UPDATE the chain's head row (to itself): from here until the transaction ends, every
    other writer of the audit log waits. Also the one lock other rules that must not race
    take first (the first account of a database, desktop/safety/accounts.py)."""
    locked = connection.execute(
        update(HEAD).where(HEAD.c.id == HEAD_ID).values(entries=HEAD.c.entries)
    ).rowcount
    if locked != 1:
        raise RuntimeError("audit_chain_head has no row: the database was not migrated to 0071_safety")


def append(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """The one way into audit_entry: each entry masked (desktop.pdpa), the search column left
    out, and chained to the one before it (database/audit_chain.py), in the caller's transaction.

    The chain's head row is UPDATEd first. That is the statement that makes pysqlite open its
    (deferred) transaction if nothing was written yet, and a write as first statement waits
    for SQLite's write lock (busy_timeout) instead of failing on a stale snapshot; on
    PostgreSQL it takes the row's lock. Either way a second appender waits here until this
    transaction ends, so the newest hash read next is still the newest when this commits.
    """
    if not rows:
        return
    take_chain_lock(connection)
    previous: str = connection.execute(select(HEAD.c.last_hash).where(HEAD.c.id == HEAD_ID)).scalar_one()
    now = dt.datetime.now(dt.UTC)
    user = audit.current_user()
    entries = []
    for row in rows:
        if row.get("field") in UNLOGGED_FIELDS:
            continue
        entry = {
            "at": row.get("at") or now,
            "user_name": row.get("user_name") or user,
            "action": AuditAction(row["action"]),
            "entity": row["entity"],
            "entity_id": row.get("entity_id"),
            "field": row.get("field") or "",
            "before": _stored(pdpa.mask(_without_unlogged(row.get("before")))),
            "after": _stored(pdpa.mask(_without_unlogged(row.get("after")))),
            "summary": pdpa.mask_text(row.get("summary") or ""),
        }
        entry["user_name"] = pdpa.mask_text(entry["user_name"])
        entry["prev_hash"] = previous
        previous = entry["entry_hash"] = entry_hash(entry, previous)
        entries.append(entry)
    if not entries:
        return
    # the import's fast executemany (an import may append 100k entries); lazy: it imports us
    from desktop.households.importing.bulk import BulkInserter

    BulkInserter(connection, AUDIT, list(entries[0]), {"at": now}).insert(entries, complete=True)
    connection.execute(
        update(HEAD)
        .where(HEAD.c.id == HEAD_ID)
        .values(last_hash=previous, entries=HEAD.c.entries + len(entries))
    )


def _without_unlogged(value: Any) -> Any:
    if isinstance(value, dict) and UNLOGGED_FIELDS & value.keys():
        return {k: v for k, v in value.items() if k not in UNLOGGED_FIELDS}
    return value


def install_change_tracking(factory: sessionmaker[Session]) -> None:
    """Audit every ORM change made through sessions of this factory (see the module docstring).

    Marked on the factory itself, not asked of ``event.contains``: SQLAlchemy's registry keys
    targets by ``id()``, and a factory made where a dead one's listeners were not yet cleaned
    up (its Session subclass waits for the cycle collector) was taken as already audited, so
    a whole database went unaudited now and then.
    """
    if getattr(factory, "_amphoe_audited", False):
        return
    factory._amphoe_audited = True  # type: ignore[attr-defined]
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _forget)


# --- reading and exporting -------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    entity: str = ""
    action: AuditAction | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive

    def apply(self, query: Select[Any]) -> Select[Any]:
        if self.user:
            query = query.where(AuditEntry.user_name == self.user)
        if self.entity:
            query = query.where(AuditEntry.entity == self.entity)
        if self.action is not None:
            query = query.where(AuditEntry.action == self.action)
        # days of this computer's calendar, as the audit tab shows the times
        if self.since is not None:
            start = dt.datetime.combine(self.since, dt.time()).astimezone(dt.UTC)
            query = query.where(AuditEntry.at >= start)
        if self.until is not None:
            end = dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time()).astimezone(dt.UTC)
            query = query.where(AuditEntry.at < end)
        return query


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_name: str
    action: AuditAction
    entity: str
    entity_id: int | None
    field: str
    before: Any
    after: Any
    summary: str


def _row(entry: AuditEntry) -> AuditRow:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=dt.UTC)
    return AuditRow(
        entry.id,
        at,
        entry.user_name,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.field,
        entry.before,
        entry.after,
        entry.summary,
    )


def query_audit(session: Session, filters: AuditFilter | None = None, limit: int = 2000) -> list[AuditRow]:
    """Newest first. Reading the log needs the view-audit right."""
    require(Permission.VIEW_AUDIT, session)
    query = (filters or AuditFilter()).apply(select(AuditEntry)).order_by(AuditEntry.id.desc()).limit(limit)
    return [_row(e) for e in session.scalars(query)]


def audit_choices(session: Session) -> tuple[list[str], list[str]]:
    """The user names and entity names that occur in the log (for the filter lists)."""
    require(Permission.VIEW_AUDIT, session)
    users = sorted(session.scalars(select(AuditEntry.user_name).distinct()))
    entities = sorted(session.scalars(select(AuditEntry.entity).distinct()))
    return users, entities


AUDIT_COLUMNS = (
    Column("ลำดับ", 8),
    Column("เวลา (UTC)", 20),
    Column("ผู้ใช้", 16),
    Column("การกระทำ", 10),
    Column("ข้อมูล", 16),
    Column("รหัสรายการ", 10),
    Column("ฟิลด์", 12),
    Column("ก่อน", 40),
    Column("หลัง", 40),
    Column("สรุป", 30),
)


def _json(value: Any) -> str:
    import json

    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def export_audit(session: Session, path: Path, filters: AuditFilter | None = None) -> int:
    """Write the filtered log to xlsx (cells neutralised against formulas); the export is itself logged."""
    require(Permission.VIEW_AUDIT, session)
    rows = query_audit(session, filters, limit=1_000_000)

    def cells() -> Iterator[tuple[Any, ...]]:
        for row in rows:
            yield (
                row.id,
                row.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
                row.user_name,
                row.action.value,
                row.entity,
                row.entity_id,
                row.field,
                _json(row.before),
                _json(row.after),
                row.summary,
            )

    count = write_workbook(path, [Sheet("ประวัติการแก้ไข", AUDIT_COLUMNS, cells())])
    audit.record(
        session,
        AuditAction.EXPORT,
        "audit_entry",
        summary=f"audit log exported ({count} rows) to {path.name}",
    )
    return count


# --- the chain ---------------------------------------------------------------------------


class AuditChainBroken(UserError):
    """The log was changed outside the app: ``entry_id`` is the first entry that does not hold."""

    def __init__(self, th: str, en: str, entry_id: int | None) -> None:
        super().__init__(th, en)
        self.entry_id = entry_id


def verify_chain(session: Session) -> int:
    """Check every entry's hash and link, oldest first; the number checked, or AuditChainBroken."""
    require(Permission.VERIFY_AUDIT)
    columns = [AUDIT.c[name] for name in ("id", *CHAIN_CONTENT, "prev_hash", "entry_hash")]
    query = select(*columns).order_by(AUDIT.c.id).execution_options(yield_per=2000)
    previous, checked, last_id = GENESIS, 0, None
    for row in session.execute(query).mappings():
        entry = dict(row)
        if entry["prev_hash"] != previous:
            raise AuditChainBroken(
                f"ประวัติการแก้ไขขาดตอนก่อนรายการที่ {entry['id']}: มีรายการถูกลบหรือแก้ไขนอกโปรแกรม",
                f"The audit log's chain is broken before entry {entry['id']}: an entry was removed "
                "or changed outside the app.",
                entry["id"],
            )
        if entry_hash(entry, previous) != entry["entry_hash"]:
            raise AuditChainBroken(
                f"รายการที่ {entry['id']} ในประวัติการแก้ไขถูกแก้ไขนอกโปรแกรม",
                f"Entry {entry['id']} of the audit log was changed outside the app.",
                entry["id"],
            )
        previous, checked, last_id = entry["entry_hash"], checked + 1, entry["id"]
    head = session.execute(select(HEAD.c.last_hash, HEAD.c.entries).where(HEAD.c.id == HEAD_ID)).one_or_none()
    if head is None or head.last_hash != previous or head.entries != checked:
        where_th = f"หลังรายการที่ {last_id}" if last_id is not None else "ทั้งหมด"
        where_en = f"after entry {last_id}" if last_id is not None else "all of them"
        raise AuditChainBroken(
            f"รายการล่าสุดของประวัติการแก้ไข ({where_th}) ถูกลบนอกโปรแกรม",
            f"The newest entries of the audit log ({where_en}) were removed outside the app.",
            last_id,
        )
    return checked
