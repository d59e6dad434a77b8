"""Optimistic locking for several clerks: a stale save is refused with both versions.

Household, PlanItem, Meeting and Resolution carry a version column (SQLAlchemy's
``version_id_col``): every UPDATE says ``WHERE id = ? AND version = ?`` and SQLAlchemy
raises StaleDataError when another clerk saved in between. ``guard_conflicts`` turns that
into a ``ConflictError`` that carries what this clerk tried to save and what is stored
now, so the GUI can show both side by side; nothing is overwritten.

``save_versioned`` is the edit-form path: the form remembers the version it loaded and
hands back only the fields it changed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.errors import NotFoundError, UserError
from desktop.safety.audit_log import _plain

ENTITY_TH = {"household": "ครัวเรือน", "meeting": "การประชุม", "resolution": "มติ", "plan_item": "แผนช่วยเหลือ"}


class ConflictError(UserError):
    """Another clerk saved this record first; carries both versions."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        mine_version: int | None,
        theirs_version: int | None,
    ) -> None:
        what = ENTITY_TH.get(entity, entity)
        super().__init__(
            f"มีผู้อื่นบันทึก{what}รายการนี้ไปก่อนแล้ว (ฉบับที่ {theirs_version}) การแก้ไขของคุณยังไม่ถูกบันทึก "
            "โปรดดูทั้งสองฉบับแล้วแก้ไขใหม่",
            f"Someone else saved this {entity.replace('_', ' ')} first (version {theirs_version}); "
            "your changes were not saved. Compare both versions and edit again.",
        )
        self.entity = entity
        self.entity_id = entity_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.mine_version = mine_version
        self.theirs_version = theirs_version

    def differing(self) -> list[str]:
        """The fields where the two versions differ (the ones this clerk changed first)."""
        names = list(self.mine) + [k for k in self.theirs if k not in self.mine]
        return [k for k in names if k != "version" and self.mine.get(k) != self.theirs.get(k)]


def _version_key(model: type[Any]) -> str | None:
    column = inspect(model).version_id_col
    return None if column is None else str(column.key)


def snapshot(obj: object) -> dict[str, Any]:
    """The object's column values as plain data (no secrets, IDs masked) — for display."""
    state = inspect(obj)
    return {
        attr.key: _plain(attr.key, getattr(obj, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in {"password_hash", "search_text"}
    }


def stored_version(database: Database, model: type[Any], row_id: int) -> tuple[int | None, dict[str, Any]]:
    """What is in the database now, read in a fresh transaction."""
    with database.session() as session:
        obj = session.get(model, row_id)
        if obj is None:
            return None, {}
        key = _version_key(model)
        return (getattr(obj, key) if key else None), snapshot(obj)


def _conflict(
    database: Database, model: type[Any], row_id: int, mine: Mapping[str, Any], mine_version: int | None
) -> ConflictError:
    theirs_version, theirs = stored_version(database, model, row_id)
    mine_full = {**theirs, **{k: _plain(k, v) for k, v in mine.items()}}
    return ConflictError(
        inspect(model).local_table.name, row_id, mine_full, theirs, mine_version, theirs_version
    )


@contextmanager
def guard_conflicts(
    database: Database, obj: object, mine: Mapping[str, Any] | None = None
) -> Iterator[Session]:
    """A unit of work that saves obj; a stale save becomes a ConflictError, nothing written.

    ``with guard_conflicts(db, household, {"village_name": "…"}) as session: …``
    """
    model = type(obj)
    identity = inspect(obj).identity
    row_id = int(identity[0]) if identity else 0
    key = _version_key(model)
    version = getattr(obj, key) if key else None
    try:
        with database.session() as session:
            yield session
    except StaleDataError as error:
        changes = dict(mine) if mine is not None else snapshot(obj)
        raise _conflict(database, model, row_id, changes, version) from error


def save_versioned(
    database: Database,
    model: type[Any],
    row_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
) -> int:
    """Apply changes a clerk made to the copy loaded at expected_version; returns the new version.

    Refused with ConflictError when the stored version moved on (checked when loading and,
    against a race, again by the UPDATE itself).
    """
    key = _version_key(model)
    if key is None:
        raise TypeError(f"{model.__name__} has no version column")
    try:
        with database.session() as session:
            obj = session.get(model, row_id)
            if obj is None:
                raise NotFoundError("ไม่พบรายการนี้ (อาจถูกลบไปแล้ว)", "This record no longer exists.")
            if getattr(obj, key) != expected_version:
                raise _conflict(database, model, row_id, changes, expected_version)
            for name, value in changes.items():
                setattr(obj, name, value)
            session.flush()
            new_version = int(getattr(obj, key))
    except StaleDataError as error:
        raise _conflict(database, model, row_id, changes, expected_version) from error
    return new_version
