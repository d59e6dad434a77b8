"""A package is built in our own private scratch folder (issue #16), never in the shared
system temp folder where a killed build left minutes PDFs of personal data."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.submissions.documents import DocumentRequest, plain_documents
from tests.submissions.conftest import build


def test_a_package_is_built_in_our_private_scratch_folder_not_the_system_temp(
    sqlite_demo: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    monkeypatch.setattr("tempfile.tempdir", None)  # tempfile reads TMPDIR again
    written: list[Path] = []

    def writer(database: Database, request: DocumentRequest, path: Path) -> None:
        written.append(path)  # where the minutes PDF lies while the package is built
        plain_documents(database, request, path)

    build(sqlite_demo, tmp_path / "out", writer=writer)
    scratch = data_dir / "scratch"
    assert written and all(path.parent.parent == scratch for path in written)
    assert all(path.parent.name.startswith("amphoe-package-") for path in written)
    assert list(system_temp.iterdir()) == []
    assert list(scratch.iterdir()) == []  # removed once the package is written
    assert stat.S_IMODE(scratch.stat().st_mode) == 0o700  # only this user may look in
