"""A second clerk at another PC, for the casework conflict tests: one process, the app's
own casework operations (the style of tests/safety/clerk.py).

    python -m tests.casework.clerk URL START_AT plan_item HOUSEHOLD_ID ITEM_ID NOTE AGENCY_ID
    python -m tests.casework.clerk URL START_AT nomination PROGRAMME_ID NOMINATION_ID REASON
    python -m tests.casework.clerk URL START_AT withdraw PROGRAMME_ID NOMINATION_ID
    python -m tests.casework.clerk URL START_AT approve PROGRAMME_ID NOMINATION_ID RESOLUTION_ID
    python -m tests.casework.clerk URL START_AT escalate HOUSEHOLD_ID REASON
    python -m tests.casework.clerk URL START_AT activity HOUSEHOLD_ID ACTIVITY_ID RESULT AMOUNT

Prints "saved", "conflict" or "refused" (a casework rule said no). START_AT lines up two
processes so that their saves start in the same instant: epoch seconds (0 for now), or a
folder: the clerk, connected and warm, writes a file there and waits for the file "go",
which holds the instant (a busy machine can take many seconds to start a process).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

from desktop.casework import ops
from desktop.casework.ops import ActivityEdit, NominationEdit, PlanItemEdit
from desktop.db import open_database
from desktop.errors import ValidationError
from desktop.safety.conflicts import ConflictError


def wait_for_start(start_at: str) -> None:
    try:
        instant = float(start_at)
    except ValueError:
        folder = Path(start_at)
        (folder / f"{os.getpid()}.ready").write_text("ready")
        go = folder / "go"
        while not go.exists() or not go.read_text():
            time.sleep(0.005)
        instant = float(go.read_text())
    time.sleep(max(0.0, instant - time.time()))


def main(url: str, start_at: str, what: str, *args: str) -> None:
    database = open_database(url, migrate=False)
    try:
        if what == "plan_item":
            household_id, item_id, note, agency_id = int(args[0]), int(args[1]), args[2], int(args[3])
            item = next(i for i in ops.list_plan(database, household_id) if i.id == item_id)
            edit = PlanItemEdit(item_id, item.version, {"note": note, "agency_id": agency_id})
            ops.update_plan_item(database, edit)
        elif what == "activity":  # the result and the cash amount, on the copy it loaded
            household_id, activity_id, result, amount = int(args[0]), int(args[1]), args[2], Decimal(args[3])
            loaded = next(a for a in ops.list_activities(database, household_id) if a.id == activity_id)
            wait_for_start(start_at)
            changes = {"result": result, "amount": amount}
            ops.update_activity(database, ActivityEdit(activity_id, loaded.version, changes))
        elif what == "escalate":
            household_id = int(args[0])
            ops.list_escalations(database, household_id)  # connected and warm before the start
            ops.household_header(database, household_id)
            wait_for_start(start_at)
            ops.escalate(database, household_id, args[1], dt.date.today())
        else:
            programme_id, nomination_id = int(args[0]), int(args[1])
            loaded = next(n for n in ops.list_nominations(database, programme_id) if n.id == nomination_id)
            wait_for_start(start_at)
            if what == "nomination":
                ops.update_nomination(
                    database, NominationEdit(nomination_id, loaded.version, {"reason": args[2]})
                )
            elif what == "withdraw":
                ops.withdraw_nomination(database, nomination_id, loaded.version)
            elif what == "approve":
                ops.approve_nomination(database, nomination_id, int(args[2]), loaded.version)
        print("saved")
    except ConflictError:
        print("conflict")
    except ValidationError:
        print("refused")
    finally:
        database.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
