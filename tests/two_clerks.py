"""Two clerks at two PCs: the other clerk is a process of its own, and the clerk at this window
answers the real conflict dialog. Shared by the households, casework and meetings tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.dialogs.conflict import ConflictDialog

ROOT = Path(__file__).resolve().parents[1]


def start_clerk(module: str, *args: str) -> subprocess.Popen[str]:
    """python -m module *args (e.g. tests.safety.clerk), from the repository's folder."""
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen[str]) -> str:
    """What the other clerk printed ("saved", "conflict" …); it must not have failed."""
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.strip()


def answer_conflict(choice: str, seen: list[ConflictDialog]) -> None:
    """Click a button of the conflict dialog as soon as it is open (it runs its own loop)."""

    def click() -> None:
        shown = QApplication.topLevelWidgets()
        dialogs = [w for w in shown if isinstance(w, ConflictDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, click)
            return
        seen.append(dialogs[0])
        getattr(dialogs[0], choice).click()

    QTimer.singleShot(0, click)
