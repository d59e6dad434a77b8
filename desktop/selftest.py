"""`--self-test`: prove an installation works (used on the built bundle in CI).

Opens a temporary database, runs the migrations, loads the demo district and writes
an export; each later part of the program adds its own check here.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.db import Database, open_database
from desktop.demo import load_demo
from desktop.households.export import export_households

Check = Callable[[Database, Path], str]


def _demo(database: Database, _folder: Path) -> str:
    with database.session() as session:
        load_demo(session)
    return "demo district loaded"


def _export(database: Database, folder: Path) -> str:
    with database.session() as session:
        count = export_households(session, folder / "export.xlsx")
    return f"{count} households exported"


def _window(database: Database, _folder: Path) -> str:
    from desktop.gui import check_window  # Qt only when this check runs

    return check_window(database)


def _meetings(database: Database, _folder: Path) -> str:
    from desktop.meetings.detail import meeting_detail

    with database.session() as session:
        adopted = meeting_detail(session, 1)
        held = meeting_detail(session, 2)
    if adopted.adopted_in != held.number or not any(r.applied_at for i in held.items for r in i.resolutions):
        raise RuntimeError("the demo meetings are not in their expected state")
    quorum = f"{held.quorum.attending}/{held.quorum.members}"
    return f"meeting {held.number}: {len(held.items)} agenda lines, quorum {quorum}"


def _reports(database: Database, folder: Path) -> str:
    from desktop.reports.charts import render_chart, thai_shaping_available
    from desktop.reports.committee import REPORT_NAMES, build_report
    from desktop.reports.figures import overview_figures
    from desktop.reports.output import write_report
    from desktop.reports.overview_charts import overview_charts

    with database.session() as session:
        for name in REPORT_NAMES:
            write_report(build_report(session, name), folder / f"report-{name}.xlsx")
        figures = overview_figures(session)
    charts = [render_chart(spec) for spec in overview_charts(figures).values()]
    if not thai_shaping_available():
        raise RuntimeError("Pillow has no Raqm layout: Thai tone marks in charts would be misplaced")
    return f"{len(REPORT_NAMES)} reports written, {len(charts)} charts drawn with Thai shaping"


def _package(database: Database, folder: Path) -> str:
    from desktop.submissions.selfcheck import package_round_trip

    return package_round_trip(database, folder)


def _import(database: Database, folder: Path) -> str:
    """Re-import the export (calamine, the import pipeline): the register must not change."""
    from desktop.households.importing import ImportOptions, run_import

    result = run_import(database, folder / "export.xlsx", ImportOptions(dry_run=True))
    if result.problems or not result.plan.is_empty():
        raise RuntimeError(f"re-importing the export would change the register: {result.summary('en')}")
    return f"{result.parsed.rows_read} exported households re-imported without changes"


def _casework(database: Database, folder: Path) -> str:
    from desktop.casework import ops

    waiting = ops.queue_count(database)
    exported = ops.export_activities(database, folder / "logbook-queue.xlsx", not_in_logbook=True).value
    follow = ops.follow_up_count(database, 60)
    if exported != waiting:
        raise RuntimeError(f"Logbook queue holds {waiting} activities but {exported} were exported")
    return f"{waiting} activities await Logbook, {follow} households to follow up"


def _documents(database: Database, folder: Path) -> str:
    """A Thai PDF through the whole engine: shaping, word breaks, fonts found at run time."""
    from sqlalchemy import select

    from database.models import Meeting
    from desktop.documents.meeting_documents import write_meeting_document
    from desktop.documents.preview import page_images

    with database.session() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id.desc())).first()
    if meeting_id is None:
        raise RuntimeError("the demo district has no meeting")
    pdf = write_meeting_document(database, meeting_id, "minutes", folder / "minutes.pdf")
    pages = page_images(pdf, dpi=30)
    if len(pages) < 2 or b"Sarabun" not in pdf.read_bytes():
        raise RuntimeError("the minutes PDF is incomplete or lacks the embedded Thai font")
    return f"Thai minutes rendered ({len(pages)} pages)"


def _backup(database: Database, folder: Path) -> str:
    from desktop.safety.backup import check_backup, create_backup

    info = check_backup(create_backup(database.engine, folder / "backups", password=None))
    return f"backup written and checked ({info.households} households)"


CHECKS: list[tuple[str, Check]] = [
    ("demo", _demo),
    ("export", _export),
    ("import", _import),
    ("casework", _casework),
    ("meetings", _meetings),
    ("documents", _documents),
    ("package", _package),
    ("reports", _reports),
    ("backup", _backup),
    ("window", _window),
]


def run_self_test() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="amphoe-selftest-") as scratch:
        folder = Path(scratch)
        database = open_database(f"sqlite:///{folder / 'selftest.sqlite3'}")
        try:
            for name, check in CHECKS:
                print(f"self-test {name}: {check(database, folder)}")
        except Exception as error:
            print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        finally:
            database.dispose()
    print(f"self-test passed in {time.perf_counter() - started:.2f} s")
    return 0
