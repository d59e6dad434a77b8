"""Run long work off the GUI thread, with a progress dialog (after ~0.5 s) and Cancel.

The work is a plain function taking a desktop.progress.Progress; it must not touch widgets.
Results come back on the GUI thread through on_success / on_failure.
"""

from __future__ import annotations

import contextlib
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

# Jobs started on the pool, by id. Held here, not only by their Operation: an Operation dies
# with its window, and a job freed while it runs would take its thread down with it. A job
# is let go on the GUI thread once it has ended (_Signals.ended), never on its own thread.
_running: dict[int, _Job] = {}


def _let_go(job_id: int) -> None:
    _running.pop(job_id, None)


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal(object)  # the job's id (too big for a C int), after whatever it reported


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError as error:
            # The program quit first: the signals' Qt side is gone and nobody is left to tell.
            log.info("background work finished after the program quit: %s", error)
        finally:
            with contextlib.suppress(RuntimeError):  # the program quit first
                self.signals.ended.emit(id(self))

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
        self._on_success, self._on_failure = on_success, on_failure
        self._on_cancel = on_cancel or (lambda: None)
        # Bound methods, not lambdas: Qt then drops a result that arrives after this operation
        # (with the window that asked for it) is gone, instead of calling into deleted widgets.
        self.signals.progress.connect(self._on_progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        self.signals.ended.connect(_let_go)  # a plain function: called even when we are gone
        self._job = _Job(work, self.signals, self._cancel)
        self._job.setAutoDelete(False)

    def start(self) -> None:
        if RUN_SYNCHRONOUSLY:
            self._job.run()
        else:
            _running[id(self._job)] = self._job  # the pool does not own it
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

    def _succeeded(self, result: object) -> None:
        self._done(self._on_success, result)

    def _failed(self, error: BaseException) -> None:
        self._done(self._on_failure, error)

    def _cancelled(self) -> None:
        self._done(self._on_cancel)

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
