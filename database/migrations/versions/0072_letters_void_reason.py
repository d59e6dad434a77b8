"""letters: a voided outgoing letter number keeps the reason it was voided

Revision ID: 0072_letters
Revises: 0071_safety
Create Date: 2026-12-03 16:30:00

A number of the outgoing letter register is never reused: one that will not be sent is
voided (ยกเลิก). The register now says why, so ``outgoing_letter`` gets ``cancel_reason``
(empty for letters voided before this, and for every letter in use).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0072_letters'
down_revision: str | None = '0071_safety'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
