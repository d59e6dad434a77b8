"""activity: a version, so that two clerks editing one assistance activity cannot overwrite each other

Revision ID: 0078_activity_version
Revises: 0076_circulars
Create Date: 2026-12-03 19:20:00

An assistance activity is now edited from the household's casework page; like every record a
clerk edits it carries a ``version`` (optimistic locking, desktop/safety/conflicts.py), and the
edit sends only the fields the clerk changed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0078_activity_version"
down_revision: str | None = "0076_circulars"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("version")
