"""versions: every record a clerk edits carries a version (optimistic locking)

Revision ID: 0070_versions
Revises: 0061_households
Create Date: 2026-12-03 13:30:00

Members, analyses, agenda items, attendance, circulars, deadlines, letters, programmes,
nominations and accounts get the ``version`` column that households, plan items, meetings
and resolutions already had: a save made on a copy another clerk has saved since is refused
instead of overwriting it (desktop/safety/conflicts.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0070_versions'
down_revision: str | None = '0061_households'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "member", "analysis", "agenda_item", "attendance", "circular", "deadline", "outgoing_letter",
    "programme", "nomination", "app_user",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
