"""Closed sets of values stored in the database (by their string value)."""

from __future__ import annotations

import enum


class LogbookStatus(enum.StrEnum):
    NOT_CHECKED = "not_checked"
    FOUND = "found"
    NOT_FOUND = "not_found"
    ENTERED = "entered"


class Sex(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class Stage(enum.StrEnum):
    """Household livelihood stage used in follow-up (อยู่ลำบาก … อยู่ดี)."""

    HARDSHIP = "hardship"  # อยู่ลำบาก
    DIFFICULT = "difficult"  # อยู่ยาก
    MANAGEABLE = "manageable"  # อยู่พอได้
    WELL = "well"  # อยู่ดี


class MpiDimension(enum.StrEnum):
    HEALTH = "health"  # สุขภาพ
    LIVING = "living"  # ความเป็นอยู่
    EDUCATION = "education"  # การศึกษา
    INCOME = "income"  # รายได้
    ACCESS = "access"  # การเข้าถึงบริการรัฐ


class PlanStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    HANDED_TO_PROVINCE = "handed_to_province"


class NominationStatus(enum.StrEnum):
    NOMINATED = "nominated"
    CHECKED_IN_LOGBOOK = "checked_in_logbook"
    APPROVED = "approved"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"


class CommitteeRole(enum.StrEnum):
    CHAIR = "chair"  # ประธาน
    VICE_CHAIR = "vice_chair"  # รองประธาน
    MEMBER = "member"  # กรรมการ
    SECRETARY = "secretary"  # กรรมการและเลขานุการ
    ASSISTANT_SECRETARY = "assistant_secretary"  # กรรมการและผู้ช่วยเลขานุการ


class MeetingStatus(enum.StrEnum):
    DRAFT = "draft"
    AGENDA_SENT = "agenda_sent"
    HELD = "held"
    MINUTES_ADOPTED = "minutes_adopted"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    REPRESENTED = "represented"  # ผู้แทน attends in the member's place
    GUEST = "guest"  # ผู้เข้าร่วมประชุม


class ResolutionOutcome(enum.StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    NOT_APPROVED = "not_approved"
    NOTED = "noted"


class ResolutionAction(enum.StrEnum):
    NONE = "none"
    APPROVE_LOGBOOK = "approve_logbook"
    APPROVE_NOMINATION = "approve_nomination"
    ASSIGN = "assign"
    ESCALATE = "escalate"


class DeliverableKind(enum.StrEnum):
    MINUTES = "minutes"
    HOUSEHOLD_LIST = "household_list"
    NOMINATION = "nomination"
    REPORT = "report"
    OTHER = "other"


class SubmissionChannel(enum.StrEnum):
    USB = "usb"
    EMAIL = "email"
    FOLDER = "folder"
    OTHER = "other"


class Role(enum.StrEnum):
    CLERK = "clerk"
    HEAD = "head"
    ADMIN = "admin"


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    SUBMIT = "submit"
    RESTORE = "restore"
    SIGN_IN = "sign_in"
