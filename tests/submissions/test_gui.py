"""The two pages, driven like a clerk would: register a circular, take a letter number,
build a package, write it to a folder standing for a USB stick, write an e-mail draft,
open a package, import district packages; and the start-up reminder."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import Deadline, OutgoingLetter, Submission
from desktop.db import Database
from desktop.settings import Settings
from desktop.submissions.circulars import CircularInput, DeadlineInput
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.letters import LettersPage, show_due_reminder
from ui.pages.submissions import SubmissionsPage


@pytest.fixture
def window(qtbot: QtBot, sqlite_demo: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    app = create_application()
    install_translators(app, "th")
    main = MainWindow(sqlite_demo, Settings(database_url=sqlite_demo.url))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main


def _page(window: MainWindow, kind: type) -> tuple[int, object]:
    for row, page in enumerate(window.pages):
        if isinstance(page, kind):
            window.navigation.setCurrentRow(row)
            return row, page
    raise AssertionError(kind)


def test_letters_page_registers_a_circular_and_numbers_a_letter(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _row, page = _page(window, LettersPage)
    assert isinstance(page, LettersPage)
    assert page.circulars.rowCount() == 1
    assert page.circulars.cell_text(0, 0) == "พย ๐๐๑๙.๔/ว ๓๓/๖๓"
    assert page.circulars.cell_text(0, 6) == "เลยกำหนด"  # 18 Sep 2024 has passed
    assert "พย ๐๐๑๙.๔/ว ๓๓/๖๓" in page.due_label.text()
    today = dt.date.today()
    page.save_circular(
        CircularInput(
            reference="พย ๐๐๑๙.๓/ว ๙๙",
            dated=today,
            sender="จังหวัดพะเยา",
            subject="ขอรายชื่อครัวเรือน",
            deadlines=[DeadlineInput(today + dt.timedelta(days=3))],
        )
    )
    assert page.circulars.rowCount() == 2 and "อีก 3 วัน" in page.due_label.text()
    page.save_circular(CircularInput(reference="", dated=today, sender="", subject=""))
    assert "เลขที่หนังสือ" in page.status.text() and page.circulars.rowCount() == 2
    page.take_number("ขอเชิญประชุม", "หัวหน้าส่วนราชการ", today)
    assert page.last_number == "พย ๐๗๑๙/๑"
    assert page.letters.cell_text(0, 0) == "พย ๐๗๑๙/๑"
    window.grab().save(str(tmp_path / "letters.png"))


def test_build_write_to_stick_and_email_from_the_page(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, sqlite_demo: Database
) -> None:
    _row, page = _page(window, SubmissionsPage)
    assert isinstance(page, SubmissionsPage)
    assert not page.usb_button.isEnabled()
    page.meeting.setCurrentIndex(0)  # newest first: meeting 2
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert page.package is not None
    assert "พย ๐๗๑๙/๑" in page.package_label.text()
    assert page.usb_button.isEnabled()
    stick = tmp_path / "STICK"
    stick.mkdir()
    page.target.setText(str(stick))
    qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    assert "ถอดแฟลชไดรฟ์ได้อย่างปลอดภัย" in page.send_status.text()
    assert [p.name for p in stick.iterdir()] == [page.package.path.name]
    page.write_email(tmp_path / "draft.eml")
    message = email.message_from_bytes((tmp_path / "draft.eml").read_bytes(), policy=email.policy.default)
    assert message["To"] == "phayao.cdd@example.go.th"
    assert page.history.rowCount() == 2
    assert {page.history.cell_text(r, 1) for r in range(2)} == {"แฟลชไดรฟ์", "อีเมล"}
    with sqlite_demo.session() as session:
        assert len(session.scalars(select(Submission)).all()) == 2
        assert session.scalars(select(Deadline.delivered_on)).one() is not None
        assert session.scalars(select(OutgoingLetter.kind)).all() == ["cover"]
    _row, letters = _page(window, LettersPage)
    assert isinstance(letters, LettersPage)
    assert letters.circulars.cell_text(0, 6) == "ส่งแล้ว"
    window.navigation.setCurrentRow(window.pages.index(page))  # type: ignore[arg-type]
    page.tabs.setCurrentIndex(1)
    window.grab().save(str(tmp_path / "history.png"))


def test_full_stick_message_on_the_page(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, locked_stick: Path
) -> None:
    _row, page = _page(window, SubmissionsPage)
    assert isinstance(page, SubmissionsPage)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    page.target.setText(str(locked_stick))
    qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    assert "ป้องกันการเขียน" in page.send_status.text()
    assert list(locked_stick.iterdir()) == []
    assert page.history.rowCount() == 0


def test_open_a_package_and_import_districts(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _row, page = _page(window, SubmissionsPage)
    assert isinstance(page, SubmissionsPage)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert page.package is not None
    page.tabs.setCurrentIndex(2)
    assert page.verify_file(page.package.path)
    assert "ถูกต้องครบถ้วน" in page.verify_status.text()
    assert "households-item-4.1.xlsx" in page.verify_text.toPlainText()
    broken = tmp_path / "broken.zip"
    data = bytearray(page.package.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    broken.write_bytes(bytes(data))
    assert not page.verify_file(broken)
    assert "พบปัญหา" in page.verify_status.text()
    window.grab().save(str(tmp_path / "verify.png"))
    page.tabs.setCurrentIndex(3)
    assert page.import_files([page.package.path])
    assert page.districts.rowCount() == 1 and page.districts.cell_text(0, 0) == "เวียงทอง"
    assert page.received.rowCount() == int(page.districts.cell_text(0, 2))
    assert not page.import_files([broken])
    assert "ไม่ผ่านการตรวจสอบ" in page.import_status.text()
    window.grab().save(str(tmp_path / "province.png"))


def test_start_up_reminder_lists_overdue_work(
    window: MainWindow, qtbot: QtBot, sqlite_demo: Database
) -> None:
    dialog = show_due_reminder(window, sqlite_demo, dt.date(2024, 9, 21))  # due 18 Sep 2024
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "พย ๐๐๑๙.๔/ว ๓๓/๖๓" in text and "เลยกำหนด 3 วัน" in text  # screen digits
    dialog.accept()
    assert show_due_reminder(window, sqlite_demo, dt.date(2024, 8, 1)) is None
