"""Crash safety of the schema: SIGKILL at random moments of an upgrade and of the first creation.

Same harness as test_kill.py (forked workers, kills spread over the measured duration, the
last quarter around the commit). After every kill the file must pass its integrity check
and be exactly the old version or exactly the new one: the revision in alembic_version
agrees with the tables and columns that are there, and no household was lost. The last
state is then opened by the program as a clerk would open it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from database.engine import make_engine
from database.migrate import alembic_config, head_revision, upgrade
from database.models import Household
from desktop.db import open_database
from desktop.demo import load_demo
from tests.safety.test_kill import _kill_trials, _restorer, _run_and_time

UPGRADE_TRIALS = 18
CREATE_TRIALS = 12
OLD_REVISION = "0001"
HOUSEHOLDS = 1000


def _state(path: Path) -> tuple[str | None, frozenset[str], int | None]:
    """(revision, tables, households) as the file holds them, read without the program."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = frozenset(
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_")
        )
        revision = (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            if "alembic_version" in tables
            else None
        )
        households = None
        if "household" in tables:
            households = connection.execute("SELECT count(*) FROM household").fetchone()[0]
        columns = {row[1] for row in connection.execute("PRAGMA table_info(member)")}
    finally:
        connection.close()
    # the revision must tell the truth about the schema: 0010 added member.imported
    if revision is not None:
        assert ("imported" in columns) == (revision != OLD_REVISION), (revision, columns)
    return revision, tables, households


# A start-up is short, and on a shared machine one run can take twice as long as another: the
# last quarter of kills is spread well past the measured end.
LATE = (0.8, 2.5)


def _old_database(path: Path) -> None:
    """A database of the first release holding HOUSEHOLDS households: made at head with the
    demo district, then taken down to the first revision by our own downgrade scripts."""
    from alembic import command

    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        load_demo(session, households=HOUSEHOLDS)
    database.dispose()
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, OLD_REVISION)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


@pytest.mark.slow
def test_sigkill_during_upgrade_or_first_creation_leaves_old_or_new(tmp_path: Path, data_dir: Path) -> None:
    started = time.perf_counter()
    target = tmp_path / "office.sqlite3"
    url = f"sqlite:///{target}"
    pristine = tmp_path / "old.sqlite3"
    _old_database(pristine)
    old_state = _state(pristine)
    assert old_state[0] == OLD_REVISION and old_state[2] == HOUSEHOLDS

    def start_program() -> None:  # what `init` and the first start of the window do
        open_database(url).dispose()
        os._exit(0)

    prepare = _restorer(pristine, target)
    duration = _run_and_time(start_program, prepare, runs=1)
    new_state = _state(target)
    assert new_state[0] == head_revision() and new_state[2] == HOUSEHOLDS

    def old_or_new() -> str:
        state = _state(target)
        assert state in (old_state, new_state), state
        return "old" if state == old_state else "new"

    upgrades = _kill_trials(
        start_program, prepare, target, duration, UPGRADE_TRIALS, random.Random(17), old_or_new, LATE
    )
    print(f"upgrade kill trials: {UPGRADE_TRIALS} in {duration:.2f} s each, outcomes {dict(upgrades)}")
    assert upgrades["old-killed"] > 0 and upgrades["new"] + upgrades["new-killed"] > 0

    # the program opens whatever the last kill left, and finishes the upgrade if needed
    database = open_database(url)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == HOUSEHOLDS
    database.dispose()

    def nothing() -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)

    duration = _run_and_time(start_program, nothing, runs=3)
    created = _state(target)
    assert created[0] == head_revision() and created[2] == 0

    def empty_or_created() -> str:
        if not target.exists():
            return "absent"
        state = _state(target)
        assert state in ((None, frozenset(), None), created), state
        return "empty" if state[0] is None else "created"

    # first creation starts from an empty file (_kill_trials checks the file's integrity)
    def empty_file() -> None:
        nothing()
        sqlite3.connect(target).close()

    creations = _kill_trials(
        start_program, empty_file, target, duration, CREATE_TRIALS, random.Random(19), empty_or_created, LATE
    )
    print(f"first-creation kill trials: {CREATE_TRIALS} in {duration:.2f} s each, outcomes {dict(creations)}")
    assert creations["empty-killed"] > 0 and creations["created"] + creations["created-killed"] > 0
    database = open_database(url)
    database.dispose()
    assert _state(target)[0] == head_revision()
    print(f"schema kill harness: {time.perf_counter() - started:.1f} s")


def test_upgrade_runs_in_one_transaction_on_sqlite(tmp_path: Path) -> None:
    """A migration that fails half-way leaves the file exactly as it was (DDL rolled back)."""
    path = tmp_path / "office.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, revision=OLD_REVISION)
    engine.dispose()
    before = _state(path)
    blocker = sqlite3.connect(path)  # a table the 0040 migration wants to create, made by hand
    blocker.execute("CREATE TABLE received_package (id INTEGER PRIMARY KEY)")
    blocker.commit()
    blocker.close()
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(Exception, match="received_package"):
        upgrade(engine)
    engine.dispose()
    revision, tables, households = _state(path)
    assert revision == OLD_REVISION and households == before[2]
    assert tables == before[1] | {"received_package"}, "0010-0020 ran before the failure and were rolled back"
