"""Scratch folders (issue #16): a package is built in our own private folder of the data
folder, never in the shared system temp folder, and what a killed build leaves there is
removed at the next start once a day old; on Windows it is hidden by the file attribute.
The build itself is tested in tests/submissions/test_package_scratch.py."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.files import hide

REPO = Path(__file__).resolve().parents[2]


def test_start_up_removes_day_old_scratch_folders_only(data_dir: Path) -> None:
    scratch = data_dir / "scratch"
    killed = scratch / "amphoe-package-killed"
    running = scratch / "amphoe-package-running"
    for folder in (killed, running):
        folder.mkdir(parents=True)
        (folder / "minutes.pdf").write_bytes(b"%PDF personal data")
    old = time.time() - 2 * 24 * 3600
    os.utime(killed, (old, old))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "AMPHOE_DATA_DIR": str(data_dir)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not killed.exists() and running.exists()


class _Kernel32:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def SetFileAttributesW(self, path: str, attributes: int) -> int:
        self.calls.append((path, attributes))
        return 1


@pytest.fixture
def kernel32(monkeypatch: pytest.MonkeyPatch) -> _Kernel32:
    """Stands in for Windows' kernel32 (absent here) to see which call hide() makes."""
    fake = _Kernel32()
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=fake), raising=False)
    return fake


def test_hide_sets_the_hidden_attribute_on_windows(tmp_path: Path, kernel32: _Kernel32) -> None:
    folder = tmp_path / "amphoe-package-x"
    folder.mkdir()
    hide(folder, platform="win32")
    assert kernel32.calls == [(str(folder), 0x2)]  # FILE_ATTRIBUTE_HIDDEN


@pytest.mark.skipif(sys.platform == "win32", reason="the no-op is for other systems")
def test_hide_does_nothing_elsewhere(tmp_path: Path, kernel32: _Kernel32) -> None:
    path = tmp_path / "~amphoe-1-x.partial"
    path.write_bytes(b"x")
    before = path.stat()
    hide(path)  # this system's platform
    hide(path, platform="linux")
    hide(path, platform="darwin")
    assert kernel32.calls == []
    after = path.stat()
    assert (after.st_mode, after.st_mtime_ns, path.name) == (
        before.st_mode,
        before.st_mtime_ns,
        "~amphoe-1-x.partial",
    )
