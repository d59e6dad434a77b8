"""Clean one messy cell: Thai digits, "ม.3", "กลุ่มที่ ๑", "45,000", doubled spaces, attached titles."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from database.enums import Sex
from desktop.thai import BE_OFFSET, to_arabic_digits


class BadValue(ValueError):
    """A cell that cannot be read; the message is the reason, in Thai."""


# Longest first, so "นางสาว" wins over "นาง" and "เด็กชาย" over nothing.
TITLES: tuple[tuple[str, Sex], ...] = tuple(
    sorted(
        (
            ("นาย", Sex.MALE),
            ("นาง", Sex.FEMALE),
            ("นางสาว", Sex.FEMALE),
            ("น.ส.", Sex.FEMALE),
            ("นส.", Sex.FEMALE),
            ("ด.ช.", Sex.MALE),
            ("ด.ญ.", Sex.FEMALE),
            ("เด็กชาย", Sex.MALE),
            ("เด็กหญิง", Sex.FEMALE),
            ("ดร.", Sex.UNKNOWN),
            ("mr.", Sex.MALE),
            ("mrs.", Sex.FEMALE),
            ("ms.", Sex.FEMALE),
            ("miss", Sex.FEMALE),
        ),
        key=lambda item: -len(item[0]),
    )
)
_TITLE_SEX = dict(TITLES)


def text(value: Any) -> str:
    """A cell as clean text: floats that are whole numbers lose '.0', spaces collapse."""
    if type(value) is str:
        cleaned: str = value.strip()
        if "  " not in cleaned and cleaned.isprintable():  # the common case, at C speed
            return cleaned
        # Line ends of any system (a Mac's lone \r too), tabs and odd spaces become one space;
        # other control characters (a pasted bell or form feed) go: they reach documents and charts.
        spaced = " ".join(cleaned.replace("\u200b", "").replace("\xa0", " ").split())
        return spaced if spaced.isprintable() else "".join(c for c in spaced if c.isprintable())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return " ".join(str(value).replace("\u200b", "").replace("\xa0", " ").split())


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def integer(value: Any, what: str = "ตัวเลข") -> int | None:
    """'45,000', '๔๕,๐๐๐', '45000 บาท', 45000.0 → 45000; '' → None."""
    if isinstance(value, bool):
        raise BadValue(f"ไม่ใช่{what}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value)
    raw = to_arabic_digits(text(value)).replace(",", "").replace(" ", "")
    if not raw or raw in {"-", "–"}:
        return None
    match = _NUMBER.search(raw)
    if match is None:
        raise BadValue(f"ไม่ใช่{what}")
    rest = raw[: match.start()] + raw[match.end() :]
    if re.search(r"\d", rest):
        raise BadValue(f"ไม่ใช่{what}")
    return round(float(match.group()))


def village_no(value: Any) -> int | None:
    """'ม.3', 'หมู่ที่ ๓', 'หมู่ 3', '3' → 3."""
    raw = to_arabic_digits(text(value))
    for prefix in ("หมู่ที่", "หมู่", "ม.", "ม", "moo"):
        if raw.lower().startswith(prefix):
            raw = raw[len(prefix) :].strip()
            break
    number = integer(raw, "เลขหมู่ที่")
    if number is not None and not 1 <= number <= 99:
        raise BadValue("หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99")
    return number


def target_group(value: Any) -> tuple[int, str] | None:
    """'กลุ่มที่ ๑' → (1, ''); '3.2' → (3, '3.2'); '' → None."""
    raw = to_arabic_digits(text(value)).replace(" ", "")
    for prefix in ("กลุ่มเป้าหมายที่", "กลุ่มเป้าหมาย", "กลุ่มที่", "กลุ่ม", "group"):
        if raw.lower().startswith(prefix):
            raw = raw[len(prefix) :]
            break
    if not raw:
        return None
    match = re.fullmatch(r"([1-4])(?:\.(\d))?", raw)
    if match is None:
        raise BadValue("กลุ่มเป้าหมายต้องเป็น 1 ถึง 4 (หรือกลุ่มย่อย เช่น 3.2)")
    group = int(match.group(1))
    return group, raw if match.group(2) else ""


_YES = {"มี", "ใช่", "ได้รับ", "มีบัตร", "y", "yes", "true", "1", "✓", "/", "x", "ถือบัตร"}
_NO = {"ไม่มี", "ไม่ใช่", "ไม่ได้รับ", "ไม่มีบัตร", "n", "no", "false", "0", "-"}


def yes_no(value: Any) -> bool | None:
    raw = text(value).lower()
    if not raw:
        return None
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise BadValue("ต้องเป็น มี หรือ ไม่มี")


def sex(value: Any) -> Sex | None:
    raw = text(value).lower()
    if not raw:
        return None
    if raw in {"ชาย", "ช", "ช.", "m", "male", "ผู้ชาย"}:
        return Sex.MALE
    if raw in {"หญิง", "ญ", "ญ.", "f", "female", "ผู้หญิง"}:
        return Sex.FEMALE
    raise BadValue("เพศต้องเป็น ชาย หรือ หญิง")


def split_title(name: str) -> tuple[str, str]:
    """'นางสาวสมศรี' → ('นางสาว', 'สมศรี'); 'นาย สมชาย' → ('นาย', 'สมชาย')."""
    lowered = name.lower()
    for title, _ in TITLES:
        if lowered.startswith(title):
            rest = name[len(title) :].strip()
            if rest:
                return name[: len(title)], rest
    return "", name


def title_sex(title: str) -> Sex | None:
    found = _TITLE_SEX.get(title.lower())
    return found if found not in (None, Sex.UNKNOWN) else None


def full_name(value: Any) -> tuple[str, str, str]:
    """'นาย  สมชาย   ใจดี' → ('นาย', 'สมชาย', 'ใจดี')."""
    title, rest = split_title(text(value))
    parts = rest.split(" ", 1)
    return title, parts[0], parts[1] if len(parts) > 1 else ""


_MPI_WORDS = {
    "mpi_health": ("สุขภาพ", "health"),
    "mpi_living": ("ความเป็นอยู่", "living"),
    "mpi_education": ("การศึกษา", "education"),
    "mpi_income": ("รายได้", "income"),
    "mpi_access": ("การเข้าถึงบริการรัฐ", "เข้าถึงบริการ", "access"),
}


def mpi(value: Any) -> dict[str, bool] | None:
    raw = text(value).lower()
    if not raw:
        return None
    flags = {key: any(word in raw for word in words) for key, words in _MPI_WORDS.items()}
    if not any(flags.values()) and raw not in {"-", "ไม่มี", "ไม่ตกเกณฑ์"}:
        raise BadValue("ไม่รู้จักมิติ (สุขภาพ ความเป็นอยู่ การศึกษา รายได้ การเข้าถึงบริการรัฐ)")
    return flags


def birth_date(value: Any) -> dt.date | None:
    """A date cell, or 'd/m/yyyy' with a Buddhist-era year (or a Christian one)."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        raw = to_arabic_digits(text(value))
        if not raw:
            return None
        match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", raw)
        if match is None:
            raise BadValue("วันเกิดต้องเป็น วว/ดด/ปปปป")
        d, m, y = (int(g) for g in match.groups())
        if y > 2400:
            y -= BE_OFFSET
        try:
            day = dt.date(y, m, d)
        except ValueError as error:
            raise BadValue("ไม่มีวันที่นี้ในปฏิทิน") from error
    if day.year > 2400:
        day = day.replace(year=day.year - BE_OFFSET)
    if not 1890 <= day.year <= dt.date.today().year:
        raise BadValue("ปีเกิดไม่สมเหตุสมผล")
    return day


def house_code(value: Any) -> str:
    if type(value) is str and len(value) == 11 and value.isascii() and value.isdigit():
        return value  # as TPMAP writes it: most of a big file
    raw = to_arabic_digits(text(value)).replace("-", "").replace(" ", "")
    if raw and (not raw.isdigit() or len(raw) != 11):
        raise BadValue("รหัสประจำบ้านต้องเป็นตัวเลข 11 หลัก")
    return raw


HOUSE_NO_CHARS = 32  # Household.house_no


def house_no(value: Any) -> str:
    number = to_arabic_digits(text(value))
    if len(number) > HOUSE_NO_CHARS:
        raise BadValue(f"บ้านเลขที่ยาวเกิน {HOUSE_NO_CHARS} ตัวอักษร ({len(number):,} ตัวอักษร)")
    return number


def is_total_row(cells: list[str]) -> bool:
    """'รวม 25 ครัวเรือน', 'รวมทั้งสิ้น', 'Total' in the first filled cell."""
    for cell in cells:
        if cell:
            lowered = cell.lower()
            return lowered.startswith(("รวม", "ผลรวม", "total", "ยอดรวม", "sum"))
    return False
