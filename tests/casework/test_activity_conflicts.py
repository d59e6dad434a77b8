"""Two clerks, two processes, one assistance activity: the second save on a stale copy is
refused with both versions and the clerk answers the real conflict dialog; nothing the other
clerk saved in a field this clerk did not touch is lost. On SQLite and on the real PostgreSQL
server; the other clerk is tests/casework/clerk.py, working through the same operations as
the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from sqlalchemy import select

from database.models import Activity, Household
from desktop.casework import ops
from desktop.casework.activities import ActivityInput, ActivityView
from desktop.casework.ops import ActivityEdit
from desktop.db import Database
from desktop.safety.access import sign_in_as
from desktop.safety.conflicts import ConflictError
from tests.two_clerks import answer_conflict, finished, start_clerk
from ui import workers
from ui.app import create_application
from ui.casework.household import HouseholdCaseworkWidget
from ui.dialogs.conflict import ConflictDialog
from ui.i18n import install_translators

TODAY = dt.date.today()


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    yield


@pytest.fixture
def casework_widget(window: None) -> Iterator[Callable[[Database, int], HouseholdCaseworkWidget]]:
    """The household's casework tabs, gone at the end of the test: a widget left behind would
    still answer the change hub with the next test's saves (against a dropped database)."""
    made: list[HouseholdCaseworkWidget] = []

    def make(database: Database, household_id: int) -> HouseholdCaseworkWidget:
        made.append(HouseholdCaseworkWidget(database, household_id))
        made[-1].show()
        return made[-1]

    yield make
    for widget in made:
        widget.close()
        shiboken6.delete(widget)


def _activity(database: Database) -> ActivityView:
    """A new activity of the first household, not yet in Logbook."""
    with database.session() as session:
        household_id = session.scalars(select(Household.id).order_by(Household.id).limit(1)).one()
    agency = ops.list_agencies(database)[0]
    data = ActivityInput(TODAY - dt.timedelta(days=2), "มอบพันธุ์ไก่ 20 ตัว", agency.id, result="เริ่มเลี้ยง")
    return ops.add_activity(database, household_id, data).value


def _stored(database: Database, activity: ActivityView) -> ActivityView:
    return next(a for a in ops.list_activities(database, activity.household_id) if a.id == activity.id)


def by_other_clerk(url: str, activity: ActivityView, result: str, amount: str) -> str:
    args = ("activity", str(activity.household_id), str(activity.id), result, amount)
    return finished(start_clerk("tests.casework.clerk", url, "0", *args))


def test_stale_activity_save_is_refused_then_merged(demo_database: Database) -> None:
    loaded = _activity(demo_database)
    assert loaded.version == 1
    assert by_other_clerk(demo_database.url, loaded, "เลี้ยงได้ดี", "1500") == "saved"
    with pytest.raises(ConflictError) as caught:
        ops.update_activity(demo_database, ActivityEdit(loaded.id, loaded.version, {"result": "ไก่ตายหมด"}))
    conflict = caught.value
    assert conflict.entity == "activity" and conflict.label("result") == "ผลการช่วยเหลือ"
    assert conflict.theirs == {"result": "เลี้ยงได้ดี"} and conflict.theirs_version == loaded.version + 1
    assert _stored(demo_database, loaded).result == "เลี้ยงได้ดี"  # the refused save wrote nothing
    ops.update_activity(demo_database, ActivityEdit(loaded.id, conflict.theirs_version, conflict.mine))
    stored = _stored(demo_database, loaded)
    assert (stored.result, stored.amount, stored.description) == (
        "ไก่ตายหมด",
        Decimal(1500),
        loaded.description,
    )


def test_marking_entered_in_logbook_moves_the_version(demo_database: Database) -> None:
    """The queue's bulk mark is a Core UPDATE: it moves the version too, so a form loaded
    before it cannot save its old Logbook tick over the mark unseen."""
    loaded = _activity(demo_database)
    ops.mark_entered(demo_database, [loaded.id], TODAY)
    assert _stored(demo_database, loaded).version == loaded.version + 1
    with pytest.raises(ConflictError):
        edit = ActivityEdit(loaded.id, loaded.version, {"logbook_entered": False})
        ops.update_activity(demo_database, edit)
    with demo_database.session() as session:
        assert session.get(Activity, loaded.id).logbook_entered  # type: ignore[union-attr]


@pytest.mark.parametrize("choice", ["keep_mine_button", "take_theirs_button"])
def test_activity_conflict_through_the_real_dialogs(
    casework_widget: Callable[[Database, int], HouseholdCaseworkWidget], demo_database: Database, choice: str
) -> None:
    before = _activity(demo_database)
    widget = casework_widget(demo_database, before.household_id)
    form = widget.activities
    widget.tabs.setCurrentWidget(form)
    form.table.selectRow(next(n for n, a in enumerate(form.activities) if a.id == before.id))
    assert form.description.toPlainText() == before.description  # loaded into the form
    # the other clerk, at another PC, records the result and the cash amount
    assert by_other_clerk(demo_database.url, before, "เลี้ยงได้ดี", "1500") == "saved"
    # this clerk, on the copy loaded before, changes the result and the description
    form.result.setText("ไก่ตายหมด")
    form.description.setPlainText("มอบพันธุ์ไก่ 25 ตัว")
    seen: list[ConflictDialog] = []
    answer_conflict(choice, seen)
    form.update_button.click()
    assert len(seen) == 1
    shown = {seen[0].table.item(r, 0).text() for r in range(seen[0].table.rowCount())}
    assert shown == {"ผลการช่วยเหลือ", "รายละเอียดการช่วยเหลือ"}  # only what this clerk changed
    stored = _stored(demo_database, before)
    assert stored.amount == Decimal(1500)  # the other clerk's amount is never lost
    if choice == "keep_mine_button":
        assert (stored.result, stored.description) == ("ไก่ตายหมด", "มอบพันธุ์ไก่ 25 ตัว")
    else:
        assert (stored.result, stored.description) == ("เลี้ยงได้ดี", before.description)
    # the form holds what is stored now, so the next save starts from it
    assert next(a for a in form.activities if a.id == before.id).version == stored.version
    assert form.result.text() == stored.result


def test_editing_an_activity_in_the_window_writes_only_what_changed(
    casework_widget: Callable[[Database, int], HouseholdCaseworkWidget], demo_database: Database
) -> None:
    before = _activity(demo_database)
    widget = casework_widget(demo_database, before.household_id)
    form = widget.activities
    form.table.selectRow(next(n for n, a in enumerate(form.activities) if a.id == before.id))
    assert form.changes(before) == {}  # loading an activity changes nothing
    form.logbook.setChecked(True)
    form.update_button.click()
    stored = _stored(demo_database, before)
    assert stored.logbook_entered and stored.logbook_entered_on == TODAY
    assert (stored.version, stored.result) == (before.version + 1, before.result)
    assert len(ops.list_activities(demo_database, before.household_id)) == len(form.activities)


def test_two_saves_in_the_same_instant_one_is_a_conflict(demo_database: Database, tmp_path: Path) -> None:
    """Both clerks loaded version 1 and save at once: one saves, the other gets the conflict."""
    import time

    loaded = _activity(demo_database)
    folder = tmp_path / "start"
    folder.mkdir()
    args = ("activity", str(loaded.household_id), str(loaded.id))
    clerks = [
        start_clerk("tests.casework.clerk", demo_database.url, str(folder), *args, "ก", "100"),
        start_clerk("tests.casework.clerk", demo_database.url, str(folder), *args, "ข", "200"),
    ]
    deadline = time.time() + 120
    while len(list(folder.glob("*.ready"))) < 2 and time.time() < deadline:
        assert all(clerk.poll() is None for clerk in clerks)
        time.sleep(0.01)
    (folder / "go.tmp").write_text(f"{time.time() + 0.3:.3f}")
    (folder / "go.tmp").rename(folder / "go")
    assert sorted(finished(clerk) for clerk in clerks) == ["conflict", "saved"]
    stored = _stored(demo_database, loaded)
    assert (stored.result, stored.amount) in {("ก", Decimal(100)), ("ข", Decimal(200))}
    assert stored.version == 2
