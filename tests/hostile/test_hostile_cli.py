"""Every hostile file through the real command line, in a child process: exit 1, one
sentence that names what was wrong, nothing written, and the child's peak memory measured.

The numbers (peak RSS, seconds) go to the terminal with ``-s``; the limits asserted are the
issue's: under 500 MB and 10 s for any input of at most 50 MB.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.cli import main
from tests.hostile.corpus import CORPUS, Hostile, write

MAX_RSS_MB = 500
MAX_SECONDS = 10.0  # of CPU: a busy test machine stretches the wall clock, not this
MAX_WALL_SECONDS = 60.0  # a hang, not a slow machine
COMMANDS = {
    "import": ["households", "import"],
    "reconcile": ["households", "reconcile"],
    "verify": ["package", "verify"],
    "package-import": ["package", "import"],
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "amphoe.sqlite3"
    assert main(["--db", f"sqlite:///{path}", "init"]) == 0
    return path


def _counts(path: Path) -> tuple[int, ...]:
    with sqlite3.connect(path) as connection:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("household", "member", "audit_entry", "received_package", "received_household")
        )


# A small go-between starts the command and reports its rusage: a child forked from this big
# test process would start with the test process's high-water RSS as its own (Linux keeps
# the old memory's peak across exec), which would hide what the command itself used.
LAUNCHER = """
import os, subprocess, sys
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    child = subprocess.Popen(sys.argv[3:], stdout=out, stderr=err)
    _pid, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float  # wall clock
    cpu_seconds: float  # the command's own, far less sensitive to a busy machine
    peak_mb: float


def run_cli(args: list[str], env: dict[str, str], folder: Path) -> Run:
    """The command in a child process, its peak RSS from wait4 (which includes its own
    children, such as the .xls reader: the largest of them)."""
    out_path, err_path = folder / "stdout.txt", folder / "stderr.txt"
    started = time.perf_counter()
    report = subprocess.run(
        [
            sys.executable,
            "-c",
            LAUNCHER,
            str(out_path),
            str(err_path),
            sys.executable,
            "-m",
            "desktop",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    code, peak_kb, cpu = report.stdout.split()
    return Run(
        int(code),
        out_path.read_text(errors="replace"),
        err_path.read_text(errors="replace"),
        seconds,
        float(cpu),
        int(peak_kb) / 1024,
    )


@pytest.mark.parametrize("hostile", CORPUS, ids=[h.name for h in CORPUS])
def test_hostile_file_is_refused_in_one_sentence(
    hostile: Hostile, files: dict[str, Path], database_file: Path, tmp_path: Path
) -> None:
    path = files[hostile.name]
    assert path.stat().st_size <= 50 * 1024 * 1024
    env = {**os.environ, "AMPHOE_DATA_DIR": str(tmp_path / "data")}
    before = _counts(database_file)
    folder_before = sorted(p.name for p in path.parent.iterdir())
    args = ["--db", f"sqlite:///{database_file}", "--lang", "en", *COMMANDS[hostile.command], str(path)]
    output = tmp_path / "output"
    output.mkdir()
    run = run_cli(args, env, output)
    err = run.err
    print(
        f"\n{hostile.name} ({path.stat().st_size:,} B): exit {run.code}, {run.seconds:.2f} s "
        f"({run.cpu_seconds:.2f} s CPU), peak RSS {run.peak_mb:.0f} MB: {err.strip()}"
    )
    assert run.code == 1, (run.out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert hostile.says in err, err
    assert run.cpu_seconds < MAX_SECONDS
    assert run.seconds < MAX_WALL_SECONDS
    assert run.peak_mb < MAX_RSS_MB
    assert _counts(database_file) == before  # nothing written
    assert sorted(p.name for p in path.parent.iterdir()) == folder_before
