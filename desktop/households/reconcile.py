"""Reconcile the register with a TPMAP Logbook export: mark each household found or not found.

Three steps, so that the window can show what will change before it changes: ``read_export``
reads the file (through desktop/incoming.py's checks, outside any transaction),
``preview`` lists the households found and not found (a read), ``apply`` writes the statuses
in the caller's transaction (the operation ``desktop.households.ops.reconcile_logbook``).
Both match the export against the register as it is when they run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from database.enums import AuditAction, LogbookStatus
from database.models import Household, Member
from desktop.audit import current_user, queue
from desktop.db import Database
from desktop.errors import UserError
from desktop.households.export import LOGBOOK_STATUS_TH
from desktop.households.importing import normalize as clean
from desktop.households.importing.columns import detect_mapping
from desktop.households.importing.reader import read_table
from desktop.progress import NO_PROGRESS, Progress
from desktop.thai import is_valid_national_id, normalize_national_id

HH: Table = Household.__table__  # type: ignore[assignment]
MEM: Table = Member.__table__  # type: ignore[assignment]


@dataclass
class ReconcileResult:
    found: int = 0
    not_found: int = 0
    changed: int = 0
    unmatched_rows: list[int] = field(default_factory=list)  # export rows matching no household
    not_found_ids: list[int] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)  # households whose status changed
    found_ids: list[int] = field(default_factory=list)
    # Open nominations of the found households, now "checked in Logbook" (the operation
    # desktop.households.ops.reconcile_logbook moves them through casework's rules).
    nominations_checked: list[int] = field(default_factory=list)

    def summary(self, lang: str = "th") -> str:
        if lang == "en":
            return (
                f"Found in Logbook: {self.found} households; not found: {self.not_found}; "
                f"{len(self.unmatched_rows)} rows of the export match no household in the register; "
                f"{len(self.nominations_checked)} nominations marked checked in Logbook."
            )
        return (
            f"พบใน Logbook {self.found} ครัวเรือน ไม่พบ {self.not_found} ครัวเรือน "
            f"และมี {len(self.unmatched_rows)} แถวในไฟล์ที่ไม่ตรงกับครัวเรือนใดในทะเบียน "
            f"การเสนอชื่อ {len(self.nominations_checked)} รายการเปลี่ยนเป็น “ตรวจสอบใน Logbook แล้ว”"
        )


@dataclass(frozen=True)
class LogbookExport:
    """What a Logbook export says: the national IDs and names in it, with their sheet rows."""

    file_name: str
    ids: dict[str, int]  # national ID → the sheet's row number
    names: dict[tuple[str, str], int]  # (first name, last name) → row, for rows without an ID
    rows: int  # data rows read


def read_export(path: Path, progress: Progress = NO_PROGRESS) -> LogbookExport:
    """Read the export (refused in one sentence if unusable: desktop/incoming.py's limits)."""
    path = Path(path)
    progress(0, 3, "")
    table = read_table(path)
    mapping = detect_mapping(table.rows)
    id_col, name_col = mapping.column_of("national_id"), mapping.column_of("full_name")
    first_col, last_col = mapping.column_of("first_name"), mapping.column_of("last_name")
    if id_col is None and name_col is None and first_col is None:
        raise UserError(
            f"{path.name}: ไม่พบคอลัมน์เลขประจำตัวประชาชนหรือชื่อ-สกุลในไฟล์ Logbook",
            f"{path.name}: the Logbook export has no national ID or name column.",
        )
    ids: dict[str, int] = {}
    names: dict[tuple[str, str], int] = {}

    def cell(row: list[Any], index: int | None) -> Any:
        return row[index] if index is not None and index < len(row) else ""

    count = 0
    for index in range(mapping.header_row + 1, len(table.rows)):
        row = table.rows[index]
        texts = [clean.text(c) for c in row]
        if not any(texts) or clean.is_total_row(texts):
            continue
        count += 1
        national_id = normalize_national_id(cell(row, id_col))
        if is_valid_national_id(national_id):
            ids[national_id] = index + 1
            continue
        if name_col is not None:
            _, first, last = clean.full_name(cell(row, name_col))
        else:
            first = clean.split_title(clean.text(cell(row, first_col)))[1]
            last = clean.text(cell(row, last_col))
        if first:
            names[(first, last)] = index + 1
    progress(1, 3, "")
    return LogbookExport(path.name, ids, names, count)


@dataclass(frozen=True)
class _Match:
    status: dict[int, LogbookStatus]  # every household's status now
    found: dict[int, int]  # household → the export row that found it
    matched_rows: set[int]

    def after(self, household_id: int) -> LogbookStatus:
        before = self.status[household_id]
        if household_id not in self.found:
            return LogbookStatus.NOT_FOUND
        return LogbookStatus.ENTERED if before == LogbookStatus.ENTERED else LogbookStatus.FOUND

    def unmatched(self, export: LogbookExport) -> list[int]:
        return sorted((set(export.ids.values()) | set(export.names.values())) - self.matched_rows)


def _match(session: Session, export: LogbookExport) -> _Match:
    connection = session.connection()
    status = dict(connection.execute(select(HH.c.id, HH.c.logbook_status).order_by(HH.c.id)).all())
    found: dict[int, int] = {}
    matched_rows: set[int] = set()
    query = select(MEM.c.household_id, MEM.c.national_id, MEM.c.first_name, MEM.c.last_name)
    for household_id, national_id, first, last in connection.execute(query):
        row_no = export.ids.get(national_id) if national_id else None
        if row_no is None:
            row_no = export.names.get((first, last))
        if row_no is not None:
            found.setdefault(household_id, row_no)
            matched_rows.add(row_no)
    return _Match(status, found, matched_rows)


@dataclass(frozen=True)
class LogbookRow:
    household_id: int
    head: str
    address: str
    before: str  # the Logbook status now, in Thai
    after: str  # what the import makes it
    changes: bool
    export_row: int | None  # the export's row that found it


@dataclass(frozen=True)
class LogbookPreview:
    file_name: str
    export_rows: int
    found: list[LogbookRow]
    not_found: list[LogbookRow]
    unmatched_rows: list[int]  # the export's rows that match no household
    changes: int  # households whose status would change
    nominations: int = 0  # open nominations of found households that become checked in Logbook

    def summary(self, lang: str = "th") -> str:
        if lang == "en":
            return (
                f"{self.file_name}: {len(self.found):,} households found in Logbook, "
                f"{len(self.not_found):,} not found; {len(self.unmatched_rows):,} rows of the export "
                f"match no household; {self.changes:,} households change status; "
                f"{self.nominations:,} nominations become checked in Logbook."
            )
        return (
            f"{self.file_name}: พบใน Logbook {len(self.found):,} ครัวเรือน "
            f"ไม่พบ {len(self.not_found):,} ครัวเรือน "
            f"มี {len(self.unmatched_rows):,} แถวในไฟล์ที่ไม่ตรงกับครัวเรือนใด "
            f"สถานะจะเปลี่ยน {self.changes:,} ครัวเรือน "
            f"การเสนอชื่อ {self.nominations:,} รายการจะเปลี่ยนเป็น “ตรวจสอบใน Logbook แล้ว”"
        )


def preview(session: Session, export: LogbookExport) -> LogbookPreview:
    """Which households the export finds and which it does not, and what each becomes."""
    match = _match(session, export)
    heads = {
        household_id: " ".join(part for part in (f"{title}{first}", last) if part)
        for household_id, title, first, last in session.execute(
            select(MEM.c.household_id, MEM.c.title, MEM.c.first_name, MEM.c.last_name).where(MEM.c.is_head)
        )
    }
    found: list[LogbookRow] = []
    not_found: list[LogbookRow] = []
    query = select(HH.c.id, HH.c.house_no, HH.c.village_no, HH.c.subdistrict).order_by(
        HH.c.subdistrict, HH.c.village_no, HH.c.id
    )
    for household_id, house_no, village_no, subdistrict in session.execute(query):
        before, after = match.status[household_id], match.after(household_id)
        village = f"ม.{village_no}" if village_no else ""
        place = f"ต.{subdistrict}" if subdistrict else ""
        address = " ".join(part for part in (house_no or "", village, place) if part)
        row = LogbookRow(
            household_id,
            heads.get(household_id, ""),
            address,
            LOGBOOK_STATUS_TH[LogbookStatus(before)],
            LOGBOOK_STATUS_TH[after],
            after != before,
            match.found.get(household_id),
        )
        (found if household_id in match.found else not_found).append(row)
    changes = sum(1 for r in (*found, *not_found) if r.changes)
    return LogbookPreview(export.file_name, export.rows, found, not_found, match.unmatched(export), changes)


def apply(
    session: Session, export: LogbookExport, today: dt.date | None = None, progress: Progress = NO_PROGRESS
) -> ReconcileResult:
    """Write every household's Logbook status (found / not found, today's date) in the
    caller's transaction; an audit entry for each status that changes."""
    today = today or dt.date.today()
    result = ReconcileResult()
    match = _match(session, export)
    progress(2, 3, "")
    params, audit = [], []
    user, now = current_user(), dt.datetime.now(dt.UTC)
    for household_id, before in match.status.items():
        after = match.after(household_id)
        if household_id in match.found:
            result.found += 1
            result.found_ids.append(household_id)
        else:
            result.not_found += 1
            result.not_found_ids.append(household_id)
        params.append({"b_id": household_id, "v_status": after, "v_on": today})
        if after != before:
            result.changed_ids.append(household_id)
            audit.append(
                {
                    "at": now, "user_name": user, "action": AuditAction.UPDATE, "entity": "household",
                    "entity_id": household_id, "field": "logbook_status", "before": str(before),
                    "after": str(after), "summary": f"ตรวจสอบกับ Logbook ({export.file_name})",
                }
            )  # fmt: skip
    if params:
        session.connection().execute(
            update(HH)
            .where(HH.c.id == bindparam("b_id"))
            .values(logbook_status=bindparam("v_status"), logbook_status_on=bindparam("v_on")),
            params,
        )
    progress(3, 3, "")  # the last moment Cancel can still undo everything
    queue(session, audit)  # appended (masked, chained) when the session commits
    result.changed = len(audit)
    result.unmatched_rows = match.unmatched(export)
    return result


def reconcile(
    database: Database, path: Path, today: dt.date | None = None, progress: Progress = NO_PROGRESS
) -> ReconcileResult:
    """Read the export and apply it in one operation (the CLI's `households reconcile`)."""
    from desktop.households import ops  # ops builds on this module

    return ops.reconcile_logbook(database, read_export(path, progress), today, progress).value
