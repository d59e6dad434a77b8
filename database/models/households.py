"""The household register: households and their members."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, enum_column, text_column
from database.enums import LogbookStatus, Sex, Stage


class Household(Timestamped, Base):
    __tablename__ = "household"
    __table_args__ = (Index("ix_household_address", "subdistrict", "village_no", "house_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    house_no: Mapped[str] = mapped_column(String(32), default="")  # บ้านเลขที่
    village_no: Mapped[int | None]  # หมู่ที่
    village_name: Mapped[str] = mapped_column(default="")  # หมู่บ้าน
    # ตำบล: searched through ix_household_address and ix_household_overview, which lead with it
    subdistrict: Mapped[str] = mapped_column(default="")
    district: Mapped[str] = mapped_column(default="")  # อำเภอ
    province: Mapped[str] = mapped_column(default="")  # จังหวัด
    postcode: Mapped[str] = mapped_column(String(5), default="")
    house_code: Mapped[str | None] = mapped_column(String(11), index=True)  # รหัสประจำบ้าน

    target_group: Mapped[int] = mapped_column(default=1, index=True)  # 1-4 (TPMAP 2566)
    target_subgroup: Mapped[str] = mapped_column(String(8), default="")  # "1.1", "3.2" …
    mpi_health: Mapped[bool] = mapped_column(default=False)
    mpi_living: Mapped[bool] = mapped_column(default=False)
    mpi_education: Mapped[bool] = mapped_column(default=False)
    mpi_income: Mapped[bool] = mapped_column(default=False)
    mpi_access: Mapped[bool] = mapped_column(default=False)
    welfare_card: Mapped[bool] = mapped_column(default=False)  # บัตรสวัสดิการแห่งรัฐ
    income_per_person: Mapped[int | None]  # baht per person per year
    vulnerable: Mapped[bool] = mapped_column(default=False)
    vulnerability_note: Mapped[str] = mapped_column(default="")
    stage: Mapped[Stage | None] = enum_column(Stage, nullable=True)

    logbook_status: Mapped[LogbookStatus] = enum_column(
        LogbookStatus, default=LogbookStatus.NOT_CHECKED, index=True
    )
    logbook_status_on: Mapped[dt.date | None]
    escalated: Mapped[bool] = mapped_column(default=False, index=True)

    notes: Mapped[str] = text_column()
    source: Mapped[str] = mapped_column(default="")  # file or person it came from
    # Lower-cased head name, IDs and house number: one indexed-free column to search.
    search_text: Mapped[str] = text_column()
    version: Mapped[int] = mapped_column(default=1)
    # The values the last import brought, field by field: a stored value that differs from
    # it was edited in the app, and the next import must not overwrite it silently.
    imported: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")

    members: Mapped[list[Member]] = relationship(
        back_populates="household",
        cascade="all, delete-orphan",
        order_by="Member.sort_order",
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def head(self) -> Member | None:
        for member in self.members:
            if member.is_head:
                return member
        return self.members[0] if self.members else None


class Member(Timestamped, Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(64), default="")  # คำนำหน้า
    first_name: Mapped[str]
    last_name: Mapped[str] = mapped_column(default="")
    national_id: Mapped[str | None] = mapped_column(String(13), index=True)
    birth_date: Mapped[dt.date | None]
    age: Mapped[int | None]
    sex: Mapped[Sex] = enum_column(Sex, default=Sex.UNKNOWN)
    relation: Mapped[str] = mapped_column(default="")  # relation to the head
    is_head: Mapped[bool] = mapped_column(default=False)
    elderly: Mapped[bool] = mapped_column(default=False)
    disabled: Mapped[bool] = mapped_column(default=False)
    bedridden: Mapped[bool] = mapped_column(default=False)
    child: Mapped[bool] = mapped_column(default=False)
    imported: Mapped[dict[str, Any]] = mapped_column(
        default=dict, server_default="{}"
    )  # see Household.imported

    household: Mapped[Household] = relationship(back_populates="members")

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
