"""Province side: packages received from districts and the household rows they carried."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped


class ReceivedPackage(Timestamped, Base):
    """A verified submission package imported at the provincial office."""

    __tablename__ = "received_package"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(default="")
    province: Mapped[str] = mapped_column(default="")
    district: Mapped[str] = mapped_column(default="", index=True)
    office_name: Mapped[str] = mapped_column(default="")
    meeting_title: Mapped[str] = mapped_column(default="")
    meeting_date: Mapped[dt.date | None]
    circular_reference: Mapped[str] = mapped_column(default="")
    letter_number: Mapped[str] = mapped_column(default="")
    package_created_at: Mapped[str] = mapped_column(String(40), default="")
    full_ids: Mapped[bool] = mapped_column(default=False)
    imported_by: Mapped[str] = mapped_column(default="")
    manifest: Mapped[dict[str, Any]] = mapped_column(default=dict)

    households: Mapped[list[ReceivedHousehold]] = relationship(
        back_populates="package", cascade="all, delete-orphan", order_by="ReceivedHousehold.id"
    )


class ReceivedHousehold(Base):
    """One row of a district's household list, in the province column layout."""

    __tablename__ = "received_household"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("received_package.id", ondelete="CASCADE"), index=True)
    list_name: Mapped[str] = mapped_column(default="")  # the xlsx it came from
    district: Mapped[str] = mapped_column(default="", index=True)
    subdistrict: Mapped[str] = mapped_column(default="")
    village_no: Mapped[str] = mapped_column(String(16), default="")
    village_name: Mapped[str] = mapped_column(default="")
    house_no: Mapped[str] = mapped_column(String(32), default="")
    house_code: Mapped[str] = mapped_column(String(16), default="")
    head_name: Mapped[str] = mapped_column(default="")
    national_id: Mapped[str] = mapped_column(String(20), default="")
    target_group: Mapped[str] = mapped_column(String(8), default="")
    members: Mapped[int | None]
    logbook_status: Mapped[str] = mapped_column(default="")
    agenda_item: Mapped[str] = mapped_column(default="")
    resolution: Mapped[str] = mapped_column(default="")

    package: Mapped[ReceivedPackage] = relationship(back_populates="households")
