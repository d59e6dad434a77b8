"""Two clerks, two processes, one meeting: a stale save of the meeting's details or of a
resolution is refused with both versions, through the real meeting editor and the real
conflict dialog (SQLite and the real PostgreSQL server). The other clerk is a second Python
process working through the same operations (tests/meetings/clerk.py)."""

from __future__ import annotations

import subprocess
import time

import pytest
from pytestqt.qtbot import QtBot

from database.enums import AttendanceStatus, ResolutionOutcome
from desktop.db import Database
from desktop.meetings import ops
from desktop.meetings.detail import MeetingDetail
from desktop.meetings.ops import AttendanceEdit, ItemEdit
from desktop.safety.access import sign_in_as
from desktop.safety.conflicts import ConflictError
from tests.two_clerks import answer_conflict, finished, start_clerk
from ui import workers
from ui.app import create_application
from ui.dialogs.conflict import ConflictDialog
from ui.i18n import install_translators
from ui.meetings.editor import MeetingEditor


def other_clerk(url: str, *args: str) -> subprocess.Popen[str]:
    """The second clerk, at another PC: a process of its own."""
    return start_clerk("tests.meetings.clerk", url, *args)


def saved_by_other_clerk(url: str, *args: str) -> bool:
    return finished(other_clerk(url, *args)) == "saved"


def held_meeting(database: Database) -> MeetingDetail:
    """The demo's 2/2567: held, its minutes not adopted yet."""
    row = next(m for m in ops.list_meetings(database) if m.number == "2/2567")
    return ops.detail(database, row.id)


@pytest.fixture
def editor(qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> MeetingEditor:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    sign_in_as(None)
    install_translators(create_application(), "th")
    widget = MeetingEditor(demo_database)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.open_meeting(held_meeting(demo_database).id)
    return widget


def shown_fields(dialog: ConflictDialog) -> set[str]:
    return {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}


@pytest.mark.parametrize("choice", ["keep_mine_button", "take_theirs_button"])
def test_meeting_details_conflict_through_the_real_dialogs(
    editor: MeetingEditor, demo_database: Database, choice: str
) -> None:
    loaded = editor.detail
    assert loaded is not None
    # the other clerk saves the venue from another PC
    assert saved_by_other_clerk(demo_database.url, "meeting", str(loaded.id), "ห้องประชุมของข")
    # this clerk had the details open: changes the opening and the chair's position, saves
    editor.opening.setPlainText("ประธานกล่าวเปิดประชุม (ก)")
    editor.people["chair"][1].setText("นายอำเภอ (ก)")
    seen: list[ConflictDialog] = []
    answer_conflict(choice, seen)
    editor.save_details_button.click()
    assert len(seen) == 1
    assert shown_fields(seen[0]) == {"ข้อความเปิดประชุม", "ตำแหน่งประธาน"}  # Thai, only what she changed
    stored = ops.detail(demo_database, loaded.id)
    assert stored.venue == "ห้องประชุมของข"  # the other clerk's change is never lost
    if choice == "keep_mine_button":
        assert stored.opening_text == "ประธานกล่าวเปิดประชุม (ก)" and stored.chair[1] == "นายอำเภอ (ก)"
    else:
        assert stored.opening_text == loaded.opening_text and stored.chair == loaded.chair
    # the form shows what is stored now, so the next save starts from it
    assert editor.venue.text() == "ห้องประชุมของข"
    assert editor.detail is not None and editor.detail.version == stored.version


@pytest.mark.parametrize("choice", ["keep_mine_button", "take_theirs_button"])
def test_resolution_conflict_through_the_real_dialogs(
    editor: MeetingEditor, demo_database: Database, choice: str
) -> None:
    loaded = editor.detail
    assert loaded is not None
    item = next(i for i in loaded.items if "GLO" in i.title and i.resolutions)
    resolution = item.resolutions[0]
    assert resolution.outcome == ResolutionOutcome.NOTED and not resolution.is_open
    editor.tabs.setCurrentIndex(3)
    editor.minutes.select_item(item.id)
    panel = editor.minutes.resolutions
    assert panel.current() is not None and panel.current().id == resolution.id  # type: ignore[union-attr]
    # the other clerk rewrites the resolution's text from another PC
    other_text = "ที่ประชุมรับทราบ และมอบฝ่ายเลขานุการฯ ดำเนินการ (ข)"
    args = ("resolution", str(loaded.id), str(resolution.id), other_text)
    assert saved_by_other_clerk(demo_database.url, *args)
    # this clerk marks it for follow-up and records the votes, saves
    panel.is_open.setChecked(True)
    panel.record_votes.setChecked(True)
    for box, value in zip(panel.votes, (15, 0, 2), strict=True):
        box.setValue(value)
    seen: list[ConflictDialog] = []
    answer_conflict(choice, seen)
    panel.save_button.click()
    assert len(seen) == 1
    assert shown_fields(seen[0]) == {"ต้องติดตามต่อ", "เห็นด้วย", "ไม่เห็นด้วย", "งดออกเสียง"}
    stored = next(
        r for i in ops.detail(demo_database, loaded.id).items for r in i.resolutions if r.id == resolution.id
    )
    assert stored.text == other_text  # never lost
    if choice == "keep_mine_button":
        assert stored.is_open and stored.votes == (15, 0, 2)
    else:
        assert not stored.is_open and stored.votes == (None, None, None)
    shown = panel.current()
    assert shown is not None and shown.version == stored.version
    assert panel.text.toPlainText() == other_text


def test_two_resolution_saves_in_the_same_instant(demo_database: Database) -> None:
    """Two clerks loaded the same version of a resolution and press Save together: one wins,
    the other is a ConflictError (printed "conflict"), never a raw StaleDataError."""
    meeting = held_meeting(demo_database)
    resolution = next(r for i in meeting.items if "GLO" in i.title for r in i.resolutions)

    def stored_version() -> int:
        items = ops.detail(demo_database, meeting.id).items
        return next(r.version for i in items for r in i.resolutions if r.id == resolution.id)

    for round_ in range(2):
        version = stored_version()
        start_at = f"{time.time() + 2.0:.3f}"  # both processes are up and connected by then
        args = ("race", str(meeting.id), str(resolution.id), str(version))
        clerks = [
            other_clerk(demo_database.url, *args, f"ที่ประชุมรับทราบ ({name}{round_})", start_at) for name in "กข"
        ]
        assert sorted(finished(clerk) for clerk in clerks) == ["conflict", "saved"]
        assert stored_version() == version + 1


def test_stale_attendance_and_agenda_item_saves_are_refused(demo_database: Database) -> None:
    """Attendance and an item's text carry their version too: a save on the copy loaded
    before another save is a ConflictError with Thai labels, and writes nothing."""
    loaded = held_meeting(demo_database)
    row = loaded.attendance[0]
    first = AttendanceEdit(row.id, row.version, {"status": AttendanceStatus.ABSENT, "reason": "ติดราชการ"})
    ops.update_attendance(demo_database, loaded.id, [first])
    stale = AttendanceEdit(row.id, row.version, {"representative_name": "นายผู้แทน"})
    with pytest.raises(ConflictError) as refused:
        ops.update_attendance(demo_database, loaded.id, [stale])
    assert [refused.value.label(n) for n in refused.value.mine] == ["ชื่อผู้แทน"]
    stored = next(a for a in ops.detail(demo_database, loaded.id).attendance if a.id == row.id)
    assert stored.status == AttendanceStatus.ABSENT and stored.representative_name == ""

    item = next(i for i in loaded.items if "GLO" in i.title)
    ops.update_item(demo_database, ItemEdit(item.id, item.version, {"discussion": "ที่ประชุมหารือ (ข)"}))
    with pytest.raises(ConflictError) as refused:
        ops.update_item(demo_database, ItemEdit(item.id, item.version, {"discussion": "ที่ประชุมหารือ (ก)"}))
    assert refused.value.differing() == ["discussion"] and refused.value.label("discussion") == "สรุปการอภิปราย"
    stored_item = next(i for i in ops.detail(demo_database, loaded.id).items if i.id == item.id)
    assert stored_item.discussion == "ที่ประชุมหารือ (ข)"
