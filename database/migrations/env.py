"""Alembic environment: always driven from code (database.migrate), never from an ini file."""

from __future__ import annotations

from alembic import context

from database import models  # noqa: F401  (registers every table on Base.metadata)
from database.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through database.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
