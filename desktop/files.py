"""Every file the program writes: all or nothing, private, and one sentence when it cannot.

A file is written under a temporary name in its target folder ("~amphoe-…partial", marked
hidden on Windows by the file attribute: a leading dot hides nothing there), flushed to
disk, checked, and only then renamed to its real name. On any failure the temporary file
is removed and the clerk reads one sentence naming the cause (full disk, read-only or
protected folder, a file locked by another program, a path too long). A kill leaves only
the temporary name, which the next start sweeps away once it is a day old.

Files are created user-only (0600) where the OS has modes: exports and backups hold
personal data.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from database.partial import PARTIAL_PREFIX, PARTIAL_SUFFIX
from desktop.errors import UserError
from desktop.paths import PRIVATE_DIR

log = logging.getLogger("amphoe.files")

T = TypeVar("T")
PRIVATE_FILE = 0o600
STALE_AFTER = 24 * 3600.0  # seconds: a leftover older than a day belongs to no running program
# Work folders our own code makes (scratch_folder, and tempfile in the system temp folder).
TEMP_DIR_PREFIXES = (
    "amphoe-package-",
    "amphoe-report-",
    "amphoe-charts-",
    "amphoe-preview-",
    "amphoe-selftest-",
    "amphoe-shot-",
    "amphoe-restore-",
)
# Names older versions used for their temporary files, swept too.
LEGACY_LEFTOVERS = (".amphoe-backup-", ".amphoe-auto-", ".amphoe-before-restore-", ".amphoe-restore.staging")

_WINDOWS_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_TOO_LONG = {206}  # ERROR_FILENAME_EXCED_RANGE
_FILE_ATTRIBUTE_HIDDEN = 0x2


class FileWriteError(UserError):
    """A file could not be written; nothing was left under its name."""


_LIBXML_IO = re.compile(r"\bIO_(E[A-Z]+)\b")  # lxml's SerialisationError("IO_ENOSPC"), from openpyxl


def _errno_of(error: BaseException) -> int | None:
    code = getattr(error, "errno", None)
    if isinstance(code, int):
        return code
    named = _LIBXML_IO.search(str(error))
    return getattr(errno, named.group(1), None) if named else None


def refusal(error: BaseException, target: Path) -> FileWriteError:
    """One sentence for a write that failed, by its cause; target is the file (or its folder)."""
    code = _errno_of(error)
    winerror = getattr(error, "winerror", None)
    words = str(error).lower()
    try:
        is_folder = target.is_dir()
    except OSError:  # a name too long even to look at
        is_folder = False
    if is_folder:
        folder, th_name, en_name = target, "ไฟล์", "the file"
    else:
        folder, th_name, en_name = target.parent, f"ไฟล์ {target.name}", target.name
    full = code in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "disk is full" in words or "disk i/o" in words
    if full:
        return FileWriteError(
            f"พื้นที่ใน {folder} ไม่พอ จึงไม่ได้เขียน{th_name} (ไม่มีไฟล์ค้างไว้) โปรดลบไฟล์ที่ไม่ใช้หรือเลือกที่อื่น",
            f"There is not enough space in {folder}, so {en_name} was not written (no partial file "
            "is left); free some space or choose another place.",
        )
    if code == errno.ENAMETOOLONG or winerror in _WINDOWS_TOO_LONG:
        return FileWriteError(
            f"ชื่อหรือที่อยู่ของ{th_name} ยาวเกินไป จึงไม่ได้เขียนไฟล์ โปรดใช้ชื่อที่สั้นลงหรือโฟลเดอร์ที่ตื้นกว่า",
            f"The name or path of {en_name} is too long, so nothing was written; "
            "use a shorter name or a folder nearer the top.",
        )
    if winerror in _WINDOWS_LOCKED or code in (errno.EBUSY, errno.ETXTBSY):
        return FileWriteError(
            f"{th_name}เปิดค้างอยู่ในโปรแกรมอื่น (เช่น Excel หรือ Word) จึงเขียนทับไม่ได้ โปรดปิดไฟล์นั้นแล้วลองใหม่",
            f"{en_name} is open in another program (Excel or Word?), so it cannot be replaced; "
            "close it and try again.",
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "read-only" in words or "readonly" in words:
        return FileWriteError(
            f"เขียนลงใน {folder} ไม่ได้ (อ่านได้อย่างเดียว ป้องกันการเขียน หรือไม่มีสิทธิ์) จึงไม่ได้เขียน{th_name} โปรดเลือกที่อื่น",
            f"The folder {folder} cannot be written to (read-only, write-protected or no permission), "
            f"so {en_name} was not written; choose another place.",
        )
    if code == errno.ENOENT:
        return FileWriteError(
            f"ไม่พบโฟลเดอร์ {folder} (ถอดแฟลชไดรฟ์ออกแล้วหรือไม่) จึงไม่ได้เขียน{th_name}",
            f"The folder {folder} is not there (was a stick removed?), so {en_name} was not written.",
        )
    reason = getattr(error, "strerror", None) or str(error)
    return FileWriteError(
        f"เขียน{th_name} ใน {folder} ไม่ได้ ({reason}) ไม่มีไฟล์ค้างไว้",
        f"{en_name[:1].upper()}{en_name[1:]} could not be written in {folder} ({reason}); "
        "no partial file is left.",
    )


def is_write_failure(error: BaseException) -> bool:
    """An OS or SQLite error that says the disk or folder refused, not a bug of ours."""
    if isinstance(error, OSError) or _LIBXML_IO.search(str(error)):
        return True
    if isinstance(error, sqlite3.Error):
        words = str(error).lower()
        return any(w in words for w in ("disk", "full", "readonly", "read-only", "unable to open"))
    return False


def _attribute_setter(platform: str) -> Callable[[str, int], int] | None:
    """Windows' SetFileAttributesW; None elsewhere, where nothing needs setting."""
    if platform != "win32":
        return None
    import ctypes

    setter: Callable[[str, int], int] = ctypes.windll.kernel32.SetFileAttributesW  # type: ignore[attr-defined]
    return setter


def hide(path: Path, platform: str = sys.platform) -> None:
    """Windows: the hidden attribute (Explorer shows dot files), for a file or a folder.
    Elsewhere the "~" name or our private folder is enough: nothing is done."""
    setter = _attribute_setter(platform)
    if setter is not None and not setter(str(path), _FILE_ATTRIBUTE_HIDDEN):
        log.debug("could not hide %s", path.name)  # a display nicety: the file is still ours


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A private folder for one piece of work (a package being built), removed afterwards.

    It lives in the data folder's scratch/ (desktop.paths.scratch_dir), not in the shared
    system temp folder: a run killed halfway leaves its files where only this user can read
    them, hidden on Windows, and the next start removes them once a day old."""
    from desktop import paths

    parent = private_dir(paths.scratch_dir())
    hide(parent)
    with tempfile.TemporaryDirectory(prefix=prefix, dir=parent) as made:
        folder = Path(made)
        hide(folder)
        yield folder


def private_dir(folder: Path) -> Path:
    """Make folder (and parents) if missing, user-only where the OS has modes."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is masked by the umask
    return folder


def fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def fsync_directory(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def temporary_name(final: Path) -> Path:
    return final.with_name(f"{PARTIAL_PREFIX}{uuid.uuid4().hex[:8]}-{final.name}{PARTIAL_SUFFIX}")


class Staged:
    """A temporary file beside its final name; the writer writes `path` by name."""

    def __init__(self, final: Path, path: Path) -> None:
        self.final = final
        self.path = path
        self._ready = False

    def ready(self, check: Callable[[Path], bool] | None = None) -> None:
        """Flush to disk and check (not empty, and check(path) when given). Call it before
        anything that must only happen once the file is complete (an export's audit entry)."""
        if self._ready:
            return
        fsync_file(self.path)
        if self.path.stat().st_size == 0 or (check is not None and not check(self.path)):
            raise FileWriteError(
                f"ไฟล์ {self.final.name} ที่เขียนได้ตรวจสอบไม่ผ่าน จึงลบทิ้งแล้ว โปรดลองอีกครั้งหรือเลือกที่อื่น",
                f"The written {self.final.name} failed its check and was removed; try again or choose "
                "another place.",
            )
        self._ready = True


@contextlib.contextmanager
def staged(final: Path, *, mode: int = PRIVATE_FILE) -> Iterator[Staged]:
    """Yield a Staged temporary file beside final; on a clean exit it is made ready (fsync,
    check) and renamed to final; on any error it is removed and an OS refusal becomes one
    sentence, so final is either complete or untouched."""
    final = Path(final)
    folder = final.parent
    temporary = temporary_name(final)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(
            temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), mode
        )
        os.close(descriptor)
        hide(temporary)
    except OSError as error:
        raise refusal(error, final) from error
    try:
        item = Staged(final, temporary)
        yield item
        item.ready()
        os.replace(temporary, final)
        with contextlib.suppress(OSError):  # a stick without directory sync still has the file
            fsync_directory(folder)
    except BaseException as error:
        _release_writer(error)
        with contextlib.suppress(OSError):
            temporary.unlink()
        if is_write_failure(error):
            raise refusal(error, final) from error
        cause = error.__cause__ or error.__context__
        if isinstance(cause, OSError) and not isinstance(error, UserError):
            raise refusal(cause, final) from error  # a library that wrapped the OS error
        raise


def _release_writer(error: BaseException) -> None:
    """A writer that failed half-way (openpyxl, pyzipper) leaves its zip or stream open; when
    it is collected later it tries to write again and prints a second traceback into the
    clerk's sentence. Free it now, quietly: its file is being removed anyway."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        seen: set[int] = set()
        link: BaseException | None = error
        while link is not None and id(link) not in seen:  # the error and what it was raised from
            seen.add(id(link))
            traceback.clear_frames(link.__traceback__)
            link = link.__cause__ or link.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook


def write_atomically(
    final: Path, write: Callable[[Path], T], on_ready: Callable[[T], None] | None = None
) -> T:
    """write(temporary_path) then fsync, check, on_ready(result) (e.g. commit the audit entry),
    rename. Returns write's result."""
    with staged(final) as item:
        result = write(item.path)
        item.ready()
        if on_ready is not None:
            on_ready(result)
    return result


# --- leftovers --------------------------------------------------------------------------


def _ours(name: str) -> bool:
    if name.startswith(PARTIAL_PREFIX) and PARTIAL_SUFFIX in name:  # with SQLite's -journal, -wal
        return True
    if name.startswith(LEGACY_LEFTOVERS):
        return True
    return name.startswith(".") and name.endswith(".partial")  # write_workbook's old temporary names


def sweep_stale(
    folders: Iterable[Path],
    *,
    scratch: Iterable[Path] = (),
    older_than: float = STALE_AFTER,
    now: float | None = None,
) -> list[Path]:
    """Remove our own partial files and staging copies in folders, and our work folders in
    scratch (and in the system temp folder, where older versions made them), that are older
    than a day; returns what was removed. Never raises: a file another program holds stays
    for the next start."""
    limit = (now if now is not None else time.time()) - older_than
    removed: list[Path] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for entry in Path(folder).iterdir():
                with contextlib.suppress(OSError):
                    if _ours(entry.name) and entry.is_file() and entry.stat().st_mtime < limit:
                        entry.unlink()
                        removed.append(entry)
    for parent in (Path(tempfile.gettempdir()), *scratch):  # older versions built in the temp folder
        with contextlib.suppress(OSError):
            for entry in parent.iterdir():
                with contextlib.suppress(OSError):
                    if (
                        entry.name.startswith(TEMP_DIR_PREFIXES)
                        and entry.is_dir()
                        and entry.stat().st_mtime < limit
                    ):
                        shutil.rmtree(entry)
                        removed.append(entry)
    if removed:
        log.info("removed %d stale temporary files and folders", len(removed))
    return removed


def start_up_sweep(database_url: str | None = None) -> list[Path]:
    """What the CLI and the window call once at start: the data folder, its backups and the
    folder of the SQLite database."""
    from desktop import paths

    folders = [paths.data_dir(), paths.backups_dir(), paths.backups_dir() / "auto"]
    if database_url and database_url.startswith("sqlite:///"):  # no SQLAlchemy import at start
        folders.append(Path(database_url.removeprefix("sqlite:///")).parent)
    return sweep_stale(folders, scratch=[paths.scratch_dir()])
