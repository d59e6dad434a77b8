"""The office's PostgreSQL server goes away mid-work (issue #16, item 6).

A server of the test's own (tests/pg_cluster.py) is stopped and started around an import
through the CLI and around saves through the real window: one sentence (exit 1, never the
crash dialog or exit 70), nothing half-written, the form kept, the window reconnects by
itself, and a save whose COMMIT was cut off is checked and reported as saved or not.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.db import open_database
from tests.households.files import make_id
from tests.pg_cluster import Cluster, CuttingProxy, throwaway_cluster

IMPORT_HOUSEHOLDS = 800


@pytest.fixture(scope="module")
def _server() -> Iterator[Cluster]:
    """One throw-away server for this module, holding the demo district as a template."""
    from desktop.demo import load_demo

    with throwaway_cluster() as made:
        _admin(made.url, "CREATE DATABASE office_template")
        database = open_database(made.database_url("office_template"))
        with database.session() as session:
            load_demo(session)
        database.dispose()
        yield made


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def cluster(_server: Cluster) -> Iterator[Cluster]:
    yield _server
    if not _server.running():
        _server.start()  # a failed test leaves it running for the next one


@pytest.fixture
def office_url(cluster: Cluster, data_dir: Path) -> str:
    """A copy of the demo office database on the throw-away server."""
    name = f"office_{uuid.uuid4().hex[:10]}"
    _admin(cluster.url, f"CREATE DATABASE {name} TEMPLATE office_template")
    return cluster.database_url(name)


def _households(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM household")).scalar_one())
    finally:
        engine.dispose()


def _wait_for_a_writing_session(url: str, process: subprocess.Popen[str], timeout: float = 60) -> float:
    """Poll the server until another session has written in an open transaction (the import
    is under way); returns when it was seen (time.monotonic())."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                assert process.poll() is None, process.communicate()
                writing = connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                        "AND backend_xid IS NOT NULL AND backend_type = 'client backend'"
                    )
                ).scalar_one()
                if writing:
                    return time.monotonic()
                time.sleep(0.02)
    finally:
        engine.dispose()
    raise AssertionError("the import never started writing")


def test_cli_import_when_the_server_stops_midway_is_one_sentence_and_nothing(
    office_url: str, cluster: Cluster, tmp_path: Path, data_dir: Path
) -> None:
    from bench.generate import write_xlsx

    sheet = write_xlsx(tmp_path / "households.xlsx", IMPORT_HOUSEHOLDS)
    before = _households(office_url)
    command = [sys.executable, "-m", "desktop", "--db", office_url, "--lang", "en"]
    command += ["households", "import", str(sheet), "--skip-invalid"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_a_writing_session(office_url, process)
    cluster.stop()  # the office server is shut down in the middle of the import
    stopped = time.monotonic()
    _out, err = process.communicate(timeout=60)
    detected = time.monotonic() - stopped
    print(f"import: server stop answered by the CLI in {detected:.2f} s")
    assert process.returncode == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Cannot reach the database server 127.0.0.1"), err
    assert "Traceback" not in err

    cluster.start()
    assert _households(office_url) == before  # nothing of the cut-off import was kept
    again = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stderr
    assert _households(office_url) > before + IMPORT_HOUSEHOLDS // 2


# --- the window ---------------------------------------------------------------------------


def _open_window(qtbot, url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The real main window on a database of the throw-away server; a crash dialog fails."""
    from desktop.settings import Settings
    from ui import connection, workers
    from ui.app import create_application
    from ui.dialogs import crash
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    monkeypatch.setattr(connection, "RETRY_MS", 100)

    def no_crash_dialog(self: object) -> int:
        raise AssertionError("the crash dialog was opened")

    monkeypatch.setattr(crash.CrashDialog, "exec", no_crash_dialog)
    install_translators(create_application(), "th")
    main = MainWindow(open_database(url), Settings(database_url=url))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot, office_url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    main = _open_window(qtbot, office_url, monkeypatch)
    yield main
    main.database.dispose()


@pytest.fixture
def proxy(cluster: Cluster) -> Iterator[CuttingProxy]:
    relay = CuttingProxy(cluster.port)
    yield relay
    relay.close()


def _new_member_form(window):  # type: ignore[no-untyped-def]
    from ui.pages.household_detail import HouseholdDialog
    from ui.pages.households import HouseholdsPage

    page = window.open_page(HouseholdsPage)
    household = HouseholdDialog(window.database, page.model.household_id(0), page)
    form = household.add_member()
    form.first_edit.setText("สมหญิง")
    form.last_edit.setText("ทดสอบเซิร์ฟเวอร์")
    form.id_edit.setText(make_id(4_242_424))
    return household, form


def _members(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = "SELECT count(*) FROM member WHERE last_name = 'ทดสอบเซิร์ฟเวอร์'"
            return int(connection.execute(text(query)).scalar_one())
    finally:
        engine.dispose()


def test_window_save_with_the_server_stopped_keeps_the_form_and_reconnects(
    window,
    qtbot,
    cluster: Cluster,
    office_url: str,  # type: ignore[no-untyped-def]
) -> None:
    household, form = _new_member_form(window)
    line = window.connection_line
    assert not window.statusBar().isVisible()

    cluster.stop()
    started = time.monotonic()
    form.save()
    detected = time.monotonic() - started
    assert form.isVisible() and form.first_edit.text() == "สมหญิง"  # the clerk's form, as typed
    assert form.error_label.text().startswith("ติดต่อเซิร์ฟเวอร์ฐานข้อมูล 127.0.0.1")
    assert window.statusBar().isVisible() and "กำลังลองใหม่" in line.text()

    cluster.start()
    back = time.monotonic()
    qtbot.waitUntil(lambda: not window.statusBar().isVisible(), timeout=20_000)
    reconnected = time.monotonic() - back
    print(f"window: loss shown after {detected:.2f} s, reconnected {reconnected:.2f} s after the restart")
    form.save()  # the same form, the same values: saved on a fresh connection
    assert not form.isVisible()
    assert _members(office_url) == 1
    household.close()


def test_window_save_cut_off_in_commit_is_checked_when_the_server_is_back(
    window,
    qtbot,
    cluster: Cluster,
    office_url: str,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from sqlalchemy import event

    from desktop import db

    monkeypatch.setattr(db, "COMMIT_CHECK_SECONDS", 0.5)
    household, form = _new_member_form(window)
    fired: list[bool] = []

    def server_stops_at_commit(_connection: object) -> None:
        if not fired:  # once: the check afterwards commits nothing, the save again must work
            fired.append(True)
            cluster.stop()  # between the INSERTs and the COMMIT: the outcome is unknown to us

    event.listen(window.database.engine, "commit", server_stops_at_commit)
    form.save()
    assert form.isVisible() and form.last_edit.text() == "ทดสอบเซิร์ฟเวอร์"
    assert "ยังตรวจไม่ได้ว่าบันทึกแล้วหรือไม่" in form.error_label.text()
    assert window.connection_line.pending and window.statusBar().isVisible()

    cluster.start()
    qtbot.waitUntil(lambda: not window.statusBar().isVisible(), timeout=20_000)
    assert window.connection_line.verdicts == ["การเชื่อมต่อขาดระหว่างบันทึก ตรวจแล้ว: ยังไม่ได้บันทึก โปรดบันทึกอีกครั้ง"]
    assert _members(office_url) == 0
    form.save()
    assert not form.isVisible() and _members(office_url) == 1
    household.close()


def test_window_save_cut_off_by_a_restart_says_not_saved_at_once(
    window,
    cluster: Cluster,
    office_url: str,  # type: ignore[no-untyped-def]
) -> None:
    from sqlalchemy import event

    household, form = _new_member_form(window)
    fired: list[bool] = []

    def server_restarts_at_commit(_connection: object) -> None:
        if not fired:
            fired.append(True)
            cluster.restart()

    event.listen(window.database.engine, "commit", server_restarts_at_commit)
    form.save()
    assert form.isVisible() and "ตรวจแล้ว: ยังไม่ได้บันทึก" in form.error_label.text()
    assert _members(office_url) == 0
    form.save()
    assert not form.isVisible() and _members(office_url) == 1
    household.close()


def test_window_save_whose_answer_was_lost_after_the_server_committed_is_saved(
    qtbot,
    cluster: Cluster,
    office_url: str,
    proxy: CuttingProxy,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """The server committed, the line broke before its answer came back: checked at once
    (txid_status), the save counts as done: the form closes, the member is there once."""
    window = _open_window(qtbot, office_url.replace(f":{cluster.port}/", f":{proxy.port}/"), monkeypatch)
    household, form = _new_member_form(window)
    proxy.cut_next_commit = True
    form.save()
    assert proxy.cuts == 1
    assert not form.isVisible() and form.error_label.text() == ""
    assert _members(office_url) == 1
    household.close()
    window.database.dispose()


def test_window_save_cut_off_while_the_server_stays_away_is_reported_saved_when_back(
    qtbot,
    cluster: Cluster,
    office_url: str,
    proxy: CuttingProxy,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from sqlalchemy import event

    from desktop import db

    monkeypatch.setattr(db, "COMMIT_CHECK_SECONDS", 0.5)
    window = _open_window(qtbot, office_url.replace(f":{cluster.port}/", f":{proxy.port}/"), monkeypatch)
    household, form = _new_member_form(window)

    def line_goes_down(_connection: object) -> None:
        proxy.open = False  # no new connection gets through: the outcome cannot be asked

    event.listen(window.database.engine, "commit", line_goes_down)
    proxy.cut_next_commit = True
    form.save()
    event.remove(window.database.engine, "commit", line_goes_down)
    assert proxy.cuts == 1 and form.isVisible()
    assert "ยังตรวจไม่ได้ว่าบันทึกแล้วหรือไม่" in form.error_label.text()
    assert window.statusBar().isVisible() and window.connection_line.pending

    proxy.open = True
    qtbot.waitUntil(lambda: not window.statusBar().isVisible(), timeout=20_000)
    assert window.connection_line.verdicts == ["การเชื่อมต่อขาดระหว่างบันทึก ตรวจแล้ว: บันทึกแล้ว"]
    assert _members(office_url) == 1
    household.close()
    window.database.dispose()
