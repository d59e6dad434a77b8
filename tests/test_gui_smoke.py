"""The real window, offscreen: it opens in Thai, walks its pages and saves settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from database.models import OfficeProfile
from desktop import settings as settings_store
from desktop.db import Database
from desktop.settings import Settings
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages.settings_page import SettingsPage


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database) -> MainWindow:
    app = create_application()
    settings = Settings(database_url=demo_database.url)
    install_translators(app, "th")
    main = MainWindow(demo_database, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_window_opens_in_thai_and_walks_every_page(window: MainWindow, qtbot: QtBot) -> None:
    assert window.page_titles() == [
        "หน้าหลัก", "ครัวเรือน", "งานช่วยเหลือ", "การประชุม", "หนังสือและกำหนดส่ง", "ส่งจังหวัด", "ตั้งค่า",
        "ข้อมูลและผู้ใช้",
    ]  # fmt: skip
    assert "Sarabun" in QFontDatabase.families()
    for row in range(window.navigation.count()):
        rect = window.navigation.visualItemRect(window.navigation.item(row))
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentIndex() == row
    image = window.grab()
    assert not image.isNull() and image.width() > 800


def test_settings_page_saves_office_profile_and_language(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    page = window.open_page(SettingsPage)
    office_name = page.office_fields["office_name"]
    assert office_name.text() == "สำนักงานพัฒนาชุมชนอำเภอเวียงทอง"  # type: ignore[union-attr]
    # QTest types Latin-1 only (Thai would abort the process): paste the Thai, type the rest.
    office_name.setText("สำนักงานพัฒนาชุมชนอำเภอทดสอบ")  # type: ignore[union-attr]
    qtbot.keyClicks(office_name, " 2")
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with window.database.session() as session:
        assert session.scalars(select(OfficeProfile.office_name)).one() == "สำนักงานพัฒนาชุมชนอำเภอทดสอบ 2"
    assert settings_store.load().language == "en"
    assert window.page_titles()[0] == "Overview"  # the window switched language at once
    assert isinstance(window.pages[window.navigation.currentRow()], SettingsPage)


def test_keyboard_menu_ctrl_f_and_enter(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import workers
    from ui.pages.household_detail import HouseholdDialog
    from ui.pages.households import HouseholdsPage

    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    page = window.open_page(HouseholdsPage)
    row = window.navigation.currentRow()
    window.navigation.setFocus()
    qtbot.keyClicks(window.navigation, "sk")  # letters typed into the menu do not change the page
    window.navigation.keyboardSearch("ส")  # what a Thai letter does ("ส่งจังหวัด" starts with it)
    assert window.navigation.currentRow() == row
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the selected household
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, HouseholdDialog) and w.isVisible()]
    assert len(opened) == 1 and opened[0].household_id == page.model.household_id(0)
    opened[0].close()
