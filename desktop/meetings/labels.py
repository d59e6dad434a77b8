"""Thai (printed and shown) and English (shown in English mode) names of the meeting
workflow's closed sets; ``in_language`` picks the one the window speaks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from database.enums import (
    AttendanceStatus,
    CommitteeRole,
    MeetingStatus,
    ResolutionAction,
    ResolutionOutcome,
)

K = TypeVar("K")

ROLE_TH = {
    CommitteeRole.CHAIR: "ประธาน",
    CommitteeRole.VICE_CHAIR: "รองประธาน",
    CommitteeRole.MEMBER: "กรรมการ",
    CommitteeRole.SECRETARY: "กรรมการและเลขานุการ",
    CommitteeRole.ASSISTANT_SECRETARY: "ผู้ช่วยเลขานุการ",
}

STATUS_TH = {
    MeetingStatus.DRAFT: "ร่าง",
    MeetingStatus.AGENDA_SENT: "ส่งระเบียบวาระแล้ว",
    MeetingStatus.HELD: "ประชุมแล้ว",
    MeetingStatus.MINUTES_ADOPTED: "รับรองรายงานแล้ว",
}

STATUS_EN = {
    MeetingStatus.DRAFT: "draft",
    MeetingStatus.AGENDA_SENT: "agenda sent",
    MeetingStatus.HELD: "held",
    MeetingStatus.MINUTES_ADOPTED: "minutes adopted",
}


def status_text(status: MeetingStatus, language: str = "th") -> str:
    """A meeting's status in the window's language."""
    return (STATUS_TH if language == "th" else STATUS_EN)[status]


ATTENDANCE_TH = {
    AttendanceStatus.PRESENT: "มาประชุม",
    AttendanceStatus.ABSENT: "ไม่มาประชุม",
    AttendanceStatus.REPRESENTED: "ส่งผู้แทน",
    AttendanceStatus.GUEST: "ผู้เข้าร่วมประชุม",
}

OUTCOME_TH = {
    ResolutionOutcome.APPROVED: "เห็นชอบ",
    ResolutionOutcome.APPROVED_WITH_CHANGES: "เห็นชอบโดยมีการแก้ไข",
    ResolutionOutcome.NOT_APPROVED: "ไม่เห็นชอบ",
    ResolutionOutcome.NOTED: "รับทราบ",
}

# What the clerk writes after "มติที่ประชุม" unless she changes it.
OUTCOME_TEXT_TH = {
    ResolutionOutcome.APPROVED: "ที่ประชุมมีมติเห็นชอบ",
    ResolutionOutcome.APPROVED_WITH_CHANGES: "ที่ประชุมมีมติเห็นชอบโดยมีการแก้ไข",
    ResolutionOutcome.NOT_APPROVED: "ที่ประชุมมีมติไม่เห็นชอบ",
    ResolutionOutcome.NOTED: "ที่ประชุมรับทราบ",
}

ACTION_TH = {
    ResolutionAction.NONE: "ไม่มีการดำเนินการกับครัวเรือน",
    ResolutionAction.APPROVE_LOGBOOK: "เห็นชอบให้บันทึกข้อมูลในระบบ TPMAP Logbook",
    ResolutionAction.APPROVE_NOMINATION: "เห็นชอบครัวเรือนที่เสนอเข้าร่วมโครงการ",
    ResolutionAction.ASSIGN: "มอบหมายหน่วยงาน / เมนูแก้จน",
    ResolutionAction.ESCALATE: "ส่งต่อ ศจพ.จ.",
}

ROLE_EN = {
    CommitteeRole.CHAIR: "chair",
    CommitteeRole.VICE_CHAIR: "vice chair",
    CommitteeRole.MEMBER: "member",
    CommitteeRole.SECRETARY: "member and secretary",
    CommitteeRole.ASSISTANT_SECRETARY: "assistant secretary",
}

ATTENDANCE_EN = {
    AttendanceStatus.PRESENT: "present",
    AttendanceStatus.ABSENT: "absent",
    AttendanceStatus.REPRESENTED: "represented",
    AttendanceStatus.GUEST: "guest",
}

OUTCOME_EN = {
    ResolutionOutcome.APPROVED: "approved",
    ResolutionOutcome.APPROVED_WITH_CHANGES: "approved with changes",
    ResolutionOutcome.NOT_APPROVED: "not approved",
    ResolutionOutcome.NOTED: "noted",
}

ACTION_EN = {
    ResolutionAction.NONE: "no action on households",
    ResolutionAction.APPROVE_LOGBOOK: "approve entering them in TPMAP Logbook",
    ResolutionAction.APPROVE_NOMINATION: "approve the programme's nominees",
    ResolutionAction.ASSIGN: "assign an agency / remedy",
    ResolutionAction.ESCALATE: "escalate to the province committee",
}

HOUSEHOLD_LIST_EN = {
    "": "no household list",
    "not_found": "households not found in TPMAP Logbook",
    "nominations": "households nominated to a programme",
    "filter": "target households by a saved filter",
    "manual": "households chosen by hand",
}


def in_language(thai: Mapping[K, str], english: Mapping[K, str], key: K, language: str) -> str:
    """One closed set's name in the window's language (th or en)."""
    return (thai if language == "th" else english)[key]


HOUSEHOLD_LIST_TH = {
    "": "ไม่มีบัญชีครัวเรือน",
    "not_found": "ครัวเรือนที่ไม่พบในระบบ TPMAP Logbook",
    "nominations": "ครัวเรือนที่เสนอเข้าร่วมโครงการ",
    "filter": "ครัวเรือนเป้าหมายตามตัวกรองที่บันทึกไว้",
    "manual": "ครัวเรือนที่เลือกเอง",
}

# Thai names of the fields a clerk edits, one dict per record: the conflict dialog shows
# them beside both versions (desktop/safety/conflicts.py).
MEETING_FIELDS_TH = {
    "held_on": "วันประชุม",
    "start_time": "เวลาเริ่มประชุม",
    "end_time": "เวลาเลิกประชุม",
    "venue": "สถานที่ประชุม",
    "chair_name": "ประธานในที่ประชุม",
    "chair_position": "ตำแหน่งประธาน",
    "minute_taker_name": "ผู้จดรายงานการประชุม",
    "minute_taker_position": "ตำแหน่งผู้จดรายงาน",
    "checker_name": "ผู้ตรวจรายงานการประชุม",
    "checker_position": "ตำแหน่งผู้ตรวจรายงาน",
    "opening_text": "ข้อความเปิดประชุม",
}
AGENDA_ITEM_FIELDS_TH = {
    "title": "ชื่อเรื่อง",
    "body": "รายละเอียดเรื่อง",
    "discussion": "สรุปการอภิปราย",
}
ATTENDANCE_FIELDS_TH = {
    "status": "การมาประชุม",
    "reason": "เหตุที่ไม่มาประชุม",
    "representative_name": "ชื่อผู้แทน",
    "representative_position": "ตำแหน่งผู้แทน",
}
RESOLUTION_FIELDS_TH = {
    "text": "ข้อความมติ",
    "outcome": "ผลของมติ",
    "votes_for": "เห็นด้วย",
    "votes_against": "ไม่เห็นด้วย",
    "votes_abstain": "งดออกเสียง",
    "action": "การดำเนินการกับครัวเรือน",
    "action_params": "รายละเอียดการดำเนินการ",
    "is_open": "ต้องติดตามต่อ",
}
