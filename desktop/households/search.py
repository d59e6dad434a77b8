"""The text a household is found by when the clerk types: names, IDs, house number."""

from __future__ import annotations

from database.models import Household
from desktop.thai import to_arabic_digits


def normalize_query(text: str) -> str:
    return " ".join(to_arabic_digits(text).lower().split())


def household_search_text(household: Household) -> str:
    parts = [household.house_no, household.house_code or "", household.village_name]
    for member in household.members:
        parts += [member.first_name, member.last_name, member.national_id or ""]
    return normalize_query(" ".join(p for p in parts if p))
