"""The office running the app: its profile, the people who sign, the officials it works with."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, text_column


class OfficeProfile(Timestamped, Base):
    """One row: who we are, printed on every letter and package."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str] = mapped_column(default="")  # จังหวัด
    district: Mapped[str] = mapped_column(default="")  # อำเภอ
    office_name: Mapped[str] = mapped_column(default="")  # สำนักงานพัฒนาชุมชนอำเภอ…
    letter_code: Mapped[str] = mapped_column(default="")  # e.g. "พย ๐๐๑๙.๔"
    address: Mapped[str] = text_column()  # multi-line, printed top right of letters
    postcode: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    fax: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    owning_unit: Mapped[str] = mapped_column(default="")  # ส่วนราชการเจ้าของเรื่อง
    province_office_name: Mapped[str] = mapped_column(default="")  # recipient of submissions
    province_office_email: Mapped[str] = mapped_column(default="")
    district_chief_name: Mapped[str] = mapped_column(default="")  # นายอำเภอ
    development_officer_name: Mapped[str] = mapped_column(default="")  # พัฒนาการอำเภอ


class Signatory(Base):
    """Someone who signs documents for the office (chief, acting chief, development officer)."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    position: Mapped[str]  # first line under the name
    position_line2: Mapped[str] = mapped_column(default="")  # e.g. "ปฏิบัติราชการแทนนายอำเภอ…"
    purpose: Mapped[str] = mapped_column(default="letter")  # letter | minutes | memo
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Agency(Timestamped, Base):
    """A government unit that can be assigned to help households (รพ.สต., อบต., กศน. …)."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    short_name: Mapped[str] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(default="")  # health, local government, education …
    contact: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)

    people: Mapped[list[Person]] = relationship(back_populates="agency")


class Person(Timestamped, Base):
    """An official the office deals with (committee members, signatories, contacts)."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(default="")  # นาย / นาง / นางสาว / rank
    first_name: Mapped[str]
    last_name: Mapped[str] = mapped_column(default="")
    position: Mapped[str] = mapped_column(default="")  # ตำแหน่ง outside any committee
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")

    agency: Mapped[Agency | None] = relationship(back_populates="people")

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()
