"""Who is working, and what each role may do.

The window and the command line both sign in with a password (desktop.safety.accounts),
then name the account here with ``sign_in_as``; tests name one directly.

Nobody signed in is the person at the computer in single-user mode: allowed everything,
but only on a database that has no account at all (a new office, the demo, a test).
Once a database holds an account, every checked change needs someone signed in:
``require(permission, session)`` looks at the database to tell the two apart.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import Role
from database.models import User
from desktop import audit
from desktop.errors import UserError


class Permission(enum.StrEnum):
    EDIT = "edit"  # households, plans, meetings, letters, imports, exports, packages
    ADOPT_MINUTES = "adopt_minutes"  # adopt minutes and resolutions, sign off submissions
    VIEW_AUDIT = "view_audit"  # read and export the audit log
    VERIFY_AUDIT = "verify_audit"  # check the audit log's hash chain (administrators)
    BACKUP = "backup"  # make a backup
    RESTORE = "restore"  # replace the database with a backup
    MANAGE_USERS = "manage_users"  # create users, reset passwords, change roles, unlock


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.EDIT, Permission.BACKUP}),
    Role.HEAD: frozenset(
        {Permission.EDIT, Permission.BACKUP, Permission.ADOPT_MINUTES, Permission.VIEW_AUDIT}
    ),
    Role.ADMIN: frozenset(Permission),
}

ROLE_TH = {Role.CLERK: "เจ้าหน้าที่", Role.HEAD: "หัวหน้าสำนักงาน", Role.ADMIN: "ผู้ดูแลระบบ"}
ROLE_EN = {Role.CLERK: "clerk", Role.HEAD: "head of office", Role.ADMIN: "administrator"}

PERMISSION_TH = {
    Permission.EDIT: "แก้ไขข้อมูล",
    Permission.ADOPT_MINUTES: "รับรองรายงานการประชุม",
    Permission.VIEW_AUDIT: "ดูประวัติการแก้ไข",
    Permission.VERIFY_AUDIT: "ตรวจสอบความครบถ้วนของประวัติการแก้ไข",
    Permission.BACKUP: "สำรองข้อมูล",
    Permission.RESTORE: "กู้คืนข้อมูล",
    Permission.MANAGE_USERS: "จัดการผู้ใช้",
}
PERMISSION_EN = {
    Permission.EDIT: "change data",
    Permission.ADOPT_MINUTES: "adopt minutes",
    Permission.VIEW_AUDIT: "see the audit log",
    Permission.VERIFY_AUDIT: "verify the audit log",
    Permission.BACKUP: "make backups",
    Permission.RESTORE: "restore backups",
    Permission.MANAGE_USERS: "manage users",
}


@dataclass(frozen=True)
class CurrentUser:
    username: str
    full_name: str
    role: Role
    user_id: int | None = None

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


_current: CurrentUser | None = None


def sign_in_as(user: CurrentUser | None) -> None:
    """Make user the one who works from now on (None: nobody signed in)."""
    global _current
    _current = user
    audit.set_current_user(user.username if user else "")


def signed_in() -> CurrentUser | None:
    return _current


def may(permission: Permission) -> bool:
    """For showing or hiding controls; the write itself still calls require()."""
    return _current is None or _current.may(permission)


def has_accounts(session: Session) -> bool:
    """False on a database where no account was ever made (single-user mode)."""
    return session.scalar(select(User.id).limit(1)) is not None


def require(permission: Permission, session: Session | None = None) -> None:
    """Refuse unless the signed-in account's role allows permission.

    With nobody signed in, session decides: a database without accounts belongs to the
    person at the computer (allowed); one with accounts is refused ("sign in first").
    Without a session (callers not yet moved onto operations) nobody is still allowed.
    """
    if _current is None:
        if session is not None and has_accounts(session):
            raise NotSignedIn(
                "โปรดลงชื่อเข้าใช้ก่อน เพราะฐานข้อมูลนี้มีบัญชีผู้ใช้แล้ว",
                "Sign in first: this database has user accounts.",
            )
        return
    role = _current.role
    if session is not None and _current.user_id is not None:
        role = _role_now(session, _current)
    if permission in ROLE_PERMISSIONS[role]:
        return
    raise PermissionDenied(
        f"บัญชี {_current.username} ({ROLE_TH[role]}) ไม่มีสิทธิ์{PERMISSION_TH[permission]}",
        f"The account {_current.username} ({ROLE_EN[role]}) may not {PERMISSION_EN[permission]}.",
    )


def _role_now(session: Session, user: CurrentUser) -> Role:
    """The account's role as the database holds it now: an administrator's change of role or
    deactivation counts from the next checked change, not from the next sign-in."""
    row = session.get(User, user.user_id)
    if row is None or not row.active or row.username != user.username:
        raise NotSignedIn(
            f"บัญชี {user.username} ใช้งานไม่ได้แล้ว โปรดลงชื่อเข้าใช้ใหม่",
            f"The account {user.username} can no longer be used: sign in again.",
        )
    return row.role


class PermissionDenied(UserError):
    pass


class NotSignedIn(PermissionDenied):
    """Nobody is signed in on a database that has accounts."""
