"""Open the application's database: migrate it (with a backup) and hand out sessions."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from database.engine import busy_listeners, make_engine, make_session_factory
from database.migrate import upgrade
from desktop import paths
from desktop.errors import UserError
from desktop.safety.audit_log import install_change_tracking

log = logging.getLogger("amphoe.db")


class DatabaseBusyError(UserError):
    """Another connection held the SQLite write lock past the busy timeout, or its disk refused."""


def is_locked(error: DBAPIError) -> bool:
    words = str(error.orig).lower() if error.orig is not None else ""
    return "database is locked" in words or "database table is locked" in words


def is_disk_failure(error: DBAPIError) -> bool:
    words = str(error.orig).lower() if error.orig is not None else ""
    return "disk i/o error" in words or "database or disk is full" in words


# SQLSTATEs of a server going away: class 08 (connection exception), an administrator's or
# a crash's shutdown, a server still starting up.
_GONE_STATES = ("57P01", "57P02", "57P03")


def is_server_gone(error: BaseException) -> bool:
    """The database server could not be reached or dropped the connection (stopped,
    restarting, unplugged): not a bug and not the clerk's input."""
    if not isinstance(error, DBAPIError) or error.orig is None:
        return False
    if not type(error.orig).__module__.startswith("psycopg"):
        return False  # SQLite has no server: its errors are the file's (see is_locked)
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state is None:  # raised by the client library itself: no connection, or it broke
        return isinstance(error, (OperationalError, InterfaceError))
    return state.startswith("08") or state in _GONE_STATES


def server_name(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host}:{parsed.port or 5432}" if parsed.host else "localhost"


class ServerGoneError(UserError):
    """PostgreSQL could not be reached. pending_xid: a save whose COMMIT was sent when the
    connection broke and whose outcome could not be checked yet (see Database.commit_status)."""

    def __init__(self, th: str, en: str, pending_xid: int | None = None) -> None:
        super().__init__(th, en)
        self.pending_xid = pending_xid


def server_gone(url: str | None) -> ServerGoneError:
    host = f" {server_name(url)}" if url else ""
    return ServerGoneError(
        f"ติดต่อเซิร์ฟเวอร์ฐานข้อมูล{host} ไม่ได้ จึงยังไม่ได้บันทึกสิ่งใด โปรดลองอีกครั้งเมื่อเซิร์ฟเวอร์กลับมา",
        f"Cannot reach the database server{host}, so nothing was saved; try again when the server is back.",
    )


def lost_commit_not_saved() -> ServerGoneError:
    return ServerGoneError(
        "การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูลขาดระหว่างบันทึก ตรวจแล้ว: ยังไม่ได้บันทึก ข้อมูลที่กรอกไว้ยังอยู่ โปรดบันทึกอีกครั้ง",
        "The connection to the database server broke while saving; checked: not saved. "
        "What you typed is kept: save it again.",
    )


def lost_commit_unknown(xid: int) -> ServerGoneError:
    return ServerGoneError(
        "การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูลขาดระหว่างบันทึก และยังตรวจไม่ได้ว่าบันทึกแล้วหรือไม่ "
        "ข้อมูลที่กรอกไว้ยังอยู่ โปรแกรมจะตรวจและแจ้งเมื่อเซิร์ฟเวอร์กลับมา (อย่าเพิ่งบันทึกซ้ำ)",
        "The connection to the database server broke while saving and whether it was saved "
        "cannot be checked yet; what you typed is kept, and the program checks and tells you "
        "when the server is back (do not save it again before that).",
        pending_xid=xid,
    )


def server_gone_in(error: BaseException, url: str | None = None) -> ServerGoneError | None:
    """A server that went away, found in error's chain, as one sentence: the CLI's and the
    window's last resort for paths that do not go through Database.session (a backup's
    copy, a service using the engine). None for anything else."""
    if isinstance(error, UserError):  # said already (with the server's name), or another refusal
        return error if isinstance(error, ServerGoneError) else None
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return None
        if is_server_gone(seen):
            return server_gone(url)
        seen = seen.__cause__ or seen.__context__
    return None


def on_busy(listener: Callable[[bool], None]) -> None:
    """Hear when a statement starts (True) and stops (False) waiting for another program's
    lock on the SQLite file (the window's line, ui/connection.py); called on the worker's thread."""
    if listener not in busy_listeners:
        busy_listeners.append(listener)


# How long a save whose COMMIT was cut off waits for the server to answer whether it
# committed, before it says "cannot be checked yet" (a restart takes about a second).
COMMIT_CHECK_SECONDS = 4.0


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        A SQLite file that another program holds locked is waited for (database.engine's
        busy wait, a few seconds), then refused in one sentence: nothing of this unit was written.

        A PostgreSQL server that went away is one sentence too (ServerGoneError). When the
        connection breaks during COMMIT itself the outcome is unknown: the transaction's id,
        taken just before, is looked up once the server answers (txid_status), and the
        clerk reads "saved" (the unit returns normally) or "not saved"."""
        try:
            with self.guard(), self.sessions() as session:
                session.begin()
                try:
                    yield session
                    session.flush()
                    xid = self._transaction_id(session)
                except BaseException:
                    session.rollback()
                    raise
                try:
                    session.commit()
                except DBAPIError as error:
                    if xid is None or not is_server_gone(error):
                        raise
                    self._settle_lost_commit(xid, error)
        except OperationalError as error:
            if is_locked(error):
                raise DatabaseBusyError(
                    "ฐานข้อมูลถูกใช้งานโดยโปรแกรมอื่นอยู่ รอแล้วหลายวินาทีก็ยังไม่ว่าง จึงไม่ได้บันทึกสิ่งใด "
                    "โปรดลองอีกครั้งในอีกสักครู่ หรือปิดโปรแกรมที่เปิดฐานข้อมูลค้างไว้",
                    "The database is busy in another program and stayed busy for several seconds, so "
                    "nothing was saved; try again in a moment or close the program holding it.",
                ) from error
            if is_disk_failure(error):
                raise DatabaseBusyError(
                    "พื้นที่สำหรับฐานข้อมูลไม่พอหรือดิสก์ขัดข้อง จึงไม่ได้บันทึกสิ่งใด โปรดลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง",
                    "There is not enough space for the database (or its disk failed), so nothing was saved; "
                    "free some space and try again.",
                ) from error
            raise

    @contextmanager
    def guard(self) -> Iterator[None]:
        """A server that went away becomes ServerGoneError (one sentence, exit 1)."""
        try:
            yield
        except DBAPIError as error:
            if is_server_gone(error):
                log.warning("database server unreachable: %s", type(error.orig).__name__)
                raise server_gone(self.url) from error
            raise

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def _transaction_id(self, session: Session) -> int | None:
        """PostgreSQL: this transaction's id if it wrote anything (None for a read)."""
        if not self.is_server:
            return None
        value = session.execute(text("SELECT txid_current_if_assigned()")).scalar()
        return int(value) if value is not None else None

    def _settle_lost_commit(self, xid: int, error: DBAPIError) -> None:
        """The COMMIT of xid was sent and the connection broke: return if it committed,
        raise the sentence that says it did not, or that it cannot be told yet."""
        log.warning("connection lost during COMMIT of transaction %s: %s", xid, type(error.orig).__name__)
        deadline = time.monotonic() + COMMIT_CHECK_SECONDS
        while True:
            committed = self.commit_status(xid)
            if committed is True:
                log.info("transaction %s committed before the connection broke", xid)
                return
            if committed is False:
                raise lost_commit_not_saved() from error
            if time.monotonic() >= deadline:
                raise lost_commit_unknown(xid) from error
            time.sleep(0.5)

    def commit_status(self, xid: int) -> bool | None:
        """Did transaction xid commit? None while the server cannot tell (unreachable, or
        the transaction still running on a server that has not noticed the lost client)."""
        try:
            with self.engine.connect() as connection:
                status = connection.execute(text("SELECT txid_status(:xid)"), {"xid": xid}).scalar()
        except DBAPIError as error:
            if is_server_gone(error):
                return None
            raise
        if status == "committed":
            return True
        if status == "aborted":
            return False
        return None  # "in progress", or NULL: too old to be known

    def ping(self) -> bool:
        """Does the server answer now? (The window's reconnect loop: False while it is away.)"""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DBAPIError as error:
            if is_server_gone(error):
                return False
            raise
        return True

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, migrate: bool = True) -> Database:
    try:
        engine = make_engine(url)
        if migrate:
            upgrade(engine, backup_dir=paths.backups_dir())
    except DatabaseError as error:
        shown = make_url(url).render_as_string(hide_password=True)
        reason = str(error.orig).strip().splitlines()[0] if error.orig else ""
        raise UserError(
            f"เปิดฐานข้อมูลไม่ได้: {shown} ({reason})",
            f"Cannot open the database {shown} ({reason}).",
        ) from error
    sessions = make_session_factory(engine)
    install_change_tracking(sessions)
    return Database(url, engine, sessions)
