"""Run long work off the GUI thread, with a progress dialog (after ~0.5 s) and Cancel.

The work is a plain function taking a desktop.progress.Progress; it must not touch widgets.
Results come back on the GUI thread through on_success / on_failure.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import UserError
from desktop.progress import Cancelled, Progress

log = logging.getLogger("amphoe.ui.workers")

# Tests set this to run work on the calling thread, so they need no event-loop waiting.
RUN_SYNCHRONOUSLY = False
SHOW_DELAY_MS = 500


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError as error:
            # The window that asked for the work closed (or the program quit) first: the
            # signals' Qt side is gone and there is nobody left to tell.
            log.info("background work finished after its window closed: %s", error)

    def _run(self) -> None:
        progress = Progress(on_progress=self.signals.progress.emit, is_cancelled=self.cancel.is_set)
        try:
            result = self.work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as error:
            self.signals.failed.emit(error)
        except Exception as error:  # a bug: report it on the GUI thread, where the crash dialog lives
            log.exception("background work failed")
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class Operation(QObject):
    """One background operation; keep a reference until it finishes."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str | None,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.dialog: QProgressDialog | None = None  # title None: quiet work the window shows itself
        if title is not None:
            from PySide6.QtCore import Qt  # its first import builds ~100 enums (~40 ms): not at start-up

            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(SHOW_DELAY_MS)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self._cancel.set)
        self.signals.progress.connect(self._on_progress)
        self.signals.succeeded.connect(lambda result: self._done(on_success, result))
        self.signals.failed.connect(lambda error: self._done(on_failure, error))
        self.signals.cancelled.connect(lambda: self._done(on_cancel or (lambda: None)))
        self._job = _Job(work, self.signals, self._cancel)
        self._job.setAutoDelete(False)

    def start(self) -> None:
        if RUN_SYNCHRONOUSLY:
            self._job.run()
        else:
            QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        self._cancel.set()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _done(self, callback: Callable[..., None], *args: Any) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        callback(*args)
        self.finished.emit()
        self.deleteLater()  # deferred by Qt itself; a timer would outlive a deleted parent


def run_in_background(
    parent: QWidget,
    title: str | None,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
) -> Operation:
    operation = Operation(parent, title, work, on_success, on_failure, on_cancel)
    operation.start()
    return operation
