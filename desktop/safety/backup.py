"""Backups and restore.

One database format inside every backup: a SQLite file. A SQLite database is copied with
SQLite's online backup API (consistent while the app runs); a PostgreSQL database is
copied table by table into a fresh SQLite file at the same schema revision. So every
backup can be checked with ``PRAGMA integrity_check`` and carries its schema revision in
``alembic_version``.

A backup that leaves the PC (``backup create``, the window's "Back up now") is an AES-256
zip archive (WinZip AES, the same as e-mailed packages; 7-Zip opens it) locked with the
office's backup password; the plain SQLite file is made in the private data folder and
never touches the stick. Automatic backups, the copy made before a restore and the copy
made before an upgrade stay on this PC, in the user-only data folder, as plain SQLite
files: the database itself sits beside them unencrypted, so encrypting them would protect
nothing and would need the password at every start and close.

Restore never adopts the backup's schema: a fresh database is made by our own migrations
at the backup's revision, only our tables and columns are copied from the backup (opened
read-only, checked, every statement under a time limit), the counts are compared, the copy
is migrated to the current revision and swapped in at once (SQLite: a rename; PostgreSQL:
one transaction). Triggers, views and tables that a backup brings are never run or kept.

Files are written under a temporary name in the target folder, flushed to disk, checked,
and only then renamed into place (desktop.files): a full disk, a read-only folder or a
pulled USB stick leaves no half-written backup behind, only a clear sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, DateTime, Engine, Table, delete, func, insert, select, text, update

from database.base import Base
from database.engine import make_engine, sqlite_path
from database.migrate import alembic_config, current_revision, head_revision, upgrade
from desktop import paths
from desktop.errors import UserError
from desktop.files import (
    FileWriteError,
    fsync_directory,
    is_write_failure,
    private_dir,
    refusal,
    staged,
    temporary_name,
)
from desktop.progress import Progress
from desktop.safety.access import Permission, require

log = logging.getLogger("amphoe.backup")

SUFFIX = ".sqlite3"  # a plain backup, kept on this PC
ARCHIVE_SUFFIX = ".zip"  # an encrypted backup, made to leave the office
ARCHIVE_ENTRY = "amphoe-desk.sqlite3"
AUTO_PREFIX = "amphoe-auto-"
MANUAL_PREFIX = "amphoe-backup-"
STAMP = "%Y%m%d-%H%M%S"
COPY_BATCH = 2000
PASSWORD_VARIABLE = "AMPHOE_BACKUP_PASSWORD"
MIN_PASSWORD = 8
CHUNK = 1 << 20
# Checking and copying a backup may take this long before it is given up (a hostile file
# can make SQLite work forever: recursive views, huge expressions); generous for 100k
# households on a slow PC, and more for a bigger file.
CHECK_SECONDS = 120.0
CHECK_SECONDS_PER_MB = 0.5


class BackupError(UserError):
    """A backup could not be written or a file cannot be restored; nothing was replaced."""


class BackupPasswordError(BackupError):
    """The backup password is missing, too short or wrong."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    households: int
    size: int


def _now() -> dt.datetime:
    return dt.datetime.now()


def _write_error(folder: Path, error: BaseException) -> BackupError:
    """desktop.files' sentence, as a BackupError (the window's backup tab shows those)."""
    said = refusal(error, folder)
    return BackupError(said.th, said.en)


def _fsync_path(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            fsync_directory(path)
        else:
            with path.open("rb+") as stream:
                os.fsync(stream.fileno())


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


def check_new_password(password: str | None) -> str:
    """The office's backup password, as a new archive needs it."""
    if not password:
        raise BackupPasswordError(
            "ต้องมีรหัสผ่านสำรองข้อมูลของสำนักงาน (ตั้งโดยผู้ดูแลระบบ) ไฟล์สำรองที่นำออกนอกเครื่องจะถูกเข้ารหัสเสมอ "
            f"(ใส่ในช่องรหัสผ่าน หรือตัวแปร {PASSWORD_VARIABLE})",
            "A backup leaves this PC encrypted, so it needs the office's backup password (set by the "
            f"administrator; give it when asked or in {PASSWORD_VARIABLE}).",
        )
    if len(password) < MIN_PASSWORD:
        raise BackupPasswordError(
            f"รหัสผ่านสำรองข้อมูลต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร จึงไม่ได้สำรองข้อมูล",
            f"The backup password must be at least {MIN_PASSWORD} characters long, so no backup was made.",
        )
    return password


def _free_name(folder: Path, prefix: str, stamp: str, suffix: str) -> Path:
    target = folder / f"{prefix}{stamp}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{prefix}{stamp}-{counter}{suffix}"
    return target


def _encrypt(plain: Path, archive: Path, password: str) -> None:
    import pyzipper  # only when an archive is written or read

    with pyzipper.AESZipFile(
        archive, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as zipped:
        zipped.setpassword(password.encode("utf-8"))
        zipped.setencryption(pyzipper.WZ_AES, nbits=256)
        zipped.write(plain, ARCHIVE_ENTRY)


def create_backup(
    engine: Engine,
    folder: Path,
    *,
    password: str | None,
    prefix: str = MANUAL_PREFIX,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write a checked backup of the database into folder; returns the new file.

    With a password: an AES-256 archive (for a stick, another PC, the province); the plain
    copy is made in the private data folder first and removed. Without: a plain SQLite
    file, for folders on this PC only (automatic backups and safety copies).
    """
    folder = Path(folder)
    if password is not None:
        check_new_password(password)
    try:
        private_dir(folder)
    except OSError as error:
        raise _write_error(folder, error) from error
    stamp = (now or _now()).strftime(STAMP)
    target = _free_name(folder, prefix, stamp, ARCHIVE_SUFFIX if password is not None else SUFFIX)
    # the plain snapshot: beside the target when it stays plain, else in the private data folder
    plain_folder = folder if password is None else private_dir(paths.backups_dir())
    plain = temporary_name(plain_folder / target.with_suffix(SUFFIX).name)
    try:
        os.close(os.open(plain, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # user-only from the start
        _write_sqlite_snapshot(engine, plain, progress)
        _fsync_path(plain)
        if not _integrity_ok(plain):
            raise BackupError(
                "ไฟล์สำรองที่เขียนได้ตรวจสอบไม่ผ่าน จึงลบทิ้งแล้ว โปรดลองอีกครั้งหรือเลือกที่เก็บอื่น",
                "The written backup failed its check and was removed; try again or choose another place.",
            )
        with staged(target) as item:
            if password is None:
                os.replace(plain, item.path)
            else:
                _encrypt(plain, item.path, password)
                item.ready(lambda written: _archive_ok(written, password))
    except BackupError:
        raise
    except FileWriteError as error:
        raise BackupError(error.th, error.en) from error
    except Exception as error:
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError) and error.orig is not None:
            raise _write_error(folder, error.orig) from error
        if is_write_failure(error):
            raise _write_error(folder, error) from error
        raise
    finally:
        _remove_sqlite_file(plain)
    log.info("backup written: %s", target)
    return target


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _archive_ok(path: Path, password: str) -> bool:
    """The archive reads back: one entry, and its AES check and CRC hold (reads it all)."""
    import pyzipper

    try:
        with pyzipper.AESZipFile(path) as zipped:
            zipped.setpassword(password.encode("utf-8"))
            names = zipped.namelist()
            return names == [ARCHIVE_ENTRY] and zipped.testzip() is None
    except (RuntimeError, zipfile.BadZipFile, pyzipper.BadZipFile, OSError):
        return False


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


def is_encrypted(path: Path) -> bool:
    """An archive (zip) rather than a plain SQLite file; the password decides whether it opens."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _wrong_password(path: Path) -> BackupPasswordError:
    return BackupPasswordError(
        f"รหัสผ่านสำรองข้อมูลไม่ถูกต้องสำหรับไฟล์ {path.name} ไม่มีข้อมูลใดถูกแทนที่",
        f"The backup password is wrong for {path.name}; nothing was replaced.",
    )


@contextlib.contextmanager
def open_backup(path: Path, password: str | None) -> Iterator[Path]:
    """The plain SQLite file of a backup: the file itself, or the archive's one entry decrypted
    into a private temporary file in the data folder (removed afterwards)."""
    path = Path(path)
    if not path.is_file():
        raise _bad_file(path, "ไม่พบไฟล์", "the file does not exist")
    if not is_encrypted(path):
        yield path
        return
    if not password:
        raise BackupPasswordError(
            f"ไฟล์ {path.name} เข้ารหัสไว้ ต้องใช้รหัสผ่านสำรองข้อมูลของสำนักงาน (หรือตัวแปร {PASSWORD_VARIABLE}) "
            "ไม่มีข้อมูลใดถูกแทนที่",
            f"{path.name} is encrypted: it needs the office's backup password (or {PASSWORD_VARIABLE}); "
            "nothing was replaced.",
        )
    import pyzipper

    folder = private_dir(paths.backups_dir())
    plain = temporary_name(folder / f"{path.stem}{SUFFIX}")
    try:
        try:
            with pyzipper.AESZipFile(path) as zipped:
                zipped.setpassword(password.encode("utf-8"))
                infos = zipped.infolist()
                if [info.filename for info in infos] != [ARCHIVE_ENTRY]:
                    raise _bad_file(
                        path, "ไม่ใช่ไฟล์สำรองของโปรแกรมนี้", "it is not a backup made by this program"
                    )
                declared = infos[0].file_size
                if declared + 64 * CHUNK > shutil.disk_usage(folder).free:
                    raise _write_error(folder, OSError(28, "No space left on device"))
                written = 0
                descriptor = os.open(plain, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                with zipped.open(ARCHIVE_ENTRY) as source, os.fdopen(descriptor, "wb") as out:
                    while chunk := source.read(CHUNK):
                        written += len(chunk)
                        if written > declared:  # more than the archive declared: not ours
                            raise _bad_file(path, "ขนาดข้อมูลไม่ตรงกับที่ระบุ", "its size does not match")
                        out.write(chunk)
        except RuntimeError as error:  # pyzipper: "Bad password for file"
            raise _wrong_password(path) from error
        except (zipfile.BadZipFile, pyzipper.BadZipFile) as error:
            if "hmac" in str(error).lower():  # the archive's authentication code: the password
                raise _wrong_password(path) from error
            raise _bad_file(path, "ไฟล์เสียหาย", "the file is damaged") from error
        except OSError as error:
            raise _write_error(folder, error) from error
        yield plain
    finally:
        _remove_sqlite_file(plain)


def _time_limit(connection: sqlite3.Connection, seconds: float) -> None:
    """Every statement on this connection stops ("interrupted") once the time is up: a hostile
    schema (a view that recurses forever, a huge expression) cannot keep the program busy."""
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 5_000)


def _seconds_for(path: Path) -> float:
    return CHECK_SECONDS + CHECK_SECONDS_PER_MB * path.stat().st_size / 1e6


def _too_long(shown: Path, seconds: float) -> BackupError:
    return _bad_file(
        shown,
        f"ตรวจสอบแล้วใช้เวลาเกิน {seconds:.0f} วินาที (ไฟล์อาจถูกดัดแปลง)",
        f"checking it took longer than {seconds:.0f} seconds (the file may have been tampered with)",
    )


def _schema_at(revision: str) -> dict[str, list[str]]:
    """Our tables and their columns at a revision, from our own migrations (cached)."""
    cached = _SCHEMAS.get(revision)
    if cached is None:
        engine = make_engine("sqlite://")
        try:
            upgrade(engine, revision=revision)
            with engine.connect() as connection:
                names = connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                ).scalars()
                cached = {
                    name: [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{name}")')]
                    for name in list(names)
                }
                _NAMES[revision] = set(connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        finally:
            engine.dispose()
        _SCHEMAS[revision] = cached
    return cached


_SCHEMAS: dict[str, dict[str, list[str]]] = {}
_NAMES: dict[str, set[str]] = {}  # every table, index and trigger our migrations make


def _check_plain(plain: Path, shown: Path) -> BackupInfo:
    """Integrity check, a schema revision known to this program, and every one of our tables
    present as a real table with our columns. Opened read-only (immutable: not even a lock
    or a journal is written), no schema function trusted, every statement time-limited."""
    try:
        with plain.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise _bad_file(
            shown, f"อ่านไฟล์ไม่ได้ ({error.strerror})", f"it cannot be read ({error.strerror})"
        ) from error
    if header != b"SQLite format 3\x00":
        raise _bad_file(shown, "ไม่ใช่ไฟล์สำรองของโปรแกรมนี้", "it is not a backup made by this program")
    seconds = _seconds_for(plain)
    try:
        connection = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise _bad_file(shown, "เปิดไฟล์ไม่ได้", "it cannot be opened") from error
    try:
        _time_limit(connection, seconds)
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA query_only = ON")
        return _inspect(connection, shown)
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise _too_long(shown, seconds) from error
        raise _bad_file(shown, "ไฟล์เสียหาย", "the file is damaged") from error
    except (sqlite3.Error, TypeError, ValueError) as error:  # bytes that are not text, odd types
        raise _bad_file(shown, "ไฟล์เสียหาย", "the file is damaged") from error
    finally:
        connection.close()


def _inspect(connection: sqlite3.Connection, shown: Path) -> BackupInfo:
    """The checks of _check_plain on an open, guarded connection (SQLite errors go up)."""
    if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise _bad_file(
            shown, "ไฟล์เสียหาย (ตรวจความสมบูรณ์ไม่ผ่าน)", "the file is damaged (integrity check failed)"
        )
    kinds = {name: kind for kind, name in connection.execute("SELECT type, name FROM sqlite_master")}
    if kinds.get("alembic_version") != "table":
        raise _bad_file(shown, "ไม่ใช่ฐานข้อมูลของโปรแกรมนี้", "it is not an Amphoe Desk database")
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise _bad_file(shown, "ไม่พบรุ่นของโครงสร้างข้อมูล", "it has no schema revision")
    revision = rows[0][0]
    if revision not in known_revisions():
        raise _bad_file(
            shown,
            f"สร้างจากโปรแกรมรุ่นที่ใหม่กว่าหรือไม่รู้จัก (รุ่นข้อมูล {revision})",
            f"it comes from a newer or unknown version of the program (schema {revision})",
        )
    for table, columns in _schema_at(revision).items():
        if kinds.get(table) != "table":
            raise _bad_file(
                shown,
                f"ตาราง {table} ไม่ใช่ตารางของโปรแกรมนี้",
                f"its table {table} is missing or is not a plain table",
            )
        theirs = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        if not set(columns) <= theirs:
            missing = ", ".join(sorted(set(columns) - theirs))
            raise _bad_file(
                shown, f"ตาราง {table} ขาดคอลัมน์ {missing}", f"its table {table} lacks the columns {missing}"
            )
    households = int(connection.execute("SELECT count(*) FROM household").fetchone()[0])
    foreign = sorted(
        name for name in kinds if name not in _NAMES[revision] and not name.startswith("sqlite_")
    )
    if foreign:  # never copied; worth a line in the log of who restored what
        log.warning("backup %s carries objects that are not ours, ignored: %s", shown.name, foreign[:20])
    return BackupInfo(shown, revision, households, shown.stat().st_size)


def check_backup(path: Path, password: str | None = None) -> BackupInfo:
    """Decrypt (when an archive), check, and describe a backup. Reads only; nothing is kept."""
    with open_backup(path, password) as plain:
        return _check_plain(plain, Path(path))


# --- restore ---------------------------------------------------------------------------


def _copy_into(staging: Path, plain: Path, shown: Path, info: BackupInfo, progress: Progress | None) -> None:
    """Our tables and columns only, from the backup (attached read-only) into the fresh
    database at staging, which our migrations made at the backup's revision. Counts must
    match and every foreign key must hold."""
    seconds = _seconds_for(plain)
    schema = _schema_at(info.revision)
    # uri=True: so the ATTACH below reads the backup as a read-only, immutable URI
    connection = sqlite3.connect(staging.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        _time_limit(connection, seconds)
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA foreign_keys = OFF")  # rows arrive in any order; checked below
        connection.execute(
            "ATTACH DATABASE ? AS backup", (f"{plain.resolve().as_uri()}?mode=ro&immutable=1",)
        )
        connection.execute("BEGIN IMMEDIATE")
        tables = [name for name in schema if name != "alembic_version"]
        for index, table in enumerate(tables):
            if progress is not None:
                progress(index, len(tables), table)
            columns = ", ".join(f'"{c}"' for c in schema[table])
            connection.execute(f'DELETE FROM main."{table}"')  # upgrade seeds nothing, but be sure
            connection.execute(
                f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM backup."{table}"'
            )
            ours = connection.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            theirs = connection.execute(f'SELECT count(*) FROM backup."{table}"').fetchone()[0]
            if ours != theirs:
                raise _bad_file(
                    shown,
                    f"คัดลอกตาราง {table} ได้ไม่ครบ ({ours} จาก {theirs} แถว)",
                    f"only {ours} of the {theirs} rows of {table} could be copied",
                )
        if connection.execute("PRAGMA main.foreign_key_check").fetchone() is not None:
            raise _bad_file(shown, "ข้อมูลอ้างอิงกันไม่ครบ", "its rows refer to rows that are not there")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE backup")
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise _too_long(shown, seconds) from error
        raise
    except sqlite3.IntegrityError as error:
        raise _bad_file(
            shown, "ข้อมูลขัดกับกฎของฐานข้อมูล", f"its data breaks the rules of the database ({error})"
        ) from error
    finally:
        connection.close()


def _build_staging(
    plain: Path, staging: Path, shown: Path, info: BackupInfo, progress: Progress | None
) -> None:
    """A fresh database from our migrations, the backup's data copied in, migrated to head."""
    engine = make_engine(f"sqlite:///{staging}")
    try:
        upgrade(engine, revision=info.revision)
    finally:
        engine.dispose()
    _copy_into(staging, plain, shown, info, progress)
    engine = make_engine(f"sqlite:///{staging}")
    try:
        upgrade(engine)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        engine.dispose()
    if not _integrity_ok(staging):
        raise _bad_file(shown, "ปรับรุ่นข้อมูลแล้วตรวจสอบไม่ผ่าน", "it failed its check after migration")
    _fsync_path(staging)


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
    password: str | None = None,
    keep_dir: Path | None = None,
    dispose: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Replace the database at url with the data of a checked backup (administrator only).

    The backup's schema is never adopted (see the module's note). The current database is
    backed up first into keep_dir (default: the backups folder, on this PC, plain); returns
    that safety copy (None when there was nothing to keep). dispose is called before
    anything is replaced: a running app passes its engine's dispose.
    """
    require(Permission.RESTORE)  # before the file is even opened
    backup = Path(backup)
    keep_dir = keep_dir or paths.backups_dir()
    target = sqlite_path(url)
    try:
        folder = target.parent if target is not None else private_dir(paths.backups_dir())
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _write_error(keep_dir, error) from error
    staging = temporary_name(target if target is not None else folder / "restore.sqlite3")
    safety: Path | None = None
    try:
        with open_backup(backup, password) as plain:
            info = _check_plain(plain, backup)
            try:
                _build_staging(plain, staging, backup, info, progress)
            except BackupError:
                raise
            except Exception as error:
                if is_write_failure(error):
                    raise _write_error(folder, error) from error
                raise
        engine = make_engine(url)
        try:
            has_data = target is None or (target.exists() and target.stat().st_size > 0)
            if has_data and current_revision(engine) is not None:
                safety = create_backup(engine, keep_dir, password=None, prefix="amphoe-before-restore-")
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
    finally:
        _remove_sqlite_file(staging)
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
    made = create_backup(engine, folder, password=None, prefix=AUTO_PREFIX, now=now)  # stays on this PC
    rotate(folder, keep_daily, keep_weekly)
    return made


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
