"""The catalogues the office maintains: agencies and the remedy menu (เมนูแก้จน)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from database.enums import MpiDimension
from database.models import Agency, Remedy
from desktop.casework.common import DIMENSION_TH, check_text, get_agency
from desktop.errors import NotFoundError, ValidationError


@dataclass(frozen=True)
class AgencyInput:
    name: str
    short_name: str = ""
    kind: str = ""
    contact: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AgencyView:
    id: int
    name: str
    short_name: str
    kind: str
    contact: str
    phone: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.short_name} ({self.name})" if self.short_name else self.name


def _agency_view(row: Agency) -> AgencyView:
    return AgencyView(row.id, row.name, row.short_name, row.kind, row.contact, row.phone, row.active)


def list_agencies(session: Session, include_inactive: bool = False) -> list[AgencyView]:
    query = select(Agency).order_by(Agency.short_name, Agency.name)
    if not include_inactive:
        query = query.where(Agency.active.is_(True))
    return [_agency_view(r) for r in session.scalars(query)]


def _check_agency(session: Session, data: AgencyInput, agency_id: int | None) -> None:
    name = check_text(data.name, "ชื่อหน่วยงาน", "agency name", limit=255)
    clash = session.scalar(select(Agency.id).where(func.lower(Agency.name) == name.lower()))
    if clash is not None and clash != agency_id:
        raise ValidationError(f"มีหน่วยงานชื่อ {name} อยู่แล้ว", f"An agency named {name} already exists.")
    for value in (data.short_name, data.kind, data.contact, data.phone):
        if len(value.strip()) > 255:
            raise ValidationError(
                "ข้อมูลหน่วยงานยาวเกิน ๒๕๕ ตัวอักษร", "An agency field is longer than 255 characters."
            )


def add_agency(session: Session, data: AgencyInput) -> AgencyView:
    _check_agency(session, data, None)
    row = Agency(
        name=data.name.strip(), short_name=data.short_name.strip(), kind=data.kind.strip(),
        contact=data.contact.strip(), phone=data.phone.strip(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return _agency_view(row)


def update_agency(session: Session, agency_id: int, data: AgencyInput) -> AgencyView:
    row = get_agency(session, agency_id, must_be_active=False)
    assert row is not None
    _check_agency(session, data, agency_id)
    row.name, row.short_name, row.kind = data.name.strip(), data.short_name.strip(), data.kind.strip()
    row.contact, row.phone = data.contact.strip(), data.phone.strip()
    session.flush()
    return _agency_view(row)


def set_agency_active(session: Session, agency_id: int, active: bool) -> AgencyView:
    row = get_agency(session, agency_id, must_be_active=False)
    assert row is not None
    if row.active != active:
        row.active = active
    session.flush()
    return _agency_view(row)


@dataclass(frozen=True)
class RemedyInput:
    code: str
    title: str
    dimension: MpiDimension
    description: str = ""
    default_agency_id: int | None = None


@dataclass(frozen=True)
class RemedyView:
    id: int
    code: str
    title: str
    dimension: MpiDimension
    description: str
    default_agency_id: int | None
    default_agency_name: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def dimension_th(self) -> str:
        return DIMENSION_TH[self.dimension]


def _remedy_view(row: Remedy) -> RemedyView:
    agency = row.default_agency
    return RemedyView(
        row.id, row.code, row.title, row.dimension, row.description, row.default_agency_id,
        (agency.short_name or agency.name) if agency else "", row.active,
    )  # fmt: skip


def list_remedies(session: Session, include_inactive: bool = False) -> list[RemedyView]:
    """The menu in dimension order (health, living, education, income, access), then by code."""
    query = select(Remedy).options(selectinload(Remedy.default_agency))
    if not include_inactive:
        query = query.where(Remedy.active.is_(True))
    order = {d: i for i, d in enumerate(MpiDimension)}
    rows = sorted(session.scalars(query), key=lambda r: (order[r.dimension], r.code))
    return [_remedy_view(r) for r in rows]


def remedies_by_dimension(
    session: Session, include_inactive: bool = False
) -> dict[MpiDimension, list[RemedyView]]:
    grouped: dict[MpiDimension, list[RemedyView]] = {d: [] for d in MpiDimension}
    for remedy in list_remedies(session, include_inactive):
        grouped[remedy.dimension].append(remedy)
    return grouped


def _check_remedy(session: Session, data: RemedyInput, remedy_id: int | None) -> None:
    code = check_text(data.code, "รหัสเมนู", "remedy code", limit=255)
    check_text(data.title, "ชื่อรายการเมนูแก้จน", "remedy title", limit=255)
    try:
        MpiDimension(data.dimension)
    except ValueError:
        raise ValidationError("โปรดเลือกมิติของเมนูแก้จน", "Please choose the remedy's MPI dimension.") from None
    clash = session.scalar(select(Remedy.id).where(func.upper(Remedy.code) == code.upper()))
    if clash is not None and clash != remedy_id:
        raise ValidationError(f"มีรหัสเมนู {code} อยู่แล้ว", f"The remedy code {code} is already used.")
    get_agency(session, data.default_agency_id, must_be_active=False)


def add_remedy(session: Session, data: RemedyInput) -> RemedyView:
    _check_remedy(session, data, None)
    row = Remedy(
        code=data.code.strip().upper(), title=data.title.strip(), dimension=MpiDimension(data.dimension),
        description=data.description.strip(), default_agency_id=data.default_agency_id,
    )  # fmt: skip
    session.add(row)
    session.flush()
    session.refresh(row)
    return _remedy_view(row)


def _get_remedy(session: Session, remedy_id: int) -> Remedy:
    row = session.get(Remedy, remedy_id)
    if row is None:
        raise NotFoundError("ไม่พบรายการในเมนูแก้จน", "The remedy does not exist.")
    return row


def update_remedy(session: Session, remedy_id: int, data: RemedyInput) -> RemedyView:
    row = _get_remedy(session, remedy_id)
    _check_remedy(session, data, remedy_id)
    row.code, row.title = data.code.strip().upper(), data.title.strip()
    row.dimension, row.description = MpiDimension(data.dimension), data.description.strip()
    row.default_agency_id = data.default_agency_id
    session.flush()
    session.refresh(row)
    return _remedy_view(row)


def set_remedy_active(session: Session, remedy_id: int, active: bool) -> RemedyView:
    row = _get_remedy(session, remedy_id)
    if row.active != active:
        row.active = active
    session.flush()
    return _remedy_view(row)
