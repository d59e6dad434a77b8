from __future__ import annotations

import pytest
from sqlalchemy import select

from database.models import Meeting
from desktop.db import Database


@pytest.fixture
def held_meeting_id(demo_database: Database) -> int:
    """The demo's second meeting: held, with resolutions and a household list."""
    with demo_database.session() as session:
        return session.scalars(select(Meeting.id).where(Meeting.number == 2)).one()
