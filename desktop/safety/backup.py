"""Backups and restore.

One backup format for every database: a SQLite file. A SQLite database is copied with
SQLite's online backup API (consistent while the app runs); a PostgreSQL database is
copied table by table into a fresh SQLite file at the same schema revision (a portable
logical dump that any SQLite tool can open and check). So every backup can be checked with
``PRAGMA integrity_check``, carries its schema revision in ``alembic_version``, and can be
migrated forward with the same Alembic scripts before it is restored.

Files are written under a temporary name in the target folder, flushed to disk, checked,
and only then renamed into place: a full disk, a read-only folder or a pulled USB stick
leaves no half-written backup behind, only a clear sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, DateTime, Engine, Table, delete, func, insert, select, text, update

from database.base import Base
from database.engine import make_engine, sqlite_path
from database.migrate import alembic_config, current_revision, head_revision, upgrade
from desktop import paths
from desktop.errors import UserError
from desktop.progress import Progress

log = logging.getLogger("amphoe.backup")

SUFFIX = ".sqlite3"
AUTO_PREFIX = "amphoe-auto-"
MANUAL_PREFIX = "amphoe-backup-"
STAMP = "%Y%m%d-%H%M%S"
COPY_BATCH = 2000


class BackupError(UserError):
    """A backup could not be written or a file cannot be restored; nothing was replaced."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    households: int
    size: int


def _now() -> dt.datetime:
    return dt.datetime.now()


def _write_error(folder: Path, error: BaseException) -> BackupError:
    code = getattr(error, "errno", None)
    text_ = str(error).lower()
    if code in (errno.ENOSPC, errno.EFBIG) or "disk is full" in text_ or "disk i/o" in text_:
        return BackupError(
            f"พื้นที่ใน {folder} ไม่พอ จึงไม่ได้เขียนไฟล์สำรอง (ไม่มีไฟล์ที่เสียหายค้างอยู่) โปรดเลือกที่เก็บอื่นหรือลบไฟล์ที่ไม่ใช้",
            f"There is not enough space in {folder}, so no backup was written (no broken file was left); "
            "choose another place or free some space.",
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text_ or "read-only" in text_:
        return BackupError(
            f"เขียนลงโฟลเดอร์ {folder} ไม่ได้ (อ่านได้อย่างเดียวหรือไม่มีสิทธิ์) จึงไม่ได้สำรองข้อมูล โปรดเลือกโฟลเดอร์อื่น",
            f"The folder {folder} cannot be written to (read-only or no permission), so no backup was made; "
            "choose another folder.",
        )
    return BackupError(
        f"เขียนไฟล์สำรองใน {folder} ไม่ได้ ({error}) จึงไม่ได้สำรองข้อมูล",
        f"The backup could not be written in {folder} ({error}), so no backup was made.",
    )


def _fsync_path(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _integrity_ok(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _sqlite_copy(source: Path, destination: Path) -> None:
    """Online backup API: consistent even while other connections write."""
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(destination)
        try:
            reader.backup(writer, pages=256)
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _copy_table(reading: Connection, writing: Connection, table: Table) -> None:
    """All rows of one table; times travel as UTC (SQLite keeps no time zone).

    A column that refers to its own table (a meeting adopted in a later meeting) is
    filled in after all rows are in, so foreign keys hold at every statement.
    """
    zoned = [c.name for c in table.c if isinstance(c.type, DateTime) and c.type.timezone]
    self_refs = [c.name for c in table.c if any(fk.column.table is table for fk in c.foreign_keys)]
    later: list[dict[str, Any]] = []
    batch: list[dict[str, Any]] = []
    for row in reading.execute(select(table)).mappings():
        values = dict(row)
        for name in zoned:
            value = values[name]
            if isinstance(value, dt.datetime):
                values[name] = (
                    value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
                )
        pending = {name: values[name] for name in self_refs if values[name] is not None}
        if pending:
            later.append({"_key": values["id"], **{f"_{k}": v for k, v in pending.items()}})
            values.update(dict.fromkeys(pending))
        batch.append(values)
        if len(batch) >= COPY_BATCH:
            writing.execute(insert(table), batch)
            batch = []
    if batch:
        writing.execute(insert(table), batch)
    for fix in later:
        changes = {k[1:]: v for k, v in fix.items() if k != "_key"}
        writing.execute(update(table).where(table.c.id == fix["_key"]).values(**changes))


def _logical_copy(source: Engine, target: Engine, progress: Progress | None = None) -> None:
    """Copy every table of the current schema from one engine to another, in one transaction."""
    tables = list(Base.metadata.sorted_tables)
    with source.connect() as reading, target.begin() as writing:
        for index, table in enumerate(tables):
            if progress is not None:
                progress(index, len(tables), table.name)
            _copy_table(reading, writing, table)


def _write_sqlite_snapshot(engine: Engine, destination: Path, progress: Progress | None) -> None:
    """The database behind engine, as a SQLite file at destination (which must not exist)."""
    path = sqlite_path(str(engine.url))
    if path is not None:
        _sqlite_copy(path, destination)
        return
    revision = current_revision(engine)
    if revision != head_revision():
        raise BackupError(
            "ฐานข้อมูลยังไม่ได้ปรับรุ่น จึงสำรองไม่ได้ โปรดเปิดโปรแกรมหรือสั่ง init ก่อน",
            "The database is not at the current schema; open it with the program (or run init) first.",
        )
    snapshot = make_engine(f"sqlite:///{destination}")
    try:
        upgrade(snapshot)
        with snapshot.begin() as connection:  # upgrade seeds nothing, but be sure the copy is exact
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(delete(table))
        _logical_copy(engine, snapshot, progress)
        with snapshot.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        snapshot.dispose()


def create_backup(
    engine: Engine,
    folder: Path,
    *,
    prefix: str = MANUAL_PREFIX,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write a checked backup of the database into folder; returns the new file."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _write_error(folder, error) from error
    stamp = (now or _now()).strftime(STAMP)
    target = folder / f"{prefix}{stamp}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{prefix}{stamp}-{counter}{SUFFIX}"
    partial = folder / f".{target.name}.partial"
    try:
        partial.unlink(missing_ok=True)
        partial.open("xb").close()  # a read-only folder says so here, with a proper errno
        _write_sqlite_snapshot(engine, partial, progress)
        _fsync_path(partial)
        if not _integrity_ok(partial):
            raise BackupError(
                "ไฟล์สำรองที่เขียนได้ตรวจสอบไม่ผ่าน จึงลบทิ้งแล้ว โปรดลองอีกครั้งหรือเลือกที่เก็บอื่น",
                "The written backup failed its check and was removed; try again or choose another place.",
            )
        os.replace(partial, target)
        _fsync_path(folder)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _write_error(folder, error) from error
    except Exception as error:
        from sqlalchemy.exc import OperationalError

        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(error, OperationalError) and error.orig is not None:
            raise _write_error(folder, error.orig) from error
        raise
    log.info("backup written: %s", target)
    return target


# --- checking a file -------------------------------------------------------------------


def _bad_file(path: Path, th_reason: str, en_reason: str) -> BackupError:
    return BackupError(
        f"ไฟล์ {path.name} ใช้กู้คืนไม่ได้: {th_reason} ไม่มีข้อมูลใดถูกแทนที่",
        f"The file {path.name} cannot be restored: {en_reason}; nothing was replaced.",
    )


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # ~0.3 s to import: only when checking a backup

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def check_backup(path: Path) -> BackupInfo:
    """Integrity check, schema revision known to this program, and a test open. Reads only."""
    path = Path(path)
    if not path.is_file():
        raise _bad_file(path, "ไม่พบไฟล์", "the file does not exist")
    size = path.stat().st_size
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise _bad_file(
            path, f"อ่านไฟล์ไม่ได้ ({error.strerror})", f"it cannot be read ({error.strerror})"
        ) from error
    if header != b"SQLite format 3\x00":
        raise _bad_file(path, "ไม่ใช่ไฟล์สำรองของโปรแกรมนี้", "it is not a backup made by this program")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _bad_file(path, "เปิดไฟล์ไม่ได้", "it cannot be opened") from error
    try:
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # a damaged name in the message
            raise _bad_file(path, "ไฟล์เสียหาย", "the file is damaged") from error
        if result != [("ok",)]:
            raise _bad_file(
                path, "ไฟล์เสียหาย (ตรวจความสมบูรณ์ไม่ผ่าน)", "the file is damaged (integrity check failed)"
            )
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.DatabaseError as error:
            raise _bad_file(path, "ไม่ใช่ฐานข้อมูลของโปรแกรมนี้", "it is not an Amphoe Desk database") from error
        if len(rows) != 1 or not isinstance(rows[0][0], str):
            raise _bad_file(path, "ไม่พบรุ่นของโครงสร้างข้อมูล", "it has no schema revision")
        revision = rows[0][0]
        if revision not in known_revisions():
            raise _bad_file(
                path,
                f"สร้างจากโปรแกรมรุ่นที่ใหม่กว่าหรือไม่รู้จัก (รุ่นข้อมูล {revision})",
                f"it comes from a newer or unknown version of the program (schema {revision})",
            )
        try:  # the test open: the main tables answer
            households = int(connection.execute("SELECT count(*) FROM household").fetchone()[0])
            connection.execute("SELECT count(*) FROM app_user").fetchone()
        except (sqlite3.DatabaseError, TypeError) as error:
            raise _bad_file(path, "ตารางหลักอ่านไม่ได้", "its main tables cannot be read") from error
    finally:
        connection.close()
    return BackupInfo(path, revision, households, size)


# --- restore ---------------------------------------------------------------------------


def _stage(backup: Path, folder: Path) -> Path:
    """A private copy of the backup beside the database, migrated to the current schema."""
    staging = folder / ".amphoe-restore.staging"
    for leftover in (
        staging,
        staging.with_name(staging.name + "-wal"),
        staging.with_name(staging.name + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    _sqlite_copy(backup, staging)
    engine = make_engine(f"sqlite:///{staging}")
    try:
        upgrade(engine)
        with engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        engine.dispose()
    if not _integrity_ok(staging):
        staging.unlink(missing_ok=True)
        raise _bad_file(backup, "ปรับรุ่นข้อมูลแล้วตรวจสอบไม่ผ่าน", "it failed its check after migration")
    _fsync_path(staging)
    return staging


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file so replacing the file cannot mix old and new pages."""
    connection = sqlite3.connect(path)
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    wal = path.with_name(path.name + "-wal")
    if (busy and busy[0]) or (wal.exists() and wal.stat().st_size > 0):
        raise BackupError(
            "ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น โปรดปิดโปรแกรมอำเภอเดสก์ที่เปิดอยู่ก่อนกู้คืน",
            "The database is in use by another program; close the other Amphoe Desk windows, then restore.",
        )


def restore_backup(
    backup: Path,
    url: str,
    *,
    keep_dir: Path | None = None,
    dispose: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Replace the database at url with a checked, migrated backup.

    The current database is backed up first into keep_dir (default: the backups folder);
    returns that safety copy (None when there was nothing to keep). dispose is called
    before anything is replaced: a running app passes its engine's dispose.
    """
    backup = Path(backup)
    check_backup(backup)
    keep_dir = keep_dir or paths.backups_dir()
    target = sqlite_path(url)
    folder = target.parent if target is not None else keep_dir
    folder.mkdir(parents=True, exist_ok=True)
    try:
        staging = _stage(backup, folder)
    except BackupError:
        raise
    except (OSError, sqlite3.Error) as error:
        raise _write_error(folder, error) from error
    safety: Path | None = None
    engine = make_engine(url)
    try:
        try:
            has_data = target is None or (target.exists() and target.stat().st_size > 0)
            if has_data and current_revision(engine) is not None:
                safety = create_backup(engine, keep_dir, prefix="amphoe-before-restore-")
        finally:
            engine.dispose()
        if dispose is not None:
            dispose()
        if target is not None:
            if target.exists():
                _checkpoint(target)
            os.replace(staging, target)
            _fsync_path(folder)
        else:
            _restore_into_server(staging, url, progress)
            staging.unlink(missing_ok=True)
    finally:
        staging.unlink(missing_ok=True)
    log.info("restored %s into %s (safety copy %s)", backup, url, safety)
    return safety


def _restore_into_server(staging: Path, url: str, progress: Progress | None) -> None:
    """Replace every table of a server database with the staged copy, in one transaction."""
    server = make_engine(url)
    source = make_engine(f"sqlite:///{staging}")
    try:
        upgrade(server)
        tables = list(Base.metadata.sorted_tables)
        with source.connect() as reading, server.begin() as writing:
            names = ", ".join(f'"{t.name}"' for t in tables)
            writing.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            for index, table in enumerate(tables):
                if progress is not None:
                    progress(index, len(tables), table.name)
                _copy_table(reading, writing, table)
                if "id" in table.c:
                    highest = writing.execute(select(func.max(table.c.id))).scalar()
                    if highest is not None:
                        writing.execute(
                            text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n)"),
                            {"t": table.name, "n": highest},
                        )
    finally:
        source.dispose()
        server.dispose()


# --- automatic backups and rotation ----------------------------------------------------


def auto_dir() -> Path:
    return paths.backups_dir() / "auto"


def _stamp_of(path: Path) -> dt.datetime | None:
    name = path.name
    if not name.endswith(SUFFIX):
        return None
    for prefix in (AUTO_PREFIX, MANUAL_PREFIX):
        if name.startswith(prefix):
            try:
                return dt.datetime.strptime(name[len(prefix) : len(prefix) + 15], STAMP)
            except ValueError:
                return None
    return None


def list_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [(stamp, path) for path in folder.iterdir() if (stamp := _stamp_of(path)) is not None]
    return sorted(found, reverse=True)


def to_keep(stamps: Iterable[dt.datetime], daily: int, weekly: int) -> set[dt.datetime]:
    """Grandfather rotation: the newest backup of each of the last `daily` days that have one,
    and the newest of each of the last `weekly` ISO weeks that have one."""
    ordered = sorted(stamps, reverse=True)
    keep: set[dt.datetime] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for stamp in ordered:
        day = stamp.date()
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(stamp)
        week = stamp.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.add((week[0], week[1]))
            keep.add(stamp)
    return keep


def rotate(folder: Path, daily: int, weekly: int) -> list[Path]:
    """Delete automatic backups outside the rotation; returns the deleted files."""
    backups = list_backups(folder)
    keep = to_keep([stamp for stamp, _ in backups], daily, weekly)
    removed = []
    for stamp, path in backups:
        if stamp not in keep and path.name.startswith(AUTO_PREFIX):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def backup_due(folder: Path, interval_hours: int, now: dt.datetime | None = None) -> bool:
    if interval_hours <= 0:
        return False
    backups = list_backups(folder)
    if not backups:
        return True
    return (now or _now()) - backups[0][0] >= dt.timedelta(hours=interval_hours)


def automatic_backup(
    engine: Engine,
    *,
    interval_hours: int,
    keep_daily: int,
    keep_weekly: int,
    force: bool = False,
    folder: Path | None = None,
    now: dt.datetime | None = None,
) -> Path | None:
    """Back up when due (or forced, e.g. on exit) and rotate; None when nothing was due."""
    folder = folder or auto_dir()
    if not force and not backup_due(folder, interval_hours, now):
        return None
    made = create_backup(engine, folder, prefix=AUTO_PREFIX, now=now)
    rotate(folder, keep_daily, keep_weekly)
    return made


def copy_to(backup: Path, folder: Path) -> Path:
    """Copy an existing backup file to another folder (a USB stick), checked and atomic."""
    folder = Path(folder)
    target = folder / backup.name
    partial = folder / f".{backup.name}.partial"
    try:
        shutil.copyfile(backup, partial)
        _fsync_path(partial)
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _write_error(folder, error) from error
    return target


def record_restore(url: str, info: BackupInfo) -> None:
    """Log the restore in the restored database's own audit trail."""
    from database.enums import AuditAction
    from desktop import audit
    from desktop.db import open_database

    database = open_database(url)
    try:
        with database.session() as session:
            audit.record(
                session,
                AuditAction.RESTORE,
                "database",
                after={"file": info.path.name, "revision": info.revision, "households": info.households},
                summary=f"database restored from {info.path.name}",
            )
    finally:
        database.dispose()
