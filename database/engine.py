"""Engines and sessions: SQLite by default (WAL, foreign keys), any SQLAlchemy URL otherwise."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_STEP_MS}")
    cursor.close()


# Another program holding a SQLite file's write lock is waited for BUSY_WAIT_SECONDS in all.
# SQLite's own wait (busy_timeout) is kept to short steps and the statement is tried again
# here, so that the program can say it is waiting: each listener hears True when the wait
# starts and False when it ends (the window shows "the database is in use… waiting").
BUSY_WAIT_SECONDS = 5.0
BUSY_STEP_MS = 250
busy_listeners: list[Callable[[bool], None]] = []
_SQLITE_BUSY = 5  # plain SQLITE_BUSY; BUSY_SNAPSHOT (517) would never clear by waiting


def _tell_busy(waiting: bool) -> None:
    for listener in list(busy_listeners):
        with contextlib.suppress(Exception):  # a display's trouble never fails the statement
            listener(waiting)


def _run_waiting(run: Callable[[], object]) -> None:
    """run() again while the file is locked by another connection, up to BUSY_WAIT_SECONDS.
    A statement refused with SQLITE_BUSY did nothing, so trying it again is safe."""
    deadline = time.monotonic() + BUSY_WAIT_SECONDS - BUSY_STEP_MS / 1000
    waiting = False
    try:
        while True:
            try:
                run()
                return
            except sqlite3.OperationalError as error:
                if getattr(error, "sqlite_errorcode", None) != _SQLITE_BUSY or time.monotonic() >= deadline:
                    raise
                if not waiting:
                    waiting = True
                    _tell_busy(True)
    finally:
        if waiting:
            _tell_busy(False)


def wait_when_busy(engine: Engine) -> None:
    """Every SQLite engine with tune_sqlite's short busy_timeout needs this: the rest of the wait."""
    event.listen(engine, "do_execute", _execute_waiting)
    event.listen(engine, "do_executemany", _executemany_waiting)


def _execute_waiting(cursor: Any, statement: str, parameters: Any, _context: Any) -> bool:
    _run_waiting(lambda: cursor.execute(statement, parameters))
    return True  # executed: SQLAlchemy does not run it again


def _executemany_waiting(cursor: Any, statement: str, parameters: Any, _context: Any) -> bool:
    _run_waiting(lambda: cursor.executemany(statement, parameters))
    return True


# libpq options: give up connecting after 5 s; notice a silent peer (cable pulled) within
# about 20 s of unanswered keepalives or unacknowledged data.
SERVER_TIMEOUTS: dict[str, Any] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,
}


def make_engine(url: str, **kwargs: Any) -> Engine:
    # Error texts (and so tracebacks, logs, crash reports) never carry the row's values.
    kwargs.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", tune_sqlite)
        wait_when_busy(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        # A server that is stopped or unplugged must show as an error within seconds, not
        # after the system's TCP timeouts (minutes): see desktop/db.py's ServerGoneError.
        given = kwargs.pop("connect_args", {})
        kwargs["connect_args"] = {**SERVER_TIMEOUTS, **given}
        for name in parsed.query:  # what the administrator put in the URL wins
            kwargs["connect_args"].pop(name, None)
    # pool_pre_ping: a connection the server dropped (restart, unplugged cable) is replaced
    # on its next checkout instead of failing the clerk's next operation.
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand plain, loaded objects back to callers.
    return sessionmaker(engine, expire_on_commit=False)
