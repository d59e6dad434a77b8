"""Write a package to a USB stick (or any folder standing for one) and prove it arrived.

Write to a temporary name, flush and fsync, rename, then read the copy back from the
stick and verify the zip's own hash and every hash in its manifest. Only then is the
stick safe to remove. A full or write-protected stick is refused with a clear sentence
and no partial file is left behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import UserError
from desktop.progress import NO_PROGRESS, Progress
from desktop.submissions.files import CHUNK, atomic_file, refusal_for, sha256_of
from desktop.submissions.verify import VerifyReport, verify_package

DRIVE_REMOVABLE = 2
HEADROOM = 64 * 1024  # directory entries and the like


@dataclass
class Drive:
    path: Path
    label: str
    free_bytes: int
    total_bytes: int


@dataclass
class CopyResult:
    path: Path
    sha256: str
    size: int
    report: VerifyReport


def _drive(path: Path, label: str) -> Drive | None:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None
    return Drive(path, label, usage.free, usage.total)


def _windows_drives() -> list[Drive]:
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        if not mask & (1 << index):
            continue
        root = f"{letter}:\\"
        if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != DRIVE_REMOVABLE:
            continue
        name = ctypes.create_unicode_buffer(261)
        kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), name, 261, None, None, None, None, 0)
        drive = _drive(Path(root), f"{letter}: {name.value}".strip())
        if drive is not None:
            drives.append(drive)
    return drives


def _linux_drives(roots: tuple[str, ...] = ("/media", "/run/media")) -> list[Drive]:
    drives = []
    for root in roots:
        base = Path(root)
        if not base.is_dir():
            continue
        with contextlib.suppress(OSError):
            for user in sorted(base.iterdir()):
                if not user.is_dir():
                    continue
                for mount in sorted(user.iterdir()):
                    if mount.is_dir() and os.path.ismount(mount):
                        drive = _drive(mount, mount.name)
                        if drive is not None:
                            drives.append(drive)
    return drives


def removable_drives() -> list[Drive]:
    """USB sticks and other removable drives the clerk can write a package to."""
    if sys.platform == "win32":
        return _windows_drives()
    return _linux_drives()


def copy_package(
    package: Path, target_dir: Path, password: str | None = None, progress: Progress = NO_PROGRESS
) -> CopyResult:
    """Copy the package into target_dir (a stick's root or a folder on it) and verify the copy."""
    package = Path(package)
    target_dir = Path(target_dir)
    size = package.stat().st_size
    expected = sha256_of(package)
    if not target_dir.is_dir():
        raise UserError(
            f"ไม่พบไดรฟ์หรือโฟลเดอร์ {target_dir} (ถอดแฟลชไดรฟ์ออกแล้วหรือไม่)",
            f"The drive or folder {target_dir} is not there (was the stick removed?).",
        )
    free = shutil.disk_usage(target_dir).free
    if free < size + HEADROOM:
        raise UserError(
            f"พื้นที่ใน {target_dir} ไม่พอ ต้องการ {size / 1e6:.1f} MB แต่เหลือ {free / 1e6:.1f} MB "
            "จึงไม่ได้เขียนไฟล์ โปรดลบไฟล์ที่ไม่ใช้หรือใช้แฟลชไดรฟ์อื่น",
            f"{target_dir} is too full: the package needs {size / 1e6:.1f} MB "
            f"and {free / 1e6:.1f} MB are free, "
            "so nothing was written; free some space or use another stick.",
        )
    final = target_dir / package.name
    done = 0
    with atomic_file(final) as (_temporary, stream), package.open("rb") as source:
        while chunk := source.read(CHUNK):
            stream.write(chunk)
            done += len(chunk)
            progress(done, size, "กำลังเขียนลงแฟลชไดรฟ์")
    progress(size, size, "อ่านกลับมาตรวจสอบ")
    try:
        _drop_cache(final)
        actual = sha256_of(final)
    except OSError as error:
        raise refusal_for(error, target_dir) from error
    report = verify_package(final, password)
    if actual != expected or not report.ok:
        with contextlib.suppress(OSError):
            final.unlink()
        raise UserError(
            "ไฟล์ที่อ่านกลับจากแฟลชไดรฟ์ไม่ตรงกับต้นฉบับ แฟลชไดรฟ์อาจเสีย จึงลบสำเนาออกแล้ว โปรดใช้แฟลชไดรฟ์อื่น",
            "The copy read back from the stick differs from the original (the stick may be faulty); "
            "the copy was removed, please use another stick.",
        )
    return CopyResult(final, actual, size, report)


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget its cached pages so the read-back comes from the device."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        advise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)
