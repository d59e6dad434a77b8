"""Append entries to the audit log; the current user is set once per process or session."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy.orm import Session

from database.enums import AuditAction
from database.models import AuditEntry

_current_user = ""


def set_current_user(name: str) -> None:
    global _current_user
    _current_user = name


def current_user() -> str:
    if not _current_user:
        try:
            return f"os:{getpass.getuser()}"
        except (KeyError, OSError):
            return "os:unknown"
    return _current_user


def record(
    session: Session,
    action: AuditAction,
    entity: str,
    entity_id: int | None = None,
    *,
    field: str = "",
    before: Any = None,
    after: Any = None,
    summary: str = "",
) -> None:
    session.add(
        AuditEntry(
            user_name=current_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            before=before,
            after=after,
            summary=summary,
        )
    )
