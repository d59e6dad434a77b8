"""Background work outlives the window that asked for it: when the clerk closes a window
(or a test ends) while its worker still runs, the late result must go nowhere, not into
deleted widgets, and the worker thread must end cleanly."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.progress import Progress
from ui import workers


def test_a_result_that_arrives_after_its_window_is_gone_is_dropped(qtbot: QtBot) -> None:
    release = threading.Event()
    calls: list[str] = []

    def slow_work(_progress: Progress) -> str:
        release.wait(10)
        return "figures"

    window = QWidget()
    label = QLabel(window)
    workers.run_in_background(
        window,
        None,
        slow_work,
        lambda result: (calls.append(result), label.setText(result)),
        lambda error: calls.append(f"failed: {error}"),
    )
    assert workers._running  # held while it runs, whatever happens to the window

    del window  # the only reference: the window, its label and its operation are deleted now
    gc.collect()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # deliver whatever the worker posted
    QApplication.processEvents()

    assert calls == []
    assert not workers._running  # let go on the GUI thread once it ended


def test_a_result_reaches_its_window_while_the_window_lives(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    results: list[int] = []
    operation = workers.run_in_background(window, None, lambda _p: 6 * 7, results.append, lambda e: None)
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert results == [42]
