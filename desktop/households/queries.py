"""Read-only questions about the household register."""

from __future__ import annotations

from sqlalchemy import func, select

from database.models import Household
from desktop.db import Database


def household_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Household)) or 0
