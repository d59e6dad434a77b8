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
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from database.engine import make_engine, sqlite_path

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
    """Copy a live SQLite database consistently (online backup API) next to the others."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{reason}-{stamp}.sqlite3"
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. A SQLite file that holds data is copied to backup_dir first.

    Returns the backup's path when one was made.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and path.stat().st_size > 0 and backup_dir is not None:
        backup = backup_sqlite_file(path, backup_dir, f"before-migration-{current or 'empty'}")
        log.info("backed up %s to %s before migrating", path, backup)
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database migrated from %s to %s", current, head_revision())
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
