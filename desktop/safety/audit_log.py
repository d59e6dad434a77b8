"""The audit trail: every change recorded automatically, read back with filters, exported.

``install_change_tracking`` hooks a session factory so that every insert, update and
delete of a mapped row adds an ``audit_entry`` (who, when, which row, each changed
field's value before and after) in the same transaction — a change and its audit entry
are committed together or not at all. Bulk work (an import of thousands of rows) may set
``session.info["audit_bulk"] = True`` and record one summary entry itself. National ID
numbers are kept masked in the log; password hashes never enter it. The log cannot be
changed from the app, and triggers (migration 0050_safety) refuse UPDATE and DELETE on
``audit_entry`` in the database itself.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from database.enums import AuditAction
from database.models import AuditEntry
from desktop import audit
from desktop.safety.access import Permission, require
from desktop.spreadsheets import Column, Sheet, write_workbook
from desktop.thai import mask_national_id

SKIPPED_FIELDS = frozenset({"created_at", "updated_at", "version"})
SECRET_FIELDS = frozenset({"password_hash"})
MASKED_FIELDS = frozenset({"national_id"})
# Tables whose services write their own, richer entries (accounts: never the password).
SELF_AUDITED = frozenset({"app_user", "audit_entry"})


def _plain(name: str, value: Any) -> Any:
    """A JSON-safe, PDPA-safe copy of one column value."""
    if value is None:
        return None
    if name in MASKED_FIELDS and isinstance(value, str):
        return mask_national_id(value)
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
        if attr.key not in SKIPPED_FIELDS and attr.key not in SECRET_FIELDS
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


PENDING = "audit_pending"


def _after_flush(session: Session, _context: Any) -> None:
    session.info.setdefault(PENDING, []).extend(_changes(session))


def _before_commit(session: Session) -> None:
    """Write the collected entries, except for rows a service already audited itself."""
    session.flush()
    rows = session.info.pop(PENDING, [])
    if not rows:
        return
    explicit = {
        (obj.entity, obj.entity_id) for obj in session.identity_map.values() if isinstance(obj, AuditEntry)
    }
    rows = [row for row in rows if (row["entity"], row["entity_id"]) not in explicit]
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(PENDING, None)


def install_change_tracking(factory: sessionmaker[Session]) -> None:
    """Audit every ORM change made through sessions of this factory (see the module docstring)."""
    if event.contains(factory, "after_flush", _after_flush):
        return
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
        if self.since is not None:
            start = dt.datetime.combine(self.since, dt.time(), dt.UTC)
            query = query.where(AuditEntry.at >= start)
        if self.until is not None:
            end = dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time(), dt.UTC)
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
    require(Permission.VIEW_AUDIT)
    query = (filters or AuditFilter()).apply(select(AuditEntry)).order_by(AuditEntry.id.desc()).limit(limit)
    return [_row(e) for e in session.scalars(query)]


def audit_choices(session: Session) -> tuple[list[str], list[str]]:
    """The user names and entity names that occur in the log (for the filter lists)."""
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
    require(Permission.VIEW_AUDIT)
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
