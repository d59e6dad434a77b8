"""The household list on 100k households: time per keystroke of type-to-search, and memory.

    uv run python -m bench.households_list [--households 100000]

Each keystroke is timed from setting the search text to the repainted table (model reset,
visible rows loaded from the database, viewport painted). The baseline in the same run is a bare
QTableView over an empty model repainting (what a keystroke costs with no data at all).
Goals: ≤ 50 ms per keystroke; ≤ 300 MB RSS with the list of 100k open.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["AMPHOE_DATA_DIR"] = folder
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QApplication, QTableView

        from bench.generate import fill_database
        from desktop.db import open_database
        from desktop.settings import Settings
        from ui.pages.households import HouseholdsPage

        database = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        fill_database(database, args.households)
        app = QApplication.instance() or QApplication([])
        rss_before = rss_mb()
        start = time.perf_counter()
        page = HouseholdsPage(database, Settings(database_url=database.url))
        page.resize(1280, 760)
        page.show()
        page.activate()  # the ids are read in a worker: the GUI thread is free at once
        blocked_seconds = time.perf_counter() - start
        while page.model.total() == 0:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()
        open_seconds = time.perf_counter() - start
        rss_open = rss_mb()

        def keystroke(text: str) -> float:
            began = time.perf_counter()
            page.search_edit.setText(text)
            app.processEvents()  # the reset, the rows read for the screen, the paint
            return (time.perf_counter() - began) * 1000

        typed = []
        for word in ("สมชาย", "3101", "12/", "บุญ มา"):
            for end in range(1, len(word) + 1):
                typed.append(keystroke(word[:end]))
            for end in range(len(word) - 1, -1, -1):  # backspace to empty: the full list again
                typed.append(keystroke(word[:end]))
        page.table.scrollToBottom()
        app.processEvents()
        scroll_rss = rss_mb()

        bare = QTableView()
        bare.setModel(QStandardItemModel(0, 9))
        bare.resize(1280, 700)
        bare.show()
        baseline = []
        for _ in range(20):
            began = time.perf_counter()
            bare.viewport().repaint()
            app.processEvents()
            baseline.append((time.perf_counter() - began) * 1000)
        database.dispose()
    print(
        f"households: {args.households}; list opened in {open_seconds:.2f} s "
        f"(GUI thread blocked {blocked_seconds:.2f} s of it)"
    )
    print(
        f"type-to-search per keystroke: median {statistics.median(typed):.1f} ms, "
        f"max {max(typed):.1f} ms over {len(typed)} keystrokes (goal <= 50 ms); "
        f"bare table repaint {statistics.median(baseline):.1f} ms"
    )
    print(
        f"RSS: {rss_before:.0f} MB before the page, {rss_open:.0f} MB with {args.households} open, "
        f"{scroll_rss:.0f} MB after scrolling to the end (goal <= 300 MB)"
    )


if __name__ == "__main__":
    main()
