"""Accounts, the audit log and saved per-office preferences (filters, import mappings)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from database.base import Base, Timestamped, enum_column, text_column, utcnow
from database.enums import AuditAction, Role


class User(Timestamped, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(default="")
    role: Mapped[Role] = enum_column(Role, default=Role.CLERK)
    password_hash: Mapped[str] = mapped_column(default="")
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    active: Mapped[bool] = mapped_column(default=True)

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class AuditEntry(Base):
    """Append-only: the app never updates or deletes these rows.

    ``entry_hash`` is the SHA-256 of the entry's content and ``prev_hash``, the hash of the
    entry before it (database/audit_chain.py): a changed or removed entry breaks the chain.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[AuditAction] = enum_column(AuditAction)
    entity: Mapped[str] = mapped_column(String(64), index=True)  # table name
    entity_id: Mapped[int | None] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    summary: Mapped[str] = text_column()
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AuditChainHead(Base):
    """One row: the newest entry's hash and the number of entries. Every append UPDATEs it
    first, so appenders queue on it (SQLite's write lock, PostgreSQL's row lock), and removing
    the newest entries shows."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(default=0)


class SavedFilter(Timestamped, Base):
    __tablename__ = "saved_filter"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ImportMapping(Timestamped, Base):
    """A clerk-corrected column mapping saved by name for the next file of that shape."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
