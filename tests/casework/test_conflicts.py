"""Two clerks, two processes, one plan item or nomination: a stale save is refused with both
versions, the clerk answers the real conflict dialog, and nothing the other clerk saved in a
field this clerk did not touch is lost. Approvals stay within a programme's quota, also when
two clerks approve in the same instant. On SQLite and on the real PostgreSQL server; the
other clerk is tests/casework/clerk.py, working through the same operations as the window.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import NominationStatus
from database.models import Household
from desktop.casework import ops
from desktop.casework.ops import AnalysisEdit, NominationEdit, PlanItemEdit, ProgrammeEdit
from desktop.casework.plans import PlanItemInput
from desktop.casework.programmes import NominationView, ProgrammeInput
from desktop.casework.records import AnalysisInput
from desktop.db import Database
from desktop.errors import ValidationError
from desktop.operations import execute
from desktop.safety.access import sign_in_as
from desktop.safety.conflicts import ConflictError
from desktop.thai import thai_date
from tests.two_clerks import answer_conflict, finished, start_clerk
from ui import workers
from ui.app import create_application
from ui.casework.common import labels
from ui.casework.household import HouseholdCaseworkWidget
from ui.casework.programmes import ProgrammesTab
from ui.dialogs.conflict import ConflictDialog
from ui.i18n import install_translators

TODAY = dt.date.today()


def other_clerk(url: str, *args: str, start_at: float | Path = 0.0) -> subprocess.Popen[str]:
    """The second clerk, at another PC: a process of its own."""
    start = str(start_at) if isinstance(start_at, Path) else f"{start_at:.3f}"
    return start_clerk("tests.casework.clerk", url, start, *args)


def by_other_clerk(url: str, *args: str) -> str:
    return finished(other_clerk(url, *args))


def together(folder: Path, *clerks: subprocess.Popen[str]) -> list[str]:
    """Let the clerks start their saves in the same instant, once all are up and warm."""
    deadline = time.time() + 120
    while len(list(folder.glob("*.ready"))) < len(clerks) and time.time() < deadline:
        assert all(clerk.poll() is None for clerk in clerks), [c.communicate() for c in clerks]
        time.sleep(0.01)
    (folder / "go.tmp").write_text(f"{time.time() + 0.3:.3f}")
    (folder / "go.tmp").rename(folder / "go")
    return sorted(finished(clerk) for clerk in clerks)


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    yield


def _households(database: Database, count: int) -> list[int]:
    with database.session() as session:
        return list(session.scalars(select(Household.id).order_by(Household.id).limit(count)))


def _first_household(database: Database) -> int:
    return _households(database, 1)[0]


def _plan_item(database: Database) -> tuple[int, int, list[int]]:
    """A household with one item on its plan: (household, item, two agencies)."""
    household_id = _first_household(database)
    remedy = next(r for r in ops.list_remedies(database) if r.default_agency_id is not None)
    data = PlanItemInput(TODAY + dt.timedelta(days=60), remedy_id=remedy.id, note="เริ่มต้น")
    item = ops.add_plan_item(database, household_id, data).value
    agencies = [a.id for a in ops.list_agencies(database) if a.id != item.agency_id][:1]
    return household_id, item.id, [item.agency_id or 0, *agencies]


def _programme(database: Database, quota: int | None, households: int, checked: bool) -> list[NominationView]:
    """A new programme with nominated households (checked in Logbook when asked)."""
    programme = ops.add_programme(database, ProgrammeInput("โครงการทดสอบ", quota=quota, deadline=TODAY)).value
    for household_id in _households(database, households):
        nomination = ops.nominate(database, programme.id, household_id, "บ้านทรุดโทรม").value
        if checked:
            ops.check_in_logbook(database, nomination.id, TODAY)
    return ops.list_nominations(database, programme.id)


def _resolution(database: Database) -> int:
    return ops.resolution_choices(database)[0].id


def test_stale_plan_item_save_is_refused_then_merged(demo_database: Database) -> None:
    household_id, item_id, (agency_a, agency_b) = _plan_item(demo_database)
    loaded = next(i for i in ops.list_plan(demo_database, household_id) if i.id == item_id)
    url = demo_database.url
    assert by_other_clerk(url, "plan_item", str(household_id), str(item_id), "ของข", str(agency_b)) == "saved"
    later = TODAY + dt.timedelta(days=90)
    with pytest.raises(ConflictError) as caught:
        ops.update_plan_item(demo_database, PlanItemEdit(item_id, loaded.version, {"due_on": later}))
    conflict = caught.value
    assert conflict.entity == "plan_item" and conflict.label("due_on") == "วันที่กำหนดเสร็จ"
    assert conflict.theirs == {"due_on": loaded.due_on} and conflict.theirs_version == loaded.version + 1
    ops.update_plan_item(demo_database, PlanItemEdit(item_id, conflict.theirs_version, conflict.mine))
    stored = next(i for i in ops.list_plan(demo_database, household_id) if i.id == item_id)
    assert (stored.due_on, stored.note, stored.agency_id) == (later, "ของข", agency_b)  # nothing lost
    assert agency_a != agency_b


def test_conflict_names_the_agencies_not_their_ids(qtbot: QtBot, demo_database: Database) -> None:
    """Both clerks changed the agency: the dialog shows the two agencies' names."""
    household_id, item_id, (agency_a, agency_b) = _plan_item(demo_database)
    loaded = next(i for i in ops.list_plan(demo_database, household_id) if i.id == item_id)
    url = demo_database.url
    assert by_other_clerk(url, "plan_item", str(household_id), str(item_id), "ของข", str(agency_b)) == "saved"
    agency_c = next(a for a in ops.list_agencies(demo_database) if a.id not in (agency_a, agency_b))
    with pytest.raises(ConflictError) as caught:
        ops.update_plan_item(demo_database, PlanItemEdit(item_id, loaded.version, {"agency_id": agency_c.id}))
    names = {a.id: a.name for a in ops.list_agencies(demo_database)}
    dialog = ConflictDialog(caught.value)
    qtbot.addWidget(dialog)
    row = dialog.names.index("agency_id")
    assert dialog.table.item(row, 1).text() == names[agency_c.id]
    assert dialog.table.item(row, 2).text() == names[agency_b]


@pytest.mark.parametrize("choice", ["keep_mine_button", "take_theirs_button"])
def test_plan_item_conflict_through_the_real_dialogs(
    qtbot: QtBot, window: None, demo_database: Database, choice: str
) -> None:
    household_id, item_id, (_agency_a, agency_b) = _plan_item(demo_database)
    widget = HouseholdCaseworkWidget(demo_database, household_id)
    qtbot.addWidget(widget)
    widget.show()
    plan = widget.plan
    widget.tabs.setCurrentWidget(plan)
    row = next(n for n, item in enumerate(plan.items) if item.id == item_id)
    plan.table.selectRow(row)
    before = plan.items[row]
    # the other clerk changes the note and the agency from another PC
    url = demo_database.url
    assert by_other_clerk(url, "plan_item", str(household_id), str(item_id), "ของข", str(agency_b)) == "saved"
    # this clerk, on the copy loaded before, changes the note and the due date
    plan.note.setText("ของก")
    plan.due_on.setDate(plan.due_on.date().addDays(14))
    mine_due = before.due_on + dt.timedelta(days=14)  # type: ignore[operator]
    seen: list[ConflictDialog] = []
    answer_conflict(choice, seen)
    plan.update_button.click()
    assert len(seen) == 1
    shown = {seen[0].table.item(r, 0).text() for r in range(seen[0].table.rowCount())}
    assert shown == {"หมายเหตุ", "วันที่กำหนดเสร็จ"}  # Thai labels, only what this clerk changed
    due_row = seen[0].names.index("due_on")
    assert seen[0].table.item(due_row, 2).text() == thai_date(before.due_on, thai_digits=False)  # type: ignore[arg-type]
    stored = next(i for i in ops.list_plan(demo_database, household_id) if i.id == item_id)
    assert stored.agency_id == agency_b  # the other clerk's agency is never lost
    if choice == "keep_mine_button":
        assert (stored.note, stored.due_on) == ("ของก", mine_due)
    else:
        assert (stored.note, stored.due_on) == ("ของข", before.due_on)
    # the editor holds what is stored now, so the next save starts from it
    assert next(i for i in plan.items if i.id == item_id).version == stored.version


def test_stale_nomination_edit_is_refused(demo_database: Database) -> None:
    nomination = _programme(demo_database, None, 1, checked=False)[0]
    url, programme = demo_database.url, str(nomination.programme_id)
    assert by_other_clerk(url, "nomination", programme, str(nomination.id), "หลังคารั่ว") == "saved"
    with pytest.raises(ConflictError) as caught:
        ops.update_nomination(demo_database, NominationEdit(nomination.id, nomination.version, {"rank": 5}))
    assert caught.value.label("rank") == "ลำดับ" and caught.value.theirs == {"rank": nomination.rank}
    # a step taken on the stale copy is refused the same way, and writes nothing
    with pytest.raises(ConflictError):
        ops.check_in_logbook(demo_database, nomination.id, TODAY, nomination.version)
    stored = ops.list_nominations(demo_database, nomination.programme_id)[0]
    assert (stored.status, stored.rank, stored.reason) == (NominationStatus.NOMINATED, 1, "หลังคารั่ว")


def _programmes_tab(qtbot: QtBot, database: Database, programme_id: int) -> ProgrammesTab:
    tab = ProgrammesTab(database)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    row = next(
        i
        for i in range(tab.programme_list.count())
        if tab.programme_list.item(i).data(256).id == programme_id
    )
    tab.programme_list.setCurrentRow(row)
    tab.table.selectRow(0)
    return tab


def test_nomination_conflict_through_the_real_dialogs(
    qtbot: QtBot, window: None, demo_database: Database
) -> None:
    nomination = _programme(demo_database, None, 1, checked=False)[0]
    tab = _programmes_tab(qtbot, demo_database, nomination.programme_id)
    url, programme = demo_database.url, str(nomination.programme_id)
    # the other clerk rewrites the reason; this clerk, on the old copy, moves it up to rank 3
    assert by_other_clerk(url, "nomination", programme, str(nomination.id), "ผนังผุ มีผู้ป่วยติดเตียง") == "saved"
    tab.edit_rank.setValue(3)
    seen: list[ConflictDialog] = []
    answer_conflict("keep_mine_button", seen)
    tab.edit_button.click()
    assert len(seen) == 1 and seen[0].table.item(0, 0).text() == "ลำดับ"
    stored = ops.list_nominations(demo_database, nomination.programme_id)[0]
    assert (stored.rank, stored.reason) == (3, "ผนังผุ มีผู้ป่วยติดเตียง")
    # the other clerk withdraws it; this clerk's "checked in Logbook" on the old copy is refused:
    # the dialog shows what happened and offers nothing to save over it
    tab.table.selectRow(0)
    assert by_other_clerk(url, "withdraw", programme, str(nomination.id)) == "saved"
    seen.clear()
    answer_conflict("take_theirs_button", seen)
    tab.check_button.click()
    assert len(seen) == 1 and not seen[0].keep_mine_button.isVisible()
    stored = ops.list_nominations(demo_database, nomination.programme_id)[0]
    assert stored.status == NominationStatus.WITHDRAWN and stored.checked_on is None
    assert tab.table.item(0, 3).text() == labels().nomination_status(NominationStatus.WITHDRAWN)


def test_an_approval_beyond_the_quota_is_refused(demo_database: Database) -> None:
    first, second = _programme(demo_database, 1, 2, checked=True)
    resolution = _resolution(demo_database)
    ops.approve_nomination(demo_database, first.id, resolution, first.version)
    with pytest.raises(ValidationError) as full:
        ops.approve_nomination(demo_database, second.id, resolution, second.version)
    assert "จัดสรร 1 ครัวเรือน" in full.value.th
    stored = {n.id: n for n in ops.list_nominations(demo_database, first.programme_id)}
    assert stored[second.id].status == NominationStatus.CHECKED_IN_LOGBOOK  # nothing written
    assert ops.get_programme(demo_database, first.programme_id).approved == 1
    # what a meeting's resolution calls, inside its own operation, keeps the same rule
    with pytest.raises(ValidationError):
        execute(demo_database, lambda unit: ops.approve_by_resolution(unit, second.id, resolution), None)


def test_two_approvals_in_the_same_instant_stay_within_the_quota(
    demo_database: Database, tmp_path: Path
) -> None:
    resolution = str(_resolution(demo_database))
    for round_ in range(2):
        first, second = _programme(demo_database, 1, 2, checked=True)
        barrier = tmp_path / f"approve{round_}"
        barrier.mkdir()
        clerks = [
            other_clerk(
                demo_database.url, "approve", str(n.programme_id), str(n.id), resolution, start_at=barrier
            )
            for n in (first, second)
        ]
        results = together(barrier, *clerks)
        assert results == ["refused", "saved"], results
        assert ops.get_programme(demo_database, first.programme_id).approved == 1


def test_two_escalations_in_the_same_instant_leave_one_open(demo_database: Database, tmp_path: Path) -> None:
    """One open escalation per household, also when two clerks press OK together."""
    with demo_database.session() as session:
        household_id = session.scalars(
            select(Household.id).where(Household.escalated.is_(False)).order_by(Household.id.desc())
        ).first()
    assert household_id is not None
    clerks = [
        other_clerk(demo_database.url, "escalate", str(household_id), reason, start_at=tmp_path)
        for reason in ("เกินงบอำเภอ", "ต้องสร้างบ้านใหม่")
    ]
    assert together(tmp_path, *clerks) == ["refused", "saved"]
    escalations = ops.list_escalations(demo_database, household_id)
    assert len([e for e in escalations if e.closed_on is None]) == 1


def test_stale_analysis_and_programme_edits_are_refused(demo_database: Database) -> None:
    """The other two versioned casework records: only the changed fields, refused on a stale copy."""
    household_id = _first_household(demo_database)
    data = AnalysisInput(TODAY, "นางสาวพรทิพย์", "อยากพึ่งตนเอง", "จักสาน", "ที่ดิน ๓ ไร่", "กลุ่มอาชีพ")
    analysis = ops.add_analysis(demo_database, household_id, data).value
    ops.update_analysis(demo_database, AnalysisEdit(analysis.id, analysis.version, {"skills": "ทอผ้า"}))
    with pytest.raises(ConflictError) as caught:  # a form still holding the first version
        ops.update_analysis(demo_database, AnalysisEdit(analysis.id, analysis.version, {"way_out": "ค้าขาย"}))
    assert caught.value.label("way_out") == "ทางออก" and caught.value.theirs == {"way_out": "กลุ่มอาชีพ"}
    with pytest.raises(ValidationError):  # the analysis as a whole must stay complete
        ops.update_analysis(demo_database, AnalysisEdit(analysis.id, analysis.version + 1, {"attitude": " "}))
    stored = ops.list_analyses(demo_database, household_id)[0]
    assert (stored.skills, stored.way_out, stored.attitude) == ("ทอผ้า", "กลุ่มอาชีพ", "อยากพึ่งตนเอง")

    programme = ops.add_programme(
        demo_database, ProgrammeInput("โครงการทดสอบ", quota=2, deadline=TODAY)
    ).value
    ops.update_programme(demo_database, ProgrammeEdit(programme.id, programme.version, {"criteria": "บ้านผุ"}))
    with pytest.raises(ConflictError) as stale:
        ops.update_programme(demo_database, ProgrammeEdit(programme.id, programme.version, {"quota": 3}))
    assert stale.value.label("quota") == "จำนวนครัวเรือนที่จัดสรร"
    stored_programme = ops.get_programme(demo_database, programme.id)
    assert (stored_programme.quota, stored_programme.criteria) == (2, "บ้านผุ")


def test_the_conflict_dialog_names_the_fields_in_english_in_english_mode(
    qtbot: QtBot, window: None, demo_database: Database
) -> None:
    household_id, item_id, (_agency_a, agency_b) = _plan_item(demo_database)
    install_translators(create_application(), "en")
    try:
        widget = HouseholdCaseworkWidget(demo_database, household_id)
        qtbot.addWidget(widget)
        widget.show()
        plan = widget.plan
        widget.tabs.setCurrentWidget(plan)
        row = next(n for n, item in enumerate(plan.items) if item.id == item_id)
        plan.table.selectRow(row)
        url = demo_database.url
        assert (
            by_other_clerk(url, "plan_item", str(household_id), str(item_id), "ของข", str(agency_b))
            == "saved"
        )
        plan.note.setText("ของก")
        plan.due_on.setDate(plan.due_on.date().addDays(14))
        seen: list[ConflictDialog] = []
        answer_conflict("take_theirs_button", seen)
        plan.update_button.click()
    finally:
        install_translators(create_application(), "th")
    assert len(seen) == 1
    shown = {seen[0].table.item(r, 0).text() for r in range(seen[0].table.rowCount())}
    assert shown == {"note", "due on"}  # the fields in words, no Thai label in an English window
