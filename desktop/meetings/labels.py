"""Thai names of the meeting workflow's closed sets, as printed and shown."""

from __future__ import annotations

from database.enums import (
    AttendanceStatus,
    CommitteeRole,
    MeetingStatus,
    ResolutionAction,
    ResolutionOutcome,
)

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

HOUSEHOLD_LIST_TH = {
    "": "ไม่มีบัญชีครัวเรือน",
    "not_found": "ครัวเรือนที่ไม่พบในระบบ TPMAP Logbook",
    "nominations": "ครัวเรือนที่เสนอเข้าร่วมโครงการ",
    "filter": "ครัวเรือนเป้าหมายตามตัวกรองที่บันทึกไว้",
    "manual": "ครัวเรือนที่เลือกเอง",
}
