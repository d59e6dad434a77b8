"""Incoming circulars (หนังสือเวียน) with their deadlines, and what is due or overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.base import utcnow
from database.enums import DeliverableKind
from database.models import Circular, Deadline, Household, Meeting, Programme, Submission
from desktop.errors import NotFoundError, ValidationError
from desktop.thai import thai_date, to_thai_digits

DUE_WINDOW_DAYS = 14

DELIVERABLE_TH = {
    DeliverableKind.MINUTES: "รายงานการประชุม",
    DeliverableKind.HOUSEHOLD_LIST: "บัญชีรายชื่อครัวเรือน",
    DeliverableKind.NOMINATION: "รายชื่อผู้ได้รับการคัดเลือก",
    DeliverableKind.REPORT: "รายงานผล",
    DeliverableKind.OTHER: "อื่น ๆ",
}
DELIVERABLE_EN = {
    DeliverableKind.MINUTES: "minutes",
    DeliverableKind.HOUSEHOLD_LIST: "household list",
    DeliverableKind.NOMINATION: "nomination",
    DeliverableKind.REPORT: "report",
    DeliverableKind.OTHER: "other",
}


@dataclass
class DeadlineInput:
    due_on: dt.date
    deliverable: DeliverableKind = DeliverableKind.MINUTES
    description: str = ""


@dataclass
class CircularInput:
    reference: str  # ที่ พย ๐๐๑๙.๔/ว ๓๓/๖๓
    dated: dt.date
    sender: str
    subject: str
    received_on: dt.date | None = None
    summary: str = ""
    requires_full_ids: bool = False
    meeting_id: int | None = None
    programme_id: int | None = None
    household_ids: list[int] = field(default_factory=list)
    deadlines: list[DeadlineInput] = field(default_factory=list)


@dataclass
class DeadlineRow:
    id: int
    due_on: dt.date
    due_text: str  # Buddhist-era date, Thai digits
    deliverable: DeliverableKind
    description: str
    delivered_on: dt.date | None
    submission_id: int | None


@dataclass
class CircularRow:
    id: int
    reference: str
    dated: dt.date
    dated_text: str
    sender: str
    subject: str
    requires_full_ids: bool
    meeting_id: int | None
    household_count: int
    deadlines: list[DeadlineRow]
    closed_on: dt.date | None = None
    version: int = 1

    @property
    def delivered(self) -> bool:
        return bool(self.deadlines) and all(d.delivered_on is not None for d in self.deadlines)


@dataclass
class DueItem:
    deadline_id: int
    circular_id: int
    reference: str
    subject: str
    due_on: dt.date
    due_text: str  # 'วันศุกร์ที่ ๖ กันยายน ๒๕๖๗'
    deliverable: DeliverableKind
    deliverable_th: str
    description: str
    days_left: int  # negative when overdue
    meeting_id: int | None

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def sentence_th(self, thai_digits: bool = True) -> str:
        """The Thai sentence; thai_digits=False for the screen, which writes Arabic digits."""
        if self.days_left < 0:
            when = f"เลยกำหนด {-self.days_left} วัน"
        elif self.days_left == 0:
            when = "ครบกำหนดวันนี้"
        else:
            when = f"อีก {self.days_left} วัน"
        if not thai_digits:
            due = thai_date(self.due_on, thai_digits=False, weekday=True)
            return f"{self.deliverable_th} ตามหนังสือที่ {self.reference} กำหนดส่ง{due} ({when})"
        when = to_thai_digits(when)
        return f"{self.deliverable_th} ตามหนังสือที่ {self.reference} กำหนดส่ง{self.due_text} ({when})"


@dataclass
class DueList:
    today: dt.date
    overdue: list[DueItem]
    due_soon: list[DueItem]  # today … today + 14 days

    @property
    def empty(self) -> bool:
        return not self.overdue and not self.due_soon


def register_circular(session: Session, data: CircularInput) -> int:
    """Record a circular from the province with its deadlines; returns its id."""
    if not data.reference.strip():
        raise ValidationError("กรุณาระบุเลขที่หนังสือ (ที่)", "Give the circular's number (ที่).")
    if not data.subject.strip():
        raise ValidationError("กรุณาระบุเรื่องของหนังสือ", "Give the circular's subject.")
    if data.meeting_id is not None and session.get(Meeting, data.meeting_id) is None:
        raise NotFoundError(f"ไม่พบการประชุมรหัส {data.meeting_id}", f"No meeting with ID {data.meeting_id}.")
    circular = Circular(
        reference=data.reference.strip(),
        dated=data.dated,
        sender=data.sender.strip(),
        subject=data.subject.strip(),
        received_on=data.received_on,
        summary=data.summary,
        requires_full_ids=data.requires_full_ids,
        meeting_id=data.meeting_id,
    )
    for deadline in data.deadlines:
        circular.deadlines.append(
            Deadline(
                due_on=deadline.due_on, deliverable=deadline.deliverable, description=deadline.description
            )
        )
    if data.household_ids:
        circular.households.extend(
            session.scalars(select(Household).where(Household.id.in_(data.household_ids))).all()
        )
    session.add(circular)
    session.flush()
    if data.programme_id is not None:
        programme = session.get(Programme, data.programme_id)
        if programme is None:
            raise NotFoundError(
                f"ไม่พบโครงการรหัส {data.programme_id}", f"No programme with ID {data.programme_id}."
            )
        programme.circular_id = circular.id
    return circular.id


def add_deadline(session: Session, circular_id: int, deadline: DeadlineInput) -> int:
    circular = session.get(Circular, circular_id)
    if circular is None:
        raise NotFoundError(f"ไม่พบหนังสือรหัส {circular_id}", f"No circular with ID {circular_id}.")
    row = Deadline(due_on=deadline.due_on, deliverable=deadline.deliverable, description=deadline.description)
    circular.deadlines.append(row)
    session.flush()
    return row.id


def _deadline_row(deadline: Deadline) -> DeadlineRow:
    return DeadlineRow(
        id=deadline.id,
        due_on=deadline.due_on,
        due_text=thai_date(deadline.due_on),
        deliverable=deadline.deliverable,
        description=deadline.description,
        delivered_on=deadline.delivered_on,
        submission_id=deadline.submission_id,
    )


def list_circulars(session: Session) -> list[CircularRow]:
    circulars = session.scalars(
        select(Circular)
        .options(selectinload(Circular.deadlines), selectinload(Circular.households))
        .order_by(Circular.dated.desc(), Circular.id.desc())
    )
    return [
        CircularRow(
            id=c.id,
            reference=c.reference,
            dated=c.dated,
            dated_text=thai_date(c.dated),
            sender=c.sender,
            subject=c.subject,
            requires_full_ids=c.requires_full_ids,
            meeting_id=c.meeting_id,
            household_count=len(c.households),
            deadlines=[_deadline_row(d) for d in c.deadlines],
            closed_on=c.closed_on,
            version=c.version,
        )
        for c in circulars
    ]


def circular_for_meeting(session: Session, meeting_id: int) -> Circular | None:
    """The circular a meeting answers: linked directly, or quoted in an agenda item."""
    linked = session.scalars(
        select(Circular).where(Circular.meeting_id == meeting_id).order_by(Circular.id)
    ).first()
    if linked is not None:
        return linked
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None
    texts = " ".join(f"{item.title} {item.body}" for item in meeting.items)
    for circular in session.scalars(select(Circular).order_by(Circular.dated.desc())):
        if circular.reference and circular.reference in texts:
            return circular
    return None


def _due_item(deadline: Deadline, today: dt.date) -> DueItem:
    circular = deadline.circular
    return DueItem(
        deadline_id=deadline.id,
        circular_id=circular.id,
        reference=circular.reference,
        subject=circular.subject,
        due_on=deadline.due_on,
        due_text=thai_date(deadline.due_on, weekday=True),
        deliverable=deadline.deliverable,
        deliverable_th=DELIVERABLE_TH[deadline.deliverable],
        description=deadline.description,
        days_left=(deadline.due_on - today).days,
        meeting_id=circular.meeting_id,
    )


def due_and_overdue(session: Session, today: dt.date, window_days: int = DUE_WINDOW_DAYS) -> DueList:
    """Undelivered deadlines: overdue ones (oldest first) and those due within the window."""
    deadlines = session.scalars(
        select(Deadline)
        .join(Deadline.circular)
        .options(selectinload(Deadline.circular))
        .where(
            Deadline.delivered_on.is_(None),
            Deadline.due_on <= today + dt.timedelta(days=window_days),
            Circular.closed_on.is_(None),  # a closed circular asks for nothing any more
        )
        .order_by(Deadline.due_on, Deadline.id)
    ).all()
    items = [_due_item(d, today) for d in deadlines]
    return DueList(
        today=today,
        overdue=[i for i in items if i.overdue],
        due_soon=[i for i in items if not i.overdue],
    )


def mark_delivered(session: Session, deadline_id: int, submission: Submission) -> None:
    deadline = session.get(Deadline, deadline_id)
    if deadline is None:
        raise NotFoundError(f"ไม่พบกำหนดส่งรหัส {deadline_id}", f"No deadline with ID {deadline_id}.")
    deadline.delivered_on = submission.sent_at.date()
    deadline.submission_id = submission.id


@dataclass(frozen=True)
class HouseholdChoice:
    """A household as the circular form lists it: its head, house number and village."""

    id: int
    head_name: str
    house_no: str
    village_no: int | None
    village_name: str
    house_code: str

    @property
    def label(self) -> str:
        village = self.village_name
        if self.village_no:
            village = f"หมู่ {self.village_no} {village}".strip()
        code = f" ({self.house_code})" if self.house_code else ""
        return to_thai_digits(f"{self.head_name} บ้านเลขที่ {self.house_no} {village}{code}").strip()


def _choice(household: Household) -> HouseholdChoice:
    head = household.head
    return HouseholdChoice(
        id=household.id,
        head_name=f"{head.first_name} {head.last_name}".strip() if head else "",
        house_no=household.house_no,
        village_no=household.village_no,
        village_name=household.village_name,
        house_code=household.house_code or "",
    )


def household_choices(session: Session, household_ids: Sequence[int]) -> list[HouseholdChoice]:
    """The households chosen in the household picker (ui.casework.nominate), in that order, as
    the circular form lists them."""
    rows = session.scalars(
        select(Household).where(Household.id.in_(household_ids)).options(selectinload(Household.members))
    ).all()
    by_id = {h.id: h for h in rows}
    return [_choice(by_id[i]) for i in household_ids if i in by_id]


@dataclass
class CircularDetail:
    """One circular as its edit form loads it (with the version it saves against)."""

    id: int
    version: int
    reference: str
    dated: dt.date
    sender: str
    subject: str
    summary: str
    requires_full_ids: bool
    meeting_id: int | None
    closed_on: dt.date | None
    deadlines: list[DeadlineRow]
    households: list[HouseholdChoice]


def get_circular(session: Session, circular_id: int) -> Circular:
    circular = session.get(Circular, circular_id)
    if circular is None:
        raise NotFoundError(f"ไม่พบหนังสือรหัส {circular_id}", f"No circular with ID {circular_id}.")
    return circular


def circular_detail(session: Session, circular_id: int) -> CircularDetail:
    c = get_circular(session, circular_id)
    households = sorted(c.households, key=lambda h: (h.village_no or 0, h.id))
    return CircularDetail(
        id=c.id,
        version=c.version,
        reference=c.reference,
        dated=c.dated,
        sender=c.sender,
        subject=c.subject,
        summary=c.summary,
        requires_full_ids=c.requires_full_ids,
        meeting_id=c.meeting_id,
        closed_on=c.closed_on,
        deadlines=[_deadline_row(d) for d in c.deadlines],
        households=[_choice(h) for h in households],
    )


@dataclass(frozen=True)
class DeadlineChange:
    """A deadline row of the form: id None for a new one."""

    id: int | None
    due_on: dt.date
    deliverable: DeliverableKind = DeliverableKind.MINUTES
    description: str = ""


EDITABLE = frozenset(
    {"reference", "dated", "sender", "subject", "summary", "requires_full_ids", "meeting_id"}
)


def update_circular(
    session: Session,
    circular: Circular,
    changes: Mapping[str, Any],
    deadlines: Sequence[DeadlineChange] | None = None,
    household_ids: Sequence[int] | None = None,
) -> None:
    """Apply the form's changed fields; deadlines and households, when given, replace the
    circular's (a delivered deadline stays as it is: it is the record of what was sent)."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    values = dict(changes)
    for name in ("reference", "sender", "subject"):
        if name in values:
            values[name] = str(values[name]).strip()
    if "reference" in values and not values["reference"]:
        raise ValidationError("กรุณาระบุเลขที่หนังสือ (ที่)", "Give the circular's number (ที่).")
    if "subject" in values and not values["subject"]:
        raise ValidationError("กรุณาระบุเรื่องของหนังสือ", "Give the circular's subject.")
    meeting_id = values.get("meeting_id")
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        raise NotFoundError(f"ไม่พบการประชุมรหัส {meeting_id}", f"No meeting with ID {meeting_id}.")
    for name, value in values.items():
        setattr(circular, name, value)
    children = False
    if deadlines is not None:
        children = _replace_deadlines(circular, deadlines) or children
    if household_ids is not None:
        wanted = set(household_ids)
        if wanted != {h.id for h in circular.households}:
            found = session.scalars(select(Household).where(Household.id.in_(wanted))).all()
            if len(found) != len(wanted):
                missing = sorted(wanted - {h.id for h in found})
                raise NotFoundError(f"ไม่พบครัวเรือนรหัส {missing[0]}", f"No household with ID {missing[0]}.")
            circular.households = list(found)
            children = True
    if children and not values:
        # the circular's own row takes a new version too: another clerk's form on the old
        # one is refused instead of silently undoing these deadlines or households
        circular.updated_at = utcnow()
    session.flush()


def _replace_deadlines(circular: Circular, rows: Sequence[DeadlineChange]) -> bool:
    by_id = {d.id: d for d in circular.deadlines}
    changed = False
    kept: set[int] = set()
    for row in rows:
        if row.id is None:
            circular.deadlines.append(
                Deadline(due_on=row.due_on, deliverable=row.deliverable, description=row.description.strip())
            )
            changed = True
            continue
        deadline = by_id.get(row.id)
        if deadline is None:
            raise NotFoundError(f"ไม่พบกำหนดส่งรหัส {row.id}", f"No deadline with ID {row.id}.")
        kept.add(row.id)
        if deadline.delivered_on is not None:
            continue
        for name, value in (
            ("due_on", row.due_on),
            ("deliverable", row.deliverable),
            ("description", row.description.strip()),
        ):
            if getattr(deadline, name) != value:
                setattr(deadline, name, value)
                changed = True
    for deadline in list(circular.deadlines):
        if deadline.id is not None and deadline.id not in kept and deadline.delivered_on is None:
            circular.deadlines.remove(deadline)
            changed = True
    return changed


def set_closed(session: Session, circular: Circular, closed: bool, today: dt.date) -> None:
    circular.closed_on = today if closed else None
    session.flush()
