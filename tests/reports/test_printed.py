"""PDF and DOCX of the reports: real files, Thai text extractable, tables and page numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pdfplumber

from desktop.cli import main
from desktop.db import open_database
from desktop.reports.committee import build_report
from desktop.reports.output import write_report
from tests.pdf_text import pdf_text


def test_pdf_and_docx_of_each_report(sqlite_url: str, data_dir: Path, tmp_path: Path) -> None:
    assert main(["--db", sqlite_url, "demo"]) == 0
    out = tmp_path / "progress.pdf"
    assert main(["--db", sqlite_url, "reports", "progress", "--out", str(out), "--fiscal-year", "2568"]) == 0
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘" in pdf_text(out, page=1)  # Thai digits by default
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages[0].images) == 1  # the chart, the same PNG the window shows
        pages = len(pdf.pages)
    text = pdf_text(out)
    assert "เวียงทอง" in text and "รวม" in text
    if pages > 1:
        assert "- ๒ -" in pdf_text(out, page=2)
    database = open_database(sqlite_url)
    with database.session() as session:
        report = build_report(session, "groups", 2568, dt.date(2025, 3, 12))
    database.dispose()
    path = write_report(report, tmp_path / "groups.docx")
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == report.title
    assert len(document.tables) == 3
    header = [c.text for c in document.tables[0].rows[0].cells]
    assert header[0] == "กลุ่มเป้าหมาย" and header[-1] == "รวม"
    assert document.tables[0].rows[-1].cells[-1].text == "๖๔"  # the รวม row
    assert len(document.inline_shapes) == 1
