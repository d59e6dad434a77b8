"""Special programmes (e.g. the provincial housing project) and household nominations:
nominated → checked in Logbook → approved by a resolution → submitted; quota enforced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from database.enums import AuditAction, LogbookStatus, NominationStatus
from database.models import Household, Nomination, Programme, Resolution
from desktop.audit import record
from desktop.casework.common import (
    NOMINATION_STATUS_TH,
    address_text,
    check_date,
    check_text,
    get_household,
    head_names,
)
from desktop.errors import NotFoundError, UserError, ValidationError
from desktop.meetings.common import resolution_number
from desktop.spreadsheets import Column, Sheet, write_workbook
from desktop.thai import thai_date_short

COUNTED = (NominationStatus.APPROVED, NominationStatus.SUBMITTED)  # what uses up the quota
ACTIVE = (
    NominationStatus.NOMINATED,
    NominationStatus.CHECKED_IN_LOGBOOK,
    NominationStatus.APPROVED,
    NominationStatus.SUBMITTED,
)


@dataclass(frozen=True)
class ProgrammeInput:
    name: str
    criteria: str = ""
    quota: int | None = None
    deadline: dt.date | None = None
    description: str = ""
    fiscal_year_be: int | None = None


@dataclass(frozen=True)
class ProgrammeView:
    id: int
    name: str
    description: str
    criteria: str
    quota: int | None
    deadline: dt.date | None
    fiscal_year_be: int | None
    nominated: int  # active nominations
    approved: int  # approved or submitted (counts against the quota)
    version: int = 1


def _programme(session: Session, programme_id: int) -> Programme:
    row = session.get(Programme, programme_id)
    if row is None:
        raise NotFoundError(f"ไม่พบโครงการรหัส {programme_id}", f"Programme {programme_id} does not exist.")
    return row


def _programme_view(session: Session, row: Programme) -> ProgrammeView:
    counts = dict(
        session.execute(
            select(Nomination.status, func.count())
            .where(Nomination.programme_id == row.id)
            .group_by(Nomination.status)
        ).all()
    )
    nominated = sum(counts.get(s, 0) for s in ACTIVE)
    approved = sum(counts.get(s, 0) for s in COUNTED)
    return ProgrammeView(
        row.id, row.name, row.description, row.criteria, row.quota, row.deadline, row.fiscal_year_be,
        nominated, approved, row.version,
    )  # fmt: skip


def list_programmes(session: Session) -> list[ProgrammeView]:
    rows = session.scalars(select(Programme).order_by(Programme.deadline.desc(), Programme.id.desc()))
    return [_programme_view(session, r) for r in rows]


def get_programme(session: Session, programme_id: int) -> ProgrammeView:
    return _programme_view(session, _programme(session, programme_id))


def _check_programme(data: ProgrammeInput) -> None:
    check_text(data.name, "ชื่อโครงการ", "programme name", limit=255)
    if data.quota is not None and data.quota < 1:
        raise ValidationError("จำนวนครัวเรือนที่จัดสรรต้องมีอย่างน้อย ๑", "The quota must be at least 1.")
    if data.deadline is not None:
        check_date(data.deadline, "กำหนดส่ง", "deadline", allow_future=True)


def add_programme(session: Session, data: ProgrammeInput) -> ProgrammeView:
    _check_programme(data)
    row = Programme(
        name=data.name.strip(), description=data.description.strip(), criteria=data.criteria.strip(),
        quota=data.quota, deadline=data.deadline, fiscal_year_be=data.fiscal_year_be,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return _programme_view(session, row)


def get_programme_row(session: Session, programme_id: int) -> Programme:
    return _programme(session, programme_id)


def update_programme(session: Session, programme_id: int, changes: Mapping[str, Any]) -> ProgrammeView:
    """Apply the fields the clerk changed; the quota cannot fall below what is approved."""
    row = _programme(session, programme_id)
    current = ProgrammeInput(
        row.name, row.criteria, row.quota, row.deadline, row.description, row.fiscal_year_be
    )
    data = replace(current, **dict(changes))
    _check_programme(data)
    view = _programme_view(session, row)
    if data.quota is not None and view.approved > data.quota:
        raise ValidationError(
            f"ที่ประชุมเห็นชอบไปแล้ว {view.approved} ครัวเรือน จึงลดจำนวนที่จัดสรรให้น้อยกว่านี้ไม่ได้",
            f"{view.approved} nominations are already approved; the quota cannot be lower.",
        )
    for name in changes:
        value = getattr(data, name)
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    session.flush()
    return _programme_view(session, row)


@dataclass(frozen=True)
class NominationView:
    id: int
    programme_id: int
    programme_name: str
    household_id: int
    address: str
    head_name: str
    rank: int
    reason: str
    status: NominationStatus
    checked_on: dt.date | None
    resolution_id: int | None
    submitted_on: dt.date | None
    nominated_on: dt.date
    version: int = 1

    @property
    def status_th(self) -> str:
        return NOMINATION_STATUS_TH[self.status]


def _nomination_views(session: Session, rows: list[Nomination]) -> list[NominationView]:
    names = head_names(session, [r.household_id for r in rows])
    views = []
    for r in rows:
        h = r.household
        views.append(
            NominationView(
                r.id,
                r.programme_id,
                r.programme.name,
                r.household_id,
                address_text(h.house_no, h.village_no, h.village_name, h.subdistrict),
                names.get(r.household_id, ""),
                r.rank,
                r.reason,
                r.status,
                r.checked_on,
                r.resolution_id,
                r.submitted_on,
                r.created_at.date(),
                r.version,
            )
        )
    return views


def list_nominations(session: Session, programme_id: int) -> list[NominationView]:
    _programme(session, programme_id)
    rows = list(
        session.scalars(
            select(Nomination)
            .where(Nomination.programme_id == programme_id)
            .order_by(Nomination.rank, Nomination.id)
        )
    )
    return _nomination_views(session, rows)


def household_nominations(session: Session, household_id: int) -> list[NominationView]:
    rows = list(
        session.scalars(
            select(Nomination).where(Nomination.household_id == household_id).order_by(Nomination.id)
        )
    )
    return _nomination_views(session, rows)


def get_nomination(session: Session, nomination_id: int) -> Nomination:
    row = session.get(Nomination, nomination_id)
    if row is None:
        raise NotFoundError("ไม่พบการเสนอชื่อนี้", "The nomination does not exist.")
    return row


def _one(session: Session, row: Nomination) -> NominationView:
    session.flush()
    return _nomination_views(session, [row])[0]


def nominate(
    session: Session, programme_id: int, household_id: int, reason: str, rank: int | None = None
) -> NominationView:
    programme = _programme(session, programme_id)
    get_household(session, household_id)
    reason = check_text(reason, "เหตุผลที่เสนอชื่อ", "reason for the nomination")
    existing = session.scalar(
        select(Nomination).where(
            Nomination.programme_id == programme_id, Nomination.household_id == household_id
        )
    )
    if existing is not None and existing.status != NominationStatus.WITHDRAWN:
        raise ValidationError(
            "ครัวเรือนนี้ได้รับการเสนอชื่อในโครงการนี้แล้ว", "This household is already nominated for the programme."
        )
    last = (
        session.scalar(select(func.max(Nomination.rank)).where(Nomination.programme_id == programme_id)) or 0
    )
    if rank is not None and rank < 1:
        raise ValidationError("ลำดับต้องเป็นเลขตั้งแต่ ๑ ขึ้นไป", "The rank must be 1 or more.")
    row = existing or Nomination(programme_id=programme_id, household_id=household_id)
    row.reason, row.rank, row.status = reason, rank or last + 1, NominationStatus.NOMINATED
    row.checked_on = row.submitted_on = row.resolution_id = None
    if existing is None:
        programme.nominations.append(row)
    session.flush()
    return _one(session, row)


def update_nomination(session: Session, nomination_id: int, changes: Mapping[str, Any]) -> NominationView:
    """A new rank or reason for a nomination (its state moves by the steps below)."""
    row = get_nomination(session, nomination_id)
    unknown = set(changes) - {"rank", "reason"}
    if unknown:
        raise ValueError(f"not editable on a nomination: {sorted(unknown)}")
    if "rank" in changes and (not isinstance(changes["rank"], int) or changes["rank"] < 1):
        raise ValidationError("ลำดับต้องเป็นเลขตั้งแต่ ๑ ขึ้นไป", "The rank must be 1 or more.")
    if "reason" in changes:
        row.reason = check_text(str(changes["reason"]), "เหตุผลที่เสนอชื่อ", "reason for the nomination")
    if "rank" in changes:
        row.rank = int(changes["rank"])
    return _one(session, row)


def set_rank(session: Session, nomination_id: int, rank: int) -> NominationView:
    return update_nomination(session, nomination_id, {"rank": rank})


def _move(session: Session, row: Nomination, wanted_from: NominationStatus, to: NominationStatus) -> None:
    if row.status != wanted_from:
        raise ValidationError(
            f"การเสนอชื่อนี้อยู่ในขั้น “{NOMINATION_STATUS_TH[row.status]}” "
            f"จึงเปลี่ยนเป็น “{NOMINATION_STATUS_TH[to]}” ไม่ได้ "
            f"(ต้องอยู่ในขั้น “{NOMINATION_STATUS_TH[wanted_from]}” ก่อน)",
            f"The nomination is {row.status.value}; it must be {wanted_from.value} to become {to.value}.",
        )
    before, row.status = row.status, to
    record(
        session,
        AuditAction.UPDATE,
        "nomination",
        row.id,
        field="status",
        before=before.value,
        after=to.value,
        summary=f"{NOMINATION_STATUS_TH[before]} → {NOMINATION_STATUS_TH[to]}",
    )


def check_in_logbook(session: Session, nomination_id: int, checked_on: dt.date) -> NominationView:
    """The clerk found (or entered) the household in TPMAP Logbook: the household's own
    Logbook status says so too (one already marked entered stays so, as in a reconcile),
    so the register, its filter and the committee's lists agree with the nomination."""
    row = get_nomination(session, nomination_id)
    check_date(checked_on, "วันที่ตรวจสอบใน Logbook", "Logbook check date")
    _move(session, row, NominationStatus.NOMINATED, NominationStatus.CHECKED_IN_LOGBOOK)
    row.checked_on = checked_on
    household = row.household
    if household.logbook_status != LogbookStatus.ENTERED:
        household.logbook_status = LogbookStatus.FOUND
    household.logbook_status_on = checked_on
    return _one(session, row)


def nominations_awaiting_check(session: Session, household_ids: Collection[int]) -> list[tuple[int, int]]:
    """(nomination, household) of the open nominations (still "nominated") of these households.

    Open nominations are few beside a register: read them all and keep those of the households
    (a Logbook export can find 40,000, more than a database takes as parameters)."""
    wanted = set(household_ids)
    rows = session.execute(
        select(Nomination.id, Nomination.household_id)
        .where(Nomination.status == NominationStatus.NOMINATED)
        .order_by(Nomination.id)
    ).all()
    return [(nomination_id, household_id) for nomination_id, household_id in rows if household_id in wanted]


def check_found_in_logbook(
    session: Session, household_ids: Collection[int], checked_on: dt.date, source: str
) -> list[int]:
    """A Logbook export found these households: their open nominations become "checked in
    Logbook" on that day, as if the clerk had pressed the check on each (one audit entry each).
    The household's own status is the export's business (desktop.households.reconcile)."""
    ids = [nomination_id for nomination_id, _ in nominations_awaiting_check(session, household_ids)]
    if not ids:
        return []
    session.execute(
        update(Nomination)
        .where(Nomination.id.in_(ids), Nomination.status == NominationStatus.NOMINATED)
        .values(
            status=NominationStatus.CHECKED_IN_LOGBOOK, checked_on=checked_on, version=Nomination.version + 1
        )
        .execution_options(synchronize_session=False)
    )
    before, to = NominationStatus.NOMINATED, NominationStatus.CHECKED_IN_LOGBOOK
    for nomination_id in ids:
        record(
            session,
            AuditAction.UPDATE,
            "nomination",
            nomination_id,
            field="status",
            before=before.value,
            after=to.value,
            summary=f"{NOMINATION_STATUS_TH[before]} → {NOMINATION_STATUS_TH[to]} (นำเข้าผล Logbook {source})",
        )
    return ids


LOGBOOK_STATUS_TH = {
    LogbookStatus.NOT_CHECKED: "ยังไม่ตรวจสอบ",
    LogbookStatus.NOT_FOUND: "ไม่พบในระบบ",
}
UNCHECKED = tuple(LOGBOOK_STATUS_TH)  # a household in these is approved only when the clerk confirms


class UncheckedNomineeError(UserError):
    """Approving a nominee whose household is not (found) in Logbook: the window asks the
    clerk and runs the approval again with the confirmation; the CLI prints the sentence."""


def check_nominee_logbook(session: Session, household: Household, confirmed: bool) -> None:
    """Refuse, unless confirmed, to approve a household not (found) in TPMAP Logbook."""
    if confirmed or household.logbook_status not in UNCHECKED:
        return
    name = head_names(session, [household.id]).get(household.id, "")
    address = address_text(
        household.house_no, household.village_no, household.village_name, household.subdistrict
    )
    who = f"{name} ({address})" if name else address
    status = LOGBOOK_STATUS_TH[household.logbook_status]
    en_status = "not checked" if household.logbook_status == LogbookStatus.NOT_CHECKED else "not found"
    raise UncheckedNomineeError(
        f"ครัวเรือนของ {who} มีสถานะ Logbook “{status}” ยืนยันจะเห็นชอบการเสนอชื่อนี้หรือไม่",
        f"The household of {who} is “{en_status}” in TPMAP Logbook. Approve the nomination anyway?",
    )


def _check_quota(session: Session, row: Nomination) -> None:
    programme = row.programme
    if programme.quota is None:
        return
    used = (
        session.scalar(
            select(func.count())
            .select_from(Nomination)
            .where(
                Nomination.programme_id == programme.id,
                Nomination.status.in_(COUNTED),
                Nomination.id != row.id,
            )
        )
        or 0
    )
    if used >= programme.quota:
        raise ValidationError(
            f"โครงการนี้ได้รับจัดสรร {programme.quota} ครัวเรือน และมีครัวเรือนที่ได้รับความเห็นชอบครบแล้ว",
            f"The programme's quota of {programme.quota} is already used by approved nominations.",
        )
    # Two approvals of one programme saved at once at two PCs must not both fit the last
    # place: each one moves the programme's version (UPDATE … WHERE version = ?), so the
    # later of the two finds it moved and is refused instead of going over the quota.
    flag_modified(programme, "quota")
    try:
        session.flush()
    except StaleDataError:
        raise ValidationError(
            "มีผู้อื่นบันทึกความเห็นชอบในโครงการนี้พร้อมกัน โปรดลองอีกครั้ง",
            "Someone else approved a nomination of this programme at the same moment; try again.",
        ) from None


def approve_nomination(
    session: Session, nomination_id: int, resolution_id: int, confirm_unchecked: bool = False
) -> NominationView:
    """The committee approved the nomination by a resolution (also a resolution's action);
    a household not (found) in Logbook only with confirm_unchecked."""
    row = get_nomination(session, nomination_id)
    if session.get(Resolution, resolution_id) is None:
        raise ValidationError("ไม่พบมติที่ประชุมที่อ้างถึง", "The referenced resolution does not exist.")
    _check_quota(session, row)  # before anything changes: a caller may go on after a refusal
    if row.status == NominationStatus.CHECKED_IN_LOGBOOK:  # others are refused by the order below
        check_nominee_logbook(session, row.household, confirm_unchecked)
    _move(session, row, NominationStatus.CHECKED_IN_LOGBOOK, NominationStatus.APPROVED)
    row.resolution_id = resolution_id
    return _one(session, row)


def undo_approval(
    session: Session, nomination_id: int, status: NominationStatus, resolution_id: int | None
) -> None:
    """Put an approved nomination back as it was before a resolution approved it (the
    resolution's action is undone); a nomination that moved on since is left alone."""
    row = session.get(Nomination, nomination_id)
    if row is None or row.status != NominationStatus.APPROVED:
        return
    row.status, row.resolution_id = NominationStatus(status), resolution_id
    session.flush()


def find_nomination(session: Session, programme_id: int, household_id: int) -> NominationView | None:
    row = session.scalar(
        select(Nomination).where(
            Nomination.programme_id == programme_id, Nomination.household_id == household_id
        )
    )
    return None if row is None else _one(session, row)


def submit_nomination(session: Session, nomination_id: int, submitted_on: dt.date) -> NominationView:
    row = get_nomination(session, nomination_id)
    check_date(submitted_on, "วันที่ส่งจังหวัด", "submission date")
    _move(session, row, NominationStatus.APPROVED, NominationStatus.SUBMITTED)
    row.submitted_on = submitted_on
    return _one(session, row)


def withdraw_nomination(session: Session, nomination_id: int) -> NominationView:
    row = get_nomination(session, nomination_id)
    if row.status == NominationStatus.SUBMITTED:
        raise ValidationError(
            "ส่งจังหวัดไปแล้ว จึงถอนชื่อในโปรแกรมไม่ได้", "A submitted nomination cannot be withdrawn here."
        )
    if row.status == NominationStatus.WITHDRAWN:
        return _one(session, row)
    row.status = NominationStatus.WITHDRAWN  # the change tracking audits the row's diff
    return _one(session, row)


def export_nominations(session: Session, programme_id: int, path: Path) -> int:
    programme = get_programme(session, programme_id)
    nominations = list_nominations(session, programme_id)
    columns = [
        Column("ลำดับ", 7), Column("ชื่อ-สกุลหัวหน้าครัวเรือน", 26), Column("ที่อยู่", 36),
        Column("เหตุผลที่เสนอ", 50), Column("สถานะ", 22), Column("ตรวจสอบใน Logbook", 14),
        Column("ส่งจังหวัด", 14),
    ]  # fmt: skip

    def rows() -> Iterator[list[object]]:
        for n in nominations:
            yield [
                n.rank, n.head_name, n.address, n.reason, n.status_th,
                thai_date_short(n.checked_on, False) if n.checked_on else "",
                thai_date_short(n.submitted_on, False) if n.submitted_on else "",
            ]  # fmt: skip

    heading = f"รายชื่อครัวเรือนที่เสนอเข้าร่วม{programme.name}"
    count = write_workbook(path, [Sheet("การเสนอชื่อ", columns, rows(), heading=heading)])
    record(
        session,
        AuditAction.EXPORT,
        "nomination",
        None,
        summary=f"ส่งออกการเสนอชื่อ {count} ครัวเรือน ({programme.name})",
    )
    return count


@dataclass(frozen=True)
class ResolutionChoice:
    id: int
    label: str  # มติที่ 4/2567: ที่ประชุมมีมติเห็นชอบ…
    number: str = ""  # "4/2567", for the window to name it in English
    excerpt: str = ""  # the resolution's text, cut to 60 characters


def resolution_choices(session: Session, limit: int = 200) -> list[ResolutionChoice]:
    """Recent committee resolutions a nomination can be approved by, newest first."""
    rows = session.execute(
        select(Resolution.id, Resolution.number, Resolution.year_be, Resolution.text)
        .order_by(Resolution.year_be.desc(), Resolution.number.desc())
        .limit(limit)
    ).all()
    return [
        ResolutionChoice(r[0], f"{resolution_number(r[1], r[2])}: {r[3][:60]}", f"{r[1]}/{r[2]}", r[3][:60])
        for r in rows
    ]
