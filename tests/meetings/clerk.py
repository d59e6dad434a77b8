"""A second clerk at another PC, for the meetings' conflict tests: one process, the app's own
operations (the style of tests/safety/clerk.py).

    python -m tests.meetings.clerk URL meeting MEETING_ID VENUE
    python -m tests.meetings.clerk URL resolution MEETING_ID RESOLUTION_ID TEXT
    python -m tests.meetings.clerk URL race MEETING_ID RESOLUTION_ID VERSION TEXT START_AT

Each loads the record as its form would (with its version) and saves one changed field;
race saves on the given version at START_AT (epoch seconds), so that two processes save
in the same instant. Prints "saved" or "conflict".
"""

from __future__ import annotations

import sys
import time

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
        elif what == "race":
            resolution_id, version = int(args[1]), int(args[2])
            time.sleep(max(0.0, float(args[4]) - time.time()))  # connected and warm before the start
            ops.update_resolution(database, ResolutionEdit(resolution_id, version, {"text": args[3]}))
        print("saved")
    except ConflictError:
        print("conflict")
    finally:
        database.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
