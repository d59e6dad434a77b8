"""Progress and cancellation for long work, without Qt: the GUI, CLI and tests plug in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; the work rolls back."""


@dataclass
class Progress:
    on_progress: Callable[[int, int, str], None] | None = None
    is_cancelled: Callable[[], bool] | None = None

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled
        if self.on_progress is not None:
            self.on_progress(done, total, text)


NO_PROGRESS = Progress()
