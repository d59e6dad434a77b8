"""run_op: how every page runs an operation, and how every page hears what changed.

One path for all of them: the operation runs off the GUI thread (a progress dialog appears
only when it takes longer than half a second and a title was given); on success the
``Changes`` it returns go to ``change_hub()`` so that every page showing those tables
refreshes, then ``on_success`` gets the value. A refusal (bad input, no permission) is one
sentence — in the form's own error line when the caller gives ``on_refusal``, else a
message box. A conflict (another clerk saved first) opens the conflict dialog; when the
clerk chooses what to keep, ``on_conflict`` gets the values and the stored version to save
again on top of. A database server that went away is a refusal too (one sentence, the form
stays open with its values) and the window's connection line keeps trying to reconnect
(ui/connection.py). Anything else is a bug and reaches the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.db import server_gone_in
from desktop.errors import UserError
from desktop.operations import Changes, Outcome
from desktop.progress import Progress
from desktop.safety.conflicts import ConflictError
from ui.connection import report_server_gone
from ui.messages import show_error
from ui.workers import Operation, run_in_background

T = TypeVar("T")


class ChangeHub(QObject):
    """Announces every operation's Changes; pages connect and refresh what they show."""

    changed = Signal(object)


_hub: ChangeHub | None = None


def change_hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def announce(changes: Changes) -> None:
    if changes:
        change_hub().changed.emit(changes)


ConflictRetry = Callable[[dict[str, Any], int], None]


def run_op(
    parent: QWidget,
    op: Callable[[], Outcome[T]],
    on_success: Callable[[T], None] | None = None,
    *,
    title: str | None = None,
    on_refusal: Callable[[UserError], None] | None = None,
    on_conflict: ConflictRetry | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Operation:
    """Run op (see the module docstring); keep the returned Operation until it finishes."""
    return run_long_op(
        parent,
        lambda _progress: op(),
        on_success,
        title=title,
        on_refusal=on_refusal,
        on_conflict=on_conflict,
        on_failure=on_failure,
    )


def run_long_op(
    parent: QWidget,
    op: Callable[[Progress], Outcome[T]],
    on_success: Callable[[T], None] | None = None,
    *,
    title: str | None = None,
    on_refusal: Callable[[UserError], None] | None = None,
    on_conflict: ConflictRetry | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Operation:
    """run_op for long work: op gets the progress dialog's Progress (its Cancel raises
    Cancelled inside the operation, which rolls its transaction back; then on_cancel)."""

    def work(progress: Progress) -> Outcome[T]:
        return op(progress)

    def succeeded(outcome: Outcome[T]) -> None:
        announce(outcome.changes)
        if on_success is not None:
            on_success(outcome.value)

    def failed(error: BaseException) -> None:
        error = server_gone_in(error) or error  # a server gone is one sentence, never the crash dialog
        report_server_gone(error)  # the window's line: "trying again" until it answers
        if on_failure is not None:
            on_failure(error)
        if isinstance(error, ConflictError):
            resolve_conflict(parent, error, on_conflict)
        elif isinstance(error, UserError) and on_refusal is not None:
            on_refusal(error)
        else:
            show_error(parent, error)

    return run_in_background(parent, title, work, succeeded, failed, on_cancel)


def resolve_conflict(parent: QWidget | None, conflict: ConflictError, retry: ConflictRetry | None) -> None:
    """Show both versions; save the clerk's choice on top of the stored version."""
    from ui.dialogs.conflict import ConflictDialog

    dialog = ConflictDialog(conflict, parent, can_save=retry is not None and not conflict.deleted)
    dialog.exec()
    # Whatever was chosen, every page showing this record reloads it from the database.
    announce(Changes({conflict.entity: frozenset({conflict.entity_id})}))
    if retry is not None and dialog.chosen is not None and conflict.theirs_version is not None:
        retry(dialog.chosen, conflict.theirs_version)
