"""Attach a report (PDF or xlsx bytes) to a meeting's agenda item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy.orm import Session

from database.models import AgendaAttachment, AgendaItem
from desktop.errors import UserError
from desktop.files import scratch_folder
from desktop.reports.committee import REPORT_TITLES, build_report
from desktop.reports.output import default_filename, write_report


def attach_report(
    session: Session,
    agenda_item_id: int,
    name: str,
    fiscal_year: int | None = None,
    suffix: str = ".pdf",
    today: dt.date | None = None,
) -> AgendaAttachment:
    """Build the report now and store its file on the agenda item; returns the attachment."""
    item = session.get(AgendaItem, agenda_item_id)
    if item is None:
        raise UserError(f"ไม่พบวาระการประชุมหมายเลข {agenda_item_id}", f"No agenda item {agenda_item_id}.")
    report = build_report(session, name, fiscal_year, today)
    filename = default_filename(report, suffix)
    with scratch_folder("amphoe-report-") as scratch:
        path = write_report(report, Path(scratch) / f"report{suffix}")
        content = path.read_bytes()
    attachment = AgendaAttachment(agenda_item_id=item.id, filename=filename, content=content)
    session.add(attachment)
    session.flush()
    return attachment


def report_title(filename: str) -> str | None:
    """The Thai title and fiscal year of a report attached by attach_report (it is named
    รายงาน-<name>-ปีงบ<year>.<suffix> by default_filename), or None for any other file."""
    found = re.fullmatch(r"รายงาน-(\w+)-ปีงบ(\d{4})\.\w+", filename)
    if found is None or found.group(1) not in REPORT_TITLES:
        return None
    return f"{REPORT_TITLES[found.group(1)]} ปีงบประมาณ {found.group(2)}"
