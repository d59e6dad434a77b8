"""PDPA by construction: national ID numbers and SQL values never reach the log or a report.

``mask`` hides every 13-digit number (with or without dashes or spaces, Arabic or Thai
digits) in a string, or anywhere inside dicts and lists, the way documents that leave the
office show it (1-2345-xxxxx-12-3). The audit log's one append path, the log file's filter
(desktop/logs.py) and crash reports (ui/crash.py) all go through here. ``scrub`` also drops
the SQL parameters and row values a database error may carry.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.thai import mask_national_id

_DIGIT = "[0-9๐-๙]"
# 13 digits, each pair maybe split by one dash or space, not inside a longer number.
NATIONAL_ID = re.compile(rf"(?<!{_DIGIT}){_DIGIT}(?:[- ]?{_DIGIT}){{12}}(?!{_DIGIT})")
_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# SQLAlchemy's "[parameters: …]" line (an engine made without hide_parameters) and the
# server's DETAIL line (PostgreSQL: "Key (national_id)=(…)", "Failing row contains (…)").
_PARAMETERS = re.compile(r"\[parameters: .*$", re.MULTILINE)
_DETAIL = re.compile(r"^(\s*DETAIL:).*$", re.MULTILINE)
HIDDEN = "(hidden)"


def _mask_match(match: re.Match[str]) -> str:
    digits = "".join(ch for ch in match.group(0) if ch not in "- ").translate(_ARABIC)
    return mask_national_id(digits)


def mask_text(text: str) -> str:
    return NATIONAL_ID.sub(_mask_match, text)


def mask(value: Any) -> Any:
    """A copy of value with every national ID masked, in strings, dict keys and values, lists."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and len(str(abs(value))) == 13:
        return mask_text(str(value))
    if isinstance(value, dict):
        return {mask(k) if isinstance(k, str) else k: mask(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(v) for v in value]
    return value


def scrub(text: str) -> str:
    """Free text for a log line or crash report: no SQL parameters, no row values, no IDs."""
    text = _PARAMETERS.sub(f"[parameters: {HIDDEN}]", text)
    text = _DETAIL.sub(rf"\1 {HIDDEN}", text)
    return mask_text(text)
