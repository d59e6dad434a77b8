"""A second clerk at another PC, for the conflict tests: one process, the app's own operations.

    python -m tests.safety.clerk URL START_AT household ID VILLAGE INCOME
    python -m tests.safety.clerk URL START_AT member HOUSEHOLD_ID MEMBER_ID FIRST_NAME
    python -m tests.safety.clerk URL START_AT race HOUSEHOLD_ID VERSION NOTES

Prints "saved" or "conflict". START_AT (epoch seconds, 0 for now) lines up two processes
so that their saves start in the same instant.
"""

from __future__ import annotations

import sys
import time

from desktop.db import open_database
from desktop.households import ops
from desktop.households.ops import HouseholdEdit, MemberEdit
from desktop.safety.conflicts import ConflictError


def main(url: str, start_at: str, what: str, *args: str) -> None:
    database = open_database(url, migrate=False)
    try:
        if what == "household":
            household_id, village, income = int(args[0]), args[1], int(args[2])
            version = ops.load_household(database, household_id).version
            changes = {"village_name": village, "income_per_person": income}
            ops.update_household(database, HouseholdEdit(household_id, version, changes))
        elif what == "member":
            household_id, member_id = int(args[0]), int(args[1])
            member = next(m for m in ops.load_household(database, household_id).members if m.id == member_id)
            edit = MemberEdit(household_id, member_id, member.version, {"first_name": args[2]})
            ops.save_member(database, edit)
        elif what == "race":
            household_id, version = int(args[0]), int(args[1])
            ops.load_household(database, household_id)  # connected and warm before the start
            time.sleep(max(0.0, float(start_at) - time.time()))
            ops.update_household(database, HouseholdEdit(household_id, version, {"notes": args[2]}))
        print("saved")
    except ConflictError:
        print("conflict")
    finally:
        database.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
