"""Agenda items: sections and their items (1.1, 1.2 …), order, texts, attachments, household lists."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from database.enums import AuditAction, LogbookStatus, NominationStatus
from database.models import (
    AgendaAttachment,
    AgendaItem,
    Household,
    Meeting,
    SavedFilter,
)
from desktop import audit
from desktop.casework import programmes as casework
from desktop.errors import NotFoundError, ValidationError
from desktop.households.export import LOGBOOK_STATUS_TH
from desktop.households.labels import target_group_text
from desktop.meetings import locks
from desktop.meetings.common import children, get_item, get_meeting, sections
from desktop.meetings.labels import HOUSEHOLD_LIST_TH

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    head: str
    address: str
    target_group: int
    logbook_status: LogbookStatus
    logbook_status_th: str
    escalated: bool
    group: str = ""  # "1.1": desktop.households.labels.target_group_text


def household_row(household: Household) -> HouseholdRow:
    head = household.head
    village = f" หมู่ที่ {household.village_no}" if household.village_no is not None else ""
    address = f"{household.house_no}{village} {household.village_name} ต.{household.subdistrict}".strip()
    return HouseholdRow(
        household.id,
        head.full_name if head else "",
        address,
        household.target_group,
        household.logbook_status,
        LOGBOOK_STATUS_TH[household.logbook_status],
        household.escalated,
        target_group_text(household.target_group, household.target_subgroup),
    )


def _editable_item(session: Session, item_id: int, what: str = locks.AGENDA) -> AgendaItem:
    item = get_item(session, item_id)
    locks.require(item.meeting, what)
    return item


def _renumber(items: list[AgendaItem]) -> None:
    for order, item in enumerate(items):
        item.sort_order = order


def add_section(session: Session, meeting_id: int, title: str) -> int:
    meeting = get_meeting(session, meeting_id)
    locks.require(meeting, locks.AGENDA)
    if not title.strip():
        raise ValidationError("กรุณาระบุชื่อระเบียบวาระ", "The section needs a title.")
    section = AgendaItem(title=title.strip(), sort_order=len(sections(meeting)))
    meeting.items.append(section)
    session.flush()
    return section.id


def add_item(session: Session, section_id: int, title: str, body: str = "") -> int:
    """A new item at the end of a section (allowed in a draft, and for matters raised at the meeting)."""
    section = get_item(session, section_id)
    meeting = section.meeting
    locks.require(meeting, locks.AGENDA_ADD)
    if section.parent_id is not None:
        raise ValidationError("เพิ่มเรื่องได้ภายใต้ระเบียบวาระหลักเท่านั้น", "Items go under a section.")
    if not title.strip():
        raise ValidationError("กรุณาระบุชื่อเรื่อง", "The item needs a title.")
    item = AgendaItem(
        parent_id=section.id, title=title.strip(), body=body, sort_order=len(children(meeting, section))
    )
    meeting.items.append(item)
    session.flush()
    return item.id


def update_item(session: Session, item_id: int, *, title: str, body: str) -> None:
    item = _editable_item(session, item_id)
    if not title.strip():
        raise ValidationError("กรุณาระบุชื่อเรื่อง", "The item needs a title.")
    item.title, item.body = title.strip(), body


def remove_item(session: Session, item_id: int) -> None:
    item = _editable_item(session, item_id)
    meeting = item.meeting
    doomed = {item.id} | {i.id for i in meeting.items if i.parent_id == item.id}
    for other in [i for i in meeting.items if i.id in doomed]:
        meeting.items.remove(other)
    session.flush()
    if item.parent_id is None:
        _renumber(sections(meeting))
    else:
        parent = next(i for i in meeting.items if i.id == item.parent_id)
        _renumber(children(meeting, parent))


def move_item(session: Session, item_id: int, parent_id: int | None, index: int) -> None:
    """Drag and drop: put an item at index under parent_id (None: a section among sections).

    Sections stay sections and items stay items, so an agenda keeps its two levels.
    """
    item = _editable_item(session, item_id)
    meeting = item.meeting
    if (item.parent_id is None) != (parent_id is None):
        raise ValidationError(
            "ย้ายได้เฉพาะเรื่องภายใต้ระเบียบวาระ หรือสลับลำดับระเบียบวาระหลัก",
            "Items move between sections; sections move among sections.",
        )
    if parent_id is None:
        siblings = [s for s in sections(meeting) if s.id != item.id]
    else:
        parent = next((i for i in meeting.items if i.id == parent_id and i.parent_id is None), None)
        if parent is None:
            raise NotFoundError("ไม่พบระเบียบวาระปลายทาง", "The target section is not in this meeting.")
        old_parent = item.parent_id
        item.parent_id = parent_id
        siblings = [c for c in children(meeting, parent) if c.id != item.id]
        if old_parent != parent_id:
            old = next(i for i in meeting.items if i.id == old_parent)
            _renumber([c for c in children(meeting, old) if c.id != item.id])
    siblings.insert(max(0, min(index, len(siblings))), item)
    _renumber(siblings)
    session.flush()


def add_attachment(session: Session, item_id: int, path: Path) -> int:
    item = _editable_item(session, item_id)
    content = path.read_bytes()
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(f"ไฟล์ {path.name} ใหญ่เกิน ๒๐ เมกะไบต์", f"{path.name} is larger than 20 MB.")
    attachment = AgendaAttachment(filename=path.name, content=content)
    item.attachments.append(attachment)
    session.flush()
    return attachment.id


def remove_attachment(session: Session, attachment_id: int) -> None:
    attachment = session.get(AgendaAttachment, attachment_id)
    if attachment is None:
        raise NotFoundError("ไม่พบไฟล์แนบ", "No such attachment.")
    _editable_item(session, attachment.agenda_item_id)
    session.delete(attachment)


def save_attachment(session: Session, attachment_id: int, folder: Path) -> Path:
    attachment = session.get(AgendaAttachment, attachment_id)
    if attachment is None:
        raise NotFoundError("ไม่พบไฟล์แนบ", "No such attachment.")
    target = folder / Path(attachment.filename).name
    target.write_bytes(attachment.content)
    return target


# --- household lists ---------------------------------------------------------------------


def _filter_query(criteria: dict[str, Any]) -> Any:
    query = select(Household)
    if criteria.get("subdistrict"):
        query = query.where(Household.subdistrict == criteria["subdistrict"])
    if criteria.get("village_no") is not None:
        query = query.where(Household.village_no == int(criteria["village_no"]))
    if criteria.get("target_group") is not None:
        query = query.where(Household.target_group == int(criteria["target_group"]))
    if criteria.get("logbook_status"):
        query = query.where(Household.logbook_status == LogbookStatus(criteria["logbook_status"]))
    if criteria.get("escalated") is not None:
        query = query.where(Household.escalated == bool(criteria["escalated"]))
    if criteria.get("mpi"):
        query = query.where(getattr(Household, f"mpi_{criteria['mpi']}").is_(True))
    return query


def list_households(session: Session, kind: str, ref: str = "") -> list[Household]:
    """The households a list kind currently selects (not_found, nominations, filter)."""
    order = (Household.subdistrict, Household.village_no, Household.id)
    if kind == "not_found":
        query = select(Household).where(Household.logbook_status == LogbookStatus.NOT_FOUND)
    elif kind == "nominations":
        if not ref.isdigit() or _programme_name(session, int(ref)) is None:
            raise ValidationError("กรุณาเลือกโครงการ", "Choose a programme.")
        nominated = [
            n.household_id
            for n in casework.list_nominations(session, int(ref))
            if n.status != NominationStatus.WITHDRAWN
        ]
        query = select(Household).where(Household.id.in_(nominated))
    elif kind == "filter":
        saved = session.get(SavedFilter, int(ref)) if ref.isdigit() else None
        if saved is None:
            raise ValidationError("กรุณาเลือกตัวกรองที่บันทึกไว้", "Choose a saved filter.")
        query = _filter_query(saved.criteria)
    else:
        raise ValidationError("ไม่รู้จักบัญชีครัวเรือนประเภทนี้", f"Unknown household list kind {kind!r}.")
    return list(session.scalars(query.options(selectinload(Household.members)).order_by(*order)))


def set_household_list(session: Session, item_id: int, kind: str, ref: str = "") -> int:
    """Attach (or refresh) the item's household list; returns how many households it holds."""
    item = _editable_item(session, item_id)
    if item.parent_id is None:
        raise ValidationError("บัญชีครัวเรือนแนบได้กับเรื่อง ไม่ใช่ระเบียบวาระหลัก", "Lists go on items.")
    households = [] if kind == "" else list_households(session, kind, ref)
    item.household_list_kind, item.household_list_ref = kind, ref
    item.households = households
    session.flush()
    audit.record(
        session,
        AuditAction.UPDATE,
        "agenda_item",
        item.id,
        field="households",
        after={"kind": kind, "ref": ref, "count": len(households)},
    )
    return len(households)


def remove_households(session: Session, item_id: int, household_ids: list[int]) -> None:
    item = _editable_item(session, item_id)
    item.households = [h for h in item.households if h.id not in set(household_ids)]
    if item.household_list_kind and item.household_list_kind != "manual":
        item.household_list_kind = "manual"


def item_households(session: Session, item_id: int) -> list[HouseholdRow]:
    item = get_item(session, item_id)
    ordered = sorted(item.households, key=lambda h: (h.subdistrict, h.village_no or 0, h.id))
    return [household_row(h) for h in ordered]


def household_list_title(session: Session, item: AgendaItem) -> str:
    title = HOUSEHOLD_LIST_TH.get(item.household_list_kind, "")
    if item.household_list_kind == "nominations" and item.household_list_ref.isdigit():
        name = _programme_name(session, int(item.household_list_ref))
        title = f"{title} {name}" if name else title
    elif item.household_list_kind == "filter" and item.household_list_ref.isdigit():
        saved = session.get(SavedFilter, int(item.household_list_ref))
        title = f"{title} “{saved.name}”" if saved else title
    return title


def programmes(session: Session) -> list[tuple[int, str]]:
    return sorted((p.id, p.name) for p in casework.list_programmes(session))


def _programme_name(session: Session, programme_id: int) -> str | None:
    try:
        return casework.get_programme(session, programme_id).name
    except NotFoundError:
        return None


def saved_filters(session: Session) -> list[tuple[int, str]]:
    return [(f.id, f.name) for f in session.scalars(select(SavedFilter).order_by(SavedFilter.name))]


def meeting_of_item(session: Session, item_id: int) -> Meeting:
    return get_item(session, item_id).meeting


def remedies(session: Session) -> list[tuple[int, str]]:
    from database.models import Remedy

    rows = session.scalars(select(Remedy).where(Remedy.active.is_(True)).order_by(Remedy.code))
    return [(r.id, f"{r.code} {r.title}") for r in rows]


def agencies(session: Session) -> list[tuple[int, str]]:
    from database.models import Agency

    rows = session.scalars(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name))
    return [(a.id, a.name) for a in rows]
