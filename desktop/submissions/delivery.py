"""Send a built package (USB stick, e-mail draft, folder) and record the submission
against its circular, whose deadlines then show as delivered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import AuditAction, SubmissionChannel
from database.models import Circular, Deadline, OfficeProfile, Submission
from desktop import audit
from desktop.db import Database
from desktop.progress import NO_PROGRESS, Progress
from desktop.safety.access import Permission, require
from desktop.submissions.email_draft import EmailDraft, write_eml_draft
from desktop.submissions.package import BuiltPackage
from desktop.submissions.usb import CopyResult, copy_package
from desktop.thai import thai_date, to_thai_digits

CHANNEL_TH = {
    SubmissionChannel.USB: "แฟลชไดรฟ์",
    SubmissionChannel.EMAIL: "อีเมล",
    SubmissionChannel.FOLDER: "โฟลเดอร์",
    SubmissionChannel.OTHER: "อื่น ๆ",
}


@dataclass
class SubmissionRow:
    id: int
    sent_at: dt.datetime
    sent_text: str
    channel: SubmissionChannel
    destination: str
    package_name: str
    package_sha256: str
    package_size: int
    circular_reference: str
    meeting_id: int | None
    description: str
    sent_by: str


def record_submission(
    session: Session,
    package: BuiltPackage,
    channel: SubmissionChannel,
    destination: str,
    *,
    deadline_ids: list[int] | None = None,
    description: str = "",
) -> int:
    """Record what went where; mark the circular's deadlines (or the given ones) delivered."""
    submission = Submission(
        circular_id=package.circular_id,
        meeting_id=package.meeting_id,
        letter_id=package.letter_id,
        channel=channel,
        sent_at=dt.datetime.now(dt.UTC),
        destination=destination,
        package_name=package.path.name,
        package_sha256=package.sha256,
        package_size=package.size,
        description=description or f"หนังสือนำส่งที่ {package.letter_number}",
        sent_by=audit.current_user(),
    )
    session.add(submission)
    session.flush()
    query = select(Deadline).where(Deadline.delivered_on.is_(None))
    if deadline_ids is not None:
        query = query.where(Deadline.id.in_(deadline_ids))
    elif package.circular_id is not None:
        query = query.where(Deadline.circular_id == package.circular_id)
    else:
        query = query.where(Deadline.id.is_(None))
    for deadline in session.scalars(query):
        deadline.delivered_on = dt.date.today()
        deadline.submission_id = submission.id
    audit.record(
        session,
        AuditAction.SUBMIT,
        "submission",
        submission.id,
        summary=f"{channel.value} {package.path.name} {package.sha256[:12]}",
    )
    return submission.id


def send_to_folder(
    database: Database,
    package: BuiltPackage,
    target_dir: Path,
    *,
    channel: SubmissionChannel = SubmissionChannel.USB,
    deadline_ids: list[int] | None = None,
    password: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> tuple[CopyResult, int]:
    """Write to a stick (or a folder standing for one), verify, then record the submission."""
    require(Permission.EDIT)  # checked here, whoever calls: window, CLI or self-test
    result = copy_package(package.path, target_dir, password, progress)
    with database.session() as session:
        submission_id = record_submission(
            session, package, channel, str(result.path), deadline_ids=deadline_ids
        )
    return result, submission_id


def email_subject_and_body(session: Session, package: BuiltPackage) -> tuple[str, str]:
    office = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
    office_name = office.office_name if office else ""
    meeting = package.manifest["meeting"]
    title = to_thai_digits(f"{meeting['committee']} {meeting['title']}")
    subject = f"ส่งรายงานการประชุม {title} ({office_name})"
    lines = [
        f"เรียน {office.province_office_name if office else 'สำนักงานพัฒนาชุมชนจังหวัด'}",
        "",
        f"{office_name} ขอส่งรายงานการประชุม {title} เมื่อ "
        f"{thai_date(dt.date.fromisoformat(meeting['held_on']))} พร้อมหนังสือนำส่งที่ {package.letter_number}",
    ]
    if package.circular_id is not None:
        circular = session.get(Circular, package.circular_id)
        if circular is not None:
            lines.append(
                f"ตามหนังสือ{circular.sender} ที่ {circular.reference} ลงวันที่ {thai_date(circular.dated)}"
            )
    lines += [
        "",
        f"ไฟล์แนบ: {package.path.name} (SHA-256 {package.sha256})",
    ]
    if package.encrypted:
        lines.append("ไฟล์แนบตั้งรหัสผ่านไว้ รหัสผ่านจะแจ้งทางโทรศัพท์หรือช่องทางอื่น")
    lines += ["", "จึงเรียนมาเพื่อโปรดทราบ", office_name]
    return subject, "\n".join(lines)


def write_email_draft(
    database: Database,
    package: BuiltPackage,
    out_path: Path,
    *,
    size_limit_mb: int,
    deadline_ids: list[int] | None = None,
) -> tuple[EmailDraft, int]:
    """Write the .eml draft to the province address and record the submission."""
    require(Permission.EDIT)  # checked here, whoever calls: window, CLI or self-test
    with database.session() as session:
        office = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
        subject, body = email_subject_and_body(session, package)
        draft = write_eml_draft(
            out_path,
            to=office.province_office_email if office else "",
            sender=office.email if office else "",
            subject=subject,
            body=body,
            attachments=[package.path],
            size_limit_mb=size_limit_mb,
        )
        submission_id = record_submission(
            session, package, SubmissionChannel.EMAIL, draft.to, deadline_ids=deadline_ids
        )
    return draft, submission_id


def list_submissions(session: Session) -> list[SubmissionRow]:
    rows = session.execute(
        select(Submission, Circular.reference)
        .outerjoin(Circular, Circular.id == Submission.circular_id)
        .order_by(Submission.sent_at.desc(), Submission.id.desc())
    ).all()
    result = []
    for submission, reference in rows:
        sent = submission.sent_at
        if sent.tzinfo is None:
            sent = sent.replace(tzinfo=dt.UTC)
        local = sent.astimezone()
        result.append(
            SubmissionRow(
                id=submission.id,
                sent_at=sent,
                sent_text=f"{thai_date(local.date())} {to_thai_digits(f'{local:%H.%M}')} น.",
                channel=submission.channel,
                destination=submission.destination,
                package_name=submission.package_name,
                package_sha256=submission.package_sha256,
                package_size=submission.package_size,
                circular_reference=reference or "",
                meeting_id=submission.meeting_id,
                description=submission.description,
                sent_by=submission.sent_by,
            )
        )
    return result
