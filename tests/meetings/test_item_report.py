"""A committee report attached to an agenda item from the item panel (issue #19): listed under
the item in the agenda ("เอกสารประกอบ: รายงาน…"), and its PDF packed with the meeting's package
for the province. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.submissions.package import PackageOptions, build_package
from desktop.submissions.verify import verify_package
from tests.conftest import click
from tests.pdf_text import pdf_text
from tests.submissions.conftest import zip_member
from ui.main_window import MainWindow
from ui.meetings.printing import PrintBar
from ui.meetings.roster import to_qdate
from ui.pages.meetings import MeetingsPage

GROUPS = "รายงานครัวเรือนเป้าหมาย จำแนกตามกลุ่มเป้าหมายและระดับการพัฒนา"


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_attach_a_report_to_an_agenda_item(
    window: MainWindow, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = window.open_page(MeetingsPage)
    page.list.date.setDate(to_qdate(dt.date(2024, 10, 15)))
    click(qtbot, page.list.new_button)
    editor = page.editor
    assert editor.detail is not None
    meeting_id = editor.detail.id
    editor.tabs.setCurrentIndex(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.new_title.setText("รายงานผลการพัฒนาครัวเรือนเป้าหมาย")
    click(qtbot, editor.add_item_button)
    panel = editor.item_panel
    assert panel.item is not None and panel.item.label == "4.1"
    panel.report.setCurrentIndex(panel.report.findData("groups"))
    panel.report_year.setValue(2568)
    click(qtbot, panel.attach_report_button)
    assert panel.attachments.count() == 1
    assert panel.attachments.item(0).text() == "รายงาน-groups-ปีงบ2568.pdf"

    # The agenda lists it under the item.
    printing = editor.printing
    assert isinstance(printing, PrintBar)
    printing.open_in_viewer = False
    preview = printing.preview("agenda")
    assert preview is not None
    agenda = squeezed(pdf_text(preview.pdf))  # a long title wraps: compare without spaces
    assert squeezed(f"เอกสารประกอบ: {GROUPS} ปีงบประมาณ ๒๕๖๘") in agenda
    preview.close()

    # The package carries its PDF, named in the manifest and the cover letter's enclosures.
    built = build_package(
        demo_database, meeting_id, tmp_path / "out", PackageOptions(today=dt.date(2024, 10, 16))
    )
    entry = next(f for f in built.manifest["files"] if f["kind"] == "report")
    assert entry["name"] == "report-item-4.1-1.pdf" and entry["agenda_item"] == "4.1"
    assert entry["title"] == f"{GROUPS} ปีงบประมาณ 2568"
    report_pdf = tmp_path / "report.pdf"
    report_pdf.write_bytes(zip_member(built.path, "report-item-4.1-1.pdf"))
    assert "กลุ่มเป้าหมาย" in pdf_text(report_pdf)
    cover = tmp_path / "cover.pdf"
    cover.write_bytes(zip_member(built.path, "01-cover-letter.pdf"))
    assert squeezed(f"{GROUPS} ปีงบประมาณ ๒๕๖๘ (วาระที่ ๔.๑)") in squeezed(pdf_text(cover))
    assert verify_package(built.path).ok
