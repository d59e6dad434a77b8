"""PDF and DOCX of a report through the documents engine (desktop.documents).

Title, office and fiscal year; each chart as the very PNG the window shows; then every
table (header repeated on each page by the engine) with its รวม row and note. Landscape A4
with the office's margins and digit setting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.documents import render
from desktop.documents.meeting_documents import Style
from desktop.documents.model import Column, Document, Image, Paragraph, Table, heading
from desktop.files import scratch_folder
from desktop.reports.charts import render_chart
from desktop.reports.model import COUNT, DATE, MONEY, Report
from desktop.reports.output import made_line
from desktop.settings import Settings
from desktop.settings import load as load_settings
from desktop.thai import thai_date_short

CHART_WIDTH_CM = 17.0


def cell_text(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == DATE and isinstance(value, dt.date):
        return thai_date_short(value, thai_digits=False)
    if kind == MONEY and isinstance(value, int | float | Decimal):
        return f"{value:,.2f}"
    if kind == COUNT and isinstance(value, int | float | Decimal):
        return f"{value:,}"
    return str(value)


def report_document(report: Report, chart_files: list[Path], settings: Settings | None = None) -> Document:
    """The document model of a report; ``chart_files`` are its charts as PNG files, in order."""
    style = Style(settings or load_settings())
    document = style.document(style.t(report.title), landscape=True)
    document.author = report.office
    document.add(
        heading(style.t(report.title)),
        Paragraph.of(style.t(report.subtitle), align="center"),
        Paragraph.of(style.t(made_line(report)), align="center", space_after=6),
    )
    for path in chart_files:
        document.add(Image(path, CHART_WIDTH_CM))
    for table in report.tables:
        columns = [
            Column(style.t(c.header), c.width, "right" if c.kind in (COUNT, MONEY) else "left")
            for c in table.columns
        ]
        rows = [
            [style.t(cell_text(v, c.kind)) for v, c in zip(row, table.columns, strict=True)]
            for row in table.rows
        ]
        if table.totals is not None:
            rows.append(
                [style.t(cell_text(v, c.kind)) for v, c in zip(table.totals, table.columns, strict=True)]
            )
        document.add(Table(columns, rows, size=14, caption=style.t(table.title)))
        if table.note:
            document.add(Paragraph.of(style.t(table.note)))
    return document


def write_document(report: Report, path: Path, settings: Settings | None = None) -> None:
    settings = settings or load_settings()
    with scratch_folder("amphoe-charts-") as scratch:  # our private scratch, swept at start-up
        files = []
        for index, spec in enumerate(report.charts):
            file = Path(scratch) / f"chart-{index}.png"
            # the printed chart speaks the document's digits (the window keeps Arabic ones)
            file.write_bytes(render_chart(replace(spec, thai_digits=settings.thai_digits)).png)
            files.append(file)
        render(report_document(report, files, settings), path)
