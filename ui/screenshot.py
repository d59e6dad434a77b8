"""Screenshots of the main window on the demo district, for people and for review.

uv run python -m ui.screenshot screenshots/          (every page, offscreen)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amphoe-shot-") as scratch:
        os.environ["AMPHOE_DATA_DIR"] = scratch
        from PySide6.QtCore import QThreadPool

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
        window.resize(1280, 800)
        window.show()
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(10_000)  # pages that load in a worker
            app.processEvents()
            path = out / f"page-{row}.png"
            window.grab().save(str(path))
            print(path)
        window.database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
