"""What every meetings widget shares: a compact combo box (ui.widgets.combo), a read showing a refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from ui.messages import show_error
from ui.widgets.combo import compact

__all__ = ["MEETING_TABLES", "compact", "read"]

T = TypeVar("T")

# What a meeting's page shows: any operation that writes one of these reloads it.
MEETING_TABLES = (
    "meeting",
    "agenda_item",
    "agenda_attachment",
    "agenda_item_household",
    "attendance",
    "resolution",
    "resolution_household",
    "carried_over_item",
    "household",
    "nomination",
    "plan_item",
    "escalation",
)


def read(parent: QWidget, query: Callable[[], T]) -> T | None:
    """A query for the page (ops.*): a refusal (e.g. the record is gone) is shown, None returned."""
    try:
        return query()
    except UserError as error:
        show_error(parent, error)
    return None
