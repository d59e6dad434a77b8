"""Broken input is refused with one clear sentence: never a traceback, never a hang."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.households.importing.reader import read_table
from tests.households.files import messy_rows, truncated_xlsx, write_xlsx, zip_bomb


def refusal(path: Path) -> str:
    with pytest.raises(UserError) as caught:
        read_table(path)
    message = caught.value.message("th")
    assert "\n" not in message and path.name in message
    assert "Traceback" not in message
    return message


def test_truncated_xlsx(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", messy_rows())
    assert "ที่สมบูรณ์" in refusal(truncated_xlsx(good, tmp_path / "cut.xlsx"))


def test_text_file_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("ชื่อ,เลขบัตร\nสมชาย,1\n", encoding="utf-8")
    assert "Excel" in refusal(path)


def test_pdf_renamed_xls(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)
    assert "Excel" in refusal(path)


def test_binary_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00" + bytes(range(256)) * 8)
    assert "CSV" in refusal(path)


def test_empty_and_missing_and_unknown(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "ว่าง" in refusal(empty)
    assert "ไม่พบไฟล์" in refusal(tmp_path / "nothing.xlsx")
    other = tmp_path / "list.ods"
    other.write_bytes(b"x")
    assert ".xlsx" in refusal(other)


def test_zip_bomb_refused_quickly(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 2_000_000
    start = time.perf_counter()
    assert "ขยายตัวผิดปกติ" in refusal(bomb)
    assert time.perf_counter() - start < 5


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.households.importing import reader

    path = write_xlsx(tmp_path / "big.xlsx", messy_rows())
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    assert "ใหญ่เกินไป" in refusal(path)


def test_unknown_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", messy_rows(), title="ข้อมูล")
    with pytest.raises(UserError, match="ข้อมูล"):
        read_table(path, "ไม่มี")
