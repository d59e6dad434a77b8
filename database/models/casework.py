"""Casework on a household: 4ท analysis, plan items, assistance activities, escalation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, enum_column, text_column
from database.enums import MpiDimension, PlanStatus, Stage
from database.models.households import Household
from database.models.office import Agency


class Remedy(Timestamped, Base):
    """An entry of the remedy menu (เมนูแก้จน), grouped by MPI dimension."""

    __tablename__ = "remedy"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)
    title: Mapped[str]
    dimension: Mapped[MpiDimension] = enum_column(MpiDimension)
    description: Mapped[str] = text_column()
    default_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(default=True)

    default_agency: Mapped[Agency | None] = relationship()


class Analysis(Timestamped, Base):
    """One 4ท analysis session with the household (ทัศนคติ ทักษะ ทรัพยากร ทางออก)."""

    __tablename__ = "analysis"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    recorded_on: Mapped[dt.date]
    recorded_by: Mapped[str] = mapped_column(default="")
    participants: Mapped[str] = text_column()  # household members who took part
    attitude: Mapped[str] = text_column()
    skills: Mapped[str] = text_column()
    resources: Mapped[str] = text_column()
    way_out: Mapped[str] = text_column()

    household: Mapped[Household] = relationship()

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Assessment(Timestamped, Base):
    """The household's five capitals (ทุน ๕ ด้าน, scored 1-5) and stage at a date."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[dt.date]
    recorded_by: Mapped[str] = mapped_column(default="")
    human_capital: Mapped[int | None]
    physical_capital: Mapped[int | None]
    economic_capital: Mapped[int | None]
    natural_capital: Mapped[int | None]
    social_capital: Mapped[int | None]
    stage: Mapped[Stage] = enum_column(Stage)


class PlanItem(Timestamped, Base):
    """One line of the household plan: a remedy, the agency responsible, a due date, a status."""

    __tablename__ = "plan_item"
    # The follow-up list asks, per household, for open items and open items past due.
    __table_args__ = (Index("ix_plan_item_household_status_due", "household_id", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    remedy_id: Mapped[int | None] = mapped_column(ForeignKey("remedy.id", ondelete="SET NULL"))
    free_remedy: Mapped[str] = mapped_column(default="")  # when nothing in the menu fits
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    due_on: Mapped[dt.date | None] = mapped_column(index=True)
    status: Mapped[PlanStatus] = enum_column(PlanStatus, default=PlanStatus.PLANNED, index=True)
    note: Mapped[str] = text_column()
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(default=1)

    remedy: Mapped[Remedy | None] = relationship()
    agency: Mapped[Agency | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Activity(Timestamped, Base):
    """An assistance activity, to be recorded in TPMAP Logbook."""

    __tablename__ = "activity"
    # Last activity per household (follow-up) and the Logbook queue in date order.
    __table_args__ = (
        Index("ix_activity_household_date", "household_id", "activity_on"),
        Index("ix_activity_queue", "logbook_entered", "activity_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id", ondelete="SET NULL"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    remedy_id: Mapped[int | None] = mapped_column(ForeignKey("remedy.id", ondelete="SET NULL"))
    activity_on: Mapped[dt.date] = mapped_column(index=True)
    description: Mapped[str] = text_column()
    amount: Mapped[Decimal | None]  # cash, baht
    in_kind_value: Mapped[Decimal | None]  # value of goods, baht
    result: Mapped[str] = text_column()
    logbook_entered: Mapped[bool] = mapped_column(default=False, index=True)
    logbook_entered_on: Mapped[dt.date | None]

    agency: Mapped[Agency | None] = relationship()
    remedy: Mapped[Remedy | None] = relationship()

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Escalation(Timestamped, Base):
    """A household handed to the provincial centre (ศจพ.จ.)."""

    __tablename__ = "escalation"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    escalated_on: Mapped[dt.date] = mapped_column(index=True)
    recorded_by: Mapped[str] = mapped_column(default="")
    reason: Mapped[str] = text_column()
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id", ondelete="SET NULL"))
    closed_on: Mapped[dt.date | None]
    closed_note: Mapped[str] = text_column()

    # Optimistic locking: closing a copy another clerk has changed since is refused.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
