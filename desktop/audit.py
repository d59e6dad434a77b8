"""Add entries to the audit log; the current user is set once per process or session.

``record`` says what the row changes alone do not (an export, an import's summary, a
sign-in, a restore…): the row changes are logged automatically. Its entry waits in the
session with those, and all are appended together when the session commits, through the
one append path (desktop/safety/audit_log.py ``append``: masked, chained).
"""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any

from sqlalchemy.orm import Session

from database.enums import AuditAction

_current_user = ""
PENDING = "audit_pending"  # session.info key: the entries the next commit appends


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
    queue(
        session,
        [
            {
                "at": dt.datetime.now(dt.UTC),
                "user_name": current_user(),
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "field": field,
                "before": before,
                "after": after,
                "summary": summary,
            }
        ],
    )


def queue(session: Session, rows: list[dict[str, Any]]) -> None:
    """Entries (dicts of audit_entry's columns) to append when this session commits."""
    session.info.setdefault(PENDING, []).extend(rows)
