"""Every person, place, office, committee and programme name in the database, for the line filler.

The segmenter's dictionary does not know อินต๊ะ or ป่าแฝก and would break a line inside
them. Each document is built from a session that first calls refresh(): the names are
read again (a few small queries) and the dictionary changes only when they did.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import (
    Agency,
    Attendance,
    Committee,
    Household,
    Member,
    OfficeProfile,
    Person,
    Programme,
    Signatory,
)
from desktop.documents.thai_text import set_names


def _people(session: Session, model: type[Person] | type[Member]) -> Iterator[str]:
    rows = session.execute(select(model.title, model.first_name, model.last_name).distinct())
    for title, first, last in rows:
        yield f"{title}{first} {last}".strip()  # as printed (full_name)
        yield f"{first} {last}".strip()
        yield first
        yield last


def database_names(session: Session) -> set[str]:
    names: set[str] = set()
    names.update(_people(session, Person))
    names.update(_people(session, Member))
    for name, representative in session.execute(
        select(Attendance.name, Attendance.representative_name).distinct()
    ):
        names.update((name, representative))
    names.update(session.scalars(select(Signatory.name).distinct()))
    for village, subdistrict, district in session.execute(
        select(Household.village_name, Household.subdistrict, Household.district).distinct()
    ):
        names.update((village, subdistrict, district))
    for name, short in session.execute(select(Agency.name, Agency.short_name)):
        names.update((name, short))
    for name, short in session.execute(select(Committee.name, Committee.short_name)):
        names.update((name, short))
    names.update(session.scalars(select(Programme.name)))  # โครงการบ้านห่วงใยจากใจ
    for office in session.scalars(select(OfficeProfile)):
        names.update(
            (
                office.province,
                office.district,
                office.office_name,
                office.owning_unit,
                office.province_office_name,
                office.district_chief_name,
                office.development_officer_name,
            )
        )
    return {name.strip() for name in names if name and name.strip()}


def refresh(session: Session) -> bool:
    """Bring the line filler's names up to date with the database; True when they changed."""
    return set_names(database_names(session))
