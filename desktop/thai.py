"""Thai conventions with no library that does them right: digits, Buddhist-era dates, IDs."""

from __future__ import annotations

import datetime as dt
import re
from operator import mul

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

BE_OFFSET = 543

MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")


def to_thai_digits(text: object) -> str:
    return str(text).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def digits(text: object, thai: bool = True) -> str:
    """Digits as the office prints them: Thai by default, Arabic when the setting says so."""
    return to_thai_digits(text) if thai else to_arabic_digits(str(text))


def be_year(day: dt.date) -> int:
    return day.year + BE_OFFSET


def fiscal_year_be(day: dt.date) -> int:
    """ปีงบประมาณ: runs 1 October to 30 September, named after the year it ends in."""
    return be_year(day) + (1 if day.month >= 10 else 0)


def fiscal_year_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    year_ce = year_be - BE_OFFSET
    return dt.date(year_ce - 1, 10, 1), dt.date(year_ce, 9, 30)


def thai_date(day: dt.date, thai_digits: bool = True, weekday: bool = False) -> str:
    """'๒ กันยายน ๒๕๖๗', or with weekday 'วันศุกร์ที่ ๖ กันยายน ๒๕๖๗'."""
    text = f"{day.day} {MONTHS[day.month - 1]} {be_year(day)}"
    if weekday:
        text = f"วัน{WEEKDAYS[day.weekday()]}ที่ {text}"
    return digits(text, thai_digits)


def thai_date_short(day: dt.date, thai_digits: bool = True) -> str:
    """'๒ ก.ย. ๖๗' as used in tables."""
    return digits(f"{day.day} {MONTHS_SHORT[day.month - 1]} {be_year(day) % 100:02d}", thai_digits)


MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def screen_date(day: dt.date, language: str = "th", short: bool = False) -> str:
    """A date on screen: the window's one style, Arabic digits (documents print Thai digits by
    the office's setting): '4 กันยายน 2567' / '4 ก.ย. 67' in Thai, '4 September 2024' in English."""
    if language != "th":
        month = MONTHS_EN[day.month - 1]
        return f"{day.day} {month[:3] if short else month} {day.year}"
    return thai_date_short(day, thai_digits=False) if short else thai_date(day, thai_digits=False)


def thai_time(value: dt.time, thai_digits: bool = True) -> str:
    return digits(f"{value.hour:02d}.{value.minute:02d} น.", thai_digits)


_ID_NOISE = re.compile(r"[\s\-–—.]")


def normalize_national_id(raw: object) -> str:
    """Digits only, Thai digits converted: '๑-๒๓๔๕-…' and '1 2345 …' become '12345…'."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return _ID_NOISE.sub("", to_arabic_digits(str(raw).strip()))


_ID_WEIGHTS = tuple(range(13, 1, -1))  # the first digit weighs 13, the twelfth 2
_ID_ZERO_SUM = ord("0") * sum(_ID_WEIGHTS)


def national_id_check_digit(first_twelve: str) -> int:
    """Σ digit × weight over the ASCII codes (each is digit + 48): an import checks 100k IDs."""
    total: int = sum(map(mul, first_twelve.encode("ascii"), _ID_WEIGHTS)) - _ID_ZERO_SUM
    return (11 - total % 11) % 10


def is_valid_national_id(value: str) -> bool:
    """A 13-digit Thai national ID (ASCII digits) whose last digit matches its check digit."""
    if len(value) != 13 or not value.isascii() or not value.isdigit():
        return False
    return national_id_check_digit(value[:12]) == ord(value[12]) - 48


def mask_national_id(value: str) -> str:
    """Hide the middle digits for documents that leave the office: 1-2345-xxxxx-12-3."""
    if len(value) != 13:
        return value
    return f"{value[0]}-{value[1:5]}-xxxxx-{value[10:12]}-{value[12]}"


def format_national_id(value: str) -> str:
    """The printed form 1-2345-67890-12-3."""
    if len(value) != 13:
        return value
    return f"{value[0]}-{value[1:5]}-{value[5:10]}-{value[10:12]}-{value[12]}"
