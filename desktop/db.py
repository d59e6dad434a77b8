"""Open the application's database: migrate it (with a backup) and hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from database.engine import make_engine, make_session_factory
from database.migrate import upgrade
from desktop import paths
from desktop.errors import UserError
from desktop.safety.audit_log import install_change_tracking


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        with self.sessions.begin() as session:
            yield session

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
