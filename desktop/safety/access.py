"""Who is working, and what each role may do.

The GUI signs a user in with a password; the command line and tests name a user with
``sign_in_as`` (the CLI reads ``AMPHOE_USER``). Without anyone signed in, the process is
the person at the computer (the command line on their own database) and may do
everything — the GUI always signs in first.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass

from sqlalchemy import func, select
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
    return _current is None or _current.may(permission)


def require(permission: Permission) -> None:
    """Refuse unless the signed-in user's role allows permission."""
    if _current is None or _current.may(permission):
        return
    raise PermissionDenied(
        f"บัญชี {_current.username} ({ROLE_TH[_current.role]}) ไม่มีสิทธิ์{PERMISSION_TH[permission]}",
        f"The account {_current.username} ({ROLE_EN[_current.role]}) may not {PERMISSION_EN[permission]}.",
    )


class PermissionDenied(UserError):
    pass


USER_VARIABLE = "AMPHOE_USER"


def sign_in_from_environment(session: Session) -> CurrentUser | None:
    """The command line acts as the account named in AMPHOE_USER, with that account's role."""
    name = os.environ.get(USER_VARIABLE, "").strip()
    if not name:
        return None
    user = session.scalar(select(User).where(func.lower(User.username) == name.lower()))
    if user is None or not user.active:
        raise UserError(
            f"ไม่พบบัญชีผู้ใช้ {name} ที่ตั้งไว้ใน {USER_VARIABLE}",
            f"There is no active account {name} (set in {USER_VARIABLE}).",
        )
    current = CurrentUser(user.username, user.full_name, user.role, user.id)
    sign_in_as(current)
    return current
