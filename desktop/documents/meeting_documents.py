"""The official documents of a committee meeting, built from the database.

ระเบียบวาระการประชุม (agenda), ใบลงชื่อผู้เข้าประชุม (sign sheet), รายงานการประชุม
(minutes) and the cover letter (หนังสือภายนอก) that sends the minutes to the province.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.enums import AttendanceStatus, CommitteeRole
from database.models import (
    AgendaItem,
    Circular,
    Committee,
    CommitteeMember,
    Household,
    Meeting,
    OfficeProfile,
    Person,
    Resolution,
    ResolutionHousehold,
    Signatory,
)
from desktop.db import Database
from desktop.documents import render
from desktop.documents.fonts import Family
from desktop.documents.letters import ExternalLetter, external_letter
from desktop.documents.model import (
    Column,
    Document,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    SignatureBlock,
    Spacer,
    Table,
    heading,
)
from desktop.documents.names import refresh as refresh_names
from desktop.errors import NotFoundError
from desktop.households.export import LOGBOOK_STATUS_TH
from desktop.households.labels import target_group_text
from desktop.meetings.detail import ItemView, MeetingDetail, meeting_detail
from desktop.meetings.labels import ROLE_TH
from desktop.meetings.roster import active_members
from desktop.reports.attach import report_title
from desktop.settings import Settings
from desktop.settings import load as load_settings
from desktop.thai import digits, mask_national_id, thai_date, thai_time

Kind = Literal["agenda", "minutes", "signsheet", "cover"]
KINDS: tuple[Kind, ...] = ("agenda", "minutes", "signsheet", "cover")
INDENT = 2.5  # cm: first-line indent of official prose
NOTHING = "- ไม่มี -"  # what an item with nothing recorded says (not a blank)
SIGN_ROW_CM = 1.2


@dataclass
class Style:
    """Digits and page set-up as the office's settings say."""

    settings: Settings

    def t(self, text: object) -> str:
        return digits(text, self.settings.thai_digits)

    def date(self, day: dt.date, weekday: bool = False) -> str:
        return thai_date(day, self.settings.thai_digits, weekday=weekday)

    def time(self, value: dt.time | None) -> str:
        return thai_time(value, self.settings.thai_digits) if value else "........ น."

    def page(self, landscape: bool = False) -> PageSetup:
        s = self.settings
        return PageSetup(
            s.margin_left_cm, s.margin_right_cm, s.margin_top_cm, s.margin_bottom_cm, s.thai_digits, landscape
        )

    def document(self, title: str, landscape: bool = False, author: str = "") -> Document:
        s = self.settings
        family = Family.chosen(s.document_font, s.document_font_bold, s.document_font_italic)
        return Document(self.t(title), page=self.page(landscape), family=family, author=author)


def _meeting_heading(style: Style, doc: Document, title: str, detail: MeetingDetail) -> None:
    # Minutes (แบบที่ ๑๑) say "เมื่อ <date>" and give the times in the body (เริ่ม/เลิกประชุมเวลา);
    # the agenda and the sign sheet announce the date with the starting time.
    minutes = title == "รายงานการประชุม"
    when = (
        f"เมื่อ{style.date(detail.held_on, weekday=True)}"
        if minutes
        else f"{style.date(detail.held_on, weekday=True)} เวลา {style.time(detail.start_time)}"
    )
    doc.add(
        heading(title),
        Paragraph.of(detail.committee_name, bold=True, align="center"),
        Paragraph.of(f"ครั้งที่ {style.t(detail.number)}", bold=True, align="center"),
        Paragraph.of(when, align="center"),
        Paragraph.of(f"ณ {detail.venue}", align="center"),
        Paragraph.of("-" * 40, align="center", space_after=6),
    )


def _sections(detail: MeetingDetail) -> list[tuple[ItemView, list[ItemView]]]:
    grouped: list[tuple[ItemView, list[ItemView]]] = []
    for item in detail.items:
        if item.parent_id is None:
            grouped.append((item, []))
        elif grouped:
            grouped[-1][1].append(item)
    return grouped


def _prose(style: Style, text: str, indent: float = INDENT) -> list[Paragraph]:
    return [
        Paragraph.of(style.t(line.strip()), first_indent_cm=indent)
        for line in text.splitlines()
        if line.strip()
    ]


def _household_note(style: Style, item: ItemView) -> list[Paragraph]:
    if not item.households:
        return []
    return [
        Paragraph.of(
            style.t(f"({item.household_list_title} จำนวน {item.households} ครัวเรือน รายละเอียดตามบัญชีแนบท้าย)"),
            first_indent_cm=INDENT,
        )
    ]


def attachment_title(filename: str) -> str:
    """What the agenda calls an attached file: a committee report by its title and fiscal
    year, any other file by its name."""
    return report_title(filename) or filename


def _attachment_note(style: Style, item: ItemView) -> list[Paragraph]:
    return [
        Paragraph.of(style.t(f"เอกสารประกอบ: {attachment_title(name)}"), first_indent_cm=INDENT)
        for _id, name in item.attachments
    ]


def _office_name(session: Session) -> str:
    return session.scalar(select(OfficeProfile.office_name).order_by(OfficeProfile.id)) or ""


def _load(session: Session, meeting_id: int) -> tuple[Meeting, MeetingDetail]:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"ไม่พบการประชุมรหัส {meeting_id}", f"There is no meeting with ID {meeting_id}.")
    refresh_names(session)  # the line filler keeps every name of the database whole
    return meeting, meeting_detail(session, meeting_id)


def build_agenda(session: Session, meeting_id: int, settings: Settings | None = None) -> Document:
    style = Style(settings or load_settings())
    _, detail = _load(session, meeting_id)
    doc = style.document(f"ระเบียบวาระการประชุม ครั้งที่ {detail.number}", author=_office_name(session))
    _meeting_heading(style, doc, "ระเบียบวาระการประชุม", detail)
    for section, items in _sections(detail):
        doc.add(
            Paragraph(
                [Run(f"ระเบียบวาระที่ {style.t(section.label)}", True), Run(f"  {section.title}", True)],
                space_before=8,
                keep_with_next=True,
            )
        )
        doc.add(*_prose(style, section.body))
        for item in items:
            doc.add(
                Paragraph.of(
                    style.t(item.title), label=style.t(item.label), left_indent_cm=INDENT, keep_with_next=True
                )
            )
            doc.add(*_prose(style, item.body))
            doc.add(*_household_note(style, item))
            doc.add(*_attachment_note(style, item))
        if not items and not section.body:
            doc.add(Paragraph.of(NOTHING, left_indent_cm=INDENT))
    _annexes(session, style, doc, detail, f"ระเบียบวาระการประชุม ครั้งที่ {style.t(detail.number)}")
    return doc


def build_signsheet(
    session: Session, meeting_id: int, settings: Settings | None = None, guests: int = 8
) -> Document:
    style = Style(settings or load_settings())
    meeting, detail = _load(session, meeting_id)
    committee = session.scalars(
        select(Committee)
        .where(Committee.id == meeting.committee_id)
        .options(selectinload(Committee.members).selectinload(CommitteeMember.person))
    ).one()
    doc = style.document(f"ใบลงชื่อผู้เข้าประชุม ครั้งที่ {detail.number}", author=_office_name(session))
    _meeting_heading(style, doc, "ใบลงชื่อผู้เข้าประชุม", detail)
    # Rows 1.2 cm high and a signature column of at least 4 cm: room for a pen.
    columns = [
        Column("ที่", 1.0, "center"),
        Column("ชื่อ - สกุล", 4.4),
        Column("ตำแหน่ง", 4.4),
        Column("ลายมือชื่อ", 4.4, min_width_cm=4.0),
        Column("หมายเหตุ", 1.8),
    ]
    rows = []
    for number, member in enumerate(active_members(committee, meeting.held_on), 1):
        person: Person = member.person
        role = ROLE_TH[member.role]
        position = person.position if member.role == CommitteeRole.MEMBER else f"{person.position} {role}"
        rows.append([style.t(number), person.full_name, position.strip(), "", ""])
    doc.add(Table(columns, rows, size=14, row_height_cm=SIGN_ROW_CM))
    guest_rows = [[style.t(i), "", "", "", ""] for i in range(1, guests + 1)]
    doc.add(Table(columns, guest_rows, size=14, caption="ผู้เข้าร่วมประชุม", row_height_cm=SIGN_ROW_CM))
    return doc


def _attendance_tables(style: Style, detail: MeetingDetail) -> list[Paragraph | Table]:
    present, absent, guests = [], [], []
    for row in detail.attendance:
        if row.status == AttendanceStatus.PRESENT:
            present.append([row.name, row.position])
        elif row.status == AttendanceStatus.REPRESENTED:
            name = row.representative_name or f"ผู้แทน {row.name}"
            present.append([name, row.representative_position or f"แทน {row.position}"])
        elif row.status == AttendanceStatus.ABSENT:
            absent.append([row.name, row.position, row.reason or "-"])
        else:
            guests.append([row.name, row.position])
    blocks: list[Paragraph | Table] = []
    for title, rows, with_reason in (
        ("ผู้มาประชุม", present, False),
        ("ผู้ไม่มาประชุม", absent, True),
        ("ผู้เข้าร่วมประชุม", guests, False),
    ):
        blocks.append(Paragraph.of(title, bold=True, space_before=6, keep_with_next=True))
        if not rows:
            blocks.append(Paragraph.of(NOTHING, left_indent_cm=1.0))
            continue
        columns = [Column("ที่", 0.8, "right"), Column("ชื่อ - สกุล", 3.2), Column("ตำแหน่ง", 5.0)]
        if with_reason:
            columns = [*columns[:2], Column("ตำแหน่ง", 3.6), Column("เหตุผล", 1.6)]
        numbered = [[style.t(f"{i}."), *[style.t(v) for v in row]] for i, row in enumerate(rows, 1)]
        blocks.append(
            Table(columns, numbered, size=16, borders=False, show_header=False, space_before=0, space_after=2)
        )
    return blocks


VOTE_WORDS = ("เห็นชอบ", "ไม่เห็นชอบ", "งดออกเสียง")


def _votes(style: Style, votes: tuple[int | None, int | None, int | None]) -> list[Paragraph]:
    """The counts recorded on a resolution, under its text; nothing when no vote was counted."""
    counted = [
        f"{word} {style.t(count)} เสียง"
        for word, count in zip(VOTE_WORDS, votes, strict=True)
        if count is not None
    ]
    if not counted:
        return []
    return [Paragraph.of("ผลการลงคะแนน " + " ".join(counted), first_indent_cm=INDENT)]


def build_minutes(session: Session, meeting_id: int, settings: Settings | None = None) -> Document:
    style = Style(settings or load_settings())
    _, detail = _load(session, meeting_id)
    doc = style.document(f"รายงานการประชุม ครั้งที่ {detail.number}", author=_office_name(session))
    _meeting_heading(style, doc, "รายงานการประชุม", detail)
    doc.add(*_attendance_tables(style, detail))
    doc.add(Paragraph.of(f"เริ่มประชุมเวลา {style.time(detail.start_time)}", bold=True, space_before=8))
    doc.add(*_prose(style, detail.opening_text))
    for section, items in _sections(detail):
        doc.add(
            Paragraph(
                [Run(f"ระเบียบวาระที่ {style.t(section.label)}", True), Run(f"  {section.title}", True)],
                space_before=8,
                keep_with_next=True,
            )
        )
        for item in [section, *items]:
            if item is not section:
                doc.add(
                    Paragraph.of(
                        style.t(item.title),
                        label=style.t(item.label),
                        left_indent_cm=INDENT,
                        keep_with_next=True,
                    )
                )
            said = _prose(style, item.discussion or item.body)
            doc.add(*said)
            doc.add(*_household_note(style, item))
            if item is section and not items and not said and not item.resolutions:
                doc.add(Paragraph.of(NOTHING, first_indent_cm=INDENT))  # nothing was recorded
            if item.resolutions:
                doc.add(Paragraph.of("มติที่ประชุม", bold=True, first_indent_cm=INDENT, keep_with_next=True))
                for resolution in item.resolutions:
                    doc.add(*_prose(style, resolution.text or resolution.outcome_th))
                    doc.add(*_votes(style, resolution.votes))
            elif item is not section or (not items and (item.discussion or item.body)):
                doc.add(Paragraph([Run("มติที่ประชุม  ", True), Run("รับทราบ")], first_indent_cm=INDENT))
    doc.add(Paragraph.of(f"เลิกประชุมเวลา {style.time(detail.end_time)}", bold=True, space_before=8))
    for role, (name, position) in (
        ("ผู้จดรายงานการประชุม", detail.minute_taker),
        ("ผู้ตรวจรายงานการประชุม", detail.checker),
    ):
        if name:
            doc.add(SignatureBlock([f"(ลงชื่อ) ............................... {role}", f"({name})", position]))
    _annexes(session, style, doc, detail, f"รายงานการประชุม ครั้งที่ {style.t(detail.number)}")
    return doc


HOUSEHOLD_COLUMNS = [
    Column("ที่", 0.6, "center"),
    Column("ชื่อ - สกุล หัวหน้าครัวเรือน", 2.8),
    Column("เลขประจำตัวประชาชน", 3.2, "center"),
    Column("ที่อยู่", 3.0),
    Column("กลุ่ม", 0.9, "center"),
    Column("สถานะ Logbook", 1.9),
]


def _address(household: Household) -> str:
    village = f" ม.{household.village_no}" if household.village_no is not None else ""
    return f"{household.house_no}{village} ต.{household.subdistrict}".strip()


def household_rows(style: Style, households: Sequence[Household], mask_ids: bool = True) -> list[list[str]]:
    rows = []
    for number, household in enumerate(households, 1):
        head = household.head
        national_id = head.national_id if head and head.national_id else ""
        if national_id and mask_ids:
            national_id = mask_national_id(national_id)
        rows.append(
            [
                style.t(number),
                head.full_name if head else "",
                style.t(national_id) if national_id else "-",
                style.t(_address(household)),
                style.t(target_group_text(household.target_group, household.target_subgroup)),
                LOGBOOK_STATUS_TH[household.logbook_status],
            ]
        )
    return rows


def _annexes(session: Session, style: Style, doc: Document, detail: MeetingDetail, what: str) -> None:
    """One table per agenda item that carries households (its list and its resolutions')."""
    annexes: list[tuple[ItemView, list[Household]]] = []
    for item in detail.items:
        ids: list[int] = list(
            session.scalars(select(Household.id).join(AgendaItem.households).where(AgendaItem.id == item.id))
        )
        ids += [
            hid
            for hid in session.scalars(
                select(ResolutionHousehold.household_id)
                .join(Resolution, Resolution.id == ResolutionHousehold.resolution_id)
                .where(Resolution.agenda_item_id == item.id)
            )
            if hid not in ids
        ]
        if ids:
            households = session.scalars(
                select(Household)
                .where(Household.id.in_(ids))
                .options(selectinload(Household.members))
                .order_by(Household.subdistrict, Household.village_no, Household.id)
            ).all()
            annexes.append((item, list(households)))
    for item, households in annexes:
        doc.add(PageBreak())
        doc.add(
            heading(f"บัญชีรายชื่อครัวเรือนแนบท้าย{what}", size=16, space_after=0),
            Paragraph.of(
                style.t(f"ระเบียบวาระที่ {item.label} {item.title} ({item.household_list_title or 'ครัวเรือน'})"),
                align="center",
                space_after=6,
            ),
            Table(HOUSEHOLD_COLUMNS, household_rows(style, households), size=12),
        )


def build_table_document(
    title: str,
    columns: list[Column],
    rows: list[list[str]],
    *,
    subtitle: str = "",
    settings: Settings | None = None,
    landscape: bool = False,
    notes: Sequence[str] = (),
) -> Document:
    """A titled table (household lists, reports) with the official page set-up."""
    style = Style(settings or load_settings())
    doc = style.document(title, landscape=landscape)
    doc.add(heading(style.t(title)))
    if subtitle:
        doc.add(Paragraph.of(style.t(subtitle), align="center", space_after=6))
    doc.add(Table(columns, [[style.t(v) for v in row] for row in rows], size=14))
    for note in notes:
        doc.add(Paragraph.of(style.t(note)))
    return doc


def build_cover_letter(
    session: Session,
    meeting_id: int,
    settings: Settings | None = None,
    *,
    letter_number: str | None = None,
    enclosures: list[str] | None = None,
    dated: dt.date | None = None,
) -> Document:
    """หนังสือภายนอก sending a meeting's minutes to the provincial office."""
    style = Style(settings or load_settings())
    meeting, detail = _load(session, meeting_id)
    office = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first() or OfficeProfile()
    circular = session.scalars(
        select(Circular).where(Circular.meeting_id == meeting.id).order_by(Circular.dated.desc())
    ).first()
    signer = session.scalars(
        select(Signatory)
        .where(Signatory.purpose == "letter", Signatory.active)
        .order_by(Signatory.sort_order)
    ).first()
    province = office.province or ""
    short = detail.committee_short_name or "คณะกรรมการ"
    number = style.t(detail.number)
    subject = f"ส่งรายงานการประชุม {short} ครั้งที่ {number}"
    held = style.date(detail.held_on, weekday=True)
    reference = ""
    body = []
    if circular is not None:
        reference = f"หนังสือจังหวัด{province} ที่ {circular.reference} ลงวันที่ {style.date(circular.dated)}"
        body.append(
            f"ตามหนังสือที่อ้างถึง จังหวัด{province}แจ้งให้อำเภอดำเนินการเรื่อง{circular.subject} "
            f"และส่งรายงานการประชุมให้จังหวัด ความละเอียดแจ้งแล้ว นั้น"
        )
    # no venue recorded: the sentence goes on without "ณ" rather than print "ณ  เรียบร้อยแล้ว"
    venue = f" ณ {detail.venue.strip()}" if detail.venue.strip() else ""
    body.append(
        f"ในการนี้ อำเภอ{office.district}ได้จัดประชุม{detail.committee_name} ครั้งที่ {number} "
        f"เมื่อ{held}{venue} เรียบร้อยแล้ว จึงขอส่งรายงานการประชุมดังกล่าว "
        "รายละเอียดตามสิ่งที่ส่งมาด้วย"
    )
    letter = ExternalLetter(
        number=f"{office.letter_code}/{style.t(letter_number) if letter_number else ''}",
        address=[line for line in office.address.splitlines() if line.strip()] or [office.office_name],
        dated=style.date(dated or dt.date.today()),
        subject=subject,
        salutation=f"พัฒนาการจังหวัด{province}" if province else "พัฒนาการจังหวัด",
        reference=reference,
        enclosures=enclosures or [f"รายงานการประชุม {short} ครั้งที่ {number} จำนวน {style.t(1)} ชุด"],
        body=body,
        closing="จึงเรียนมาเพื่อโปรดทราบ",
        signer_name=signer.name if signer else office.district_chief_name,
        signer_position=[signer.position]
        + ([signer.position_line2] if signer and signer.position_line2 else [])
        if signer
        else [f"นายอำเภอ{office.district}"],
        owning_unit=office.owning_unit or office.office_name,
        contact=[
            f"โทร. {office.phone}" if office.phone else "",
            f"โทรสาร {office.fax}" if office.fax else "",
            f"ไปรษณีย์อิเล็กทรอนิกส์ {office.email}" if office.email else "",
        ],
        garuda=Path(style.settings.garuda_image) if style.settings.garuda_image else None,
    )
    return external_letter(style.document(subject, author=office.office_name), letter, style.t)


def build_document(
    session: Session, meeting_id: int, kind: Kind, settings: Settings | None = None
) -> Document:
    if kind == "agenda":
        return build_agenda(session, meeting_id, settings)
    if kind == "minutes":
        return build_minutes(session, meeting_id, settings)
    if kind == "signsheet":
        return build_signsheet(session, meeting_id, settings)
    return build_cover_letter(session, meeting_id, settings)


def write_meeting_document(
    database: Database,
    meeting_id: int,
    kind: Kind,
    path: Path,
    settings: Settings | None = None,
    format: str | None = None,
) -> Path:
    """Build and render one of a meeting's documents; the format follows the suffix unless given."""
    with database.session() as session:
        document = build_document(session, meeting_id, kind, settings)
    render(document, path, format=format)
    return path


__all__ = [
    "KINDS",
    "Spacer",
    "build_agenda",
    "build_cover_letter",
    "build_minutes",
    "build_signsheet",
    "build_table_document",
    "write_meeting_document",
]
