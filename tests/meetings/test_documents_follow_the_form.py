"""What the meeting form shows is what the documents print (issue #19, item 5), driven through
the real widgets on SQLite and PostgreSQL: the start time a new meeting shows, the end time
it offers and requires before adoption, the votes of a resolution, the programme of a list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import ResolutionOutcome
from database.models import AgendaItem, Meeting
from tests.conftest import click
from tests.meetings.conftest import new_meeting
from tests.pdf_text import pdf_text
from ui.pages.meetings import MeetingsPage


def printed(qtbot: QtBot, page: MeetingsPage, kind: str) -> str:
    printing = page.editor.printing
    printing.open_in_viewer = False
    click(qtbot, printing.buttons[kind])
    assert printing.last_path is not None and printing.last_path.suffix == ".pdf"
    return pdf_text(printing.last_path)


def test_new_meeting_prints_the_times_its_form_shows_and_adoption_needs_the_end(
    page: MeetingsPage,
    qtbot: QtBot,
    refusals: list[str],
) -> None:
    editor = page.editor
    first = new_meeting(qtbot, page, dt.date(2024, 10, 15))
    assert editor.start_time.time() == QTime(9, 0)
    # Printed without pressing "Save details": the time shown is the time stored.
    agenda = printed(qtbot, page, "agenda")
    assert "เวลา ๐๙.๐๐ น." in agenda and "........ น." not in agenda

    # An afternoon meeting: the end offered follows the start, never before it.
    editor.start_time.setTime(QTime(13, 30))
    assert not editor.end_time.isEnabled() and editor.end_time.time() > QTime(13, 30)
    editor.has_end.setChecked(True)
    assert editor.end_time.isEnabled() and editor.end_time.time() == QTime(16, 30)
    editor.end_time.setTime(QTime(12, 0))  # before the start: refused in one sentence
    click(qtbot, editor.save_details_button)
    qtbot.waitUntil(lambda: bool(refusals))
    assert "เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม" in refusals.pop()
    editor.has_end.setChecked(False)  # the end is not known yet: only the start is saved
    click(qtbot, editor.save_details_button)
    with page.database.session() as session:
        meeting = session.get(Meeting, first)
        assert meeting is not None and (meeting.start_time, meeting.end_time) == (dt.time(13, 30), None)
    click(qtbot, editor.held_button)

    # The next meeting cannot adopt minutes that do not say when the meeting ended.
    second = new_meeting(qtbot, page, dt.date(2024, 11, 20))
    click(qtbot, editor.held_button)
    editor.tabs.setCurrentIndex(3)
    click(qtbot, editor.minutes.adopt_button)
    qtbot.waitUntil(lambda: bool(refusals))
    assert "ยังไม่มีเวลาเลิกประชุม" in refusals.pop()
    with page.database.session() as session:
        meeting = session.get(Meeting, first)
        assert meeting is not None and meeting.adopted_in_meeting_id is None

    page.list.select(first)
    editor.tabs.setCurrentIndex(0)
    editor.has_end.setChecked(True)
    assert editor.end_time.time() == QTime(16, 30)
    click(qtbot, editor.save_details_button)
    minutes = printed(qtbot, page, "minutes")
    assert "เริ่มประชุมเวลา ๑๓.๓๐ น." in minutes and "เลิกประชุมเวลา ๑๖.๓๐ น." in minutes
    page.list.select(second)
    editor.tabs.setCurrentIndex(3)
    click(qtbot, editor.minutes.adopt_button)
    with page.database.session() as session:
        meeting = session.get(Meeting, first)
        assert meeting is not None and meeting.adopted_in_meeting_id is not None
    assert refusals == []


def test_votes_recorded_on_a_resolution_are_printed_in_the_minutes(
    page: MeetingsPage,
    qtbot: QtBot,
    refusals: list[str],
    tmp_path: Path,
) -> None:
    editor = page.editor
    new_meeting(qtbot, page, dt.date(2024, 10, 15))
    editor.tabs.setCurrentIndex(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.new_title.setText("ขอความเห็นชอบแผนพัฒนาคุณภาพชีวิตครัวเรือนเป้าหมาย")
    click(qtbot, editor.add_item_button)
    item_id = editor.tree.current_id()
    click(qtbot, editor.held_button)
    editor.tabs.setCurrentIndex(3)
    minutes = editor.minutes
    minutes.select_item(item_id)  # type: ignore[arg-type]
    resolution = minutes.resolutions
    resolution.outcome.setCurrentIndex(resolution.outcome.findData(ResolutionOutcome.APPROVED))
    resolution.record_votes.setChecked(True)
    for box, count in zip(resolution.votes, (15, 2, 1), strict=True):
        box.setValue(count)
    click(qtbot, resolution.new_button)
    text = printed(qtbot, page, "minutes")
    assert "ผลการลงคะแนน เห็นชอบ ๑๕ เสียง ไม่เห็นชอบ ๒ เสียง งดออกเสียง ๑ เสียง" in text
    # The resolutions without a count (the demo's) print no vote line.
    assert text.count("ผลการลงคะแนน") == 1
    assert refusals == []


def test_agenda_item_keeps_the_programme_its_list_was_built_from(
    page: MeetingsPage,
    qtbot: QtBot,
    refusals: list[str],
) -> None:
    editor = page.editor
    new_meeting(qtbot, page, dt.date(2024, 10, 15))
    editor.tabs.setCurrentIndex(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.new_title.setText("ขอความเห็นชอบครัวเรือนเข้าร่วมโครงการส่งเสริมสัมมาชีพ")
    click(qtbot, editor.add_item_button)
    item_id = editor.tree.current_id()
    panel = editor.item_panel
    panel.kind.setCurrentIndex(panel.kind.findData("nominations"))
    assert panel.ref.count() >= 2
    panel.ref.setCurrentIndex(1)  # not the first programme of the box
    chosen, name = panel.ref.currentData(), panel.ref.currentText()
    click(qtbot, panel.build_button)
    assert panel.item is not None and panel.item.id == item_id  # reloaded after building
    assert panel.ref.currentData() == chosen and panel.ref.currentText() == name
    assert name in panel.list_title.text()
    with page.database.session() as session:
        item = session.scalars(select(AgendaItem).where(AgendaItem.id == item_id)).one()
        assert (item.household_list_kind, item.household_list_ref) == ("nominations", chosen)
    assert refusals == []
