"""Unhandled exceptions open a dialog with a copyable report instead of a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.pdpa import scrub

log = logging.getLogger("amphoe.crash")
qt_log = logging.getLogger("amphoe.qt")


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    import platform  # only a crash needs it; start-up stays lean
    from importlib.metadata import version

    lines = [
        f"Amphoe Desk {version('amphoe-desk')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Log folder: {paths.logs_dir()}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    # the clerk is asked to send this on: no national ID, no SQL value in it
    return scrub("\n".join(line.rstrip("\n") for line in lines))


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.critical("unhandled exception", exc_info=(kind, value, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    from ui.dialogs.crash import CrashDialog  # its widgets are not imported before a crash

    CrashDialog(crash_report(kind, value, tb)).exec()


def install_crash_handler() -> None:
    sys.excepthook = _excepthook


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_log_handler() -> None:
    """Route Qt's own messages into Python logging (and so into the log file)."""

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), message)

    qInstallMessageHandler(handler)
