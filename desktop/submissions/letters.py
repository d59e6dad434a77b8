"""ทะเบียนหนังสือส่ง: outgoing letters numbered per Buddhist-era year, never repeated.

Several clerks may number letters at once on one PostgreSQL database. Two guards make
a repeat impossible: a transaction-scoped advisory lock per year serialises the
"highest number + 1" step on PostgreSQL, and the unique (year_be, running_no)
constraint refuses a duplicate anywhere (SQLite, or a writer that skipped the lock),
in which case the number is taken again inside a savepoint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from database.models import OfficeProfile, OutgoingLetter, Submission
from desktop import audit
from desktop.errors import NotFoundError, ValidationError
from desktop.thai import be_year, thai_date, to_thai_digits

ADVISORY_LOCK_BASE = 0x4C455454_00000000  # "LETT" in the high bits, the BE year below
MAX_ATTEMPTS = 20


@dataclass
class LetterRow:
    id: int
    number: str  # "พย ๐๗๑๙/๑๒๓"
    year_be: int
    running_no: int
    dated: dt.date
    dated_text: str
    recipient: str
    subject: str
    kind: str
    meeting_id: int | None
    circular_id: int | None
    cancelled: bool
    cancel_reason: str
    created_by: str
    sent: bool
    version: int


def format_letter_number(letter_code: str, running_no: int, thai_digits: bool = True) -> str:
    number = to_thai_digits(running_no) if thai_digits else str(running_no)
    return f"{letter_code}/{number}" if letter_code else number


def letter_number(letter: OutgoingLetter, thai_digits: bool = True) -> str:
    return format_letter_number(letter.letter_code, letter.running_no, thai_digits)


def _office_letter_code(session: Session) -> str:
    code = session.scalar(select(OfficeProfile.letter_code).order_by(OfficeProfile.id).limit(1))
    return code or ""


def _lock_year(session: Session, year_be: int) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_BASE + year_be})


def allocate_letter(
    session: Session,
    *,
    dated: dt.date,
    subject: str,
    recipient: str = "",
    kind: str = "letter",
    meeting_id: int | None = None,
    circular_id: int | None = None,
) -> OutgoingLetter:
    """Take the next running number of the letter's Buddhist-era year and record the letter.

    The number is final once the caller's transaction commits; it is never handed out again.
    """
    if not subject.strip():
        raise ValidationError("กรุณาระบุเรื่องของหนังสือ", "Give the letter's subject.")
    year = be_year(dated)
    code = _office_letter_code(session)
    _lock_year(session, year)
    for _attempt in range(MAX_ATTEMPTS):
        highest = session.scalar(
            select(func.max(OutgoingLetter.running_no)).where(OutgoingLetter.year_be == year)
        )
        letter = OutgoingLetter(
            year_be=year,
            running_no=(highest or 0) + 1,
            letter_code=code,
            dated=dated,
            recipient=recipient,
            subject=subject.strip(),
            kind=kind,
            meeting_id=meeting_id,
            circular_id=circular_id,
            created_by=audit.current_user(),
        )
        try:
            with session.begin_nested():
                session.add(letter)
                session.flush()
        except IntegrityError:
            continue  # another clerk took that number first: read the highest again
        return letter
    raise ValidationError(
        "ออกเลขหนังสือไม่ได้ เพราะมีผู้ใช้ออกเลขพร้อมกันมาก โปรดลองอีกครั้ง",
        "Could not number the letter: too many clerks numbered letters at once; please try again.",
    )


def cancel_letter(session: Session, letter_id: int, reason: str) -> OutgoingLetter:
    """Void a number that will not be sent, saying why; the number stays taken (never reused)."""
    letter = session.get(OutgoingLetter, letter_id)
    if letter is None:
        raise NotFoundError(f"ไม่พบหนังสือรหัส {letter_id}", f"No letter with ID {letter_id}.")
    number = letter_number(letter)
    if not reason.strip():
        raise ValidationError(
            f"กรุณาระบุเหตุที่ยกเลิกเลขหนังสือ {number}", f"Give the reason for voiding letter number {number}."
        )
    if letter.cancelled:
        raise ValidationError(f"เลขหนังสือ {number} ยกเลิกไปแล้ว", f"Letter number {number} is already void.")
    if session.scalar(select(Submission.id).where(Submission.letter_id == letter.id).limit(1)) is not None:
        raise ValidationError(
            f"เลขหนังสือ {number} ส่งจังหวัดไปแล้ว จึงยกเลิกไม่ได้",
            f"Letter number {number} was sent to the province, so it cannot be voided.",
        )
    letter.cancelled = True
    letter.cancel_reason = reason.strip()
    return letter


def unsent_cover_letter(session: Session, meeting_id: int) -> OutgoingLetter | None:
    """A cover letter already numbered for this meeting but not yet sent: rebuilding reuses it."""
    sent = select(Submission.letter_id).where(Submission.letter_id.is_not(None))
    return session.scalars(
        select(OutgoingLetter)
        .where(
            OutgoingLetter.meeting_id == meeting_id,
            OutgoingLetter.kind == "cover",
            OutgoingLetter.cancelled.is_(False),
            OutgoingLetter.id.not_in(sent),
        )
        .order_by(OutgoingLetter.id.desc())
    ).first()


def list_letters(session: Session, year_be: int | None = None) -> list[LetterRow]:
    sent_ids = set(session.scalars(select(Submission.letter_id).where(Submission.letter_id.is_not(None))))
    query = select(OutgoingLetter).order_by(OutgoingLetter.year_be.desc(), OutgoingLetter.running_no.desc())
    if year_be is not None:
        query = query.where(OutgoingLetter.year_be == year_be)
    return [
        LetterRow(
            id=letter.id,
            number=letter_number(letter),
            year_be=letter.year_be,
            running_no=letter.running_no,
            dated=letter.dated,
            dated_text=thai_date(letter.dated),
            recipient=letter.recipient,
            subject=letter.subject,
            kind=letter.kind,
            meeting_id=letter.meeting_id,
            circular_id=letter.circular_id,
            cancelled=letter.cancelled,
            cancel_reason=letter.cancel_reason,
            created_by=letter.created_by,
            sent=letter.id in sent_ids,
            version=letter.version,
        )
        for letter in session.scalars(query)
    ]
