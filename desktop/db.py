"""Open the application's database: migrate it (with a backup) and hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from database.engine import make_engine, make_session_factory
from database.migrate import upgrade
from desktop import paths
from desktop.errors import UserError
from desktop.safety.audit_log import install_change_tracking


class DatabaseBusyError(UserError):
    """Another connection held the SQLite write lock past the busy timeout, or its disk refused."""


def is_locked(error: DBAPIError) -> bool:
    words = str(error.orig).lower() if error.orig is not None else ""
    return "database is locked" in words or "database table is locked" in words


def is_disk_failure(error: DBAPIError) -> bool:
    words = str(error.orig).lower() if error.orig is not None else ""
    return "disk i/o error" in words or "database or disk is full" in words


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        A SQLite file that another program holds locked is waited for (busy_timeout, a few
        seconds), then refused in one sentence: nothing of this unit was written."""
        try:
            with self.sessions.begin() as session:
                yield session
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
