"""Backups and restore on SQLite and PostgreSQL: checked files, safety copies, rotation, refusals."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from database.engine import make_engine
from database.migrate import current_revision, head_revision
from database.models import AuditEntry, Household
from desktop.db import Database, open_database
from desktop.safety.backup import (
    AUTO_PREFIX,
    BackupError,
    automatic_backup,
    check_backup,
    create_backup,
    list_backups,
    restore_backup,
    rotate,
    to_keep,
)

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "office-backup-pw"


def _households(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Household)) or 0)


def _rename_first(database: Database, name: str) -> None:
    with database.session() as session:
        household = session.scalars(select(Household).order_by(Household.id)).first()
        assert household is not None
        household.village_name = name


def test_backup_then_restore_brings_the_data_back(demo_database: Database, tmp_path: Path) -> None:
    before = _households(demo_database)
    _rename_first(demo_database, "บ้านก่อนสำรอง")
    backup = create_backup(demo_database.engine, tmp_path / "usb", password=PASSWORD)
    assert backup.parent == tmp_path / "usb" and backup.suffix == ".zip"
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]
    info = check_backup(backup, PASSWORD)
    assert info.revision == head_revision() and info.households == before

    _rename_first(demo_database, "บ้านหลังสำรอง")
    with demo_database.session() as session:
        session.execute(text("DELETE FROM member"))
    url = demo_database.url
    safety = restore_backup(
        backup, url, password=PASSWORD, keep_dir=tmp_path / "kept", dispose=demo_database.dispose
    )
    assert safety is not None and check_backup(safety).households == before

    reopened = open_database(url)
    try:
        assert _households(reopened) == before
        with reopened.session() as session:
            first = session.scalars(select(Household).order_by(Household.id)).first()
            assert first is not None and first.village_name == "บ้านก่อนสำรอง"
            assert first.members, "members deleted after the backup are back"
            # ids continue after the restored rows (PostgreSQL sequences were reset)
            session.add(
                Household(
                    house_no="1", village_no=1, village_name="x", subdistrict="x", district="x", province="x"
                )
            )
    finally:
        reopened.dispose()


def test_restore_refuses_bad_files_and_replaces_nothing(demo_database: Database, tmp_path: Path) -> None:
    before = _households(demo_database)
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_text("hello", encoding="utf-8")
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    newer = tmp_path / "newer.sqlite3"
    good = create_backup(demo_database.engine, tmp_path / "b", password=None)
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    for bad, words in [
        (tmp_path / "missing.sqlite3", "does not exist"),
        (not_sqlite, "not a backup"),
        (foreign, "not an Amphoe Desk database"),
        (newer, "newer or unknown"),
        (truncated, "damaged"),
    ]:
        with pytest.raises(BackupError) as caught:
            restore_backup(bad, demo_database.url, keep_dir=tmp_path / "kept")
        assert words in caught.value.en and "nothing was replaced" in caught.value.en
    assert _households(demo_database) == before
    assert not (tmp_path / "kept").exists()


def test_older_backup_is_migrated_forward(tmp_path: Path, data_dir: Path) -> None:
    old = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{old}")
    from alembic import command

    from database.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    assert check_backup(old).revision == "0001"
    target = tmp_path / "office.sqlite3"
    restore_backup(old, f"sqlite:///{target}", keep_dir=tmp_path / "kept")
    restored = make_engine(f"sqlite:///{target}")
    assert current_revision(restored) == head_revision()
    with restored.connect() as connection:  # the append-only triggers came with the migration
        names = connection.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars()
        assert "audit_entry_no_delete" in set(names)
    restored.dispose()


def _cli(
    url: str, data_dir: Path, *args: str, stdin: str = "", password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AMPHOE_DATA_DIR": str(data_dir)}
    env.pop("AMPHOE_BACKUP_PASSWORD", None)
    if password is not None:
        env["AMPHOE_BACKUP_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "--lang", "en", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_backup_create_and_restore_encrypted(tmp_path: Path, data_dir: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert _cli(url, data_dir, "demo").returncode == 0
    # no password: refused in one sentence, nothing written
    refused = _cli(url, data_dir, "backup", "create", str(tmp_path / "usb"))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "backup password" in refused.stderr
    short = _cli(url, data_dir, "backup", "create", str(tmp_path / "usb"), password="short")
    assert short.returncode == 1 and "at least 8" in short.stderr
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())

    made = _cli(url, data_dir, "backup", "create", str(tmp_path / "usb"), password=PASSWORD)
    assert made.returncode == 0, made.stderr
    backup = next((tmp_path / "usb").glob("amphoe-backup-*.zip"))
    data = backup.read_bytes()
    assert b"SQLite format 3" not in data and "บ้าน".encode() not in data  # nothing readable leaves the PC
    with zipfile.ZipFile(backup) as archive:  # AES (WinZip method 99), one entry
        assert [(i.filename, i.compress_type) for i in archive.infolist()] == [("amphoe-desk.sqlite3", 99)]
    assert backup.stat().st_mode & 0o077 == 0, "user-only file"
    assert not [p for p in data_dir.rglob("*") if p.is_file() and p.name.startswith("~amphoe-")]

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    refused = _cli(url, data_dir, "backup", "restore", str(bad))
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0 and "nothing was replaced" in refused.stderr
    wrong = _cli(url, data_dir, "backup", "restore", str(backup), stdin="not-the-password\n")
    assert wrong.returncode == 1 and wrong.stderr.strip().count("\n") == 0
    assert "password is wrong" in wrong.stderr and "nothing was replaced" in wrong.stderr
    missing = _cli(url, data_dir, "backup", "restore", str(backup))
    assert missing.returncode == 1 and "No backup password" in missing.stderr
    # the password as the first line of stdin (stdin is not a terminal)
    restored = _cli(url, data_dir, "backup", "restore", str(backup), stdin=f"{PASSWORD}\n")
    assert restored.returncode == 0, restored.stderr
    assert "64 households" in restored.stdout
    database = open_database(url)
    with database.session() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    database.dispose()
    assert "restore" in actions
    assert not [p for p in data_dir.rglob("*") if p.is_file() and p.name.startswith("~amphoe-")]


def test_read_only_folder_gives_a_clear_sentence(demo_database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if os.access(folder, os.W_OK):  # root ignores permissions: make the folder immutable instead
        immutable = (
            subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False).returncode == 0
        )
        if not immutable:
            pytest.skip("cannot make a read-only folder here")
    try:
        with pytest.raises(BackupError) as caught:
            create_backup(demo_database.engine, folder, password=PASSWORD)
        assert "cannot be written to" in caught.value.en and "เขียนลงใน" in caught.value.th
        assert list(folder.iterdir()) == []
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)


FULL_DISK_SCRIPT = """
import resource, signal, sys
from pathlib import Path
from desktop.db import open_database
from desktop.errors import UserError
from desktop.safety.backup import create_backup
database = open_database(sys.argv[1], migrate=False)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
try:
    create_backup(database.engine, Path(sys.argv[2]), password="office-backup-pw")
except UserError as error:
    print(error.en)
    sys.exit(1)
"""


def test_full_disk_gives_a_clear_sentence_and_no_file(demo_database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "small-usb"
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_SCRIPT, demo_database.url, str(folder)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "not enough space" in result.stdout
    assert list(folder.iterdir()) == []


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    start = dt.datetime(2025, 1, 1, 9, 0)
    stamps = [start + dt.timedelta(hours=12 * i) for i in range(80)]  # 40 days, twice a day
    keep = to_keep(stamps, daily=7, weekly=4)
    newest = max(stamps)
    days = {s.date() for s in keep}
    assert {newest.date() - dt.timedelta(days=i) for i in range(7)} <= days
    weeks = {s.isocalendar()[:2] for s in keep}
    assert len(weeks) == 4
    assert len(keep) <= 11
    assert newest in keep


def test_automatic_backup_when_due_and_rotated(demo_database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    base = dt.datetime(2025, 3, 1, 8, 0)
    made = []
    for day in range(12):
        now = base + dt.timedelta(days=day)
        assert automatic_backup(
            demo_database.engine, interval_hours=24, keep_daily=3, keep_weekly=2, folder=folder, now=now
        )
        made.append(now)
        # not due an hour later
        assert (
            automatic_backup(
                demo_database.engine,
                interval_hours=24,
                keep_daily=3,
                keep_weekly=2,
                folder=folder,
                now=now + dt.timedelta(hours=1),
            )
            is None
        )
    kept = [stamp for stamp, path in list_backups(folder)]
    assert all(path.name.startswith(AUTO_PREFIX) for _, path in list_backups(folder))
    assert set(kept) == to_keep(made, 3, 2)
    assert len(kept) <= 5
    rotate(folder, 3, 2)
    assert len(list_backups(folder)) == len(kept)


def _hostile_backup(good: Path, path: Path, sql: str) -> Path:
    """A real backup with objects of an attacker's added by hand."""
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.executescript(sql)
    connection.close()
    return path


HOSTILE_SCHEMA = """
CREATE TABLE hidden_ids (id TEXT);
CREATE TRIGGER leak AFTER INSERT ON member BEGIN INSERT INTO hidden_ids VALUES (NEW.national_id); END;
CREATE TRIGGER no_audit BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(IGNORE); END;
DROP TRIGGER audit_entry_no_delete;
DROP TRIGGER audit_entry_no_update;
CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n;
INSERT INTO hidden_ids VALUES ('1101700203451');
"""


def _objects(url: str) -> set[tuple[str, str]]:
    path = Path(url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger', 'view')"
        )
        found = {(kind, name) for kind, name in rows}
    connection.close()
    return found


def test_restore_never_adopts_the_backups_schema(tmp_path: Path, data_dir: Path) -> None:
    """Triggers, views and tables a backup brings are neither run nor kept: after the restore
    the schema is exactly what our migrations make, imports write their audit entries and
    the append-only triggers hold."""
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    database = open_database(url)
    from desktop.demo import load_demo

    with database.session() as session:
        load_demo(session, households=20)
    ours = _objects(url)
    good = create_backup(database.engine, tmp_path / "b", password=None)
    database.dispose()
    hostile = _hostile_backup(good, tmp_path / "hostile.sqlite3", HOSTILE_SCHEMA)
    started = time.perf_counter()
    info = check_backup(hostile)  # the extra objects are not ours, so they are simply left out
    assert info.households == 20
    restore_backup(hostile, url, keep_dir=tmp_path / "kept")
    assert time.perf_counter() - started < 30
    assert _objects(url) == ours  # no hidden table, no foreign trigger or view; ours all there
    database = open_database(url)
    with database.session() as session:
        household = session.scalars(select(Household)).first()
        assert household is not None
        household.village_name = "after the restore"
    with database.session() as session:
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
        assert entries and entries > 0
        with pytest.raises(Exception, match="append-only"):
            session.execute(text("DELETE FROM audit_entry"))
    database.dispose()


def test_a_view_in_place_of_our_table_is_refused_quickly(tmp_path: Path, data_dir: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    database = open_database(url)
    good = create_backup(database.engine, tmp_path / "b", password=None)
    database.dispose()
    recursive = _hostile_backup(
        good,
        tmp_path / "recursive.sqlite3",
        "DROP TABLE saved_filter;"
        "CREATE VIEW saved_filter AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS id FROM n;",
    )
    started = time.perf_counter()
    with pytest.raises(BackupError) as caught:
        restore_backup(recursive, url, keep_dir=tmp_path / "kept")
    assert time.perf_counter() - started < 10
    assert "saved_filter" in caught.value.en and "nothing was replaced" in caught.value.en
    assert not (tmp_path / "kept").exists()


def test_checking_a_backup_is_time_limited(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every statement on the backup runs under a deadline: with none left, the check stops
    with a sentence instead of running on (here the limit is set to nothing at all)."""
    from desktop.demo import load_demo
    from desktop.safety import backup as module

    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    database = open_database(url)
    with database.session() as session:
        load_demo(session, households=20)
    good = create_backup(database.engine, tmp_path / "b", password=None)
    database.dispose()
    monkeypatch.setattr(module, "CHECK_SECONDS", 0.0)
    monkeypatch.setattr(module, "CHECK_SECONDS_PER_MB", 0.0)
    with pytest.raises(BackupError) as caught:
        check_backup(good)
    assert "took longer than 0 seconds" in caught.value.en


def test_wrong_password_is_one_sentence_and_nothing_replaced(demo_database: Database, tmp_path: Path) -> None:
    backup = create_backup(demo_database.engine, tmp_path / "usb", password=PASSWORD)
    before = _households(demo_database)
    for wrong in ("wrong-password", PASSWORD.upper(), None):
        with pytest.raises(BackupError) as caught:
            restore_backup(backup, demo_database.url, password=wrong, keep_dir=tmp_path / "kept")
        assert caught.value.en.count(".") <= 2 and "\n" not in caught.value.en
        assert "password" in caught.value.en and "nothing was replaced" in caught.value.en
    assert _households(demo_database) == before
    assert not (tmp_path / "kept").exists()


def test_init_puts_back_the_append_only_triggers_and_warns(tmp_path: Path, data_dir: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert _cli(url, data_dir, "init").returncode == 0
    path = tmp_path / "office.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER audit_entry_no_delete")
    connection.close()
    again = _cli(url, data_dir, "init")
    assert again.returncode == 0, again.stderr
    assert "audit_entry_no_delete" in again.stderr and "re-created" in again.stderr
    assert ("trigger", "audit_entry_no_delete") in _objects(url)
    quiet = _cli(url, data_dir, "init")
    assert quiet.returncode == 0 and quiet.stderr == ""
