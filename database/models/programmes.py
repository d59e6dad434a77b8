"""Special programmes (e.g. a provincial housing project) and their household nominations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, enum_column, text_column
from database.enums import NominationStatus
from database.models.households import Household


class Programme(Timestamped, Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    description: Mapped[str] = text_column()
    criteria: Mapped[str] = text_column()
    quota: Mapped[int | None]  # households per district
    deadline: Mapped[dt.date | None]
    fiscal_year_be: Mapped[int | None]  # ปีงบประมาณ (Buddhist era)
    circular_id: Mapped[int | None] = mapped_column(ForeignKey("circular.id", ondelete="SET NULL"))

    nominations: Mapped[list[Nomination]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="Nomination.rank"
    )

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Nomination(Timestamped, Base):
    __tablename__ = "nomination"
    __table_args__ = (UniqueConstraint("programme_id", "household_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(default=1)
    reason: Mapped[str] = text_column()
    status: Mapped[NominationStatus] = enum_column(NominationStatus, default=NominationStatus.NOMINATED)
    checked_on: Mapped[dt.date | None]
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id", ondelete="SET NULL"))
    submitted_on: Mapped[dt.date | None]

    programme: Mapped[Programme] = relationship(back_populates="nominations")
    household: Mapped[Household] = relationship()

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
