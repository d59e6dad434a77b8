"""Accounts (argon2, lock-out, roles) and the audit trail (automatic, filtered, exported, immutable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from database.enums import AuditAction, Role
from database.models import AuditEntry, Household, Member, User
from desktop.db import Database
from desktop.errors import UserError
from desktop.safety import accounts
from desktop.safety.access import CurrentUser, Permission, PermissionDenied, require, sign_in_as
from desktop.safety.audit_log import AuditFilter, export_audit, query_audit


@pytest.fixture(autouse=True)
def _nobody_signed_in() -> Iterator[None]:
    sign_in_as(None)
    yield
    sign_in_as(None)


def _admin(database: Database) -> CurrentUser:
    with database.session() as session:
        accounts.create_user(session, "admin", "ผู้ดูแล", Role.CLERK, "correct horse")
    return accounts.sign_in(database, "admin", "correct horse")


def test_first_user_is_administrator_and_passwords_are_argon2(database: Database) -> None:
    with database.session() as session:
        assert accounts.needs_first_admin(session)
    admin = _admin(database)
    assert admin.role == Role.ADMIN  # asked for clerk: the first account is always the administrator
    with database.session() as session:
        stored = session.scalars(select(User.password_hash)).one()
        assert stored.startswith("$argon2id$") and "correct horse" not in stored
        assert not accounts.needs_first_admin(session)


def test_roles_are_enforced(database: Database) -> None:
    sign_in_as(_admin(database))
    with database.session() as session:
        accounts.create_user(session, "somchai", "สมชาย", Role.CLERK, "clerkpass1")
        accounts.create_user(session, "head", "หัวหน้า", Role.HEAD, "headpass1")
    clerk = accounts.sign_in(database, "somchai", "clerkpass1")
    sign_in_as(clerk)
    for permission in (
        Permission.RESTORE,
        Permission.MANAGE_USERS,
        Permission.VIEW_AUDIT,
        Permission.ADOPT_MINUTES,
    ):
        with pytest.raises(PermissionDenied):
            require(permission)
    require(Permission.EDIT)
    with pytest.raises(PermissionDenied) as denied, database.session() as session:
        accounts.create_user(session, "eve", "", Role.ADMIN, "whatever12")
    assert "may not manage users" in denied.value.en
    with pytest.raises(PermissionDenied), database.session() as session:
        query_audit(session)
    sign_in_as(accounts.sign_in(database, "head", "headpass1"))
    with database.session() as session:
        assert query_audit(session)
    with pytest.raises(PermissionDenied):
        require(Permission.RESTORE)


def test_lock_out_after_repeated_failures(database: Database) -> None:
    sign_in_as(_admin(database))
    with database.session() as session:
        clerk = accounts.create_user(session, "nok", "นก", Role.CLERK, "rightpass1")
    now = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(UserError, match="ไม่ถูกต้อง"):
            accounts.sign_in(database, "nok", "wrong", now=now)
    with pytest.raises(UserError) as locked:
        accounts.sign_in(database, "nok", "rightpass1", now=now + dt.timedelta(minutes=1))
    assert "locked" in locked.value.en
    # the lock lifts by itself, or an administrator unlocks
    assert (
        accounts.sign_in(database, "nok", "rightpass1", now=now + dt.timedelta(minutes=20)).username == "nok"
    )
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(UserError):
            accounts.sign_in(database, "nok", "wrong", now=now + dt.timedelta(minutes=30))
    with database.session() as session:
        accounts.unlock(session, clerk.id)
    assert (
        accounts.sign_in(database, "nok", "rightpass1", now=now + dt.timedelta(minutes=31)).role == Role.CLERK
    )
    with pytest.raises(UserError, match="ไม่ถูกต้อง"):
        accounts.sign_in(database, "nobody", "rightpass1")


def test_last_administrator_cannot_be_removed(database: Database) -> None:
    admin = _admin(database)
    sign_in_as(admin)
    with pytest.raises(UserError, match="ผู้ดูแลระบบ"), database.session() as session:
        accounts.update_user(session, admin.user_id or 0, role=Role.CLERK)


def test_every_change_is_audited_with_before_and_after(database: Database, tmp_path: Path) -> None:
    sign_in_as(_admin(database))
    with database.session() as session:
        household = Household(
            house_no="12", village_no=3, village_name="บ้านเก่า", subdistrict="ต", district="อ"
        )
        household.members.append(Member(first_name="สมศรี", national_id="1101700203451"))
        session.add(household)
    with database.session() as session:
        stored = session.get(Household, household.id)
        assert stored is not None
        stored.village_name = "บ้านใหม่"
    with database.session() as session:
        stored = session.get(Household, household.id)
        session.delete(stored)
    with database.session() as session:
        rows = query_audit(session, AuditFilter(entity="household"))
    actions = [r.action for r in rows]
    assert actions[:3] == [AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE]
    update = rows[1]
    assert update.user_name == "admin" and update.entity_id == household.id
    assert update.before == {"village_name": "บ้านเก่า"} and update.after == {"village_name": "บ้านใหม่"}
    with database.session() as session:
        member = query_audit(session, AuditFilter(entity="member", action=AuditAction.CREATE))[0]
    assert member.after["national_id"] != "1101700203451"  # masked in the log
    assert "1101700203451" not in str(member.after)

    with database.session() as session:
        assert query_audit(session, AuditFilter(user="admin", since=dt.date.today()))
        assert not query_audit(session, AuditFilter(user="someone-else"))
        assert not query_audit(session, AuditFilter(until=dt.date(2000, 1, 1)))
        count = export_audit(session, tmp_path / "audit.xlsx", AuditFilter(entity="household"))
    assert count == 3
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    assert sheet.max_row == 4 and sheet.cell(2, 3).value == "admin"
    with database.session() as session:
        exports = query_audit(session, AuditFilter(action=AuditAction.EXPORT))
    assert exports and "audit log exported" in exports[0].summary


def test_audit_rows_are_immutable_in_the_database(database: Database) -> None:
    with database.session() as session:
        session.add(AuditEntry(action=AuditAction.EXPORT, entity="household", summary="x"))
    for statement in ("UPDATE audit_entry SET summary = 'changed'", "DELETE FROM audit_entry"):
        with pytest.raises(DatabaseError, match="append-only"), database.engine.begin() as connection:
            connection.execute(text(statement))
    with database.session() as session:
        assert session.scalars(select(AuditEntry.summary)).all() == ["x"]
