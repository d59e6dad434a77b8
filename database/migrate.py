"""Bring a database to the current schema, backing the file up first.

Run as ``python -m database.migrate revision "message"`` to write a new migration
from the models (autogenerate) against a scratch SQLite database at head.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool

from database.engine import make_engine, sqlite_path, tune_sqlite, wait_when_busy
from database.partial import PARTIAL_PREFIX, PARTIAL_SUFFIX

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("amphoe.database")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# Alembic takes about a second to import; start-up only needs to know whether the
# database is at head, which the revision lines of the scripts and one query tell.
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision[^=]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    # set_main_option interpolates: a "%" in the install folder's path must be doubled
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return config


def script_heads() -> set[str]:
    """Heads of the migration scripts, read from their revision lines."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        revisions.add(revision.group(1))
        down = _DOWN_REVISION.search(source)
        if down is not None:
            parents.update(_QUOTED.findall(down.group(1)))
    return revisions - parents


def head_revision() -> str | None:
    heads = script_heads()
    if len(heads) > 1:
        raise RuntimeError(f"migration scripts have several heads: {sorted(heads)}")
    return next(iter(heads), None)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite_file(path: Path, backup_dir: Path, reason: str) -> Path:
    """Copy a live SQLite database consistently (online backup API) next to the others.

    The copy is written under a temporary name and renamed when complete, so a kill
    leaves no half copy that looks like a backup (start-up sweeps the temporary name).
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{reason}-{stamp}.sqlite3"
    partial = backup_dir / f"{PARTIAL_PREFIX}{target.name}{PARTIAL_SUFFIX}"
    try:
        source = sqlite3.connect(path)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


# The append-only guard of the audit log is ours (migration 0050): `init` puts back any
# that a tool or an old restore removed. Kept here, beside the schema code, one home.
AUDIT_TRIGGERS_SQLITE = {
    f"audit_entry_no_{verb.lower()}": (
        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
    )
    for verb in ("UPDATE", "DELETE")
}
AUDIT_TRIGGERS_SQLITE["audit_entry_no_replace"] = (  # INSERT OR REPLACE would rewrite an entry (0071)
    "CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry "
    "WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
)
AUDIT_FUNCTION_POSTGRESQL = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$"
)
AUDIT_TRIGGER_POSTGRESQL = (
    "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
)


def restore_audit_guards(engine: Engine) -> list[str]:
    """Re-create the append-only triggers of audit_entry that are missing; returns their names.

    Only on a database at a revision that has them (0050 or later); an empty list means
    all were in place.
    """
    recreated: list[str] = []
    with engine.begin() as connection:
        if not inspect(connection).has_table("audit_entry"):
            return recreated
        dialect = connection.dialect.name
        if dialect == "sqlite":
            present = set(
                connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'")
                ).scalars()
            )
            for name, sql in AUDIT_TRIGGERS_SQLITE.items():
                if name not in present:
                    connection.execute(text(sql))
                    recreated.append(name)
        elif dialect == "postgresql":
            present = set(
                connection.execute(
                    text(
                        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass "
                        "AND NOT tgisinternal AND tgenabled <> 'D'"
                    )
                ).scalars()
            )
            if "audit_entry_append_only" not in present:
                connection.execute(text("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry"))
                connection.execute(text(AUDIT_FUNCTION_POSTGRESQL))
                connection.execute(text(AUDIT_TRIGGER_POSTGRESQL))
                recreated.append("audit_entry_append_only")
    return recreated


def _transactional_sqlite(url: str) -> Engine:
    """An engine whose transactions include DDL: pysqlite is told to stay out of the way
    (isolation_level None: no implicit BEGIN before DML, no implicit COMMIT), and every
    SQLAlchemy transaction starts with an explicit BEGIN IMMEDIATE (the write lock first,
    so two windows starting at once migrate one after the other). This is the recipe of
    SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL" for pysqlite.
    """
    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        tune_sqlite(dbapi_connection, record)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # waits for the other window (wait_when_busy)

    wait_when_busy(engine)
    return engine


def upgrade(engine: Engine, backup_dir: Path | None = None, revision: str = "head") -> Path | None:
    """Migrate to head (or to revision). A SQLite file that holds data is copied to backup_dir first.

    All-or-nothing: every migration runs in one transaction, DDL included (on SQLite through
    a transactional engine, on PostgreSQL natively), so a kill or power cut at any moment
    leaves the old or the new schema, never a mix. Returns the backup's path when one was made.
    """
    current = current_revision(engine)
    if current == (head_revision() if revision == "head" else revision):
        return None
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and path.stat().st_size > 0 and backup_dir is not None:
        backup = backup_sqlite_file(path, backup_dir, f"before-migration-{current or 'empty'}")
        log.info("backed up %s to %s before migrating", path, backup)
    from alembic import command

    config = alembic_config()
    migrating = _transactional_sqlite(str(engine.url)) if path is not None else engine
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        if migrating is not engine:
            migrating.dispose()
    log.info("database migrated from %s to %s", current, revision)
    return backup


def _write_revision(message: str, rev_id: str | None = None) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{Path(scratch) / 'scratch.db'}")
        upgrade(engine)
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            existing = ScriptDirectory.from_config(config).get_revisions("heads")
            number = 1 + max((int(r.revision[:4]) for r in existing if r.revision[:4].isdigit()), default=0)
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id or f"{number:04d}")
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[1] != "revision":
        print('usage: python -m database.migrate revision "message" [REVISION_ID]', file=sys.stderr)
        raise SystemExit(2)
    _write_revision(sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None)
