"""Write a report to a file: xlsx through desktop.spreadsheets, PDF and DOCX through the documents engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.errors import UserError
from desktop.reports.model import COUNT, DATE, MONEY, TEXT, Report, ReportTable
from desktop.spreadsheets import Column, Sheet, write_workbook
from desktop.thai import thai_date

NUMBER_FORMATS = {
    COUNT: "#,##0",
    MONEY: "#,##0.00",
    DATE: "[$-1070000]d/mm/yyyy;@",  # Excel's Thai Buddhist-era display of a real date
    TEXT: "",
}
FORMATS = (".xlsx", ".pdf", ".docx")


def made_line(report: Report) -> str:
    return f"ข้อมูล ณ วันที่ {thai_date(report.made_on, thai_digits=False)}"


def _sheet(report: Report, table: ReportTable) -> Sheet:
    columns = [
        Column(c.header, c.width, text=c.kind == TEXT, number_format=NUMBER_FORMATS[c.kind])
        for c in table.columns
    ]
    return Sheet(
        table.title,
        columns,
        table.rows,
        heading=f"{report.title} ({table.title})",
        totals=table.totals,
        subheadings=(report.subtitle, made_line(report)),
        note=table.note,
        footer=report.office,
    )


def write_xlsx(report: Report, path: Path) -> int:
    return write_workbook(path, [_sheet(report, table) for table in report.tables])


def write_report(report: Report, path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            f"บันทึกรายงานได้เฉพาะไฟล์ .pdf .docx หรือ .xlsx ({path.name})",
            f"Reports are written as .pdf, .docx or .xlsx ({path.name}).",
        )
    try:
        if suffix == ".xlsx":
            write_xlsx(report, path)
        else:
            from desktop.reports.printed import write_document

            write_document(report, path)
    except OSError as error:  # the charts' scratch folder, before the file itself
        from desktop.files import refusal

        raise refusal(error, path) from error
    return path


def default_filename(report: Report, suffix: str = ".xlsx", today: dt.date | None = None) -> str:
    return f"รายงาน-{report.name}-ปีงบ{report.fiscal_year_be}{suffix}"
