"""Two clerks, two processes, one record: a stale save is refused with both versions.

Runs on SQLite and on the real PostgreSQL server. The other clerk is a second Python
process working through the same operations as the window (tests/safety/clerk.py); the
clerk at this window saves through the real household dialog and answers the real
conflict dialog. Two saves started in the same instant: one wins, the other is a
ConflictError — never a raw StaleDataError.
"""

from __future__ import annotations

import subprocess
import time

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import Household
from desktop.db import Database
from desktop.households import ops
from desktop.households.ops import HouseholdEdit, MemberEdit
from desktop.safety.access import sign_in_as
from desktop.safety.conflicts import ConflictError
from tests.two_clerks import answer_conflict, finished, start_clerk
from ui import workers
from ui.app import create_application
from ui.dialogs.conflict import ConflictDialog
from ui.i18n import install_translators
from ui.pages.household_detail import HouseholdDialog


def other_clerk(url: str, *args: str, start_at: float = 0.0) -> subprocess.Popen[str]:
    """The second clerk, at another PC: a process of its own."""
    return start_clerk("tests.safety.clerk", url, f"{start_at:.3f}", *args)


def saved_by_other_clerk(url: str, *args: str) -> bool:
    return finished(other_clerk(url, *args)) == "saved"


def first_household(database: Database) -> int:
    with database.session() as session:
        found = session.scalars(select(Household.id).order_by(Household.id)).first()
    assert found is not None
    return int(found)


def test_stale_household_save_is_refused_then_merged(demo_database: Database) -> None:
    household_id = first_household(demo_database)
    loaded = ops.load_household(demo_database, household_id)  # clerk A opens the household
    # clerk B, at another PC, changes the village and the income and saves
    assert saved_by_other_clerk(demo_database.url, "household", str(household_id), "บ้านของข", "77000")
    # clerk A changes only the notes and saves: refused, nothing overwritten
    with pytest.raises(ConflictError) as caught:
        edit = HouseholdEdit(household_id, loaded.version, {"notes": "โทรนัดแล้ว"})
        ops.update_household(demo_database, edit)
    conflict = caught.value
    assert conflict.mine == {"notes": "โทรนัดแล้ว"}
    assert conflict.theirs_version == loaded.version + 1 and conflict.label("notes") == "หมายเหตุ"
    stored = ops.load_household(demo_database, household_id)
    assert stored.values["village_name"] == "บ้านของข" and stored.values["notes"] == loaded.values["notes"]
    # keeping A's notes on top of B's version keeps B's village and income too
    ops.update_household(demo_database, HouseholdEdit(household_id, conflict.theirs_version, conflict.mine))
    merged = ops.load_household(demo_database, household_id)
    assert merged.values["notes"] == "โทรนัดแล้ว" and merged.values["village_name"] == "บ้านของข"
    assert merged.values["income_per_person"] == 77000


def test_stale_member_save_is_refused(demo_database: Database) -> None:
    household_id = first_household(demo_database)
    member = ops.load_household(demo_database, household_id).members[0]
    assert member.id is not None
    assert saved_by_other_clerk(demo_database.url, "member", str(household_id), str(member.id), "สมศรี")
    with pytest.raises(ConflictError) as caught:
        ops.save_member(demo_database, MemberEdit(household_id, member.id, member.version, {"age": 61}))
    assert caught.value.entity == "member" and caught.value.theirs == {"age": member.age}
    with pytest.raises(ConflictError):
        ops.remove_member(demo_database, household_id, member.id, member.version)


def test_two_saves_in_the_same_instant(demo_database: Database) -> None:
    """Both clerks loaded the same version and press Save together: one wins, one is told."""
    household_id = first_household(demo_database)
    outcomes: list[str] = []
    for round_ in range(3):
        version = ops.load_household(demo_database, household_id).version
        start_at = time.time() + 2.0  # both processes are up and connected by then
        args = ("race", str(household_id), str(version))
        clerks = [other_clerk(demo_database.url, *args, f"{n}{round_}", start_at=start_at) for n in "กข"]
        results = sorted(finished(clerk) for clerk in clerks)
        assert results == ["conflict", "saved"], results
        outcomes += results
        stored = ops.load_household(demo_database, household_id)
        assert stored.version == version + 1
    assert outcomes.count("saved") == 3


@pytest.fixture
def window_clerk(qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> HouseholdDialog:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    dialog = HouseholdDialog(demo_database, first_household(demo_database))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("choice", ["keep_mine_button", "take_theirs_button"])
def test_conflict_through_the_real_dialogs(
    window_clerk: HouseholdDialog, demo_database: Database, choice: str
) -> None:
    dialog = window_clerk
    household_id = dialog.household_id
    before = dict(dialog.data.values)
    # the other clerk saves the village and the income from another PC
    assert saved_by_other_clerk(demo_database.url, "household", str(household_id), "บ้านของข", "88000")
    # this clerk had the form open: changes the notes and the house number, saves
    dialog.notes_edit.setPlainText("ขอเอกสารเพิ่ม")
    dialog.fields["house_no"].setText("99/9")
    seen: list[ConflictDialog] = []
    answer_conflict(choice, seen)
    dialog.save_button.click()
    assert len(seen) == 1
    shown = {seen[0].table.item(r, 0).text() for r in range(seen[0].table.rowCount())}
    assert shown == {"หมายเหตุ", "บ้านเลขที่"}  # Thai labels, only what this clerk changed
    stored = ops.load_household(demo_database, household_id).values
    assert stored["village_name"] == "บ้านของข" and stored["income_per_person"] == 88000  # never lost
    if choice == "keep_mine_button":
        assert stored["notes"] == "ขอเอกสารเพิ่ม" and stored["house_no"] == "99/9"
    else:
        assert stored["notes"] == before["notes"] and stored["house_no"] == before["house_no"]
    # the form shows what is stored now, so the next save starts from it
    assert dialog.fields["village_name"].text() == "บ้านของข"
    assert dialog.data.version == ops.load_household(demo_database, household_id).version
