"""All-or-nothing file writing and hashing."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import UserError
from desktop.files import refusal, staged

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


def refusal_for(error: OSError, target: Path) -> UserError:
    """A clear sentence for a write that failed on a stick or folder (desktop.files decides)."""
    return refusal(error, target)


@contextlib.contextmanager
def atomic_file(final: Path) -> Iterator[tuple[Path, BinaryIO]]:
    """Yield a temporary file beside `final` and a stream on it (desktop.files.staged): on
    success it is flushed, fsynced, checked and renamed into place, on any error removed,
    so `final` is either complete or absent."""
    with staged(final) as item, item.path.open("r+b") as stream:
        yield item.path, stream
        if not stream.closed:  # else the caller wrote the file by its name
            stream.flush()


def write_atomically(final: Path, write: Callable[[BinaryIO], object]) -> None:
    with atomic_file(final) as (_temporary, stream):
        write(stream)
