"""circulars: a circular can be closed (its deadlines leave the reminders) and reopened

Revision ID: 0076_circulars
Revises: 0074
Create Date: 2026-12-03 17:05:00

A circular the province withdrew, or one answered by other means, is closed by the clerk:
``circular.closed_on`` holds the day it was closed (NULL while open). Closed circulars'
deadlines no longer show on the home page or in the start-up reminder.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0076_circulars'
down_revision: str | None = '0074'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("circular", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("circular", schema=None) as batch_op:
        batch_op.drop_column("closed_on")
