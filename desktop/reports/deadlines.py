"""Deadlines due soon or overdue, for the overview.

The submissions area will provide ``desktop.submissions…due_and_overdue(session, today)``;
until it lands this one small function reads Deadline directly. Swap its body, keep the
DeadlineDue shape (or adapt it here), and nothing else in reports changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import Circular, Deadline

SOON_DAYS = 30


@dataclass
class DeadlineDue:
    id: int
    due_on: dt.date
    description: str
    circular_reference: str
    overdue: bool


def deadlines_due(session: Session, today: dt.date, soon_days: int = SOON_DAYS) -> list[DeadlineDue]:
    """Undelivered deadlines that are overdue or fall within the next ``soon_days`` days."""
    rows = session.execute(
        select(Deadline.id, Deadline.due_on, Deadline.description, Circular.reference)
        .join(Circular, Circular.id == Deadline.circular_id)
        .where(Deadline.delivered_on.is_(None), Deadline.due_on <= today + dt.timedelta(days=soon_days))
        .order_by(Deadline.due_on, Deadline.id)
        .limit(50)
    )
    return [DeadlineDue(i, due, text, ref, due < today) for i, due, text, ref in rows]
