"""`meetings show ID` on the demo district, in Thai and English."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.cli import main
from desktop.demo import DemoCalendar
from desktop.thai import be_year, to_thai_digits


def test_meetings_show(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "demo"]) == 0  # dated from today: this fiscal year's meetings
    calendar = DemoCalendar(dt.date.today())
    first_year, second_year = be_year(calendar.first_meeting), be_year(calendar.second_meeting)
    second = f"{2 if first_year == second_year else 1}/{second_year}"
    capsys.readouterr()
    assert main(["--db", db_url, "meetings", "show", "1"]) == 0
    out = capsys.readouterr().out
    assert f"การประชุมครั้งที่ {to_thai_digits(f'1/{first_year}')}" in out and "รับรองรายงานแล้ว" in out
    assert f"รับรองรายงานในการประชุมครั้งที่ {second}" in out
    assert "ครบองค์ประชุม" in out and "ไม่มาประชุม" in out and "ผู้เข้าร่วมประชุม" in out
    assert "ดำเนินการแล้ว" in out and "ครัวเรือน]" in out
    assert main(["--db", db_url, "--lang", "en", "meetings", "show", "2"]) == 0
    out = capsys.readouterr().out
    assert f"Meeting {second}" in out and "quorum:" in out and "4.1 " in out and "approved" in out
    assert main(["--db", db_url, "meetings", "show", "99"]) == 1
    assert "ไม่พบการประชุมหมายเลข 99" in capsys.readouterr().err
