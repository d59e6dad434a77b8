"""Deadlines due soon or overdue, for the overview: read through the submissions area.

``desktop.submissions.circulars.due_and_overdue`` owns the rule (undelivered, overdue or due
within its window); this adapter only flattens its answer into the rows the overview shows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.reports.overview_data import DeadlineDue
from desktop.submissions.circulars import due_and_overdue

LIMIT = 50


def deadlines_due(session: Session, today: dt.date) -> list[DeadlineDue]:
    """Overdue deadlines (oldest first), then those due soon; at most LIMIT rows."""
    due = due_and_overdue(session, today)
    return [
        DeadlineDue(
            item.deadline_id, item.due_on, item.description or item.subject, item.reference, item.overdue
        )
        for item in [*due.overdue, *due.due_soon][:LIMIT]
    ]
