"""The window fits a 1366×768 office screen: every page, every tab and every dialog.

The rule (docs/development.md): with the demo district loaded, no page or tab and no dialog
asks for more than 1366×700 (768 less the taskbar and the title bar), and the main window
can be resized to 1366×700 and stays so. A new dialog class under ui/ must be added to
DIALOGS below: test_every_dialog_class_is_measured fails until it is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QSize, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import ui
from desktop.casework import ops as casework_ops
from desktop.casework.programmes import ProgrammeInput
from desktop.db import Database
from desktop.settings import Settings
from ui import workers
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.widgets.be_date import BEDateEdit

SCREEN = QSize(1366, 700)
LONG_PROGRAMME = (
    "โครงการสนับสนุนที่อยู่อาศัยสำหรับครัวเรือนยากจนตามระบบ TPMAP ประจำปีงบประมาณ ๒๕๗๐ "
    "ร่วมกับองค์การบริหารส่วนจังหวัดและมูลนิธิเพื่อการพัฒนาชุมชนยั่งยืน"
)


def fits(size: QSize) -> bool:
    return size.width() <= SCREEN.width() and size.height() <= SCREEN.height()


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    # A long programme name, as provinces write them, lands in every programme box.
    casework_ops.add_programme(demo_database, ProgrammeInput(name=LONG_PROGRAMME, deadline=dt.date.today()))
    app = create_application()
    install_translators(app, "th")
    main = MainWindow(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    # Delete the window and the dialogs opened here: a live casework widget listens to the
    # change hub and would read this (dropped) database when a later test changes something.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
            widget.deleteLater()
    main.close()
    main.deleteLater()
    settle()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10_000)


def christian_era_fields(root: QWidget, name: str) -> list[str]:
    """Date fields that are not the Buddhist-era edit (ui/widgets/be_date.py)."""
    return [
        f"{name}: {type(e).__name__}" for e in root.findChildren(QDateEdit) if not isinstance(e, BEDateEdit)
    ]


def walk_tabs(root: QWidget, name: str, visit: Callable[[str], None], seen: set[int]) -> None:
    """Every tab of every tab widget in root, nested tabs included, each brought into view."""
    visit(name)
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            walk_tabs(tabs.widget(index), f"{name} › {tabs.tabText(index)}", visit, seen)


def test_every_page_and_tab_fits_and_the_window_shrinks_to_1366x700(window: MainWindow) -> None:
    too_big: list[str] = []
    christian: list[str] = []

    def visit(name: str) -> None:
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if not fits(hint):
            too_big.append(f"{name}: {hint.width()}×{hint.height()}")
        christian.extend(christian_era_fields(window, name))

    for row, title in enumerate(window.page_titles()):
        window.navigation.setCurrentRow(row)
        settle()
        walk_tabs(window.page_at(row), title, visit, set())
    assert too_big == []
    assert christian == []
    window.resize(SCREEN)
    settle()
    assert window.size() == SCREEN
    window.navigation.setCurrentRow(3)  # the meetings page was the widest (1702×859)
    settle()
    assert window.size() == SCREEN


def _household_id(window: MainWindow) -> int:
    from ui.pages.households import HouseholdsPage

    page = window.open_page(HouseholdsPage)
    settle()
    return page.model.household_id(0)


def _meeting_id(window: MainWindow) -> int:
    from ui.pages.meetings import MeetingsPage

    page = window.open_page(MeetingsPage)
    settle()
    assert page.editor.detail is not None
    return page.editor.detail.id


def _escalated(window: MainWindow) -> object:
    from desktop.casework import ops as casework_queries

    return casework_queries.escalated_households(window.database)[0]


def _dialogs() -> dict[str, Callable[[MainWindow], QDialog]]:
    """How to open each dialog class of ui/ on the demo district, by its qualified name."""
    from desktop.safety.conflicts import ConflictError
    from desktop.submissions import ops as submission_ops
    from ui.casework.close_escalation import CloseEscalationDialog
    from ui.casework.forms import DateTextDialog, EscalationDialog
    from ui.casework.household import HouseholdCaseworkDialog
    from ui.casework.nominate import HouseholdPicker, NominateDialog
    from ui.dialogs.circular import CircularDialog
    from ui.dialogs.conflict import ConflictDialog
    from ui.dialogs.cover_letter import CoverLetterPreviewDialog
    from ui.dialogs.crash import CrashDialog
    from ui.dialogs.document_preview import DocumentPreviewDialog
    from ui.dialogs.own_password import OwnPasswordDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.dialogs.void_letter import VoidLetterDialog
    from ui.pages.household_detail import HouseholdDialog, MemberDialog
    from ui.pages.household_import import ImportDialog
    from ui.pages.household_merged import MergedHouseholdsDialog
    from ui.pages.letters import DueReminder, LetterDialog
    from ui.pages.logbook_import import LogbookImportDialog

    def due(w: MainWindow) -> QDialog:
        listed = submission_ops.due_and_overdue(w.database, dt.date.today() + dt.timedelta(days=3650))
        return DueReminder(listed, w)

    def conflict(w: MainWindow) -> QDialog:
        error = ConflictError(
            "household", 1, {"house_no": "99/9", "village_no": 3}, {"house_no": "99/8", "village_no": 4}, 1, 2
        )
        return ConflictDialog(error, w)

    return {
        f"{cls.__module__}.{cls.__qualname__}": make
        for cls, make in [
            (HouseholdDialog, lambda w: HouseholdDialog(w.database, _household_id(w), w)),
            (MemberDialog, lambda w: MemberDialog(w.database, _household_id(w), None, w)),
            (HouseholdCaseworkDialog, lambda w: HouseholdCaseworkDialog(w.database, _household_id(w), w)),
            (EscalationDialog, lambda w: EscalationDialog(w.database, _household_id(w), w)),
            (  # the base of the two above, with a long about text
                DateTextDialog,
                lambda w: DateTextDialog("ส่งต่อ", "ครัวเรือนนี้ " * 60, "วันที่", "เหตุผล", parent=w),
            ),
            (HouseholdPicker, lambda w: HouseholdPicker(w.database, w)),
            (NominateDialog, lambda w: NominateDialog(w.database, [_household_id(w)], w, [LONG_PROGRAMME])),
            (
                CloseEscalationDialog,
                lambda w: CloseEscalationDialog(w.database, _escalated(w), w),
            ),
            (LogbookImportDialog, lambda w: LogbookImportDialog(w.database, w)),
            (CircularDialog, lambda w: CircularDialog(w.database, parent=w)),
            (LetterDialog, LetterDialog),
            (DueReminder, due),
            (MergedHouseholdsDialog, lambda w: MergedHouseholdsDialog(w.database, w)),
            (ImportDialog, lambda w: ImportDialog(w.database, w)),
            (
                DocumentPreviewDialog,
                lambda w: DocumentPreviewDialog(w.database, _meeting_id(w), "minutes", "minutes", w),
            ),
            (
                CoverLetterPreviewDialog,
                lambda w: CoverLetterPreviewDialog(w.database, _meeting_id(w), "cover", w),
            ),
            (VoidLetterDialog, lambda w: VoidLetterDialog("พย 0019.4/123", "รายงานการประชุม" * 10, w)),
            (ConflictDialog, conflict),
            (CrashDialog, lambda w: CrashDialog("Traceback …\n" * 200, w)),
            (SignInDialog, lambda w: SignInDialog(w.database, w)),
            (OwnPasswordDialog, lambda w: OwnPasswordDialog(w.database, "somchai", w)),
        ]
    }


def _dialog_classes() -> set[str]:
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        if module.name not in ("ui.screenshot", "ui.i18n") and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: set[str] = set()
    pending = list(QDialog.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("ui.") and cls.__module__ != "ui.widgets.dialog":
            found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


def test_every_dialog_class_is_measured() -> None:
    assert _dialog_classes() - set(_dialogs()) == set(), "add a way to open it to DIALOGS above"


@pytest.mark.parametrize("name", sorted(_dialogs()))
def test_dialog_fits_takes_focus_and_closes_on_escape(window: MainWindow, qtbot: QtBot, name: str) -> None:
    dialog = _dialogs()[name](window)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    too_big: list[str] = []

    def visit(tab: str) -> None:
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if not fits(hint):
            too_big.append(f"{tab}: {hint.width()}×{hint.height()}")
        christian.extend(christian_era_fields(dialog, tab))

    christian: list[str] = []
    walk_tabs(dialog, name, visit, set())
    assert too_big == []
    assert christian == []
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()  # not off the screen
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is dialog or dialog.isAncestorOf(focused))
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_buttons_that_do_not_fit_are_in_the_more_menu(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout

    from ui.widgets.overflow import OverflowRow

    holder = QWidget()  # a top-level window keeps its layout's minimum: the row sits in a page
    qtbot.addWidget(holder)
    row = OverflowRow()
    QVBoxLayout(holder).addWidget(row)
    combo = QComboBox()
    row.addWidget(combo, 1)
    clicked: list[str] = []
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    for button in buttons:
        text = button.text()
        button.clicked.connect(lambda _=False, text=text: clicked.append(text))
        row.addWidget(button)
    buttons[1].setEnabled(False)
    holder.resize(sum(b.sizeHint().width() for b in buttons) + 400, 40)
    holder.show()
    qtbot.waitExposed(holder)
    assert all(b.isVisible() for b in buttons) and not row.more.isVisible()
    holder.resize(row.minimumSizeHint().width() + buttons[0].sizeHint().width() + 60, 40)
    settle()
    assert row.more.isVisible() and buttons[0].isVisible() and not buttons[5].isVisible()
    row._fill_menu()
    actions = {a.text(): a for a in row.more.menu().actions()}
    assert list(actions) == [b.text() for b in buttons if not b.isVisible()]
    assert not actions["Button number 1"].isEnabled()
    actions["Button number 5"].trigger()
    assert clicked == ["Button number 5"]
    least = buttons[0].sizeHint().width() + combo.minimumSizeHint().width() + 200
    assert row.minimumSizeHint().width() < least
    holder.resize(sum(b.sizeHint().width() for b in buttons) + 400, 40)
    settle()
    assert all(b.isVisible() for b in buttons) and not row.more.isVisible()
