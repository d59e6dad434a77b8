"""Figures for the overview page (หน้าหลัก)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from database.enums import LogbookStatus
from database.models import Household, Meeting, OfficeProfile
from desktop.db import Database


@dataclass
class OverviewFigures:
    office: str
    households: int
    by_group: dict[int, int]
    not_found: int
    meetings: int


def overview_figures(database: Database) -> OverviewFigures:
    with database.session() as session:
        office = session.scalar(select(OfficeProfile.office_name).limit(1)) or ""
        rows = session.execute(select(Household.target_group, func.count()).group_by(Household.target_group))
        by_group = {group: count for group, count in rows}
        not_found = (
            session.scalar(
                select(func.count())
                .select_from(Household)
                .where(Household.logbook_status == LogbookStatus.NOT_FOUND)
            )
            or 0
        )
        meetings = session.scalar(select(func.count()).select_from(Meeting)) or 0
    return OverviewFigures(office, sum(by_group.values()), by_group, not_found, meetings)
