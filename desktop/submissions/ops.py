"""Submissions' operations and queries: circulars and deadlines, the outgoing letter register,
packages sent and, on the province's side, packages received (desktop/operations.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import AuditAction
from database.models import Meeting, OutgoingLetter
from desktop.operations import Unit, operation, query
from desktop.safety.access import Permission
from desktop.submissions import circulars, delivery, letters, package, province
from desktop.thai import screen_date

due_and_overdue = query(circulars.due_and_overdue)
list_circulars = query(circulars.list_circulars)
circular_detail = query(circulars.circular_detail)
household_choices = query(circulars.household_choices)
list_letters = query(letters.list_letters)
list_submissions = query(delivery.list_submissions)
district_summaries = query(province.district_summaries)
received_households = query(province.received_households)
cover_letter_gaps = query(package.cover_letter_gaps)
# A query is always rolled back: the preview can never take a number from the register.
preview_cover_letter = query(package.preview_cover_letter)


@query
def meeting_choices(session: Session, language: str = "th") -> list[tuple[int, str]]:
    """(id, "ศจพ.อ. ครั้งที่ 2/2567 (4 กันยายน 2567)") of every meeting, newest first, in the
    window's style (Arabic digits) and language ("meeting 2/2024 (4 September 2024)")."""
    meetings = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).all()
    choices = []
    for m in meetings:
        if language == "th":
            title = f"{m.committee.short_name} ครั้งที่ {m.number}/{m.year_be}"
        else:
            title = f"{m.committee.short_name} meeting {m.number}/{m.year_be - 543}"
        choices.append((m.id, f"{title} ({screen_date(m.held_on, language)})"))
    return choices


@operation(Permission.EDIT)
def register_circular(unit: Unit, data: circulars.CircularInput) -> int:
    """Record a circular from the province with its deadlines; returns its id."""
    return circulars.register_circular(unit.session, data)


CIRCULAR_FIELD_TH = {
    "reference": "ที่",
    "dated": "ลงวันที่",
    "sender": "จาก",
    "subject": "เรื่อง",
    "summary": "สรุป",
    "requires_full_ids": "จังหวัดขอเลขประจำตัวประชาชนครบทุกหลัก",
    "meeting_id": "การประชุม",
    "closed_on": "ปิดเรื่อง",
}


@dataclass(frozen=True)
class CircularEdit:
    """The circular's form: the version it loaded, the fields changed, and the deadlines and
    households when the clerk changed them (None: left alone)."""

    circular_id: int
    version: int
    changes: Mapping[str, Any]
    deadlines: tuple[circulars.DeadlineChange, ...] | None = None
    household_ids: tuple[int, ...] | None = None


@operation(Permission.EDIT)
def update_circular(unit: Unit, edit: CircularEdit) -> str:
    """Edit a circular, its deadlines and the households it concerns; returns its ที่."""
    circular = circulars.get_circular(unit.session, edit.circular_id)
    unit.edit(circular, edit.version, edit.changes, CIRCULAR_FIELD_TH)
    linked = sorted(h.id for h in circular.households)
    circulars.update_circular(unit.session, circular, edit.changes, edit.deadlines, edit.household_ids)
    if edit.household_ids is not None and sorted(edit.household_ids) != linked:
        # the link table has no row diff of its own in the audit log: say what changed
        unit.record(
            AuditAction.UPDATE,
            "circular",
            circular.id,
            field="households",
            before=linked,
            after=sorted(edit.household_ids),
            summary="ครัวเรือนที่เกี่ยวข้องกับหนังสือ",
        )
    return circular.reference


@dataclass(frozen=True)
class CircularClose:
    """Close (or reopen) a circular: its deadlines leave (or come back to) the reminders."""

    circular_id: int
    version: int
    closed: bool
    today: dt.date


@operation(Permission.EDIT)
def close_circular(unit: Unit, data: CircularClose) -> str:
    circular = circulars.get_circular(unit.session, data.circular_id)
    unit.edit(circular, data.version, {"closed_on": data.today if data.closed else None}, CIRCULAR_FIELD_TH)
    circulars.set_closed(unit.session, circular, data.closed, data.today)
    return circular.reference


@operation(Permission.EDIT)
def take_letter_number(unit: Unit, dated: dt.date, subject: str, recipient: str = "") -> str:
    """The next number of the outgoing letter register, final once committed (Thai digits)."""
    letter = letters.allocate_letter(unit.session, dated=dated, subject=subject, recipient=recipient)
    return letters.letter_number(letter)


@operation(Permission.EDIT)
def write_cover_letter(
    unit: Unit, meeting_id: int, path: Path, today: dt.date | None = None
) -> package.CoverLetter:
    """The meeting's cover letter written to path (PDF or DOCX by its suffix), numbered from the
    register (an unsent cover letter of the meeting keeps its number): `letters cover`, and the
    window's save and print."""
    return package.write_cover_letter(unit.session, meeting_id, path, today=today)


LETTER_FIELD_TH = {"cancelled": "ยกเลิกเลข", "cancel_reason": "เหตุที่ยกเลิก"}


@dataclass(frozen=True)
class LetterVoid:
    """Void a number of the outgoing letter register: the version the list loaded, and why."""

    letter_id: int
    version: int
    reason: str


@operation(Permission.EDIT)
def void_letter(unit: Unit, data: LetterVoid) -> str:
    """Mark a letter number ยกเลิก with its reason; the number is never handed out again.
    Returns the number (Thai digits)."""
    letter = unit.session.get(OutgoingLetter, data.letter_id)
    if letter is not None:
        unit.edit(letter, data.version, {"cancelled": True, "cancel_reason": data.reason}, LETTER_FIELD_TH)
    return letters.letter_number(letters.cancel_letter(unit.session, data.letter_id, data.reason))


@operation(Permission.EDIT)
def import_packages(
    unit: Unit, paths: Sequence[Path], password: str | None = None
) -> list[province.ImportResult]:
    """Province side: import verified district packages' household lists (all or nothing)."""
    return province.import_packages(unit.session, paths, password)
