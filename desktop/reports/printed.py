"""PDF and DOCX of a report through the documents engine (desktop.documents)."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import UserError
from desktop.reports.model import Report


def write_document(report: Report, path: Path) -> None:
    raise UserError(
        "การพิมพ์รายงานเป็น PDF/DOCX ยังไม่พร้อมในรุ่นนี้ ใช้ .xlsx แทน",
        "Printing reports as PDF/DOCX is not available in this version yet; use .xlsx.",
    )
