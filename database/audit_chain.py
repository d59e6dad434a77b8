"""The audit log's hash chain: what each entry's SHA-256 covers, in one place.

Each entry's hash covers its canonical content (below) and the previous entry's hash, so
changing, removing or reordering any entry breaks every link after it. The form must never
change: the chains already written in offices' databases are checked against it. It lives in
``database/`` because migration 0071_safety fills the chain for entries written before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first entry
CONTENT = ("at", "user_name", "action", "entity", "entity_id", "field", "before", "after", "summary")


def _at(value: dt.datetime | str) -> str:
    """UTC, microseconds, no zone suffix: what SQLite gives back and PostgreSQL's value converted."""
    if isinstance(value, str):  # a raw SQLite read
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ", timespec="microseconds")


def canonical(row: dict[str, Any]) -> str:
    """The entry's content as one JSON text: sorted keys, no spaces, Thai kept as is."""
    content = {name: row.get(name) for name in CONTENT}
    content["at"] = _at(row["at"])
    action = content["action"]
    content["action"] = getattr(action, "value", action)
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(row: dict[str, Any], previous: str) -> str:
    digest = hashlib.sha256(previous.encode("ascii"))
    digest.update(canonical(row).encode("utf-8"))
    return digest.hexdigest()
