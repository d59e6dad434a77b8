"""Thai in the real widgets: the same English word reads by its place, and Qt's own buttons and
dialogs (PySide6 ships no Thai file for them: resources/i18n/qtbase_th.json) are Thai."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from desktop.db import Database
from ui.app import create_application
from ui.i18n import install_translators


@pytest.fixture
def thai(qtbot: QtBot) -> Iterator[QApplication]:
    app = create_application()
    install_translators(app, "th")
    yield app
    install_translators(app, "th")


def test_the_print_bar_opens_and_a_member_has_a_name_prefix(
    thai: QApplication, qtbot: QtBot, database: Database
) -> None:
    from ui.meetings.printing import PrintBar
    from ui.pages.household_detail import MemberDialog

    bar = PrintBar(database)
    qtbot.addWidget(bar)
    assert bar.open_button.text() == "เปิด"  # was "ยังไม่เสร็จ", the plan's state on the overview
    dialog = MemberDialog(database, 1, None)
    qtbot.addWidget(dialog)
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(dialog.title_edit)
    assert isinstance(label, QLabel) and label.text() == "คำนำหน้าชื่อ"  # was "ชื่อเรื่อง", an agenda item's


def test_standard_buttons_and_dialogs_are_thai(thai: QApplication, qtbot: QtBot) -> None:
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "ทดสอบ", "ทดสอบ")
    box.setStandardButtons(
        buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel | buttons.Close | buttons.Save
        | buttons.Discard | buttons.Apply | buttons.Open | buttons.RestoreDefaults
    )  # fmt: skip
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (
        buttons.Yes, buttons.No, buttons.Ok, buttons.Cancel, buttons.Close, buttons.Save, buttons.Discard,
        buttons.Apply, buttons.Open, buttons.RestoreDefaults,
    )}  # fmt: skip
    assert texts == {"ใช่", "ไม่ใช่", "ตกลง", "ยกเลิก", "ปิด", "บันทึก", "ไม่บันทึก", "นำไปใช้", "เปิด", "คืนค่าเริ่มต้น"}
    ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    box_buttons = QDialogButtonBox(ok_cancel)
    qtbot.addWidget(box_buttons)
    assert [b.text() for b in box_buttons.buttons()] == ["ตกลง", "ยกเลิก"]

    edit = QLineEdit("ข้อความ")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    assert [a.text().split("\t")[0] for a in menu.actions() if a.text()] == [
        "เลิกทำ", "ทำซ้ำ", "ตัด", "คัดลอก", "วาง", "ลบ", "เลือกทั้งหมด"
    ]  # fmt: skip

    files = QFileDialog(None, "บันทึก", "", "PDF (*.pdf)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    labels = {label.text() for label in files.findChildren(QLabel)}
    assert {"ค้นหาใน:", "ชื่อไฟล์:", "ชนิดไฟล์:"} <= labels
    accept = files.findChild(QDialogButtonBox)
    assert accept is not None and {b.text() for b in accept.buttons()} == {"บันทึก", "ยกเลิก"}
