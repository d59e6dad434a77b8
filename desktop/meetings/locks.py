"""What each meeting status allows; every service asks here before it writes.

draft          → the agenda is built (items, texts, household lists, attachments)
agenda sent    → the agenda is frozen (return it to draft to change it); attendance may be taken
held           → attendance, resolutions (with their actions) and the minutes are written;
                 items raised at the meeting may still be added
minutes adopted→ everything is locked, including undoing resolutions
"""

from __future__ import annotations

from database.enums import MeetingStatus
from database.models import Meeting
from desktop.errors import UserError
from desktop.meetings.labels import STATUS_TH

AGENDA = "agenda"
AGENDA_ADD = "agenda_add"
HEADER = "header"
ATTENDANCE = "attendance"
RESOLUTIONS = "resolutions"
MINUTES = "minutes"

ALLOWED: dict[str, frozenset[MeetingStatus]] = {
    AGENDA: frozenset({MeetingStatus.DRAFT}),
    AGENDA_ADD: frozenset({MeetingStatus.DRAFT, MeetingStatus.HELD}),
    HEADER: frozenset({MeetingStatus.DRAFT, MeetingStatus.AGENDA_SENT, MeetingStatus.HELD}),
    ATTENDANCE: frozenset({MeetingStatus.DRAFT, MeetingStatus.AGENDA_SENT, MeetingStatus.HELD}),
    RESOLUTIONS: frozenset({MeetingStatus.HELD}),
    MINUTES: frozenset({MeetingStatus.HELD}),
}

_WHAT = {
    AGENDA: ("แก้ไขระเบียบวาระ", "edit the agenda"),
    AGENDA_ADD: ("เพิ่มเรื่องในระเบียบวาระ", "add agenda items"),
    HEADER: ("แก้ไขรายละเอียดการประชุม", "edit the meeting details"),
    ATTENDANCE: ("บันทึกผู้เข้าประชุม", "record attendance"),
    RESOLUTIONS: ("บันทึกมติที่ประชุม", "record resolutions"),
    MINUTES: ("เขียนรายงานการประชุม", "write the minutes"),
}

_HINT = {
    MeetingStatus.DRAFT: ("เมื่อบันทึกว่าประชุมแล้ว", "once the meeting is marked as held"),
    MeetingStatus.AGENDA_SENT: (
        "ได้เฉพาะเมื่อเป็นร่าง (ส่งกลับเป็นร่างก่อน) หรือเมื่อบันทึกว่าประชุมแล้ว",
        "only while it is a draft (return it to draft first) or once it is held",
    ),
    MeetingStatus.HELD: ("ได้เฉพาะก่อนส่งระเบียบวาระ", "only before the agenda is sent"),
    MeetingStatus.MINUTES_ADOPTED: (
        "ไม่ได้อีก เพราะรายงานการประชุมได้รับการรับรองแล้ว",
        "no longer: its minutes have been adopted",
    ),
}

_EN_STATUS = {
    MeetingStatus.DRAFT: "a draft",
    MeetingStatus.AGENDA_SENT: "sent out",
    MeetingStatus.HELD: "held",
    MeetingStatus.MINUTES_ADOPTED: "adopted",
}


def allows(meeting: Meeting, what: str) -> bool:
    return meeting.status in ALLOWED[what]


def require(meeting: Meeting, what: str) -> None:
    """Refuse, with one Thai sentence, what the meeting's status does not allow."""
    if allows(meeting, what):
        return
    action_th, action_en = _WHAT[what]
    hint_th, hint_en = _HINT[meeting.status]
    if meeting.status == MeetingStatus.MINUTES_ADOPTED:
        hint_th, hint_en = _HINT[MeetingStatus.MINUTES_ADOPTED]
    elif what in (RESOLUTIONS, MINUTES):
        hint_th, hint_en = _HINT[MeetingStatus.DRAFT]
    number = f"{meeting.number}/{meeting.year_be}"
    raise UserError(
        f"การประชุมครั้งที่ {number} มีสถานะ “{STATUS_TH[meeting.status]}” จึง{action_th}{hint_th}",
        f"Meeting {number} is {_EN_STATUS[meeting.status]}: you can {action_en} {hint_en}.",
    )


def lock_summary(status: MeetingStatus, language: str = "th") -> str:
    """One sentence saying what can and cannot be changed now (shown in the UI)."""
    if language != "th":
        return LOCK_SUMMARY_EN[status]
    return {
        MeetingStatus.DRAFT: "ร่าง: แก้ไขระเบียบวาระได้ทั้งหมด ยังบันทึกมติไม่ได้จนกว่าจะบันทึกว่าประชุมแล้ว",
        MeetingStatus.AGENDA_SENT: "ส่งระเบียบวาระแล้ว: ระเบียบวาระถูกล็อก (ส่งกลับเป็นร่างเพื่อแก้ไข) บันทึกผู้เข้าประชุมได้",
        MeetingStatus.HELD: "ประชุมแล้ว: บันทึกผู้เข้าประชุม มติ และรายงานการประชุมได้ "
        "ล็อกทั้งหมดเมื่อที่ประชุมครั้งถัดไปรับรองรายงาน",
        MeetingStatus.MINUTES_ADOPTED: "รับรองรายงานแล้ว: ล็อกทุกส่วน แก้ไขหรือยกเลิกมติไม่ได้",
    }[status]


LOCK_SUMMARY_EN = {
    MeetingStatus.DRAFT: "Draft: the whole agenda can be changed; resolutions wait until the meeting is held",
    MeetingStatus.AGENDA_SENT: "Agenda sent: the agenda is locked (back to draft to change it); "
    "attendance can be recorded",
    MeetingStatus.HELD: "Held: attendance, resolutions and minutes can be recorded; all is locked once "
    "the next meeting adopts the minutes",
    MeetingStatus.MINUTES_ADOPTED: "Minutes adopted: every part is locked; resolutions cannot be changed",
}
