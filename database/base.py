"""Declarative base shared by every model: one metadata, one naming convention."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, DateTime, Enum, MetaData, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names make Alembic batch migrations on SQLite and diffs on
# PostgreSQL produce the same script.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(255),
        dt.datetime: DateTime(timezone=True),
        Decimal: Numeric(14, 2),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


def text_column(**kwargs: Any) -> Mapped[str]:
    """A long free-text column (notes, minutes, letter bodies)."""
    return mapped_column(Text, default="", server_default="", **kwargs)


def enum_column(enum_type: type[enum.Enum], **kwargs: Any) -> Any:
    """Store an enum by its value as plain text: readable in SQL, portable, no native type."""
    return mapped_column(
        Enum(
            enum_type,
            native_enum=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        **kwargs,
    )


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
