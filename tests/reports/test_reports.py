"""The four committee reports: numbers recounted row by row, xlsx read back, CLI, agenda attachment."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from database.enums import LogbookStatus
from database.models import AgendaAttachment, AgendaItem
from desktop.cli import main
from desktop.db import Database
from desktop.errors import UserError
from desktop.reports.attach import attach_report
from desktop.reports.committee import build_report
from desktop.reports.labels import NO_AGENCY, NO_STAGE, STAGE_ORDER, TARGET_GROUPS
from desktop.reports.output import write_report
from tests.reports.conftest import TODAY, YEAR
from tests.reports.expected import activities_in, in_year, load


def sheet_rows(path: Path, title: str) -> list[list[Any]]:
    workbook = openpyxl.load_workbook(path)
    return [list(row) for row in workbook[title].iter_rows(values_only=True)]


def table_part(rows: list[list[Any]], header: str) -> tuple[list[Any], list[list[Any]]]:
    """The header row (found by its first cell) and the rows under it."""
    index = next(i for i, row in enumerate(rows) if row[0] == header)
    return rows[index], rows[index + 1 :]


def test_reports_match_the_database_and_read_back(casework_database: Database, tmp_path: Path) -> None:
    with casework_database.session() as session:
        rows = load(session)
        reports = {
            name: build_report(session, name, YEAR, TODAY)
            for name in ("progress", "groups", "assistance", "backlog")
        }
    activities = activities_in(rows, YEAR)
    place_of = {h.id: h.subdistrict for h in rows.households}

    # progress by ตำบล
    progress = reports["progress"].tables[0]
    for row in progress.rows:
        place = row[0]
        households = [h for h in rows.households if h.subdistrict == place]
        plans = [p for p in rows.plans if place_of[p.household_id] == place and in_year(p, YEAR)]
        acts = [a for a in activities if place_of[a.household_id] == place]
        assert row[1] == len(households)
        assert row[2] == sum(h.target_group == 1 for h in households)
        assert row[3] == sum(
            h.logbook_status in (LogbookStatus.FOUND, LogbookStatus.ENTERED) for h in households
        )
        assert row[5] == len({p.household_id for p in plans})
        assert row[6] == len(plans)
        assert row[9] == len({a.household_id for a in acts})
        assert row[10] == len(acts)
        assert row[11] == sum(a.logbook_entered for a in acts)
    assert progress.totals is not None and progress.totals[1] == len(rows.households)
    village_totals = reports["progress"].tables[1].totals
    assert village_totals is not None and village_totals[3:] == progress.totals[1:]

    # groups × stage
    cross = reports["groups"].tables[0]
    counted = Counter((h.target_group, h.stage.value if h.stage else NO_STAGE) for h in rows.households)
    for group, row in zip(TARGET_GROUPS, cross.rows, strict=True):
        assert row[1:-1] == [counted[(group, s)] for s in STAGE_ORDER]
    assert cross.totals is not None and cross.totals[-1] == len(rows.households)

    # assistance by agency
    agency_rows = {row[0]: row for row in reports["assistance"].tables[0].rows}
    by_agency = Counter(rows.agencies.get(a.agency_id or 0, NO_AGENCY) for a in activities)
    assert {name: row[1] for name, row in agency_rows.items()} == dict(by_agency)
    some = next(iter(agency_rows))
    mine = [a for a in activities if rows.agencies.get(a.agency_id or 0, NO_AGENCY) == some]
    assert agency_rows[some][3] == sum((a.amount or Decimal(0)) for a in mine)
    assert agency_rows[some][5] == sum(a.logbook_entered for a in mine)

    # Logbook backlog
    backlog = reports["backlog"]
    summary = backlog.tables[0]
    end = dt.date(2025, 9, 30)
    waiting = [a for a in rows.activities if not a.logbook_entered and a.activity_on <= end]
    assert summary.totals is not None
    assert summary.totals[3] == len(waiting) == len(backlog.tables[2].rows)
    assert summary.totals[4] == min(a.activity_on for a in waiting)
    not_checked = sum(h.logbook_status == LogbookStatus.NOT_CHECKED for h in rows.households)
    not_found = sum(h.logbook_status == LogbookStatus.NOT_FOUND for h in rows.households)
    assert summary.totals[1:3] == [not_checked, not_found]
    assert len(backlog.tables[1].rows) == not_checked + not_found

    # xlsx: every table as its own sheet, headings, Thai headers, totals, print set-up
    for name, report in reports.items():
        path = write_report(report, tmp_path / f"{name}.xlsx")
        workbook = openpyxl.load_workbook(path)
        assert workbook.sheetnames == [t.title for t in report.tables]
        first = workbook[report.tables[0].title]
        assert first["A1"].value.startswith(report.title)
        assert first.page_setup.orientation == "landscape" and first.page_setup.paperSize == 9
        assert "&P" in (first.oddFooter.right.text or "")
        assert first.print_title_rows is not None
    header, body = table_part(sheet_rows(tmp_path / "progress.xlsx", "รายตำบล"), "ตำบล")
    assert header[1] == "ครัวเรือนเป้าหมาย"
    assert body[-1][0] == "รวม" and body[-1][1] == len(rows.households)
    assert [r[:2] for r in body[:-1]] == [r[:2] for r in progress.rows]
    _, agency_body = table_part(sheet_rows(tmp_path / "assistance.xlsx", "รายหน่วยงาน"), "หน่วยงาน")
    assert agency_body[-1][1] == len(activities)
    _, listed = table_part(sheet_rows(tmp_path / "backlog.xlsx", "กิจกรรมที่ต้องบันทึก"), "ลำดับ")
    assert len(listed) == len(waiting)
    assert isinstance(listed[0][1], dt.datetime)  # a real date cell (shown in the Buddhist era)

    # attach to an agenda item
    with casework_database.session() as session:
        item_id = session.scalar(select(AgendaItem.id).order_by(AgendaItem.id).limit(1))
        assert item_id is not None
        attachment = attach_report(session, item_id, "groups", YEAR, ".xlsx", TODAY)
        attachment_id = attachment.id
    with casework_database.session() as session:
        stored = session.get(AgendaAttachment, attachment_id)
        assert stored is not None and stored.agenda_item_id == item_id
        assert stored.filename.endswith(".xlsx") and stored.content[:2] == b"PK"
        with pytest.raises(UserError):
            attach_report(session, 999_999, "groups", YEAR, ".xlsx", TODAY)


def test_cli_writes_each_report(
    sqlite_url: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", sqlite_url, "demo"]) == 0
    for name in ("progress", "groups", "assistance", "backlog"):
        out = tmp_path / f"{name}.xlsx"
        assert main(["--db", sqlite_url, "reports", name, "--out", str(out), "--fiscal-year", "2568"]) == 0
        assert openpyxl.load_workbook(out).sheetnames
    assert "2568" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "reports", "groups", "--out", str(tmp_path / "x.txt")]) == 1
    assert not (tmp_path / "x.txt").exists()
    assert main(["--db", sqlite_url, "reports", "nonsense", "--out", str(tmp_path / "y.xlsx")]) == 2
