"""Reconcile the register with a TPMAP Logbook export: mark each household found or not found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, select, update

from database.enums import AuditAction, LogbookStatus
from database.models import Household, Member
from desktop.audit import current_user, queue
from desktop.db import Database
from desktop.errors import UserError
from desktop.households.importing import normalize as clean
from desktop.households.importing.columns import detect_mapping
from desktop.households.importing.reader import read_table
from desktop.progress import NO_PROGRESS, Progress
from desktop.safety.access import Permission, require
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

    def summary(self, lang: str = "th") -> str:
        if lang == "en":
            return (
                f"Found in Logbook: {self.found} households; not found: {self.not_found}; "
                f"{len(self.unmatched_rows)} rows of the export match no household in the register."
            )
        return (
            f"พบใน Logbook {self.found} ครัวเรือน ไม่พบ {self.not_found} ครัวเรือน "
            f"และมี {len(self.unmatched_rows)} แถวในไฟล์ที่ไม่ตรงกับครัวเรือนใดในทะเบียน"
        )


def reconcile(
    database: Database, path: Path, today: dt.date | None = None, progress: Progress = NO_PROGRESS
) -> ReconcileResult:
    table = read_table(Path(path))
    mapping = detect_mapping(table.rows)
    id_col, name_col = mapping.column_of("national_id"), mapping.column_of("full_name")
    first_col, last_col = mapping.column_of("first_name"), mapping.column_of("last_name")
    if id_col is None and name_col is None and first_col is None:
        raise UserError(
            f"{Path(path).name}: ไม่พบคอลัมน์เลขประจำตัวประชาชนหรือชื่อ-สกุลในไฟล์ Logbook",
            f"{Path(path).name}: the Logbook export has no national ID or name column.",
        )
    ids: dict[str, int] = {}
    names: dict[tuple[str, str], int] = {}

    def cell(row: list[Any], index: int | None) -> Any:
        return row[index] if index is not None and index < len(row) else ""

    for index in range(mapping.header_row + 1, len(table.rows)):
        row = table.rows[index]
        texts = [clean.text(c) for c in row]
        if not any(texts) or clean.is_total_row(texts):
            continue
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
    today = today or dt.date.today()
    result = ReconcileResult()
    matched_rows: set[int] = set()
    with database.session() as session:
        require(Permission.EDIT, session)  # here, whoever reconciles: window or CLI
        connection = session.connection()
        status = dict(connection.execute(select(HH.c.id, HH.c.logbook_status)).all())
        found: set[int] = set()
        query = select(MEM.c.household_id, MEM.c.national_id, MEM.c.first_name, MEM.c.last_name)
        for household_id, national_id, first, last in connection.execute(query):
            row_no = ids.get(national_id) if national_id else None
            if row_no is None:
                row_no = names.get((first, last))
            if row_no is not None:
                found.add(household_id)
                matched_rows.add(row_no)
        params, audit = [], []
        user, now = current_user(), dt.datetime.now(dt.UTC)
        for household_id, before in status.items():
            if household_id in found:
                result.found += 1
                after = LogbookStatus.ENTERED if before == LogbookStatus.ENTERED else LogbookStatus.FOUND
            else:
                result.not_found += 1
                result.not_found_ids.append(household_id)
                after = LogbookStatus.NOT_FOUND
            params.append({"b_id": household_id, "v_status": after, "v_on": today})
            if after != before:
                audit.append(
                    {
                        "at": now, "user_name": user, "action": AuditAction.UPDATE, "entity": "household",
                        "entity_id": household_id, "field": "logbook_status", "before": str(before),
                        "after": str(after), "summary": f"ตรวจสอบกับ Logbook ({Path(path).name})",
                    }
                )  # fmt: skip
        progress(1, 2, "")
        if params:
            connection.execute(
                update(HH)
                .where(HH.c.id == bindparam("b_id"))
                .values(logbook_status=bindparam("v_status"), logbook_status_on=bindparam("v_on")),
                params,
            )
        queue(session, audit)  # appended (masked, chained) when the session commits
        result.changed = len(audit)
    result.unmatched_rows = sorted((set(ids.values()) | set(names.values())) - matched_rows)
    progress(2, 2, "")
    return result
