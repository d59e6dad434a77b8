"""The household picker (ui/casework/nominate.py) on 100k households.

    uv run python -m bench.household_picker [--households 100000] [--url postgresql+psycopg://…]

Times, per kind of text a clerk types (part of a head's name, a surname, a whole 13-digit ID
with dashes, a house number, a text found nowhere — the worst case), the picker's search as
the window runs it (search_now: in memory over the texts read once in a worker, then the
shown rows read; a whole ID by the indexed column) and, for comparison, the database-only
query find_households (what the picker uses before the texts are read). Goal: the picker's
search ≤ 100 ms whatever is typed (it searches after a 250 ms pause in typing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--url", help="an empty database to fill (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["AMPHOE_DATA_DIR"] = folder
        from sqlalchemy import select

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from bench.generate import fill_database
        from database.models import Household, Member
        from desktop.db import open_database
        from desktop.households import ops
        from desktop.thai import format_national_id

        database = open_database(args.url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        fill_database(database, args.households)
        with database.session() as session:
            middle = session.scalars(
                select(Member).where(Member.is_head).offset(args.households // 2).limit(1)
            ).one()
            house = session.get(Household, middle.household_id)
            assert house is not None
            texts = {
                "first name": middle.first_name,
                "surname": middle.last_name,
                "13-digit ID": format_national_id(middle.national_id or ""),
                "house number": house.house_no,
                "name + house no.": f"{middle.first_name} {house.house_no}",
                "found nowhere": "ไม่มีในทะเบียน",
            }
        from ui.casework.nominate import HouseholdPicker

        app = QApplication.instance() or QApplication([])
        start = time.perf_counter()
        picker = HouseholdPicker(database)
        while picker.entries is None:  # the texts are read in a worker
            app.processEvents()
            time.sleep(0.002)
        read = (time.perf_counter() - start) * 1000
        print(f"{args.households:,} households, {database.url.split(':')[0]}; texts read in {read:.0f} ms")
        print(f"  {'kind':18} {'typed':34} found  picker ms  database-only ms")
        for kind, text in texts.items():
            picker_ms, query_ms, found = [], [], 0
            for _ in range(5):
                picker.search_edit.setText(text)
                start = time.perf_counter()
                picker.search_now()
                picker_ms.append((time.perf_counter() - start) * 1000)
                found = len(picker.rows)
                start = time.perf_counter()
                ops.find_households(database, text)
                query_ms.append((time.perf_counter() - start) * 1000)
            print(
                f"  {kind:18} {text!r:34} {found:5}  {statistics.median(picker_ms):9.1f}"
                f"  {statistics.median(query_ms):16.1f}"
            )


if __name__ == "__main__":
    main()
