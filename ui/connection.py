"""The window's line about its database: the office server away, or the SQLite file busy.

When an operation finds the PostgreSQL server gone (desktop.db.ServerGoneError) the clerk
reads one sentence where the operation reports (the form's error line keeps the form and
its values open), and this line appears at the foot of the main window: "Cannot reach the
database server … trying again". Every RETRY_MS it asks the server in the background
(Database.ping); when the server answers the line goes away and nothing else is needed:
the engine's pool_pre_ping replaces the dead connections on the next operation.

A save whose COMMIT was cut off and could not be checked at once (pending_xid) is checked
as soon as the server is back, and the clerk is told "saved" or "not saved" in a message.

SQLite: while another program holds the file's write lock, the line says the database is
in use and the program is waiting (database.engine's busy wait reports it).
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ui.workers import Operation, run_in_background

if TYPE_CHECKING:  # desktop.db brings SQLAlchemy: not at the window's start-up
    from desktop.db import Database, ServerGoneError
    from desktop.progress import Progress

log = logging.getLogger("amphoe.ui.connection")

RETRY_MS = 2000


class ConnectionLine(QLabel):
    """The line at the foot of the main window (its status bar, shown only when needed)."""

    # From any thread: the SQLite busy wait starts (True) or ends (False).
    busy = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("connectionLine")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#connectionLine { background: #fff4ce; color: #5c3c00; padding: 6px; }")
        window.statusBar().addWidget(self, 1)
        window.statusBar().setVisible(False)
        self.database: Database | None = None
        self.away = False
        self.pending: set[int] = set()  # transactions whose COMMIT was cut off, not checked yet
        self.verdicts: list[str] = []  # what the clerk was told about them (tests read it)
        self.checking: Operation | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._try_again)
        self.busy.connect(self._show_busy)
        _lines.append(self)
        self.destroyed.connect(lambda *_: _lines.remove(self) if self in _lines else None)

    def watch(self, database: Database | None) -> None:
        self.database = database
        if database is not None:  # SQLAlchemy is loaded by now: no cost at start-up
            from desktop.db import on_busy

            on_busy(report_busy)

    def lost(self, error: ServerGoneError) -> None:
        """An operation found the server gone: say so and keep trying."""
        if error.pending_xid is not None:
            self.pending.add(error.pending_xid)
        self.away = True
        self._say(self.tr("Cannot reach the database server… trying again"))
        if not self.timer.isActive():
            self.timer.start(RETRY_MS)

    def _try_again(self) -> None:
        database = self.database
        if database is None or self.checking is not None:
            return
        pending = set(self.pending)

        def work(_progress: Progress) -> tuple[bool, dict[int, bool | None]]:
            if not database.ping():
                return False, {}
            return True, {xid: database.commit_status(xid) for xid in pending}

        self.checking = run_in_background(self, None, work, self._answered, self._failed)

    def _answered(self, result: tuple[bool, dict[int, bool | None]]) -> None:
        self.checking = None
        back, verdicts = result
        if not back:
            return
        for xid, committed in verdicts.items():
            if committed is None:
                continue  # the server cannot tell yet: asked again on the next round
            self.pending.discard(xid)
            self._tell(committed)
        if self.pending:
            return
        self.timer.stop()
        self.away = False
        log.info("database server reachable again")
        self._say("")

    def _failed(self, error: BaseException) -> None:
        self.checking = None
        log.warning("checking the database server failed: %s", type(error).__name__)

    def _tell(self, committed: bool) -> None:
        text = (
            self.tr("The connection broke while saving. Checked now: saved.")
            if committed
            else self.tr("The connection broke while saving. Checked now: not saved; please save again.")
        )
        self.verdicts.append(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Amphoe Desk"), text, parent=self.window_)
        box.open()  # not modal to the clerk's work: the form stays as it is

    def _show_busy(self, waiting: bool) -> None:
        if self.away:
            return
        self._say(self.tr("The database is in use by another program… waiting") if waiting else "")

    def _say(self, text: str) -> None:
        self.setText(text)
        self.window_.statusBar().setVisible(bool(text))


_lines: list[ConnectionLine] = []


def report_server_gone(error: BaseException) -> None:
    """ui.operations' error path: every main window's line hears of a server gone."""
    from desktop.db import ServerGoneError

    if isinstance(error, ServerGoneError):
        for line in list(_lines):
            line.lost(error)


def report_busy(waiting: bool) -> None:
    """From any thread (the SQLite busy wait): show or clear the busy line."""
    for line in list(_lines):
        with contextlib.suppress(RuntimeError):  # its window was closed meanwhile
            line.busy.emit(waiting)
