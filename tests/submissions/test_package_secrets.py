"""Issue 16, item 7: hashes from the bytes each build wrote; the package password from the
environment or a prompt, never needed on the command line; no database password printed."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import Database
from desktop.submissions.documents import plain_documents
from desktop.submissions.verify import verify_package
from tests.submissions.conftest import build, demo_meeting_id


def test_three_builds_in_one_second_each_print_their_own_hash(sqlite_demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    built = [build(sqlite_demo, out, writer=plain_documents) for _ in range(3)]
    assert len({b.path for b in built}) == 3  # none overwrote another
    for package in built:
        data = package.path.read_bytes()
        assert package.sha256 == hashlib.sha256(data).hexdigest()
        assert package.size == len(data)
        assert verify_package(package.path).ok


def test_cli_package_password_from_the_environment(
    sqlite_demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting, url, out = str(demo_meeting_id(sqlite_demo)), sqlite_demo.url, tmp_path / "out"
    monkeypatch.setenv("AMPHOE_PACKAGE_PASSWORD", "ลับ-2567")
    assert main(["--db", url, "package", "build", "--meeting", meeting, "--out", str(out), "--password"]) == 0
    printed = capsys.readouterr().out
    (zip_path,) = out.glob("*.zip")
    assert "ลับ-2567" not in printed
    assert hashlib.sha256(zip_path.read_bytes()).hexdigest() in printed
    assert not verify_package(zip_path).ok  # it is encrypted
    assert main(["--db", url, "package", "verify", str(zip_path)]) == 0  # the password from the variable
    monkeypatch.delenv("AMPHOE_PACKAGE_PASSWORD")
    assert main(["--db", url, "--lang", "en", "package", "verify", str(zip_path)]) == 1
    assert "AMPHOE_PACKAGE_PASSWORD" in capsys.readouterr().err
    # no terminal to ask on: one sentence, exit 1
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "--lang", "en",
         "package", "verify", str(zip_path), "--password"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    assert result.returncode == 1 and result.stderr.strip().startswith("Set the password in")
    # the old form still works
    assert main(["--db", url, "package", "verify", str(zip_path), "--password", "ลับ-2567"]) == 0


def test_init_never_prints_the_database_password(
    migrated_postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.engine import make_url

    password = make_url(migrated_postgres_url).password
    assert password
    assert main(["--db", migrated_postgres_url, "--lang", "en", "init"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Database ready") and f":{password}@" not in out and ":***@" in out
