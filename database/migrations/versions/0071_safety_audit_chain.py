"""audit log: national IDs masked, search column out, every entry chained by SHA-256

Revision ID: 0071_safety
Revises: 0070_versions
Create Date: 2026-12-03 13:30:00

Entries written before this kept full national ID numbers (an ID edit logged both IDs, the
hidden search column was logged with every household change). This masks them in what the
log already holds, drops the search column from it, and fills the new hash chain
(``prev_hash``, ``entry_hash``, the one-row ``audit_chain_head``) oldest entry first. The
append-only triggers are dropped for that and created again, with one more on SQLite:
``INSERT OR REPLACE`` deletes the row it replaces without firing DELETE triggers, so an
insert that reuses an entry's id is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from database.audit_chain import GENESIS, entry_hash

revision: str = '0071_safety'
down_revision: str | None = '0070_versions'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "audit_entry is append-only"

# A frozen copy of desktop/pdpa.py's masking as it was when this ran (a migration must not
# change with the app, and database/ does not import desktop/).
_DIGIT = "[0-9๐-๙]"
_NATIONAL_ID = re.compile(rf"(?<!{_DIGIT}){_DIGIT}(?:[- ]?{_DIGIT}){{12}}(?!{_DIGIT})")
_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_UNLOGGED = "search_text"


def _mask_match(match: re.Match[str]) -> str:
    d = "".join(ch for ch in match.group(0) if ch not in "- ").translate(_ARABIC)
    return f"{d[0]}-{d[1:5]}-xxxxx-{d[10:12]}-{d[12]}"


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return _NATIONAL_ID.sub(_mask_match, value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and len(str(abs(value))) == 13:
        return _mask(str(value))
    if isinstance(value, dict):
        return {_mask(k): _mask(v) for k, v in value.items() if k != _UNLOGGED}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


AUDIT = sa.table(
    "audit_entry",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("user_name", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("field", sa.String),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
    sa.column("summary", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)


def _drop_triggers(dialect: str) -> None:
    if dialect == "sqlite":
        for name in ("update", "delete", "replace"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_entry_no_{name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")


def _create_triggers(dialect: str, replace: bool = True) -> None:
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
        if replace:
            op.execute(
                "CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry "
                "WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )


_WRITTEN = ("user_name", "field", "summary", "before", "after", "prev_hash", "entry_hash")


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    op.add_column("audit_entry", sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
    op.add_column("audit_entry", sa.Column("entry_hash", sa.String(64), nullable=False, server_default=""))
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    _drop_triggers(dialect)
    previous, count, batch = GENESIS, 0, []
    columns = [c for c in AUDIT.c if c.name not in ("prev_hash", "entry_hash")]
    for row in bind.execute(sa.select(*columns).order_by(AUDIT.c.id)).mappings().all():
        entry = dict(row)
        for name in ("user_name", "field", "summary", "before", "after"):
            entry[name] = _mask(entry[name])
        entry["prev_hash"] = previous
        previous = entry["entry_hash"] = entry_hash(entry, previous)
        count += 1
        batch.append({f"v_{name}": entry[name] for name in ("id", *_WRITTEN)})
    if batch:
        values = {name: sa.bindparam(f"v_{name}", type_=AUDIT.c[name].type) for name in _WRITTEN}
        statement = AUDIT.update().where(AUDIT.c.id == sa.bindparam("v_id")).values(values)
        for start in range(0, len(batch), 1000):
            bind.execute(statement, batch[start : start + 1000])
    op.bulk_insert(head, [{"id": 1, "last_hash": previous, "entries": count}])
    _create_triggers(dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_triggers(dialect)
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
    _create_triggers(dialect, replace=False)
