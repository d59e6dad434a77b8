"""Show a refusal to the user, or hand a bug to the crash dialog."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import UserError
from ui.crash import crash_report
from ui.dialogs.crash import CrashDialog


def current_language() -> str:
    return "th" if QLocale().language() == QLocale.Language.Thai else "en"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    from desktop.db import server_gone_in
    from desktop.safety.conflicts import ConflictError
    from ui.connection import report_server_gone

    error = server_gone_in(error) or error  # a server that went away: one sentence, not a crash
    report_server_gone(error)

    if isinstance(error, ConflictError):
        from ui.operations import resolve_conflict

        resolve_conflict(parent, error, None)  # nobody to save a choice: both versions shown
        return
    if isinstance(error, UserError):
        QMessageBox.warning(
            parent, parent.tr("Amphoe Desk") if parent else "Amphoe Desk", error.message(current_language())
        )
        return
    CrashDialog(crash_report(type(error), error, error.__traceback__), parent).exec()
