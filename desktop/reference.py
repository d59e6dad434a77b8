"""Reference data shipped with the app (agencies, remedy menu, agenda templates).

Seeded once into an empty database; after that the office owns and edits it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import MpiDimension
from database.models import Agency, AgendaTemplate, Remedy
from desktop import paths


def _load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        (paths.resources_dir() / "reference" / name).read_text(encoding="utf-8")
    )
    return data


def seed_reference_data(session: Session) -> None:
    """Insert what is missing; never touches rows the office has already edited."""
    agencies = {a.short_name: a for a in session.scalars(select(Agency))}
    for row in _load("agencies.json"):
        if row["short_name"] not in agencies:
            agency = Agency(name=row["name"], short_name=row["short_name"], kind=row["kind"])
            session.add(agency)
            agencies[agency.short_name] = agency
    session.flush()
    known_codes = set(session.scalars(select(Remedy.code)))
    for row in _load("remedies.json"):
        if row["code"] not in known_codes:
            default = agencies.get(row["agency"])
            session.add(
                Remedy(
                    code=row["code"],
                    title=row["title"],
                    dimension=MpiDimension(row["dimension"]),
                    default_agency_id=default.id if default else None,
                )
            )
    known_templates = set(session.scalars(select(AgendaTemplate.name)))
    for row in _load("agenda_templates.json"):
        if row["name"] not in known_templates:
            session.add(
                AgendaTemplate(name=row["name"], sections=row["sections"], is_default=row["is_default"])
            )
    session.flush()
