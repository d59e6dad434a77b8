"""User accounts: argon2 password hashes, sign-in with lock-out, administration.

Every change of an account (and the list of accounts) checks the manage-users right here,
with the caller's session, so neither the window nor the command line can skip it. The one
exception is the first account of a database, which anyone at the computer may make and
which is always an administrator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.enums import AuditAction, Role
from database.models import User
from desktop import audit
from desktop.db import Database
from desktop.errors import NotFoundError, UserError, ValidationError
from desktop.safety import audit_log
from desktop.safety.access import CurrentUser, Permission, has_accounts, require

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    failed_attempts: int

    def locked(self, now: dt.datetime | None = None) -> bool:
        """Locked out now (the lock lifts by itself at locked_until)."""
        until = _utc(self.locked_until)
        return until is not None and until > (now or _now())


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.full_name,
        user.role,
        user.active,
        user.locked_until,
        user.failed_attempts,
    )


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def needs_first_admin(session: Session) -> bool:
    """True on the first run: no account exists yet."""
    return not has_accounts(session)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร",
            f"The password must be at least {MIN_PASSWORD} characters long.",
        )


def may_add_user(session: Session) -> bool:
    """Refuse unless the caller may add an account; True when it will be the first one."""
    if needs_first_admin(session):
        return True
    require(Permission.MANAGE_USERS, session)
    return False


def create_user(session: Session, username: str, full_name: str, role: Role, password: str) -> UserRow:
    """The first account is always an administrator; later ones need the manage-users right."""
    username = username.strip()
    # Two first accounts made at once must not both become administrators: take the audit
    # chain's lock (every account change writes an entry anyway) before asking whether any
    # account exists, so the second waits for the first to commit and then sees it.
    audit_log.take_chain_lock(session.connection())
    if may_add_user(session):
        role = Role.ADMIN
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise ValidationError(
            "ชื่อผู้ใช้ต้องไม่ว่างและไม่มีช่องว่าง", "The user name must not be empty or contain spaces."
        )
    _check_password(password)
    if session.scalar(select(User).where(func.lower(User.username) == username.lower())):
        raise ValidationError(f"มีผู้ใช้ชื่อ {username} อยู่แล้ว", f"A user named {username} already exists.")
    user = User(
        username=username, full_name=full_name.strip(), role=role, password_hash=_hasher.hash(password)
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        AuditAction.CREATE,
        "app_user",
        user.id,
        after={"username": username, "full_name": user.full_name, "role": role.value},
        summary=f"user {username} created ({role.value})",
    )
    return _row(user)


def list_users(session: Session) -> list[UserRow]:
    require(Permission.MANAGE_USERS, session)
    return [_row(u) for u in session.scalars(select(User).order_by(User.username))]


def authenticate(
    session: Session, username: str, password: str, now: dt.datetime | None = None
) -> CurrentUser:
    """Check a password; MAX_FAILURES wrong ones in a row lock the account for LOCK_MINUTES.

    The failure count is written even though the sign-in is refused, so the caller must
    commit the session after a refusal too (Database.session() does: use sign_in()).
    """
    now = now or _now()
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    wrong = UserError("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong user name or password.")
    if user is None or not user.active:
        _hasher.hash(password)  # same time as a real check: do not reveal which names exist
        raise wrong
    locked_until = _utc(user.locked_until)
    if locked_until is not None and locked_until > now:
        minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
        raise UserError(
            f"บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง โปรดลองใหม่ในอีก {minutes} นาที หรือให้ผู้ดูแลระบบปลดล็อก",
            f"This account is locked after repeated wrong passwords; try again in {minutes} minutes "
            "or ask the administrator to unlock it.",
        )
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILURES:
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_attempts = 0
            audit.record(
                session,
                AuditAction.UPDATE,
                "app_user",
                user.id,
                field="locked_until",
                after=user.locked_until.isoformat(),
                summary=f"user {user.username} locked out",
            )
        raise wrong from None
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return CurrentUser(user.username, user.full_name, user.role, user.id)


def sign_in(database: Database, username: str, password: str, now: dt.datetime | None = None) -> CurrentUser:
    """authenticate() in its own transaction that is committed even when the password is wrong."""
    return check_password(database, username, password, now, signing_in=True)


def check_password(
    database: Database,
    username: str,
    password: str,
    now: dt.datetime | None = None,
    *,
    signing_in: bool = False,
) -> CurrentUser:
    """authenticate() in its own transaction, committed even when the password is wrong (it
    counts toward the lock-out); signing_in: and the sign-in's audit entry."""
    refusal: UserError | None = None
    with database.session() as session:
        try:
            user = authenticate(session, username, password, now)
        except UserError as error:
            refusal = error
        else:
            if signing_in:
                audit.record(
                    session, AuditAction.SIGN_IN, "app_user", user.user_id, summary=f"{username} signed in"
                )
    if refusal is not None:
        raise refusal
    return user


def find_user(session: Session, username: str) -> UserRow:
    """The account named username (any case), for the command line's `users` commands."""
    require(Permission.MANAGE_USERS, session)
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None:
        raise NotFoundError(f"ไม่พบผู้ใช้ชื่อ {username}", f"There is no user named {username}.")
    return _row(user)


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise UserError("ไม่พบผู้ใช้นี้", "No such user.")
    return user


def _admins_left(session: Session, excluding: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN, User.active.is_(True), User.id != excluding)
        )
        or 0
    )


def update_user(
    session: Session,
    user_id: int,
    *,
    full_name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
) -> UserRow:
    require(Permission.MANAGE_USERS, session)
    user = _get(session, user_id)
    before = {"full_name": user.full_name, "role": user.role.value, "active": user.active}
    demoted = (role is not None and role != Role.ADMIN) or active is False
    if user.role == Role.ADMIN and demoted and _admins_left(session, user.id) == 0:
        raise ValidationError(
            "ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน", "At least one active administrator must remain."
        )
    if full_name is not None:
        user.full_name = full_name.strip()
    if role is not None:
        user.role = role
    if active is not None:
        user.active = active
    after = {"full_name": user.full_name, "role": user.role.value, "active": user.active}
    audit.record(
        session,
        AuditAction.UPDATE,
        "app_user",
        user.id,
        before=before,
        after=after,
        summary=f"user {user.username} changed",
    )
    return _row(user)


def set_password(session: Session, user_id: int, password: str) -> None:
    """An administrator resets a password; this also lifts a lock-out."""
    require(Permission.MANAGE_USERS, session)
    _check_password(password)
    user = _get(session, user_id)
    user.password_hash = _hasher.hash(password)
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(
        session,
        AuditAction.UPDATE,
        "app_user",
        user.id,
        field="password",
        summary=f"password of {user.username} reset",
    )


def passwords_differ() -> ValidationError:
    """The new password and its repeat differ (the command line's prompt, the window's form)."""
    return ValidationError("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passwords differ.")


def no_own_account() -> UserError:
    return UserError(
        "ยังไม่มีใครลงชื่อเข้าใช้ จึงไม่มีรหัสผ่านของตนเองให้เปลี่ยน",
        "Nobody is signed in, so there is no own password to change.",
    )


def change_own_password(session: Session, username: str, old: str, new: str) -> None:
    """Any account sets its own password; old is checked first. A wrong one is rolled back with
    the refused change: ops.change_own_password counts it toward the lock-out beforehand."""
    user = authenticate(session, username, old)
    _check_password(new)
    row = _get(session, user.user_id or 0)
    row.password_hash = _hasher.hash(new)
    audit.record(
        session,
        AuditAction.UPDATE,
        "app_user",
        row.id,
        field="password",
        summary=f"{username} changed their password",
    )


def unlock(session: Session, user_id: int) -> None:
    require(Permission.MANAGE_USERS, session)
    user = _get(session, user_id)
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(
        session,
        AuditAction.UPDATE,
        "app_user",
        user.id,
        field="locked_until",
        summary=f"user {user.username} unlocked",
    )
