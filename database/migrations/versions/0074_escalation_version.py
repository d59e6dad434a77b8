"""escalation: a version, so that closing one is refused on a copy another clerk changed

Revision ID: 0074
Revises: 0072_letters
Create Date: 2026-12-03 16:30:00

An escalation is now closed from the casework page (issue #19) with a date and a note; like
every record a clerk edits it carries a ``version`` (optimistic locking,
desktop/safety/conflicts.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0074'
down_revision: str | None = '0072_letters'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_column("version")
