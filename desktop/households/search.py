"""The text a household is found by when the clerk types: names, IDs, house number."""

from __future__ import annotations

from collections.abc import Iterable

from database.models import Household
from desktop.thai import to_arabic_digits


def normalize_query(text: str) -> str:
    return " ".join(to_arabic_digits(text).lower().split())


def search_text(
    house_no: str, house_code: str | None, village_name: str, people: Iterable[tuple[str, str, str | None]]
) -> str:
    """house number, house code, village name, then each member's first name, surname and ID."""
    parts = [house_no, house_code or "", village_name]
    for first, last, national_id in people:
        parts += [first, last, national_id or ""]
    return normalize_query(" ".join(p for p in parts if p))


def household_search_text(household: Household) -> str:
    return search_text(
        household.house_no,
        household.house_code,
        household.village_name,
        ((m.first_name, m.last_name, m.national_id) for m in household.members),
    )
