"""Which column holds what: header synonyms (Thai and English), the header row, saved mappings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import ImportMapping
from desktop.errors import UserError
from desktop.thai import to_arabic_digits


@dataclass(frozen=True)
class FieldSpec:
    key: str
    th: str  # what the clerk sees in the mapping table and in reports
    synonyms: tuple[str, ...]
    prefixes: tuple[str, ...] = ()


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "national_id",
        "เลขประจำตัวประชาชน",
        (
            "เลขประจำตัวประชาชน",
            "เลขบัตรประชาชน",
            "เลขบัตร",
            "เลขที่บัตรประชาชน",
            "เลขบัตรประจำตัวประชาชน",
            "บัตรประชาชน",
            "เลขประจำตัว",
            "เลขประชาชน",
            "nationalid",
            "citizenid",
            "idcard",
            "pid",
            "id",
        ),
        ("เลขประจำตัวประชาชน", "เลขบัตรประชาชน"),
    ),
    FieldSpec("title", "คำนำหน้า", ("คำนำหน้า", "คำนำหน้าชื่อ", "คำนำ", "title", "prefix")),
    FieldSpec("first_name", "ชื่อ", ("ชื่อ", "ชื่อตัว", "firstname", "first", "givenname")),
    FieldSpec("last_name", "นามสกุล", ("นามสกุล", "สกุล", "lastname", "surname", "familyname")),
    FieldSpec(
        "full_name",
        "ชื่อ-สกุล",
        (
            "ชื่อสกุล",
            "ชื่อนามสกุล",
            "ชื่อและนามสกุล",
            "ชื่อหัวหน้าครัวเรือน",
            "หัวหน้าครัวเรือน",
            "ชื่อสมาชิก",
            "ชื่อผู้ถือบัตร",
            "fullname",
            "name",
        ),
        ("ชื่อสกุล", "ชื่อนามสกุล"),
    ),
    FieldSpec("sex", "เพศ", ("เพศ", "sex", "gender")),
    FieldSpec("age", "อายุ", ("อายุ", "อายุปี", "age"), ("อายุ",)),
    FieldSpec("birth_date", "วันเกิด", ("วันเกิด", "วันเดือนปีเกิด", "วดปเกิด", "birthdate", "dob")),
    FieldSpec(
        "relation",
        "ความสัมพันธ์กับหัวหน้าครัวเรือน",
        ("ความสัมพันธ์", "ความสัมพันธ์กับหัวหน้าครัวเรือน", "สถานะในครัวเรือน", "relation"),
        ("ความสัมพันธ์",),
    ),
    FieldSpec("house_no", "บ้านเลขที่", ("บ้านเลขที่", "เลขที่บ้าน", "เลขที่", "houseno", "house")),
    FieldSpec("village_no", "หมู่ที่", ("หมู่ที่", "หมู่", "ม.", "ม", "moo", "villageno")),
    FieldSpec("village_name", "หมู่บ้าน", ("หมู่บ้าน", "ชื่อหมู่บ้าน", "บ้าน", "village", "villagename")),
    FieldSpec("subdistrict", "ตำบล", ("ตำบล", "ต.", "subdistrict", "tambon", "tambol")),
    FieldSpec("district", "อำเภอ", ("อำเภอ", "อ.", "district", "amphoe", "amphur")),
    FieldSpec("province", "จังหวัด", ("จังหวัด", "จ.", "province", "changwat")),
    FieldSpec("postcode", "รหัสไปรษณีย์", ("รหัสไปรษณีย์", "postcode", "zip", "zipcode")),
    FieldSpec("house_code", "รหัสประจำบ้าน", ("รหัสประจำบ้าน", "รหัสบ้าน", "housecode", "houseid")),
    FieldSpec(
        "household_key",
        "รหัสครัวเรือน",
        ("รหัสครัวเรือน", "ลำดับครัวเรือน", "เลขที่ครัวเรือน", "ครัวเรือนที่", "householdid", "householdno"),
        ("รหัสครัวเรือน", "ลำดับครัวเรือน"),
    ),
    FieldSpec(
        "target_group",
        "กลุ่มเป้าหมาย",
        ("กลุ่มเป้าหมาย", "กลุ่ม", "กลุ่มที่", "targetgroup", "group"),
        ("กลุ่มเป้าหมาย",),
    ),
    FieldSpec(
        "welfare_card",
        "บัตรสวัสดิการแห่งรัฐ",
        ("บัตรสวัสดิการแห่งรัฐ", "บัตรสวัสดิการ", "บัตรคนจน", "welfarecard", "welfare"),
        ("บัตรสวัสดิการ",),
    ),
    FieldSpec("income", "รายได้เฉลี่ยต่อคนต่อปี", ("รายได้", "income"), ("รายได้", "income")),
    FieldSpec(
        "mpi",
        "มิติที่ตกเกณฑ์",
        ("มิติที่ตกเกณฑ์", "มิติ", "มิติปัญหา", "ตกเกณฑ์", "mpi", "dimensions"),
        ("มิติ",),
    ),
    FieldSpec("logbook", "สถานะ Logbook", ("สถานะlogbook", "logbook", "logbookstatus"), ("logbook",)),
    FieldSpec("notes", "หมายเหตุ", ("หมายเหตุ", "notes", "note", "remark", "remarks")),
)
FIELD_BY_KEY = {spec.key: spec for spec in FIELDS}
SHAPES = ("household", "person")  # grouping.Shape's values, kept in a saved mapping
IGNORED_HEADERS = {"ลำดับ", "ลำดับที่", "ที่", "no", "no.", "seq", "จำนวนสมาชิก", "จำนวนสมาชิกในครัวเรือน"}

_HEADER_NOISE = re.compile(r"[\s\-–—_:*()\[\]/]+")


def normalize_header(value: Any) -> str:
    text = to_arabic_digits(str(value or "")).strip().lower()
    if text in {"ม.", "ต.", "อ.", "จ."}:
        return text
    return _HEADER_NOISE.sub("", text).rstrip(".")


_SYNONYMS: dict[str, str] = {}
for _spec in FIELDS:
    for _word in _spec.synonyms:
        _SYNONYMS.setdefault(normalize_header(_word) if len(_word) > 2 else _word, _spec.key)


def field_for_header(header: Any) -> str | None:
    raw = str(header or "").strip().lower()
    if raw in _SYNONYMS:
        return _SYNONYMS[raw]
    text = normalize_header(header)
    if not text or text in IGNORED_HEADERS:
        return None
    if text in _SYNONYMS:
        return _SYNONYMS[text]
    for spec in FIELDS:
        if any(text.startswith(normalize_header(p)) for p in spec.prefixes):
            return spec.key
    return None


@dataclass
class Mapping:
    """Column index → field key, and the header row (0-based index into the table's rows).

    ``shape``: "household" or "person" when the clerk chose the sheet's shape (see
    ``grouping.decide_shape``); None: decided from the columns.
    """

    header_row: int
    headers: list[str]
    columns: dict[int, str] = field(default_factory=dict)
    shape: str | None = None

    def column_of(self, key: str) -> int | None:
        for index, name in self.columns.items():
            if name == key:
                return index
        return None

    def has(self, key: str) -> bool:
        return key in self.columns.values()

    def to_saved(self) -> dict[str, Any]:
        """The form kept in ImportMapping: by header text, so it fits the next file of that shape."""
        saved: dict[str, Any] = {"fields": {key: self.headers[index] for index, key in self.columns.items()}}
        if self.shape is not None:
            saved["shape"] = self.shape
        return saved


def auto_map(headers: list[Any]) -> dict[int, str]:
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key is not None and key not in taken:
            columns[index] = key
            taken.add(key)
    return columns


def _score(row: list[Any]) -> int:
    return len(auto_map(row))


def find_header_row(rows: list[list[Any]], look: int = 30) -> int | None:
    """The first row among the top ones that names at least two known columns, best score wins."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:look]):
        score = _score(row)
        if score > best_score:
            best, best_score = index, score
    return best


def apply_saved(headers: list[Any], saved: dict[str, Any]) -> dict[int, str]:
    wanted = {normalize_header(h): key for key, h in dict(saved.get("fields", {})).items()}
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = wanted.get(normalize_header(header))
        if key is not None:
            columns[index] = key
    return columns


def detect_mapping(rows: list[list[Any]], saved: dict[str, Any] | None = None) -> Mapping:
    header_row = None
    if saved is not None:
        for index, row in enumerate(rows[:30]):
            if len(apply_saved(row, saved)) >= max(1, len(saved.get("fields", {})) // 2):
                header_row = index
                break
    if header_row is None:
        header_row = find_header_row(rows)
    if header_row is None:
        raise UserError(
            "ไม่พบแถวหัวตาราง (เช่น ชื่อ-สกุล, เลขประจำตัวประชาชน, บ้านเลขที่) ในไฟล์",
            "No header row (such as name, national ID, house number) was found in the file.",
        )
    headers = [str(h).strip() if h not in (None, "") else "" for h in rows[header_row]]
    columns = apply_saved(headers, saved) if saved is not None else auto_map(headers)
    shape = saved.get("shape") if saved is not None else None
    return Mapping(header_row, headers, columns, shape if shape in SHAPES else None)


def check_required(mapping: Mapping) -> None:
    has_name = mapping.has("full_name") or mapping.has("first_name")
    has_key = mapping.has("national_id") or mapping.has("house_no")
    missing = []
    if not has_name:
        missing.append(("ชื่อ-สกุล", "name"))
    if not has_key:
        missing.append(("เลขประจำตัวประชาชน หรือ บ้านเลขที่", "national ID or house number"))
    if missing:
        raise UserError(
            "ไฟล์ไม่มีคอลัมน์ที่จำเป็น: " + ", ".join(th for th, _ in missing),
            "The file lacks required columns: " + ", ".join(en for _, en in missing) + ".",
        )


def load_mapping(session: Session, name: str) -> dict[str, Any]:
    saved = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
    if saved is None:
        names = session.scalars(select(ImportMapping.name).order_by(ImportMapping.name)).all()
        listed = ", ".join(names) or "-"
        raise UserError(
            f"ไม่พบการจับคู่คอลัมน์ชื่อ '{name}' (ที่มี: {listed})",
            f"There is no saved mapping '{name}' (saved: {listed}).",
        )
    return dict(saved.mapping)


def save_mapping(session: Session, name: str, mapping: Mapping) -> None:
    name = name.strip()
    if not name:
        raise UserError("โปรดตั้งชื่อการจับคู่คอลัมน์", "Give the mapping a name.")
    saved = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
    if saved is None:
        session.add(ImportMapping(name=name, mapping=mapping.to_saved()))
    else:
        saved.mapping = mapping.to_saved()


def mapping_names(session: Session) -> list[str]:
    return list(session.scalars(select(ImportMapping.name).order_by(ImportMapping.name)).all())
