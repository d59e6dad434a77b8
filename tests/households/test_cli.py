from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from database.enums import LogbookStatus
from database.models import Household
from desktop.cli import main
from desktop.db import Database
from tests.households.files import make_id, messy_rows, write_xlsx, zip_bomb


def test_import_exit_codes_and_report(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database.url
    rows = messy_rows()
    rows[4][2] = "1234"
    bad = write_xlsx(tmp_path / "bad.xlsx", rows)
    report = tmp_path / "report.xlsx"
    assert main(["--db", url, "households", "import", str(bad), "--report", str(report)]) == 1
    err = capsys.readouterr().err
    assert "แถว 5" in err and "13 หลัก" in err and "ไม่นำเข้า" in err
    assert report.exists()
    assert (
        main(["--db", url, "--lang", "en", "households", "import", str(bad), "--dry-run", "--skip-invalid"])
        == 0
    )
    assert "Dry run" in capsys.readouterr().out
    with database.session() as session:
        assert session.scalars(select(Household)).first() is None
    assert main(["--db", url, "households", "import", str(bad), "--skip-invalid"]) == 0
    assert "ครัวเรือนใหม่ 2 สมาชิกใหม่ 2" in capsys.readouterr().out  # สมชาย rejected
    bomb = zip_bomb(tmp_path / "bomb.xlsx")
    assert main(["--db", url, "households", "import", str(bomb)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert main(["--db", url, "households", "import"]) == 2
    assert main(["--db", url, "households", "import", str(bad), "--mapping", "nope"]) == 1


def test_reconcile_marks_found_and_not_found(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database.url
    assert (
        main(["--db", url, "households", "import", str(write_xlsx(tmp_path / "m.xlsx", messy_rows())),
              "--same-address", "merge"]) == 0
    )  # fmt: skip
    assert "ครัวเรือนใหม่ 2 " in capsys.readouterr().out  # สมชาย and กานดา at 12 ม.3 merged
    logbook = write_xlsx(
        tmp_path / "logbook.xlsx",
        [["ส่งออกจาก TPMAP Logbook"], ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ-สกุล"], [1, make_id(1), "นายสมชาย ใจดี"],
         [2, make_id(99), "นายคนอื่น ไม่มี"]],
    )  # fmt: skip
    assert main(["--db", url, "households", "reconcile", str(logbook)]) == 0
    out = capsys.readouterr().out
    assert "พบใน Logbook 1" in out and "ไม่พบ 1" in out and "1 แถว" in out
    with database.session() as session:
        status = {
            h.house_no: (h.logbook_status, h.logbook_status_on) for h in session.scalars(select(Household))
        }
    assert status["12"][0] == LogbookStatus.FOUND and status["12"][1] is not None
    assert status["45/1"][0] == LogbookStatus.NOT_FOUND
    exported = tmp_path / "out.xlsx"
    assert main(["--db", url, "households", "export", str(exported)]) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(exported).active
    header = [c.value for c in sheet[1]]
    column = header.index("สถานะ Logbook")
    values = {row[3]: row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values == {"12": "พบในระบบ", "45/1": "ไม่พบในระบบ"}


def test_export_then_import_changes_nothing(demo_database: Database, tmp_path: Path) -> None:
    from desktop.households.export import export_households
    from desktop.households.importing import ImportOptions, run_import

    with demo_database.session() as session:
        exported = export_households(session, tmp_path / "export.xlsx")
    result = run_import(demo_database, tmp_path / "export.xlsx", ImportOptions())
    assert not result.problems and result.plan.is_empty() and not result.written
    assert result.plan.unchanged_households == exported
