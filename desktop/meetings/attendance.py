"""Who came: members present, absent (with reason) or represented (ผู้แทน), guests; the quorum."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from database.enums import AttendanceStatus, CommitteeRole
from database.models import Attendance, Meeting
from desktop.errors import NotFoundError, UserError, ValidationError
from desktop.meetings import locks
from desktop.meetings.common import get_meeting, meeting_number
from desktop.meetings.labels import ATTENDANCE_TH, ROLE_TH
from desktop.meetings.roster import active_members


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    member_id: int | None
    name: str
    position: str  # position in the committee for members, outside position for guests
    status: AttendanceStatus
    status_th: str
    reason: str
    representative_name: str
    representative_position: str
    version: int = 1


@dataclass(frozen=True)
class Quorum:
    members: int
    attending: int  # present or represented
    needed: int  # smallest count that is *more than* quorum_percent of the members
    percent: int

    @property
    def met(self) -> bool:
        return self.members > 0 and self.attending >= self.needed

    def sentence(self, language: str = "th") -> str:
        """The quorum in one sentence, in the window's language (th or en)."""
        if language != "th":
            verdict = "quorum met" if self.met else "no quorum"
            return (
                f"{self.members} members, {self.attending} attending "
                f"(more than {self.percent}% needed, that is {self.needed} or more): {verdict}"
            )
        verdict = "ครบองค์ประชุม" if self.met else "ไม่ครบองค์ประชุม"
        return (
            f"กรรมการ {self.members} คน มาประชุม {self.attending} คน "
            f"(ต้องมากกว่าร้อยละ {self.percent} คือ {self.needed} คนขึ้นไป): {verdict}"
        )


def prefill(meeting: Meeting) -> None:
    """One row per active member, present by default, in the appointment order."""
    for order, member in enumerate(active_members(meeting.committee, meeting.held_on)):
        role = ROLE_TH[member.role]
        position = member.person.position
        meeting.attendance.append(
            Attendance(
                member_id=member.id,
                sort_order=order,
                status=AttendanceStatus.PRESENT,
                name=member.person.full_name,
                position=f"{position} {role}".strip() if member.role != CommitteeRole.MEMBER else position,
            )
        )


def quorum(meeting: Meeting) -> Quorum:
    members = [a for a in meeting.attendance if a.member_id is not None]
    attending = sum(a.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED) for a in members)
    percent = meeting.committee.quorum_percent
    needed = len(members) * percent // 100 + 1
    return Quorum(len(members), attending, needed, percent)


def require_quorum(meeting: Meeting) -> None:
    q = quorum(meeting)
    if not q.met:
        raise UserError(
            f"การประชุมครั้งที่ {meeting_number(meeting)} ไม่ครบองค์ประชุม ({q.sentence()}) จึงยังบันทึกมติไม่ได้",
            f"Meeting {meeting_number(meeting, False)} has no quorum "
            f"({q.attending} of {q.members}, needs {q.needed}); resolutions cannot be recorded.",
        )


def rows(meeting: Meeting) -> list[AttendanceRow]:
    return [
        AttendanceRow(
            a.id,
            a.member_id,
            a.name,
            a.position,
            a.status,
            ATTENDANCE_TH[a.status],
            a.reason,
            a.representative_name,
            a.representative_position,
            a.version,
        )
        for a in sorted(meeting.attendance, key=lambda a: (a.sort_order, a.id))
    ]


def _row(meeting: Meeting, attendance_id: int) -> Attendance:
    for a in meeting.attendance:
        if a.id == attendance_id:
            return a
    raise NotFoundError("ไม่พบรายชื่อนี้ในการประชุม", "No such attendance row in this meeting.")


def set_attendance(
    session: Session,
    meeting_id: int,
    attendance_id: int,
    status: AttendanceStatus,
    *,
    reason: str = "",
    representative_name: str = "",
    representative_position: str = "",
) -> None:
    meeting = get_meeting(session, meeting_id)
    locks.require(meeting, locks.ATTENDANCE)
    row = _row(meeting, attendance_id)
    if row.member_id is None and status != AttendanceStatus.GUEST:
        raise ValidationError("ผู้เข้าร่วมประชุมที่ไม่ใช่กรรมการ", "A guest is not a member.")
    if row.member_id is not None and status == AttendanceStatus.GUEST:
        raise ValidationError("กรรมการไม่ใช่ผู้เข้าร่วมประชุม", "A member cannot be a guest.")
    if status == AttendanceStatus.REPRESENTED and not representative_name.strip():
        raise ValidationError("กรุณาระบุชื่อผู้แทน", "Give the representative's name.")
    row.status = status
    row.reason = reason.strip() if status == AttendanceStatus.ABSENT else ""
    represented = status == AttendanceStatus.REPRESENTED
    row.representative_name = representative_name.strip() if represented else ""
    row.representative_position = representative_position.strip() if represented else ""


def add_guest(session: Session, meeting_id: int, name: str, position: str) -> int:
    meeting = get_meeting(session, meeting_id)
    locks.require(meeting, locks.ATTENDANCE)
    if not name.strip():
        raise ValidationError("กรุณาระบุชื่อผู้เข้าร่วมประชุม", "Give the guest's name.")
    last = max((a.sort_order for a in meeting.attendance), default=0)
    row = Attendance(
        status=AttendanceStatus.GUEST, name=name.strip(), position=position.strip(), sort_order=last + 1
    )
    meeting.attendance.append(row)
    session.flush()
    return row.id


def remove_guest(session: Session, meeting_id: int, attendance_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    locks.require(meeting, locks.ATTENDANCE)
    row = _row(meeting, attendance_id)
    if row.member_id is not None:
        raise ValidationError(
            "ลบกรรมการออกจากรายชื่อไม่ได้ ให้บันทึกว่าไม่มาประชุมแทน",
            "Members are not removed: mark them absent.",
        )
    meeting.attendance.remove(row)
