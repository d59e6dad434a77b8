"""The meetings page driven like a clerk would, on SQLite and PostgreSQL (the issue's "Done when")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.enums import (
    AttendanceStatus,
    LogbookStatus,
    MeetingStatus,
    NominationStatus,
    ResolutionAction,
    ResolutionOutcome,
)
from database.models import (
    Committee,
    CommitteeMember,
    Household,
    Meeting,
    Nomination,
    Programme,
    Resolution,
    ResolutionHousehold,
)
from desktop.casework import programmes
from tests.conftest import click
from tests.meetings.conftest import new_meeting
from tests.pdf_text import pdf_text
from ui.dialogs.document_preview import DocumentPreviewDialog
from ui.pages.meetings import MeetingsPage


def drop(tree: QWidget, target_pos: QPointF) -> None:
    event = QDropEvent(
        target_pos, Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    tree.dropEvent(event)  # type: ignore[attr-defined]


def test_clerk_builds_agenda_records_resolution_and_adopts_minutes(
    page: MeetingsPage, qtbot: QtBot, refusals: list[str]
) -> None:
    database = page.database
    assert page.list.table.rowCount() == 2  # the demo's 1/2567 and 2/2567
    editor = page.editor
    meeting_id = new_meeting(qtbot, page, dt.date(2024, 10, 15))
    assert "3/2567" in editor.heading.text()

    # Agenda: an item under section 4 with the households not found in Logbook.
    editor.tabs.setCurrentIndex(1)
    tree = editor.tree
    tree.setCurrentItem(tree.topLevelItem(3))
    editor.new_title.setText("ขอความเห็นชอบบันทึกข้อมูลครัวเรือนที่ไม่พบในระบบ TPMAP Logbook")
    click(qtbot, editor.add_item_button)
    item_id = tree.current_id()
    panel = editor.item_panel
    assert panel.item is not None and panel.item.id == item_id
    panel.kind.setCurrentIndex(panel.kind.findData("not_found"))
    click(qtbot, panel.build_button)
    with database.session() as session:
        not_found = set(
            session.scalars(select(Household.id).where(Household.logbook_status == LogbookStatus.NOT_FOUND))
        )
    assert len(not_found) == 5 and panel.households.rowCount() == 5

    # A second item, dragged above the first one.
    editor.new_title.setText("รายงานผลการตรวจสอบข้อมูล")
    click(qtbot, editor.add_item_button)
    section = tree.topLevelItem(3)
    assert section is not None and section.childCount() == 2
    first = section.child(0)
    rect = tree.visualItemRect(first)
    drop(tree, QPointF(rect.center().x(), rect.top() + 1))
    qtbot.waitUntil(lambda: tree.topLevelItem(3).child(0).text(0).endswith("รายงานผลการตรวจสอบข้อมูล"))
    assert "4.2" in tree.topLevelItem(3).child(1).text(0)

    # Send the agenda: the agenda locks.
    click(qtbot, editor.send_button)
    assert not editor.add_item_button.isEnabled() and not editor.item_panel.build_button.isEnabled()
    click(qtbot, editor.held_button)

    # Attendance: one absent with a reason, one represented, a guest; the quorum holds.
    editor.tabs.setCurrentIndex(2)
    attendance = editor.attendance
    attendance.set_row(2, AttendanceStatus.ABSENT, reason="ติดราชการ")
    attendance.set_row(3, AttendanceStatus.REPRESENTED, representative="นางสาวผู้แทน ทดสอบ", position="ผู้แทน")
    click(qtbot, attendance.save_button)
    attendance.guest_name.setText("นายวิรัช ไสสม")
    attendance.guest_position.setText("พัฒนาการจังหวัดพะเยา")
    click(qtbot, attendance.add_guest_button)
    assert "ครบองค์ประชุม" in attendance.quorum_label.text()
    assert editor.detail is not None
    assert [a.status for a in editor.detail.attendance][2:4] == [
        AttendanceStatus.ABSENT,
        AttendanceStatus.REPRESENTED,
    ]
    assert editor.detail.attendance[-1].status == AttendanceStatus.GUEST

    # Minutes and the resolution approving the households for Logbook.
    editor.tabs.setCurrentIndex(3)
    minutes = editor.minutes
    minutes.select_item(item_id)  # type: ignore[arg-type]
    assert minutes.discussion.toPlainText() == ""  # the item had no agenda text to pre-fill
    minutes.discussion.setPlainText("ฝ่ายเลขานุการฯ เสนอรายชื่อครัวเรือนที่ไม่พบในระบบ TPMAP Logbook จำนวน ๕ ครัวเรือน")
    click(qtbot, minutes.save_button)
    resolution = minutes.resolutions
    resolution.outcome.setCurrentIndex(resolution.outcome.findData(ResolutionOutcome.APPROVED))
    assert resolution.text.toPlainText() == "ที่ประชุมมีมติเห็นชอบ"
    resolution.action.setCurrentIndex(resolution.action.findData(ResolutionAction.APPROVE_LOGBOOK))
    click(qtbot, resolution.new_button)
    click(qtbot, resolution.apply_button)

    def state() -> tuple[set[LogbookStatus], set[int]]:
        with database.session() as session:
            statuses = set(
                session.scalars(select(Household.logbook_status).where(Household.id.in_(not_found)))
            )
            linked = set(session.scalars(select(ResolutionHousehold.household_id)))
        return statuses, linked

    statuses, linked = state()
    assert statuses == {LogbookStatus.ENTERED} and not_found <= linked
    click(qtbot, resolution.undo_button)  # undo is possible until the minutes are adopted
    assert state()[0] == {LogbookStatus.NOT_FOUND}
    click(qtbot, resolution.apply_button)
    assert state()[0] == {LogbookStatus.ENTERED}
    assert "ดำเนินการแล้ว" in resolution.state.text()

    # Print the agenda, the sign sheet and the minutes (PDF; the system viewer is not opened here).
    printing = editor.printing
    printing.open_in_viewer = False
    written = {}
    for kind, title in (
        ("agenda", "ระเบียบวาระการประชุม"),
        ("signsheet", "ใบลงชื่อผู้เข้าประชุม"),
        ("minutes", "รายงานการประชุม"),
    ):
        click(qtbot, printing.buttons[kind])
        assert printing.last_path is not None and printing.last_path.suffix == ".pdf"
        text = pdf_text(printing.last_path)
        assert title in text and "๓/๒๕๖๗" in text
        written[kind] = text
    assert "นางสาวผู้แทน ทดสอบ" in written["minutes"] and "ที่ประชุมมีมติเห็นชอบ" in written["minutes"]
    click(qtbot, printing.preview_buttons["minutes"])  # rendered pages, to save or print from
    previews = printing.findChildren(DocumentPreviewDialog)
    assert len(previews) == 1 and len(previews[0].pages) >= 1 and previews[0].print_button.isEnabled()
    previews[0].close()
    printing.format.setCurrentIndex(printing.format.findData(".docx"))
    click(qtbot, printing.buttons["minutes"])
    assert printing.last_path is not None and printing.last_path.suffix == ".docx"
    assert printing.last_path.stat().st_size > 5000

    # The minutes say when the meeting ended (adoption needs it): the end offered follows the start.
    editor.tabs.setCurrentIndex(0)
    editor.has_end.setChecked(True)
    click(qtbot, editor.save_details_button)
    assert editor.detail is not None and editor.detail.end_time == dt.time(12, 0)

    # The next meeting adopts the minutes (item 2), with a correction.
    following = new_meeting(qtbot, page, dt.date(2024, 11, 20))
    click(qtbot, editor.held_button)
    editor.tabs.setCurrentIndex(3)
    minutes.corrections.setText("แก้ไขชื่อผู้เข้าร่วมประชุม")
    click(qtbot, minutes.adopt_button)
    with database.session() as session:
        adopted = session.get(Meeting, meeting_id)
        assert adopted is not None and adopted.status == MeetingStatus.MINUTES_ADOPTED
        assert adopted.adopted_in_meeting_id == following
        assert adopted.adoption_corrections == "แก้ไขชื่อผู้เข้าร่วมประชุม"

    # Locks: the adopted meeting cannot change any more.
    page.list.select(meeting_id)
    assert editor.detail is not None and editor.detail.id == meeting_id
    assert "รับรองรายงานแล้ว" in editor.lock_label.text()
    editor.tabs.setCurrentIndex(3)
    minutes.select_item(item_id)  # type: ignore[arg-type]
    assert minutes.discussion.isReadOnly() and not minutes.save_button.isEnabled()
    assert not resolution.undo_button.isEnabled() and not resolution.new_button.isEnabled()
    assert not attendance.save_button.isEnabled() and not editor.add_item_button.isEnabled()
    assert not editor.held_button.isEnabled() and not editor.save_details_button.isEnabled()
    assert refusals == []


def test_refusal_is_shown_when_quorum_is_missing(
    page: MeetingsPage, qtbot: QtBot, refusals: list[str]
) -> None:
    editor = page.editor
    new_meeting(qtbot, page, dt.date(2024, 10, 15))
    click(qtbot, editor.held_button)
    editor.tabs.setCurrentIndex(2)
    attendance = editor.attendance
    for row in range(12):  # 9 of 21 members left: no quorum
        attendance.set_row(row, AttendanceStatus.ABSENT, reason="ติดราชการ")
    click(qtbot, attendance.save_button)
    assert "ไม่ครบองค์ประชุม" in attendance.quorum_label.text()
    editor.tabs.setCurrentIndex(3)
    editor.minutes.items.setCurrentRow(0)
    click(qtbot, editor.minutes.resolutions.new_button)
    qtbot.waitUntil(lambda: bool(refusals))
    assert "ไม่ครบองค์ประชุม" in refusals[0]


def test_office_sets_up_roster_and_agenda_template(
    page: MeetingsPage, qtbot: QtBot, refusals: list[str]
) -> None:
    page.tabs.setCurrentIndex(1)
    roster = page.roster
    assert roster.table.rowCount() == 21
    roster.title_edit.setText("นาง")
    roster.first_name.setText("สมใจ")
    roster.last_name.setText("ทดสอบ")
    roster.position.setText("พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด")
    click(qtbot, roster.add_button)
    assert roster.table.rowCount() == 22
    roster.table.selectRow(21)
    click(qtbot, roster.up_button)
    roster.quorum.setValue(60)
    click(qtbot, roster.save_committee_button)
    with page.database.session() as session:
        committee = session.scalars(select(Committee)).one()
        assert committee.quorum_percent == 60
        names = [m.person.first_name for m in committee.members]
        assert names[20] == "สมใจ" and len(names) == 22
        assert session.get(CommitteeMember, committee.members[20].id) is not None

    # The office's own agenda template, used for the next new meeting.
    page.tabs.setCurrentIndex(2)
    editor = page.templates
    assert editor.list.count() == 2 and editor.sections.toPlainText().count("\n") == 4
    editor.name.setText("แบบอำเภอเวียงทอง")
    editor.sections.setPlainText("เรื่องที่ประธานแจ้ง\nรับรองรายงานการประชุม\nเรื่องสืบเนื่อง\nเรื่องเพื่อพิจารณา")
    editor.is_default.setChecked(True)
    click(qtbot, editor.save_button)
    assert editor.list.count() == 3
    page.tabs.setCurrentIndex(0)
    assert page.list.template.currentText() == "แบบอำเภอเวียงทอง"  # the new default comes first
    new_meeting(qtbot, page, dt.date(2024, 10, 15))
    assert page.editor.detail is not None
    assert [i.title for i in page.editor.detail.items if i.parent_id is None][-1] == "เรื่องเพื่อพิจารณา"
    assert refusals == []


def test_resolution_beyond_the_programme_quota_is_refused_and_writes_nothing(
    page: MeetingsPage, qtbot: QtBot, refusals: list[str]
) -> None:
    """The GLO programme (quota 1) already has its household approved by 2/2567; a second
    household checked in Logbook cannot be approved too: casework's quota holds for a
    resolution as it does for the casework page."""
    database = page.database
    with database.session() as session:
        programme = session.scalars(select(Programme).where(Programme.name.contains("GLO"))).one()
        assert programme.quota == 1
        taken = {n.household_id for n in programme.nominations}
        other = session.scalars(select(Household.id).where(Household.id.not_in(taken))).first()
        assert other is not None
        nomination = programmes.nominate(session, programme.id, other, "บ้านทรุดโทรม")
        programmes.check_in_logbook(session, nomination.id, dt.date(2024, 9, 3))
        programme_id = programme.id

    def nominations() -> list[tuple[int, NominationStatus, int | None]]:
        with database.session() as session:
            rows = session.scalars(select(Nomination).where(Nomination.programme_id == programme_id))
            return sorted((n.household_id, n.status, n.resolution_id) for n in rows)

    before = nominations()
    editor = page.editor
    new_meeting(qtbot, page, dt.date(2024, 10, 15))
    editor.tabs.setCurrentIndex(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.new_title.setText("ขอความเห็นชอบครัวเรือนเข้าร่วมโครงการบ้านห่วงใยจากใจ GLO (เพิ่มเติม)")
    click(qtbot, editor.add_item_button)
    item_id = editor.tree.current_id()
    panel = editor.item_panel
    panel.kind.setCurrentIndex(panel.kind.findData("nominations"))
    panel.ref.setCurrentIndex(panel.ref.findData(str(programme_id)))
    click(qtbot, panel.build_button)
    assert panel.households.rowCount() == 2
    click(qtbot, editor.held_button)
    editor.tabs.setCurrentIndex(3)
    minutes = editor.minutes
    minutes.select_item(item_id)  # type: ignore[arg-type]
    resolution = minutes.resolutions
    resolution.outcome.setCurrentIndex(resolution.outcome.findData(ResolutionOutcome.APPROVED))
    resolution.action.setCurrentIndex(resolution.action.findData(ResolutionAction.APPROVE_NOMINATION))
    resolution.programme.setCurrentIndex(resolution.programme.findData(programme_id))
    click(qtbot, resolution.new_button)
    assert refusals == []
    click(qtbot, resolution.apply_button)
    qtbot.waitUntil(lambda: bool(refusals))
    assert len(refusals) == 1 and "จัดสรร 1 ครัวเรือน" in refusals[0]
    assert refusals[0].count("\n") == 0  # one sentence
    assert nominations() == before  # nothing approved, nothing linked
    with database.session() as session:
        recorded = session.scalars(select(Resolution).where(Resolution.agenda_item_id == item_id)).one()
        assert recorded.applied_at is None and not recorded.households
    assert resolution.apply_button.isEnabled()  # still to apply, once the quota allows
