"""The first account of a database is always an administrator, and only one account can be
the first: two `users add` run at once on a new database, as two real processes whose saves
start in the same instant, give one administrator and one refusal. On SQLite and on the real
PostgreSQL server."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from database.enums import Role
from desktop.db import open_database
from desktop.safety import ops
from desktop.safety.access import CurrentUser, sign_in_as

ROOT = Path(__file__).resolve().parents[2]


def _users_add(url: str, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            url,
            "--lang",
            "en",
            "users",
            "add",
            name,
            "--role",
            "clerk",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _reading_stdin(process: subprocess.Popen[str]) -> bool:
    """The process sits in read(0, …): `users add` has checked who may add and now waits for
    the new password (Linux: /proc/PID/syscall starts with read's number, 0, and fd 0)."""
    try:
        fields = Path(f"/proc/{process.pid}/syscall").read_text().split()
    except OSError:
        return False
    return fields[:2] == ["0", "0x0"]


def test_two_first_accounts_at_once_make_one_administrator(
    db_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AMPHOE_USER", raising=False)
    monkeypatch.delenv("AMPHOE_PASSWORD", raising=False)
    clerks = [_users_add(db_url, "somchai"), _users_add(db_url, "malee")]
    deadline = time.monotonic() + 60
    while not all(_reading_stdin(c) for c in clerks) and time.monotonic() < deadline:
        assert all(c.poll() is None for c in clerks), [c.communicate() for c in clerks]
        time.sleep(0.01)
    assert all(_reading_stdin(c) for c in clerks), "the processes never asked for the password"
    for clerk in clerks:  # both have passed the "no account yet" check: they go on together
        assert clerk.stdin is not None
        clerk.stdin.write("a good password\n")
    for clerk in clerks:
        assert clerk.stdin is not None
        clerk.stdin.flush()
        clerk.stdin.close()
    results = [(c.wait(timeout=120), c.stdout.read(), c.stderr.read()) for c in clerks]  # type: ignore[union-attr]
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 1], results
    added = next(out for code, out, _err in results if code == 0)
    refused = next(err for code, _out, err in results if code == 1)
    assert "(administrator)" in added and "always an administrator" in added
    assert len(refused.strip().splitlines()) == 1  # one sentence, no traceback
    database = open_database(db_url)
    try:
        sign_in_as(CurrentUser("auditor", "", Role.ADMIN, None))
        users = ops.list_users(database)
    finally:
        sign_in_as(None)
        database.dispose()
    assert [u.role for u in users] == [Role.ADMIN]
