"""Every file we write: a full disk, a read-only folder or a locked database leaves no file
behind and gives one sentence and exit 1, through the real CLI; start-up sweeps our own
day-old leftovers.

The commands run in one child process (desktop.cli.main, the `python -m desktop` entry,
called once per command) so a dozen refusals cost one interpreter start on a busy machine.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Each command writes its file into {out}: the household list (xlsx, pdf), a report, a
# meeting's minutes, a cover letter (numbered from the register) and an encrypted backup.
COMMANDS = [
    ["households", "export", "{out}/households.xlsx"],
    ["households", "export", "{out}/households.pdf"],
    ["reports", "progress", "--out", "{out}/progress.pdf"],
    ["meetings", "minutes", "1", "--out", "{out}/minutes.pdf"],
    ["letters", "cover", "--meeting", "1", "--out", "{out}/cover.pdf"],
    ["backup", "create", "{out}"],
]

RUNNER = """
import contextlib, io, json, resource, signal, sqlite3, sys
from desktop.cli import main
url, limit, commands = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
keep = sqlite3.connect(url.removeprefix("sqlite:///"))  # holds SQLite's shared-memory file open
keep.execute("SELECT count(*) FROM household").fetchone()
if limit:  # a process that may not grow any file past `limit` bytes: a full disk, portably
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
results = []
for argv in commands:
    said = io.StringIO()
    with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", url, "--lang", "en", *argv])
    results.append([code, said.getvalue()])
print(json.dumps(results))
"""


def _run(url: str, data_dir: Path, out: Path, limit: int = 0) -> list[tuple[int, str]]:
    commands = [[part.replace("{out}", str(out)) for part in command] for command in COMMANDS]
    env = {**os.environ, "AMPHOE_DATA_DIR": str(data_dir), "AMPHOE_BACKUP_PASSWORD": "office-backup-pw"}
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, url, str(limit), json.dumps(commands)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [(code, said) for code, said in json.loads(result.stdout.strip().splitlines()[-1])]


def _exports(url: str) -> int:
    connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        return int(
            connection.execute("SELECT count(*) FROM audit_entry WHERE action = 'export'").fetchone()[0]
        )
    finally:
        connection.close()


def _assert_refused(results: list[tuple[int, str]], words: str) -> None:
    for command, (code, said) in zip(COMMANDS, results, strict=True):
        assert code == 1, (command, said)
        assert said.strip() and "\n" not in said.strip(), (command, said)  # one sentence
        assert words in said, (command, said)
        assert "Traceback" not in said


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    """A real, nearly full file system: an 8 KB tmpfs (root on Linux), unmounted afterwards."""
    folder = tmp_path / "stick"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8k,mode=0777", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (the RLIMIT_FSIZE test covers the rest)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_full_stick_leaves_no_file_and_says_so(
    demo_sqlite_url: str, data_dir: Path, small_stick: Path
) -> None:
    before = _exports(demo_sqlite_url)
    results = _run(demo_sqlite_url, data_dir, small_stick)
    _assert_refused(results, "not enough space")
    assert list(small_stick.iterdir()) == []
    assert _exports(demo_sqlite_url) == before  # no entry for a file that was never written
    assert not [p for p in data_dir.rglob("*") if p.name.startswith("~amphoe-")]


def test_file_size_limit_leaves_no_file_and_says_so(
    demo_sqlite_url: str, data_dir: Path, tmp_path: Path
) -> None:
    """The same refusals where no file system can be mounted: the process may not grow a file
    past 8 KB (every export is larger), so each write fails part-way like on a full disk."""
    out = tmp_path / "out"
    out.mkdir()
    results = _run(demo_sqlite_url, data_dir, out, limit=8 * 1024)
    _assert_refused(results, "not enough space")
    assert list(out.iterdir()) == []


def _read_only(folder: Path) -> bool:
    """Make folder read-only even for root (the immutable attribute); False if impossible."""
    folder.chmod(0o555)
    if not os.access(folder, os.W_OK):
        return True
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False).returncode == 0


def test_read_only_folder_leaves_no_file_and_says_so(
    demo_sqlite_url: str, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "read-only"
    out.mkdir()
    if not _read_only(out):
        pytest.skip("cannot make a read-only folder here")
    try:
        results = _run(demo_sqlite_url, data_dir, out)
        _assert_refused(results, "cannot be written to")
        assert list(out.iterdir()) == []
    finally:
        subprocess.run(["chattr", "-i", str(out)], capture_output=True, check=False)
        out.chmod(0o755)


def test_written_files_are_user_only(demo_sqlite_url: str, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    results = _run(demo_sqlite_url, data_dir, out)
    assert [code for code, _ in results] == [0] * len(COMMANDS), results
    written = sorted(out.iterdir())
    assert len(written) == len(COMMANDS)
    assert all(path.stat().st_mode & 0o077 == 0 for path in written), [oct(p.stat().st_mode) for p in written]
    assert not [p for p in written if p.name.startswith("~amphoe-")]
    assert data_dir.stat().st_mode & 0o077 == 0  # the data folder too


def test_locked_database_refuses_the_export_in_a_sentence(
    demo_sqlite_url: str, data_dir: Path, tmp_path: Path
) -> None:
    """Another program holds the write lock: the export waits a few seconds, then refuses; its
    file never appears (the audit entry commits before the rename, and it could not)."""
    before = _exports(demo_sqlite_url)
    holder = sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        result = subprocess.run(
            [
                *(sys.executable, "-m", "desktop", "--db", demo_sqlite_url, "--lang", "en"),
                *("households", "export", str(tmp_path / "out" / "households.xlsx")),
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**os.environ, "AMPHOE_DATA_DIR": str(data_dir)},
            timeout=120,
            check=False,
        )
        waited = time.perf_counter() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().count("\n") == 0 and "busy" in result.stderr
    assert waited >= 5  # it waited for the lock before giving up
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert _exports(demo_sqlite_url) == before


def test_start_up_sweeps_our_own_day_old_leftovers(data_dir: Path, tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    backups = data_dir / "backups"
    backups.mkdir(parents=True)
    old = time.time() - 2 * 24 * 3600
    stale = [
        data_dir / "~amphoe-1a2b3c4d-amphoe-desk.sqlite3.partial",
        data_dir / "~amphoe-1a2b3c4d-amphoe-desk.sqlite3.partial-journal",
        backups / "~amphoe-99999999-amphoe-backup-20250101-000000.sqlite3.partial",
        backups / ".amphoe-backup-20250101-000000.sqlite3.partial",  # the old naming
        data_dir / ".amphoe-restore.staging",
    ]
    fresh = [data_dir / "~amphoe-0f0f0f0f-households.xlsx.partial"]
    keep = [data_dir / "amphoe-desk.sqlite3", backups / "notes~amphoe-.txt"]
    folder = temp / "amphoe-package-old"
    folder.mkdir()
    (folder / "minutes.pdf").write_bytes(b"%PDF")
    young = temp / "amphoe-package-young"
    young.mkdir()
    for path in stale + fresh + keep:
        path.write_bytes(b"x")
    for path in [*stale, folder]:
        os.utime(path, (old, old))
    for path in keep:
        os.utime(path, (old, old))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "AMPHOE_DATA_DIR": str(data_dir), "TMPDIR": str(temp)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [p for p in stale if p.exists()] == []
    assert not folder.exists() and young.exists()
    assert all(p.exists() for p in fresh + keep)


def test_a_path_too_long_is_one_sentence_and_no_file(tmp_path: Path) -> None:
    from desktop.errors import UserError
    from desktop.spreadsheets import Column, Sheet, write_workbook

    target = tmp_path / ("ก" * 120 + ".xlsx")  # 360 bytes in UTF-8: over any file system's 255
    with pytest.raises(UserError) as caught:
        write_workbook(target, [Sheet("x", [Column("a")], [["1"]])])
    assert "too long" in caught.value.en and "\n" not in caught.value.en
    assert list(tmp_path.iterdir()) == []
