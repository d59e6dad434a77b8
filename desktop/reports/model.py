"""A report as plain data: tables (with totals) and charts, rendered to xlsx, PDF or DOCX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.reports.charts import ChartSpec

TEXT, COUNT, MONEY, DATE = "text", "count", "money", "date"


@dataclass
class ReportColumn:
    header: str
    width: float = 12  # characters, for the spreadsheet
    kind: str = COUNT


@dataclass
class ReportTable:
    title: str  # sheet name (≤ 31 characters) and the heading above the table
    columns: Sequence[ReportColumn]
    rows: list[list[Any]]
    totals: list[Any] | None = None  # the รวม row, same length as columns
    note: str = ""  # e.g. "แสดง 500 รายการแรกจาก 12,345"


@dataclass
class Report:
    name: str  # progress | groups | assistance | backlog
    title: str
    fiscal_year_be: int
    office: str
    made_on: dt.date
    tables: list[ReportTable]
    charts: list[ChartSpec] = field(default_factory=list)

    @property
    def subtitle(self) -> str:
        return f"{self.office} ปีงบประมาณ พ.ศ. {self.fiscal_year_be}".strip()


def totals_row(
    label: str, rows: Sequence[Sequence[Any]], columns: Sequence[ReportColumn], skip: int = 1
) -> list[Any]:
    """'รวม' then the sum of every count/money column (text columns stay empty)."""
    out: list[Any] = [label] + [""] * (skip - 1)
    for index, column in enumerate(columns[skip:], skip):
        if column.kind in (COUNT, MONEY):
            out.append(sum((row[index] or 0) for row in rows))
        else:
            out.append("")
    return out
