"""The household list as a PDF through the documents engine: GUI button and CLI, read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.cli import main
from desktop.db import Database
from desktop.settings import Settings
from desktop.thai import to_arabic_digits
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.pages.households import HouseholdsPage

MASKED = re.compile(r"\b\d-\d{4}-xxxxx-\d{2}-\d\b")
FULL_ID = re.compile(r"\b\d{13}\b|\b\d-\d{4}-\d{5}-\d{2}-\d\b")


def read_pdf(path: Path) -> tuple[str, int]:
    """The text (in Arabic digits) and the number of pages."""
    shown = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    return to_arabic_digits(shown.stdout), pages


def ids_of(database: Database, where: str) -> list[str]:
    with database.session() as session:
        return [
            i
            for (i,) in session.execute(
                text(
                    "SELECT m.national_id FROM household h JOIN member m ON m.household_id = h.id"
                    f" WHERE m.is_head AND m.national_id IS NOT NULL AND {where}"
                )
            )
        ]


def test_pdf_button_writes_the_filtered_list(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    install_translators(create_application(), "th")
    page = HouseholdsPage(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.group_combo.setCurrentIndex(page.group_combo.findData(1))
    shown = page.model.rowCount()
    with demo_database.session() as session:
        everyone = session.execute(text("SELECT count(*) FROM household")).scalar_one()
    assert 5 < shown < everyone
    target = tmp_path / "group1.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    content, pages = read_pdf(target)
    assert pages >= 2
    assert content.count("สถานะ") == pages  # the header row repeats on every page
    assert "บัญชีรายชื่อครัวเรือนเป้าหมาย" in content and "กลุ่มเป้าหมายที่ 1" in content
    assert f"จำนวน {shown:,} ครัวเรือน" in content
    heads = ids_of(demo_database, "h.target_group = 1")
    masked = {m for m in MASKED.findall(content)}
    assert masked == {f"{i[0]}-{i[1:5]}-xxxxx-{i[10:12]}-{i[12]}" for i in heads}
    assert not FULL_ID.search(content)  # no ID printed in full
    assert str(shown) in page.count_label.text().replace(",", "")


def test_cli_export_format_follows_the_suffix(demo_database: Database, tmp_path: Path) -> None:
    url = demo_database.url
    out = tmp_path / "list.pdf"
    assert main(["--db", url, "households", "export", str(out), "--logbook", "not_found"]) == 0
    content, _pages = read_pdf(out)
    heads = ids_of(demo_database, "h.logbook_status = 'not_found'")
    assert heads and len(MASKED.findall(content)) == len(heads)
    assert "Logbook: ไม่พบในระบบ" in content
    assert main(["--db", url, "households", "export", str(tmp_path / "list.docx")]) == 0
    assert (tmp_path / "list.docx").stat().st_size > 1000
    assert main(["--db", url, "households", "export", str(tmp_path / "list.txt")]) == 1
    assert not (tmp_path / "list.txt").exists()
