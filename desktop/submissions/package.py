"""Build one submission package (.zip) for a meeting: cover letter, minutes, household
lists, manifest.json and a short Thai index. All or nothing: the zip appears complete
or not at all."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.enums import AuditAction
from database.models import AgendaAttachment, Circular, Meeting, OfficeProfile, OutgoingLetter, Signatory
from desktop import audit
from desktop.db import Database
from desktop.errors import NotFoundError, ValidationError
from desktop.files import scratch_folder
from desktop.meetings.detail import meeting_detail
from desktop.progress import NO_PROGRESS, Progress
from desktop.reports.attach import report_title
from desktop.safety.access import Permission, require
from desktop.spreadsheets import Sheet, write_workbook
from desktop.submissions.circulars import circular_for_meeting
from desktop.submissions.documents import DocumentRequest, DocumentWriter, default_writer
from desktop.submissions.files import atomic_file, sha256_of, sha256_stream
from desktop.submissions.household_lists import (
    LAYOUT_VERSION,
    PROVINCE_COLUMNS,
    HouseholdList,
    list_heading,
    meeting_household_lists,
    numbered_items,
)
from desktop.submissions.letters import (
    allocate_letter,
    format_letter_number,
    letter_number,
    unsent_cover_letter,
)
from desktop.thai import be_year, thai_date, to_thai_digits

FORMAT_NAME = "amphoe-desk-submission"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
INDEX_NAME = "index.txt"
COVER_NAME = "01-cover-letter.pdf"
MINUTES_NAME = "02-minutes.pdf"
MINUTES_DOCX_NAME = "02-minutes.docx"


@dataclass
class PackageOptions:
    docx: bool = False
    password: str | None = None
    full_ids: bool = False  # force full IDs even when the circular does not ask for them
    circular_id: int | None = None  # default: the circular the meeting answers
    today: dt.date | None = None


@dataclass
class BuiltPackage:
    path: Path
    sha256: str
    size: int
    manifest: dict[str, Any]
    meeting_id: int
    circular_id: int | None
    letter_id: int | None
    letter_number: str
    full_ids: bool
    encrypted: bool


@dataclass
class _Plan:
    """Everything read from the database, as plain data, before any file is written."""

    meeting_id: int
    meeting_title: str  # "ครั้งที่ 2/2567"
    committee: str
    held_on: dt.date
    office: dict[str, str]
    circular: dict[str, Any] | None
    circular_id: int | None
    letter_id: int | None  # None only in a preview before the cover letter has a number
    letter_number: str
    running_no: int | None
    letter_dated: dt.date
    full_ids: bool
    lists: list[HouseholdList]
    minutes_lines: list[str] = field(default_factory=list)
    reports: list[_Report] = field(default_factory=list)


def _office(session: Session) -> dict[str, str]:
    profile = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
    if profile is None or not profile.district:
        raise ValidationError(
            "ยังไม่ได้กรอกข้อมูลสำนักงาน (อำเภอ จังหวัด) ในหน้าตั้งค่า จึงสร้างชุดเอกสารไม่ได้",
            "The office profile (district, province) is empty in Settings, so no package was built.",
        )
    return {
        "name": profile.office_name,
        "letter_code": profile.letter_code,
        "district": profile.district,
        "province": profile.province,
        "email": profile.email,
        "phone": profile.phone,
        "province_office_name": profile.province_office_name,
        "province_office_email": profile.province_office_email,
    }


def _minutes_lines(meeting: Meeting) -> list[str]:
    lines = [
        f"เมื่อ {thai_date(meeting.held_on, weekday=True)}",
        f"ณ {meeting.venue}",
    ]
    for number, item in numbered_items(meeting):
        lines.append(to_thai_digits(f"{number} {item.title}"))
    return lines


def _plan(session: Session, meeting_id: int, options: PackageOptions, take_number: bool = True) -> _Plan:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"ไม่พบการประชุมรหัส {meeting_id}", f"No meeting with ID {meeting_id}.")
    office = _office(session)
    circular: Circular | None
    if options.circular_id is not None:
        circular = session.get(Circular, options.circular_id)
        if circular is None:
            raise NotFoundError(
                f"ไม่พบหนังสือรหัส {options.circular_id}", f"No circular with ID {options.circular_id}."
            )
    else:
        circular = circular_for_meeting(session, meeting_id)
    if circular is not None and circular.meeting_id is None:
        circular.meeting_id = meeting_id  # the meeting answers it: the cover letter refers to it
    full_ids = options.full_ids or bool(circular and circular.requires_full_ids)
    title = f"ครั้งที่ {meeting.number}/{meeting.year_be}"
    committee = meeting.committee.short_name or meeting.committee.name
    today = options.today or dt.date.today()
    letter = unsent_cover_letter(session, meeting_id)
    if letter is None and take_number:
        letter = allocate_letter(
            session,
            dated=today,
            subject=f"ส่งรายงานการประชุม {committee} {title}",
            recipient=office["province_office_name"],
            kind="cover",
            meeting_id=meeting_id,
            circular_id=circular.id if circular else None,
        )
    lists = meeting_household_lists(session, meeting, full_ids)
    reports = _report_attachments(session, meeting_id)
    return _Plan(
        meeting_id=meeting_id,
        meeting_title=title,
        committee=committee,
        held_on=meeting.held_on,
        office=office,
        circular=(
            {
                "reference": circular.reference,
                "dated": circular.dated.isoformat(),
                "subject": circular.subject,
                "sender": circular.sender,
            }
            if circular
            else None
        ),
        circular_id=circular.id if circular else None,
        letter_id=letter.id if letter else None,
        letter_number=letter_number(letter) if letter else "",
        running_no=letter.running_no if letter else None,
        letter_dated=letter.dated if letter else today,
        full_ids=full_ids,
        lists=lists,
        minutes_lines=_minutes_lines(meeting),
        reports=reports,
    )


@dataclass(frozen=True)
class _Report:
    """A committee report attached to an agenda item (desktop/reports/attach.py): packed as is."""

    item_number: str
    title: str
    file_name: str
    content: bytes


def _report_attachments(session: Session, meeting_id: int) -> list[_Report]:
    reports = []
    for item in meeting_detail(session, meeting_id).items:
        for number, (attachment_id, filename) in enumerate(item.attachments, 1):
            title = report_title(filename)
            attachment = session.get(AgendaAttachment, attachment_id)
            if title is None or attachment is None or not filename.endswith(".pdf"):
                continue  # other files stay in the meeting: the clerk attached them for the room
            name = f"report-item-{item.label}-{number}.pdf"
            reports.append(_Report(item.label, title, name, attachment.content))
    return reports


def _enclosures(plan: _Plan, docx: bool) -> list[str]:
    enclosures = [to_thai_digits(f"รายงานการประชุม {plan.committee} {plan.meeting_title}")]
    if docx:
        enclosures.append("รายงานการประชุม (ไฟล์ Word)")
    enclosures += [
        to_thai_digits(f"บัญชีรายชื่อครัวเรือนแนบท้ายวาระที่ {listing.item_number} ({len(listing.rows)} ครัวเรือน)")
        for listing in plan.lists
    ]
    enclosures += [to_thai_digits(f"{report.title} (วาระที่ {report.item_number})") for report in plan.reports]
    return enclosures


def _cover_request(plan: _Plan, enclosures: list[str]) -> DocumentRequest:
    return DocumentRequest(
        kind="cover",
        format="pdf",
        meeting_id=plan.meeting_id,
        title=f"หนังสือนำส่ง ที่ {plan.letter_number}",
        lines=[f"เรื่อง ส่งรายงานการประชุม {plan.committee} {to_thai_digits(plan.meeting_title)}"]
        + [f"สิ่งที่ส่งมาด้วย {e}" for e in enclosures],
        letter_number=plan.letter_number,
        running_no=plan.running_no,
        dated=plan.letter_dated,
        enclosures=enclosures,
    )


@dataclass(frozen=True)
class MissingField:
    """A field the cover letter needs that nobody filled in: named before the letter is made."""

    th: str
    en: str


def cover_letter_gaps(session: Session, meeting_id: int) -> list[MissingField]:
    """What the cover letter would print empty (a blank after ณ, an unsigned letter …)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"ไม่พบการประชุมรหัส {meeting_id}", f"No meeting with ID {meeting_id}.")
    profile = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first() or OfficeProfile()
    signer = session.scalar(
        select(Signatory.name).where(Signatory.purpose == "letter", Signatory.active).limit(1)
    )
    checks = [
        (meeting.venue, "สถานที่ประชุม (รายละเอียดการประชุม)", "meeting venue (meeting details)"),
        (profile.letter_code, "รหัสหนังสือของสำนักงาน (ตั้งค่า)", "office letter code (Settings)"),
        (profile.province, "จังหวัด (ตั้งค่า)", "province (Settings)"),
        (signer or profile.district_chief_name, "ผู้ลงนามหนังสือ (ตั้งค่า)", "letter signer (Settings)"),
    ]
    return [MissingField(th, en) for value, th, en in checks if not (value or "").strip()]


def gaps_sentence(gaps: list[MissingField], lang: str) -> str:
    """One sentence naming the empty fields, for a warning before going ahead."""
    if lang == "en":
        return "The cover letter has no " + ", ".join(g.en for g in gaps) + "."
    return "หนังสือนำส่งยังไม่มี" + " ".join(g.th for g in gaps)


@dataclass
class CoverLetter:
    path: Path
    letter_id: int | None  # None: a preview, no number taken yet
    letter_number: str  # the number printed on it, "" when none was taken yet
    next_number: str = ""  # a preview without a number: what the register would give now (not kept)


PLACEHOLDER = "........"  # a preview's number before the register gives one


def _render_cover(session: Session, plan: _Plan, path: Path) -> None:
    from desktop.documents import render
    from desktop.documents.meeting_documents import build_cover_letter

    document = build_cover_letter(
        session,
        plan.meeting_id,
        letter_number=str(plan.running_no) if plan.running_no is not None else PLACEHOLDER,
        enclosures=_enclosures(plan, docx=False),
        dated=plan.letter_dated,
    )
    render(document, path, format="docx" if path.suffix.lower() == ".docx" else "pdf")


def write_cover_letter(
    session: Session, meeting_id: int, path: Path, *, today: dt.date | None = None
) -> CoverLetter:
    """The cover letter alone (letters cover, the window's save and print), numbered from the
    register like a package's: an unsent cover letter of the meeting keeps its number, otherwise
    the next one is taken. The file is written inside the caller's transaction, so a letter that
    could not be written leaves no number taken."""
    plan = _plan(session, meeting_id, PackageOptions(today=today))
    _render_cover(session, plan, path)
    assert plan.letter_id is not None
    return CoverLetter(path, plan.letter_id, plan.letter_number)


def preview_cover_letter(
    session: Session, meeting_id: int, path: Path, *, today: dt.date | None = None
) -> CoverLetter:
    """The cover letter as it will print, without taking a number: the unsent cover letter's
    number if the meeting has one, else a row of dots (run it in a transaction that is rolled back)."""
    plan = _plan(session, meeting_id, PackageOptions(today=today), take_number=False)
    _render_cover(session, plan, path)
    upcoming = ""
    if plan.letter_id is None:
        year = be_year(plan.letter_dated)
        highest = session.scalar(
            select(func.max(OutgoingLetter.running_no)).where(OutgoingLetter.year_be == year)
        )
        upcoming = format_letter_number(plan.office["letter_code"], (highest or 0) + 1)
    return CoverLetter(path, plan.letter_id, plan.letter_number, upcoming)


def _index_text(plan: _Plan, files: list[dict[str, Any]]) -> str:
    office = plan.office
    lines = [
        f"ชุดเอกสารส่ง{office['province_office_name'] or 'จังหวัด'}",
        f"จาก {office['name']} อำเภอ{office['district']} จังหวัด{office['province']}",
        f"หนังสือนำส่งที่ {plan.letter_number} ลงวันที่ {thai_date(plan.letter_dated)}",
    ]
    if plan.circular:
        lines.append(
            f"อ้างถึงหนังสือ{plan.circular['sender']} ที่ {plan.circular['reference']} "
            f"ลงวันที่ {thai_date(dt.date.fromisoformat(plan.circular['dated']))}"
        )
    lines.append(
        to_thai_digits(f"การประชุม {plan.committee} {plan.meeting_title} เมื่อ {thai_date(plan.held_on)}")
    )
    lines.append("")
    lines.append("ไฟล์ในชุดนี้")
    descriptions = {
        "cover_letter": "หนังสือนำส่ง",
        "minutes": "รายงานการประชุม",
        "minutes_docx": "รายงานการประชุม (Word)",
        "household_list": "บัญชีรายชื่อครัวเรือน",
        "report": "รายงานประกอบวาระ",
    }
    for number, entry in enumerate(files, 1):
        extra = to_thai_digits(f" {entry['rows']} ครัวเรือน") if "rows" in entry else ""
        lines.append(f"{to_thai_digits(number)}. {entry['name']} — {descriptions[entry['kind']]}{extra}")
    lines.append("")
    lines.append(
        "เลขประจำตัวประชาชนแสดงครบทุกหลัก ตามที่หนังสืออ้างถึงกำหนด"
        if plan.full_ids
        else "เลขประจำตัวประชาชนปิดบังเลขกลางไว้ (x) เพื่อคุ้มครองข้อมูลส่วนบุคคล"
    )
    lines.append("ตรวจสอบความครบถ้วนของไฟล์ได้จาก manifest.json (SHA-256 ของทุกไฟล์)")
    return "\r\n".join(lines) + "\r\n"


def _safe_name(text: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", "-", text).strip("-")


def package_file_name(plan_district: str, meeting_title: str, created: dt.datetime) -> str:
    numbers = meeting_title.replace("ครั้งที่ ", "").replace("/", "-")
    return _safe_name(f"ส่งจังหวัด-{plan_district}-ประชุม-{numbers}-{created:%Y%m%d-%H%M%S}") + ".zip"


def build_package(
    database: Database,
    meeting_id: int,
    out_dir: Path,
    options: PackageOptions | None = None,
    *,
    writer: DocumentWriter | None = None,
    progress: Progress = NO_PROGRESS,
) -> BuiltPackage:
    """Write the package for a meeting into out_dir; returns where it is and its SHA-256."""
    require(Permission.EDIT)  # checked here, whoever calls: window, CLI or self-test
    options = options or PackageOptions()
    writer = writer or default_writer()
    progress(0, 6, "อ่านข้อมูลการประชุม")
    with database.session() as session:
        plan = _plan(session, meeting_id, options)
        audit.record(
            session,
            AuditAction.EXPORT,
            "meeting",
            meeting_id,
            summary=f"package {'full IDs' if plan.full_ids else 'masked IDs'}",
        )
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    enclosures = _enclosures(plan, options.docx)
    files: list[dict[str, Any]] = []
    with scratch_folder("amphoe-package-") as scratch:
        folder = Path(scratch)
        progress(1, 6, "สร้างหนังสือนำส่ง")
        cover = _cover_request(plan, enclosures)
        writer(database, cover, folder / COVER_NAME)
        files.append({"name": COVER_NAME, "kind": "cover_letter"})
        progress(2, 6, "สร้างรายงานการประชุม")
        minutes = DocumentRequest(
            kind="minutes",
            format="pdf",
            meeting_id=meeting_id,
            title=f"รายงานการประชุม {plan.committee} {to_thai_digits(plan.meeting_title)}",
            lines=plan.minutes_lines,
        )
        writer(database, minutes, folder / MINUTES_NAME)
        files.append({"name": MINUTES_NAME, "kind": "minutes"})
        if options.docx:
            writer(
                database,
                DocumentRequest(**{**minutes.__dict__, "format": "docx"}),
                folder / MINUTES_DOCX_NAME,
            )
            files.append({"name": MINUTES_DOCX_NAME, "kind": "minutes_docx"})
        progress(3, 6, "สร้างบัญชีรายชื่อครัวเรือน")
        for listing in plan.lists:
            sheet = Sheet(
                "ครัวเรือน",
                PROVINCE_COLUMNS,
                listing.rows,
                heading=list_heading(listing, f"{plan.committee} {plan.meeting_title}"),
            )
            write_workbook(folder / listing.file_name, [sheet])
            files.append(
                {
                    "name": listing.file_name,
                    "kind": "household_list",
                    "rows": len(listing.rows),
                    "agenda_item": listing.item_number,
                    "resolution": listing.resolution,
                    "title": listing.item_title,
                }
            )
        for report in plan.reports:
            (folder / report.file_name).write_bytes(report.content)
            files.append(
                {
                    "name": report.file_name,
                    "kind": "report",
                    "agenda_item": report.item_number,
                    "title": report.title,
                }
            )
        for entry in files:
            path = folder / entry["name"]
            entry["size"] = path.stat().st_size
            entry["sha256"] = sha256_of(path)
        index = _index_text(plan, files)
        (folder / INDEX_NAME).write_text(index, encoding="utf-8-sig")
        files.append(
            {
                "name": INDEX_NAME,
                "kind": "index",
                "size": (folder / INDEX_NAME).stat().st_size,
                "sha256": sha256_of(folder / INDEX_NAME),
            }
        )
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "created_at": created.isoformat(),
            "office": {k: plan.office[k] for k in ("name", "letter_code", "email", "phone")},
            "province": plan.office["province"],
            "district": plan.office["district"],
            "meeting": {
                "id": plan.meeting_id,
                "committee": plan.committee,
                "title": plan.meeting_title,
                "held_on": plan.held_on.isoformat(),
            },
            "circular": plan.circular,
            "letter": {"number": plan.letter_number, "dated": plan.letter_dated.isoformat()},
            "national_ids": "full" if plan.full_ids else "masked",
            "household_layout_version": LAYOUT_VERSION,
            "counts": {
                "files": len(files),
                "household_lists": len(plan.lists),
                "households": sum(len(listing.rows) for listing in plan.lists),
            },
            "files": files,
        }
        (folder / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")
        progress(4, 6, "บีบอัดเป็นไฟล์ zip")
        out_dir = Path(out_dir)
        final = _free_name(out_dir / package_file_name(plan.office["district"], plan.meeting_title, created))
        with atomic_file(final) as (_temporary, stream):
            _zip(stream, folder, [MANIFEST_NAME] + [e["name"] for e in files], options.password)
            # the hash of the bytes this build wrote, read back from its own file before the
            # rename: never of whatever lies under the name afterwards
            stream.flush()
            stream.seek(0)
            digest = sha256_stream(stream)
            size = stream.tell()
        progress(5, 6, "ตรวจสอบไฟล์")
    progress(6, 6, "เสร็จแล้ว")
    return BuiltPackage(
        path=final,
        sha256=digest,
        size=size,
        manifest=manifest,
        meeting_id=meeting_id,
        circular_id=plan.circular_id,
        letter_id=plan.letter_id,
        letter_number=plan.letter_number,
        full_ids=plan.full_ids,
        encrypted=bool(options.password),
    )


def _free_name(path: Path) -> Path:
    """Two builds in the same second get two files (-2, -3 …), not one overwriting the other."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _zip(stream: Any, folder: Path, names: list[str], password: str | None) -> None:
    import pyzipper  # only when a zip is read or written

    archive: zipfile.ZipFile
    if password:
        archive = pyzipper.AESZipFile(
            stream, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        )
        archive.setpassword(password.encode("utf-8"))
    else:
        archive = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)
    with archive:
        for name in names:
            archive.write(folder / name, name)
