"""Two clerks, two sessions, one record: the second save is refused with both versions.

Runs on SQLite and on the real PostgreSQL server (the database fixture), for a
household, a meeting and a resolution.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from database.models import Household, Meeting, Resolution
from desktop.db import Database
from desktop.safety.conflicts import ConflictError, guard_conflicts, save_versioned

CASES: list[tuple[type[Any], str, str, str]] = [
    (Household, "village_name", "บ้านหนองบัว (เสมียน ก)", "บ้านหนองบัว (เสมียน ข)"),
    (Meeting, "venue", "ห้องประชุม ๑", "ห้องประชุม ๒"),
    (Resolution, "text", "ที่ประชุมมีมติเห็นชอบ", "ที่ประชุมมีมติไม่เห็นชอบ"),
]


def _first_id(database: Database, model: type[Any]) -> int:
    with database.session() as session:
        row_id = session.scalars(select(model.id).order_by(model.id)).first()
    assert row_id is not None
    return int(row_id)


def _stored(database: Database, model: type[Any], row_id: int, field: str) -> tuple[Any, int]:
    with database.session() as session:
        obj = session.get(model, row_id)
        assert obj is not None
        return getattr(obj, field), obj.version


def test_two_clerks_on_household_meeting_and_resolution(demo_database: Database) -> None:
    """One demo load per database: both paths for each of the three records."""
    for model, field, first, second in CASES:
        _two_live_sessions(demo_database, model, field, first, second)
        _edit_form_path(demo_database, model, field, first + "!", second + "!")


def _two_live_sessions(
    demo_database: Database, model: type[Any], field: str, first: str, second: str
) -> None:
    row_id = _first_id(demo_database, model)
    # both clerks have the record open (two sessions, two connections)
    clerk_a = demo_database.sessions()
    clerk_b = demo_database.sessions()
    try:
        mine = clerk_a.get(model, row_id)
        theirs = clerk_b.get(model, row_id)
        assert mine is not None and theirs is not None
        start_version = mine.version
        setattr(theirs, field, first)
        clerk_b.commit()
        setattr(mine, field, second)
        with pytest.raises(ConflictError) as caught, guard_conflicts(demo_database, mine, {field: second}):
            clerk_a.commit()
    finally:
        clerk_a.rollback()
        clerk_a.close()
        clerk_b.close()
    conflict = caught.value
    assert conflict.mine[field] == second and conflict.theirs[field] == first
    assert conflict.mine_version == start_version and conflict.theirs_version == start_version + 1
    assert field in conflict.differing()
    assert "first" in conflict.en
    # nothing was silently overwritten
    assert _stored(demo_database, model, row_id, field) == (first, start_version + 1)


def _edit_form_path(demo_database: Database, model: type[Any], field: str, first: str, second: str) -> None:
    row_id = _first_id(demo_database, model)
    _, loaded_version = _stored(demo_database, model, row_id, field)  # both forms opened at this version
    new_version = save_versioned(demo_database, model, row_id, loaded_version, {field: first})
    assert new_version == loaded_version + 1
    with pytest.raises(ConflictError) as caught:
        save_versioned(demo_database, model, row_id, loaded_version, {field: second})
    assert caught.value.theirs[field] == first and caught.value.mine[field] == second
    assert _stored(demo_database, model, row_id, field) == (first, new_version)
    # after looking at both, the clerk saves on top of the current version
    assert save_versioned(demo_database, model, row_id, new_version, {field: second}) == new_version + 1
