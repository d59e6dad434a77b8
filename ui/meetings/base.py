"""What every meetings widget shares: run a service in one transaction, show a refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.errors import UserError
from ui.messages import show_error

T = TypeVar("T")


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Long Thai names (programmes, remedies) must not widen the whole window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def call(parent: QWidget, database: Database, work: Callable[[Session], T]) -> T | None:
    """Run work(session) in one transaction; a UserError is shown and None returned."""
    try:
        with database.session() as session:
            return work(session)
    except UserError as error:
        show_error(parent, error)
    except StaleDataError:  # another clerk saved the same row first (PostgreSQL, several PCs)
        show_error(
            parent,
            UserError(
                "มีผู้อื่นแก้ไขข้อมูลนี้พร้อมกัน โปรแกรมไม่ได้บันทึกการเปลี่ยนแปลงของท่าน โปรดตรวจดูแล้วทำอีกครั้ง",
                "Someone else changed this at the same time; nothing was saved. Check and try again.",
            ),
        )
    return None
