"""The command-line contract: commands, exit codes, one-sentence errors in Thai or English."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.demo import DemoCalendar
from desktop.thai import be_year, is_valid_national_id, to_thai_digits


def run(*args: str) -> int:
    return main(list(args))


def test_init_demo_export_on_both_databases(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--db", db_url, "init") == 0
    assert run("--db", db_url, "demo") == 0
    out = tmp_path / "out.xlsx"
    assert run("households", "export", str(out), "--db", db_url) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    for required in ("เลขประจำตัวประชาชน", "ชื่อ-สกุล", "บ้านเลขที่", "หมู่ที่", "ตำบล",
                     "กลุ่มเป้าหมาย", "รายได้เฉลี่ย (บาท/คน/ปี)", "สถานะ Logbook"):  # fmt: skip
        assert required in header
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) >= 60
    id_column = header.index("เลขประจำตัวประชาชน")
    ids = [row[id_column] for row in rows if row[id_column]]
    assert ids and all(isinstance(value, str) and is_valid_national_id(value) for value in ids)
    assert sheet.cell(row=2, column=id_column + 1).number_format == "@"


def test_export_filters(sqlite_url: str, tmp_path: Path) -> None:
    assert run("--db", sqlite_url, "demo") == 0
    out = tmp_path / "group1.xlsx"
    assert run("--db", sqlite_url, "households", "export", str(out), "--group", "1") == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    groups = {str(row[10]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert groups and all(group.startswith("1") for group in groups)


def test_demo_refuses_a_database_with_households(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--db", sqlite_url, "demo") == 0
    capsys.readouterr()
    assert run("--db", sqlite_url, "demo") == 1
    err = capsys.readouterr().err.strip()
    assert err == "ฐานข้อมูลนี้มีข้อมูลครัวเรือนอยู่แล้ว จึงไม่เพิ่มข้อมูลตัวอย่าง"
    assert run("--db", sqlite_url, "--lang", "en", "demo") == 1
    assert "already holds households" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("no-such-command") == 2
    assert run("households") == 2
    assert run("households", "export") == 2


def test_meetings_list_prints_id_first(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run("--db", sqlite_url, "demo")
    capsys.readouterr()
    assert run("--db", sqlite_url, "meetings", "list") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert [line.split("\t")[0] for line in lines] == ["1", "2"]
    first = DemoCalendar(dt.date.today()).first_meeting  # the demo is dated from today
    assert f"ครั้งที่ {to_thai_digits(f'1/{be_year(first)}')}" in lines[0]


def test_unreachable_database_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://nobody:wrong@127.0.0.1:1/none"
    assert run("--db", url, "--lang", "en", "init") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Cannot open the database") and "\n" not in err


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.sqlite3"
    letter.write_bytes(b"not a database " * 200)
    assert (
        run("--db", f"sqlite:///{letter}", "--lang", "en", "households", "export", str(tmp_path / "o.xlsx"))
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert err.startswith("Cannot open the database") and "file is not a database" in err and "\n" not in err
    assert letter.read_bytes() == b"not a database " * 200


def test_python_dash_m_desktop_runs_as_a_program(sqlite_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", sqlite_url, "--lang", "en", "init"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Database ready")
