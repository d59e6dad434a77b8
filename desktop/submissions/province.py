"""Province side: import the household lists of verified packages from several districts
and look at them side by side, district by district."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.enums import AuditAction
from database.models import ReceivedHousehold, ReceivedPackage
from desktop import audit, incoming
from desktop.errors import UserError
from desktop.submissions.household_lists import HEADERS
from desktop.submissions.verify import verify_package

# Province column → ReceivedHousehold attribute
FIELDS = {
    "อำเภอ": "district",
    "ตำบล": "subdistrict",
    "หมู่ที่": "village_no",
    "หมู่บ้าน": "village_name",
    "บ้านเลขที่": "house_no",
    "รหัสประจำบ้าน": "house_code",
    "ชื่อ-สกุล หัวหน้าครัวเรือน": "head_name",
    "เลขประจำตัวประชาชน": "national_id",
    "กลุ่มเป้าหมาย": "target_group",
    "จำนวนสมาชิก": "members",
    "สถานะ TPMAP Logbook": "logbook_status",
    "วาระที่": "agenda_item",
    "มติที่": "resolution",
}


@dataclass
class ImportResult:
    path: Path
    package_id: int | None
    district: str
    households: int
    skipped_reason: str = ""


@dataclass
class DistrictSummary:
    district: str
    packages: int
    households: int
    by_group: dict[str, int] = field(default_factory=dict)
    latest_meeting: str = ""
    latest_received: dt.datetime | None = None


@dataclass
class ReceivedRow:
    district: str
    subdistrict: str
    village: str
    house_no: str
    head_name: str
    national_id: str
    target_group: str
    members: int | None
    logbook_status: str
    agenda_item: str
    meeting: str


def _rows(data: bytes) -> list[dict[str, Any]]:
    from openpyxl import load_workbook  # heavy: only when a package is read

    workbook = load_workbook(io.BytesIO(data), read_only=True)
    try:
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()
    header_at = next(i for i, row in enumerate(rows) if row and row[0] == HEADERS[0])
    header = [str(h) if h is not None else "" for h in rows[header_at]]
    result = []
    for row in rows[header_at + 1 :]:
        if not row or row[0] in (None, ""):
            continue
        result.append(dict(zip(header, row, strict=False)))
    return result


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _check_lengths(package: str, list_name: str, number: int, values: dict[str, Any]) -> None:
    """A district's list is checked like our own import: no text beyond its column."""
    for header, attr in FIELDS.items():
        limit = incoming.column_limit(ReceivedHousehold, attr)
        if len(values[attr]) > limit:
            raise UserError(
                f"ชุดเอกสาร {package}: บัญชี {list_name} แถวที่ {number} คอลัมน์ {header} "
                f"ยาว {len(values[attr]):,} ตัวอักษร เกินที่รับได้ {limit:,} จึงไม่นำเข้า",
                f"The package {package}: list {list_name}, row {number}, column {header} is "
                f"{len(values[attr]):,} characters long, beyond the limit of {limit:,}, so nothing was "
                "imported.",
            )


def import_package(session: Session, path: Path, password: str | None = None) -> ImportResult:
    """Verify and import one package; a package already imported is skipped, not doubled."""
    import pyzipper  # only when a zip is read or written

    report = verify_package(path, password)
    if not report.ok or report.manifest is None:
        raise UserError(
            f"ชุดเอกสาร {Path(path).name} ไม่ผ่านการตรวจสอบ: {report.problems[0].th}",
            f"The package {Path(path).name} failed verification: {report.problems[0].en}",
        )
    manifest = report.manifest
    existing = session.scalar(select(ReceivedPackage).where(ReceivedPackage.package_sha256 == report.sha256))
    if existing is not None:
        return ImportResult(Path(path), existing.id, existing.district, 0, "already imported")
    meeting = manifest.get("meeting") or {}
    circular = manifest.get("circular") or {}
    held_on = meeting.get("held_on")
    package = ReceivedPackage(
        package_sha256=report.sha256,
        file_name=Path(path).name,
        province=_text(manifest.get("province")),
        district=_text(manifest.get("district")),
        office_name=_text((manifest.get("office") or {}).get("name")),
        meeting_title=f"{meeting.get('committee', '')} {meeting.get('title', '')}".strip(),
        meeting_date=dt.date.fromisoformat(held_on) if held_on else None,
        circular_reference=_text(circular.get("reference")),
        letter_number=_text((manifest.get("letter") or {}).get("number")),
        package_created_at=_text(manifest.get("created_at")),
        full_ids=manifest.get("national_ids") == "full",
        imported_by=audit.current_user(),
        manifest=manifest,
    )
    archive = pyzipper.AESZipFile(path)
    if password:
        archive.setpassword(password.encode("utf-8"))
    count = 0
    with archive:
        for entry in manifest["files"]:
            if entry.get("kind") != "household_list":
                continue
            for number, row in enumerate(_rows(archive.read(entry["name"])), 1):
                values: dict[str, Any] = {attr: _text(row.get(header)) for header, attr in FIELDS.items()}
                _check_lengths(Path(path).name, entry["name"], number, values)
                members = row.get("จำนวนสมาชิก")
                values["members"] = int(members) if isinstance(members, (int, float)) else None
                package.households.append(ReceivedHousehold(list_name=entry["name"], **values))
                count += 1
    session.add(package)
    session.flush()
    audit.record(session, AuditAction.IMPORT, "received_package", package.id, summary=package.file_name)
    return ImportResult(Path(path), package.id, package.district, count)


def import_packages(
    session: Session, paths: Sequence[Path], password: str | None = None
) -> list[ImportResult]:
    return [import_package(session, path, password) for path in paths]


def district_summaries(session: Session) -> list[DistrictSummary]:
    summaries: dict[str, DistrictSummary] = {}
    for district, packages, latest in session.execute(
        select(ReceivedPackage.district, func.count(), func.max(ReceivedPackage.created_at))
        .group_by(ReceivedPackage.district)
        .order_by(ReceivedPackage.district)
    ):
        summaries[district] = DistrictSummary(district, packages, 0, latest_received=latest)
    for district, group, count in session.execute(
        select(ReceivedPackage.district, ReceivedHousehold.target_group, func.count())
        .join(ReceivedHousehold, ReceivedHousehold.package_id == ReceivedPackage.id)
        .group_by(ReceivedPackage.district, ReceivedHousehold.target_group)
    ):
        summary = summaries[district]
        summary.by_group[group] = count
        summary.households += count
    for summary in summaries.values():
        latest_package = session.scalars(
            select(ReceivedPackage)
            .where(ReceivedPackage.district == summary.district)
            .order_by(ReceivedPackage.meeting_date.desc(), ReceivedPackage.id.desc())
        ).first()
        summary.latest_meeting = latest_package.meeting_title if latest_package else ""
    return list(summaries.values())


def received_households(session: Session, district: str | None = None) -> list[ReceivedRow]:
    query = (
        select(ReceivedHousehold, ReceivedPackage.meeting_title)
        .join(ReceivedPackage, ReceivedHousehold.package_id == ReceivedPackage.id)
        .order_by(ReceivedPackage.district, ReceivedHousehold.subdistrict, ReceivedHousehold.id)
    )
    if district:
        query = query.where(ReceivedPackage.district == district)
    return [
        ReceivedRow(
            district=h.district,
            subdistrict=h.subdistrict,
            village=f"{h.village_no} {h.village_name}".strip(),
            house_no=h.house_no,
            head_name=h.head_name,
            national_id=h.national_id,
            target_group=h.target_group,
            members=h.members,
            logbook_status=h.logbook_status,
            agenda_item=h.agenda_item,
            meeting=title,
        )
        for h, title in session.execute(query)
    ]
