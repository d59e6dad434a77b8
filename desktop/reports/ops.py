"""The overview's figures and the committee's reports, read in one place (desktop/operations.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from database.enums import AuditAction
from desktop.operations import Unit, operation, query
from desktop.reports import committee, figures
from desktop.reports.output import write_report
from desktop.reports.overview_data import OverviewFigures
from desktop.safety.access import Permission

overview_figures = query(figures.overview_figures)
fiscal_years_available = query(figures.fiscal_years_available)


@query
def overview(session: Session, year_be: int | None, today: dt.date) -> tuple[OverviewFigures, list[int]]:
    """The overview's figures for a fiscal year and the years that have data, in one read."""
    return figures.overview_figures(session, year_be, today), figures.fiscal_years_available(session, today)


@operation(Permission.EDIT)
def save_report(unit: Unit, name: str, year_be: int, today: dt.date, path: Path) -> Path:
    """Build a committee report and write it (.xlsx, .pdf or .docx); the export is audited."""
    report = committee.build_report(unit.session, name, year_be, today)
    written = write_report(report, path)
    unit.record(AuditAction.EXPORT, "report", summary=f"report {name} {year_be} written to {path.name}")
    return written
