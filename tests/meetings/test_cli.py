"""`meetings show ID` on the demo district, in Thai and English."""

from __future__ import annotations

import pytest

from desktop.cli import main


def test_meetings_show(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "meetings", "show", "1"]) == 0
    out = capsys.readouterr().out
    assert "การประชุมครั้งที่ ๑/๒๕๖๗" in out and "รับรองรายงานแล้ว" in out
    assert "รับรองรายงานในการประชุมครั้งที่ 2/2567" in out
    assert "ครบองค์ประชุม" in out and "ไม่มาประชุม" in out and "ผู้เข้าร่วมประชุม" in out
    assert "ดำเนินการแล้ว" in out and "ครัวเรือน]" in out
    assert main(["--db", db_url, "--lang", "en", "meetings", "show", "2"]) == 0
    out = capsys.readouterr().out
    assert "Meeting 2/2567" in out and "quorum:" in out and "4.1 " in out and "approved" in out
    assert main(["--db", db_url, "meetings", "show", "99"]) == 1
    assert "ไม่พบการประชุมหมายเลข 99" in capsys.readouterr().err
