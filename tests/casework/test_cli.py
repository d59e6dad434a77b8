"""The casework commands of the CLI contract on the demo district."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from database.models import Activity, Programme
from desktop.cli import main
from desktop.db import open_database


def test_show_export_and_programmes(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "demo"]) == 0
    database = open_database(db_url)
    with database.session() as session:
        household_id = session.scalars(select(Activity.household_id).order_by(Activity.id)).first()
        waiting = len(session.scalars(select(Activity.id).where(Activity.logbook_entered.is_(False))).all())
        programme_id = session.scalars(select(Programme.id).order_by(Programme.id.desc())).first()
    database.dispose()
    capsys.readouterr()
    assert main(["households", "show", str(household_id), "--db", db_url]) == 0
    shown = capsys.readouterr().out
    for part in ("ครัวเรือนรหัส", "การวิเคราะห์ ๔ ท", "แผนครัวเรือน", "การช่วยเหลือ", "ทางออก:"):
        assert part in shown
    assert main(["households", "show", "999999", "--db", db_url]) == 1
    assert "ไม่พบครัวเรือนรหัส 999999" in capsys.readouterr().err

    out = tmp_path / "queue.xlsx"
    assert main(["activities", "export", str(out), "--not-in-logbook", "--db", db_url]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.max_row - 2 == waiting
    assert {r[12] for r in sheet.iter_rows(min_row=3, values_only=True)} == {"ยังไม่บันทึก"}

    capsys.readouterr()
    assert main(["programmes", "list", "--db", db_url]) == 0
    listed = capsys.readouterr().out
    assert "โครงการบ้านห่วงใยจากใจ GLO" in listed and "จัดสรร 1" in listed
    nominations = tmp_path / "nominations.xlsx"
    assert (
        main(["programmes", "nominations", str(programme_id), "--out", str(nominations), "--db", db_url]) == 0
    )
    rows = list(openpyxl.load_workbook(nominations).active.iter_rows(min_row=3, values_only=True))  # type: ignore[union-attr]
    assert len(rows) >= 2 and rows[0][0] == 1
    assert main(["programmes", "nominations", "424242", "--out", str(nominations), "--db", db_url]) == 1
