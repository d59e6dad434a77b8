"""Look-ups every meeting service shares."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import AgendaItem, Meeting, Resolution
from desktop.errors import NotFoundError
from desktop.thai import to_thai_digits

ADOPTION_WORDS = "รับรองรายงาน"
CARRIED_OVER_WORDS = "สืบเนื่อง"


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"ไม่พบการประชุมหมายเลข {meeting_id}", f"No meeting {meeting_id}.")
    return meeting


def get_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"ไม่พบระเบียบวาระหมายเลข {item_id}", f"No agenda item {item_id}.")
    return item


def get_resolution(session: Session, resolution_id: int) -> Resolution:
    resolution = session.get(Resolution, resolution_id)
    if resolution is None:
        raise NotFoundError(f"ไม่พบมติหมายเลข {resolution_id}", f"No resolution {resolution_id}.")
    return resolution


def meeting_number(meeting: Meeting, thai: bool = True) -> str:
    """'๒/๒๕๖๗' in documents (thai=True), '2/2567' on screen: see number_in_language."""
    text = f"{meeting.number}/{meeting.year_be}"
    return to_thai_digits(text) if thai else text


def number_in_language(number: str, language: str) -> str:
    """A meeting's or resolution's 'n/year' (Buddhist era, Arabic digits, as on screen) in the
    window's language: as is in Thai, the Christian-era year in English ('2/2567' → '2/2024')."""
    head, _, year = number.rpartition("/")
    if language == "th" or not head or not year.isdigit():
        return number
    return f"{head}/{int(year) - 543}"


def resolution_number(number: int, year_be: int, thai: bool = False) -> str:
    """'มติที่ 1/2569': every screen and list names a resolution so (Arabic digits on screen;
    thai=True for the text of a document, '๑/๒๕๖๙')."""
    text = f"{number}/{year_be}"
    return f"มติที่ {to_thai_digits(text) if thai else text}"


def sections(meeting: Meeting) -> list[AgendaItem]:
    return sorted((i for i in meeting.items if i.parent_id is None), key=lambda i: (i.sort_order, i.id))


def children(meeting: Meeting, section: AgendaItem) -> list[AgendaItem]:
    return sorted((i for i in meeting.items if i.parent_id == section.id), key=lambda i: (i.sort_order, i.id))


def section_for(meeting: Meeting, words: str, fallback_index: int) -> AgendaItem | None:
    """The section whose title contains words (e.g. สืบเนื่อง), else the usual position."""
    heads = sections(meeting)
    for head in heads:
        if words in head.title:
            return head
    return heads[fallback_index] if len(heads) > fallback_index else None


def previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The committee's meeting just before this one (by date, then number)."""
    earlier = session.scalars(
        select(Meeting)
        .where(Meeting.committee_id == meeting.committee_id, Meeting.id != meeting.id)
        .order_by(Meeting.held_on.desc(), Meeting.year_be.desc(), Meeting.number.desc())
    ).all()
    key = (meeting.held_on, meeting.year_be, meeting.number)
    for other in earlier:
        if (other.held_on, other.year_be, other.number) < key:
            return other
    return None


def item_label(meeting: Meeting, item: AgendaItem) -> str:
    """'๓' for a section, '๓.๒' for the second item under it (Arabic digits; print converts)."""
    heads = sections(meeting)
    if item.parent_id is None:
        return str(heads.index(item) + 1)
    parent = next(h for h in heads if h.id == item.parent_id)
    return f"{heads.index(parent) + 1}.{children(meeting, parent).index(item) + 1}"
