"""How a household's closed values read, on screen and on paper (one function each)."""

from __future__ import annotations


def target_group_text(group: int | None, subgroup: str = "") -> str:
    """TPMAP's target group as clerks write it: the subgroup when known ("1.1"), else the group ("1").

    Every list, document and agenda shows this; digits are Arabic (a document's style converts)."""
    if subgroup:
        return subgroup
    return "" if group is None else str(group)
