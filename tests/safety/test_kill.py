"""Crash safety: SIGKILL at random moments during a restore and during a large transaction.

Each trial forks a worker (already holding the imported program, so a trial costs
milliseconds, not an interpreter start), lets it work, and kills it with SIGKILL at a
random moment within the measured duration of the work. Afterwards the database must
pass PRAGMA integrity_check and hold either all of the work or none of it. Trials are
counted by outcome; both outcomes must occur, which proves the kills land before and
after the commit and not only at one end.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.db import open_database
from desktop.demo import load_demo
from desktop.safety.backup import create_backup, restore_backup

RESTORE_TRIALS = 40
LOAD_TRIALS = 25
LOAD_HOUSEHOLDS = 150

_fork = multiprocessing.get_context("fork")


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _scalar(path: Path, sql: str) -> object:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _run_and_time(work: Callable[[], None], prepare: Callable[[], None], runs: int = 2) -> float:
    """The longest of a few undisturbed runs (the machine may be busy)."""
    longest = 0.0
    for _ in range(runs):
        prepare()
        process = _fork.Process(target=work)
        started = time.perf_counter()
        process.start()
        process.join(120)
        assert process.exitcode == 0
        longest = max(longest, time.perf_counter() - started)
    return longest


def _delay(
    trial: int, trials: int, duration: float, rng: random.Random, late: tuple[float, float] = (0.6, 1.4)
) -> float:
    """Most kills anywhere in the work; the last quarter within ``late`` × its measured length
    (around its end: the commit or rename)."""
    if trial < trials * 3 // 4:
        return rng.uniform(0, duration)
    return rng.uniform(late[0] * duration, late[1] * duration)


def _kill_during(work: Callable[[], None], delay: float) -> bool:
    """Start work in a forked child and SIGKILL it after delay; True when it was still working."""
    process = _fork.Process(target=work)
    process.start()
    time.sleep(delay)
    killed = process.is_alive()
    if killed and process.pid is not None:
        os.kill(process.pid, signal.SIGKILL)
    process.join(60)
    return killed


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _restorer(pristine: Path, target: Path) -> Callable[[], None]:
    """Puts the database back as it was before the work, for the next trial."""

    def prepare() -> None:
        _remove_database(target)
        shutil.copy(pristine, target)

    return prepare


def _kill_trials(
    work: Callable[[], None],
    prepare: Callable[[], None],
    target: Path,
    duration: float,
    trials: int,
    rng: random.Random,
    outcome: Callable[[], str],
    late: tuple[float, float] = (0.6, 1.4),
) -> Counter[str]:
    """Kill the work at random moments; after each kill the database must pass its integrity
    check, and outcome() (which asserts the state is one of the allowed ones) names the state."""
    outcomes: Counter[str] = Counter()
    for trial in range(trials):
        prepare()
        killed = _kill_during(work, _delay(trial, trials, duration, rng, late))
        assert _integrity(target) == "ok"
        outcomes[f"{outcome()}{'-killed' if killed else ''}"] += 1
    return outcomes


def _all_or_none(target: Path, full: int) -> Callable[[], str]:
    def households() -> str:
        count = _scalar(target, "SELECT count(*) FROM household")
        assert count in (0, full), count
        return "all" if count else "none"

    return households


@pytest.mark.slow
def test_sigkill_during_restore_leaves_old_or_new_database(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "office.sqlite3"
    url = f"sqlite:///{target}"
    database = open_database(url)
    with database.session() as session:
        load_demo(session, households=200)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE household SET village_name = 'NEW'")
    backup = create_backup(database.engine, tmp_path / "backups", password="office-backup-pw")
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE household SET village_name = 'OLD'")
        connection.exec_driver_sql("DELETE FROM member WHERE id % 2 = 0")
    database.dispose()
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(target, pristine)
    old_members = _scalar(pristine, "SELECT count(*) FROM member")
    from desktop.safety.backup import open_backup

    with open_backup(backup, "office-backup-pw") as plain:
        new_members = _scalar(plain, "SELECT count(*) FROM member")
    assert old_members != new_members

    def work() -> None:
        restore_backup(backup, url, password="office-backup-pw", keep_dir=tmp_path / "kept")
        os._exit(0)

    prepare = _restorer(pristine, target)
    duration = _run_and_time(work, prepare)

    def old_or_new() -> str:
        names = _scalar(target, "SELECT group_concat(DISTINCT village_name) FROM household")
        members = _scalar(target, "SELECT count(*) FROM member")
        assert (names, members) in {("OLD", old_members), ("NEW", new_members)}, (names, members)
        return str(names)

    outcomes = _kill_trials(work, prepare, target, duration, RESTORE_TRIALS, random.Random(7), old_or_new)
    print(f"restore kill trials: {RESTORE_TRIALS}, outcomes {dict(outcomes)}")
    assert outcomes["OLD-killed"] > 0 and outcomes["NEW-killed"] + outcomes["NEW"] > 0
    # the folder is left usable: a later restore still works
    restore_backup(backup, url, password="office-backup-pw", keep_dir=tmp_path / "kept")
    assert _scalar(target, "SELECT group_concat(DISTINCT village_name) FROM household") == "NEW"


@pytest.mark.slow
def test_sigkill_during_large_load_leaves_all_or_nothing(tmp_path: Path, data_dir: Path) -> None:
    """The demo district in one transaction stands in for a large import."""
    target = tmp_path / "office.sqlite3"
    url = f"sqlite:///{target}"
    empty = open_database(url)
    empty.dispose()
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(target, pristine)

    def work() -> None:
        database = open_database(url, migrate=False)
        with database.session() as session:
            load_demo(session, households=LOAD_HOUSEHOLDS)
        database.dispose()
        os._exit(0)

    prepare = _restorer(pristine, target)
    duration = _run_and_time(work, prepare, runs=1)
    outcomes = _kill_trials(
        work, prepare, target, duration, LOAD_TRIALS, random.Random(11), _all_or_none(target, LOAD_HOUSEHOLDS)
    )
    print(f"load kill trials: {LOAD_TRIALS}, outcomes {dict(outcomes)}")
    assert outcomes["none-killed"] > 0 and outcomes["all"] + outcomes["all-killed"] > 0


IMPORT_TRIALS = 16
IMPORT_HOUSEHOLDS = 800


@pytest.mark.slow
def test_sigkill_during_household_import_leaves_all_or_nothing(tmp_path: Path, data_dir: Path) -> None:
    from bench.generate import write_xlsx
    from desktop.households.importing.service import ImportOptions, run_import

    sheet = write_xlsx(tmp_path / "households.xlsx", IMPORT_HOUSEHOLDS)
    target = tmp_path / "office.sqlite3"
    url = f"sqlite:///{target}"
    open_database(url).dispose()
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(target, pristine)

    def work() -> None:
        database = open_database(url, migrate=False)
        result = run_import(database, sheet, ImportOptions(skip_invalid=True))
        assert result.written
        database.dispose()
        os._exit(0)

    prepare = _restorer(pristine, target)
    duration = _run_and_time(work, prepare, runs=1)
    full = _scalar(target, "SELECT count(*) FROM household")
    assert isinstance(full, int) and full > IMPORT_HOUSEHOLDS // 2
    outcomes = _kill_trials(
        work, prepare, target, duration, IMPORT_TRIALS, random.Random(13), _all_or_none(target, full)
    )
    print(f"import kill trials: {IMPORT_TRIALS}, outcomes {dict(outcomes)}")
    assert outcomes["none-killed"] > 0 and outcomes["all"] + outcomes["all-killed"] > 0
