"""A second clerk at another PC, for the meetings' conflict tests: one process, the app's own
operations (the style of tests/safety/clerk.py).

    python -m tests.meetings.clerk URL meeting MEETING_ID VENUE
    python -m tests.meetings.clerk URL resolution MEETING_ID RESOLUTION_ID TEXT

Each loads the record as its form would (with its version) and saves one changed field.
Prints "saved" or "conflict".
"""

from __future__ import annotations

import sys

from desktop.db import open_database
from desktop.meetings import ops
from desktop.meetings.ops import MeetingEdit, ResolutionEdit
from desktop.safety.conflicts import ConflictError


def main(url: str, what: str, *args: str) -> None:
    database = open_database(url, migrate=False)
    try:
        detail = ops.detail(database, int(args[0]))
        if what == "meeting":
            ops.update_meeting(database, MeetingEdit(detail.id, detail.version, {"venue": args[1]}))
        elif what == "resolution":
            resolution_id = int(args[1])
            loaded = next(r for i in detail.items for r in i.resolutions if r.id == resolution_id)
            ops.update_resolution(database, ResolutionEdit(resolution_id, loaded.version, {"text": args[2]}))
        print("saved")
    except ConflictError:
        print("conflict")
    finally:
        database.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
