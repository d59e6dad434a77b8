"""All-or-nothing file writing and hashing."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import UserError

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    with path.open("rb") as stream:
        return sha256_stream(stream)


def sha256_stream(stream: BinaryIO) -> str:
    """The SHA-256 of what is left to read in an open file."""
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_directory(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def refusal_for(error: OSError, target: Path) -> UserError:
    """A clear sentence for a write that failed on a stick or folder."""
    if error.errno == errno.ENOSPC:
        return UserError(
            f"พื้นที่ใน {target} เต็ม จึงไม่ได้เขียนไฟล์ (ไม่มีไฟล์ค้างไว้) โปรดลบไฟล์ที่ไม่ใช้หรือใช้แฟลชไดรฟ์อื่น",
            f"{target} is full, so nothing was written (no partial file is left); "
            "free some space or use another stick.",
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserError(
            f"เขียนลงใน {target} ไม่ได้ เพราะป้องกันการเขียนหรือไม่มีสิทธิ์ (ไม่มีไฟล์ค้างไว้) โปรดปลดล็อกแฟลชไดรฟ์หรือเลือกที่อื่น",
            f"{target} is write-protected or not writable, so nothing was written; "
            "unlock the stick or choose another place.",
        )
    return UserError(
        f"เขียนไฟล์ลงใน {target} ไม่ได้: {error.strerror or error}",
        f"Could not write to {target}: {error.strerror or error}.",
    )


@contextlib.contextmanager
def atomic_file(final: Path) -> Iterator[tuple[Path, BinaryIO]]:
    """Yield a temporary file beside `final`; on success it is flushed, fsynced and renamed
    into place, on any error it is removed, so `final` is either complete or absent."""
    folder = final.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(prefix=f".{final.stem}-", suffix=".partial", dir=folder)
    except OSError as error:
        raise refusal_for(error, folder) from error
    temporary = Path(name)
    try:
        with contextlib.suppress(OSError):  # FAT sticks have no modes to set
            os.chmod(temporary, 0o644)  # mkstemp makes it private; a package is an ordinary file
        with os.fdopen(descriptor, "w+b") as stream:
            yield temporary, stream
            if stream.closed:  # the caller wrote the file by its name
                with temporary.open("rb+") as written:
                    os.fsync(written.fileno())
            else:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, final)
        fsync_directory(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise refusal_for(error, folder) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_atomically(final: Path, write: Callable[[BinaryIO], object]) -> None:
    with atomic_file(final) as (_temporary, stream):
        write(stream)
