"""Accounts and the audit log through the one door (desktop/operations.py).

The permissions are the accounts module's and the audit log's own (checked inside them with
the session: adding an account needs an administrator once any account exists, reading the
log the head of office), so the window, the command line and a script are held to the same
rules.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from database.enums import Role
from desktop.db import Database
from desktop.operations import Outcome, Unit, operation, query
from desktop.safety import accounts
from desktop.safety.access import signed_in
from desktop.safety.audit_log import AuditFilter, AuditRow, audit_choices, export_audit, query_audit

needs_first_admin = query(accounts.needs_first_admin)
list_users = query(accounts.list_users)
choices = query(audit_choices)


@query
def audit_rows(session: Session, filters: AuditFilter, limit: int) -> list[AuditRow]:
    return query_audit(session, filters, limit=limit)


@operation(None)
def add_user(unit: Unit, username: str, full_name: str, role: Role, password: str) -> accounts.UserRow:
    """The first account of a database is its administrator; later ones need one."""
    return accounts.create_user(unit.session, username, full_name, role, password)


@operation(None)
def change_user(
    unit: Unit, user_id: int, *, role: Role | None = None, active: bool | None = None
) -> accounts.UserRow:
    return accounts.update_user(unit.session, user_id, role=role, active=active)


@operation(None)
def set_password(unit: Unit, user_id: int, password: str) -> None:
    accounts.set_password(unit.session, user_id, password)


def change_own_password(database: Database, old: str, new: str) -> Outcome[None]:
    """The signed-in account (any role) sets its own password: the window's *เปลี่ยนรหัสผ่าน…*
    and `users passwd` of one's own name.

    The present password is checked first in a transaction of its own that is kept when it
    refuses, so a wrong one counts toward the lock-out as at sign-in (the form is one more
    place to guess a password at a window left open); the operation checks it again in the
    transaction that writes the new one."""
    me = signed_in()
    if me is None:  # nobody signed in: no account of one's own (a database without accounts)
        raise accounts.no_own_account()
    accounts.check_password(database, me.username, old)
    return _change_own_password(database, me.username, old, new)


@operation(None)
def _change_own_password(unit: Unit, username: str, old: str, new: str) -> None:
    accounts.change_own_password(unit.session, username, old, new)


@operation(None)
def unlock(unit: Unit, user_id: int) -> None:
    accounts.unlock(unit.session, user_id)


@operation(None)
def export_log(unit: Unit, path: Path, filters: AuditFilter) -> int:
    """The filtered log as xlsx (head of office and administrator); the export is logged."""
    return export_audit(unit.session, path, filters)
