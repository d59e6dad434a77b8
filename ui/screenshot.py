"""Screenshots of the window on the demo district, for people and for review.

uv run python -m ui.screenshot screenshots/                (Thai, 1366×768, offscreen)
AMPHOE_LANG=en uv run python -m ui.screenshot shots-en/    (English)
uv run python -m ui.screenshot shots/ --size 1440x900

One PNG per page and per tab of each page, one per dialog a clerk meets often, and
``contact-sheet.png``: all of them small on one image, each with its file name, to look
over at a glance (the closing notes attach it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    from desktop.db import Database

THUMB_WIDTH = 455  # three across a 1366-pixel sheet


def _settle(app: QApplication) -> None:
    from PySide6.QtCore import QThreadPool

    app.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)  # pages that load in a worker
    for _ in range(3):  # the results arrive, set texts, and the layouts they resize settle
        app.processEvents()


def _tab_widgets(page: QWidget) -> list[QTabWidget]:
    """The page's own tab widgets, outermost first (not those inside another's tab)."""
    from PySide6.QtWidgets import QTabWidget

    tabs = page.findChildren(QTabWidget)
    return [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]


def _dialogs(database: Database, parent: QWidget) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The dialogs a clerk meets most, built on the demo data."""
    from desktop.safety.conflicts import ConflictError
    from ui.dialogs.conflict import ConflictDialog
    from ui.dialogs.sign_in import SignInDialog

    def conflict() -> QWidget:
        import datetime as dt

        error = ConflictError(
            "household",
            1,
            {"house_no": "๑๕๓/๖", "moved_on": dt.date(2026, 11, 2)},
            {"house_no": "๑๕๓", "moved_on": dt.date(2026, 10, 1)},
            3,
            4,
            {"house_no": "บ้านเลขที่", "moved_on": "วันที่ย้าย"},
        )
        return ConflictDialog(error, parent)

    yield "dialog-sign-in", lambda: SignInDialog(database, parent)
    yield "dialog-conflict", conflict
    yield from _household_dialogs(database, parent)


def _household_dialogs(database: Database, parent: QWidget) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """A household's page on its casework tabs, the household picker and the Nominate dialog."""
    from desktop.casework import ops
    from ui.casework.nominate import HouseholdPicker, NominateDialog
    from ui.pages.household_detail import HouseholdDialog

    # a household with casework to show: the first nominee of the demo's programmes
    nominees = [n for p in ops.list_programmes(database) for n in ops.list_nominations(database, p.id)]
    first = nominees[0].household_id

    def household(tab: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            dialog = HouseholdDialog(database, first, parent)
            dialog.tabs.setCurrentIndex(tab)
            return dialog

        return make

    def picker() -> QWidget:
        dialog = HouseholdPicker(database, parent)
        dialog.search_edit.setText("บ้าน")
        dialog.search_now()
        return dialog

    yield "dialog-household-analysis", household(2)
    yield "dialog-household-programmes", household(5)
    yield "dialog-household-picker", picker
    yield "dialog-nominate", lambda: NominateDialog(database, [first], parent)


def _sheet(images: list[tuple[str, QImage]], path: Path) -> None:
    """All screenshots small on one image, each captioned with its name."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    columns = 3
    caption = 22
    thumbs = [
        (name, image.scaledToWidth(THUMB_WIDTH, Qt.TransformationMode.SmoothTransformation))
        for name, image in images
    ]
    cell_h = max((t.height() for _, t in thumbs), default=0) + caption
    rows = (len(thumbs) + columns - 1) // columns
    sheet = QImage(columns * (THUMB_WIDTH + 8) + 8, rows * (cell_h + 8) + 8, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#d0d4da"))
    painter = QPainter(sheet)
    for index, (name, thumb) in enumerate(thumbs):
        x = 8 + (index % columns) * (THUMB_WIDTH + 8)
        y = 8 + (index // columns) * (cell_h + 8)
        painter.drawText(
            QRect(x, y, THUMB_WIDTH, caption),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.drawImage(x, y + caption, thumb)
    painter.end()
    sheet.save(str(path))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshot")
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amphoe-shot-") as scratch:
        os.environ["AMPHOE_DATA_DIR"] = scratch
        from desktop.settings import Settings
        from ui.app import create_application, open_main_window
        from ui.i18n import install_translators

        app = create_application()
        language = os.environ.get("AMPHOE_LANG", "th")
        install_translators(app, language)
        settings = Settings(database_url=f"sqlite:///{Path(scratch) / 'demo.sqlite3'}", language=language)
        from desktop import demo
        from desktop.db import open_database

        database = open_database(settings.database_url)
        demo.load(database)
        database.dispose()
        window = open_main_window(settings, ask_demo=False)
        window.resize(width, height)
        window.show()
        shots: list[tuple[str, QImage]] = []

        def shoot(name: str, widget: QWidget) -> None:
            _settle(app)
            image = widget.grab().toImage()
            image.save(str(out / f"{name}.png"))
            shots.append((name, image))
            print(out / f"{name}.png")

        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            _settle(app)
            page = window.stack.currentWidget()
            shoot(f"page-{row}", window)
            for outer, tabs in enumerate(_tab_widgets(page) if page is not None else []):
                for index in range(1, tabs.count()):  # the first tab is the page's own shot
                    tabs.setCurrentIndex(index)
                    shoot(f"page-{row}-tabs{outer}-{index}", window)
                tabs.setCurrentIndex(0)
        for name, make in _dialogs(window.database, window):
            dialog = make()
            dialog.show()
            shoot(name, dialog)
            dialog.close()
        _sheet(shots, out / "contact-sheet.png")
        print(out / "contact-sheet.png")
        window.database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
