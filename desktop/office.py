"""The office profile as plain data for the settings page, the CLI and the documents."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import OfficeProfile
from desktop.operations import Unit, operation, query
from desktop.safety.access import Permission


@dataclass
class OfficeData:
    province: str = ""
    district: str = ""
    office_name: str = ""
    letter_code: str = ""
    address: str = ""
    postcode: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    owning_unit: str = ""
    province_office_name: str = ""
    province_office_email: str = ""
    district_chief_name: str = ""
    development_officer_name: str = ""


FIELD_NAMES = [f.name for f in fields(OfficeData)]


def load_office(session: Session) -> OfficeData:
    profile = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
    if profile is None:
        return OfficeData()
    return OfficeData(**{name: getattr(profile, name) for name in FIELD_NAMES})


def save_office(session: Session, data: OfficeData) -> None:
    profile = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
    if profile is None:
        profile = OfficeProfile()
        session.add(profile)
        session.flush()
    for name in FIELD_NAMES:
        before, after = getattr(profile, name), getattr(data, name)
        if before != after:
            setattr(profile, name, after)


# --- the Settings page and the CLI read and change the profile through these (desktop/operations.py)

load = query(load_office)


@operation(Permission.EDIT)
def save(unit: Unit, data: OfficeData) -> None:
    save_office(unit.session, data)
