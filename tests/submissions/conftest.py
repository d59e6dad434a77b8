"""Fixtures for the submissions tests: a package built from the demo district's meeting."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import pyzipper
from openpyxl import load_workbook
from sqlalchemy import select

from database.models import Meeting
from desktop.db import Database, open_database
from desktop.demo import load_demo
from desktop.submissions.documents import DocumentWriter, plain_documents
from desktop.submissions.package import BuiltPackage, PackageOptions, build_package
from tests.conftest import DEMO_DAY

TODAY = dt.date(2024, 9, 5)


def demo_meeting_id(database: Database) -> int:
    """The demo's second meeting: it answers circular พย ๐๐๑๙.๔/ว ๓๓/๖๓."""
    with database.session() as session:
        return session.scalars(select(Meeting.id).where(Meeting.number == 2)).one()


def build(
    database: Database, out: Path, *, writer: DocumentWriter | None = None, **options: object
) -> BuiltPackage:
    """The demo meeting's package; the documents engine writes the PDFs unless a writer is given."""
    return build_package(
        database,
        demo_meeting_id(database),
        out,
        PackageOptions(today=TODAY, **options),  # type: ignore[arg-type]
        writer=writer,
    )


@pytest.fixture
def package(demo_database: Database, tmp_path: Path) -> BuiltPackage:
    return build(demo_database, tmp_path / "out")


@pytest.fixture
def sqlite_demo(sqlite_url: str, data_dir: Path) -> Iterator[Database]:
    """The demo district on SQLite only, for checks that do not depend on the database."""
    database = open_database(sqlite_url)
    with database.session() as session:
        load_demo(session, today=DEMO_DAY)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_package(sqlite_demo: Database, tmp_path: Path) -> BuiltPackage:
    """Checks of the zip itself need a real but small PDF: the plain reportlab writer."""
    return build(sqlite_demo, tmp_path / "out", writer=plain_documents)


def _can_mount() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def tiny_stick(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB file system standing for an almost-full USB stick (needs root to mount)."""
    if not _can_mount():
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.fixture
def locked_stick(tmp_path: Path) -> Iterator[Path]:
    """A write-protected stick: a read-only mount as root, a folder without write permission otherwise."""
    mount = tmp_path / "locked"
    mount.mkdir()
    if _can_mount():
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mount)], check=True)
        try:
            yield mount
        finally:
            subprocess.run(["umount", str(mount)], check=False)
    else:
        mount.chmod(0o555)
        yield mount
        mount.chmod(0o755)


def zip_member(path: Path, name: str, password: str | None = None) -> bytes:
    with pyzipper.AESZipFile(path) as archive:
        if password:
            archive.setpassword(password.encode())
        return archive.read(name)


def id_cells(path: Path, name: str, password: str | None = None) -> list[str]:
    workbook = load_workbook(io.BytesIO(zip_member(path, name, password)), read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    column = list(rows[1]).index("เลขประจำตัวประชาชน")
    return [str(row[column]) for row in rows[2:] if row[column]]
