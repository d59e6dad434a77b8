"""Incoming circulars with their deadlines, outgoing letters, submissions to the province."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, enum_column, text_column
from database.enums import DeliverableKind, SubmissionChannel
from database.models.households import Household


class Circular(Timestamped, Base):
    """A letter received from the province (หนังสือเวียน) that asks for something."""

    __tablename__ = "circular"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str]  # ที่ พย ๐๐๑๙.๔/ว ๓๓/๖๓
    dated: Mapped[dt.date]
    sender: Mapped[str] = mapped_column(default="")
    subject: Mapped[str] = text_column()
    received_on: Mapped[dt.date | None]
    summary: Mapped[str] = text_column()
    requires_full_ids: Mapped[bool] = mapped_column(default=False)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    closed_on: Mapped[dt.date | None]  # closed by the clerk: its deadlines leave the reminders

    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="circular", cascade="all, delete-orphan", order_by="Deadline.due_on"
    )
    households: Mapped[list[Household]] = relationship(secondary="circular_household")

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class CircularHousehold(Base):
    """A household a circular concerns (a nomination, a case the province asks about)."""

    __tablename__ = "circular_household"

    circular_id: Mapped[int] = mapped_column(ForeignKey("circular.id", ondelete="CASCADE"), primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True
    )


class Deadline(Timestamped, Base):
    __tablename__ = "deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    circular_id: Mapped[int] = mapped_column(ForeignKey("circular.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[dt.date] = mapped_column(index=True)
    deliverable: Mapped[DeliverableKind] = enum_column(DeliverableKind)
    description: Mapped[str] = text_column()
    delivered_on: Mapped[dt.date | None]
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submission.id", ondelete="SET NULL"))

    circular: Mapped[Circular] = relationship(back_populates="deadlines")

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class OutgoingLetter(Timestamped, Base):
    """ทะเบียนหนังสือส่ง: running numbers per Buddhist-era year, never reused."""

    __tablename__ = "outgoing_letter"
    __table_args__ = (UniqueConstraint("year_be", "running_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_be: Mapped[int]
    running_no: Mapped[int]
    letter_code: Mapped[str]
    dated: Mapped[dt.date]
    recipient: Mapped[str] = mapped_column(default="")
    subject: Mapped[str] = text_column()
    circular_id: Mapped[int | None] = mapped_column(ForeignKey("circular.id", ondelete="SET NULL"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(String(32), default="letter", server_default="letter")  # letter | cover
    # A number is never reused: a letter that was not sent is voided, not deleted.
    cancelled: Mapped[bool] = mapped_column(default=False, server_default=false())
    cancel_reason: Mapped[str] = text_column()  # why it was voided, shown in the register

    # Optimistic locking: a save made on a stale copy is refused (desktop/safety/conflicts.py).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Submission(Timestamped, Base):
    """A package sent to the province, by USB stick, e-mail or folder."""

    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    circular_id: Mapped[int | None] = mapped_column(ForeignKey("circular.id", ondelete="SET NULL"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_letter.id", ondelete="SET NULL"))
    channel: Mapped[SubmissionChannel] = enum_column(SubmissionChannel)
    sent_at: Mapped[dt.datetime]
    destination: Mapped[str] = mapped_column(default="")  # path or e-mail address
    package_name: Mapped[str] = mapped_column(default="")
    package_sha256: Mapped[str] = mapped_column(String(64), default="")
    package_size: Mapped[int] = mapped_column(default=0, server_default="0")
    description: Mapped[str] = text_column()
    sent_by: Mapped[str] = mapped_column(default="")
