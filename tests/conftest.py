"""Shared fixtures: offscreen Qt, a private data folder, and a fresh database per test.

Database tests run twice: on a SQLite file and on the real PostgreSQL server that
.ci/run starts (AMPHOE_TEST_PG_URL, or the default loopback server if it answers).
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

# Before anything imports Qt: without a display, Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["AMPHOE_DATA_DIR"] = tempfile.mkdtemp(prefix="amphoe-test-data-")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from database.engine import make_engine
from database.migrate import upgrade
from desktop.db import Database, open_database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from ui.main_window import MainWindow

atexit.register(shutil.rmtree, os.environ["AMPHOE_DATA_DIR"], ignore_errors=True)

DEFAULT_PG_URL = "postgresql+psycopg://amphoe:amphoe@127.0.0.1:5432/postgres"


def _postgres_admin_url() -> str | None:
    url = os.environ.get("AMPHOE_TEST_PG_URL", DEFAULT_PG_URL)
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 2})
        with engine.connect():
            pass
        engine.dispose()
    except Exception:
        if os.environ.get("AMPHOE_REQUIRE_PG"):
            raise
        return None
    return url


_PG_URL = _postgres_admin_url()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private per-user data folder (settings, logs, backups) for this test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("AMPHOE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'amphoe.sqlite3'}"


def _pg_database_url(name: str) -> str:
    assert _PG_URL is not None
    return make_url(_PG_URL).set(database=name).render_as_string(hide_password=False)


@contextmanager
def _pg_scratch_database(template: str | None = None) -> Iterator[str]:
    if _PG_URL is None:
        pytest.skip("PostgreSQL server not reachable (set AMPHOE_TEST_PG_URL or run .ci/start-postgres)")
    admin = create_engine(_PG_URL, isolation_level="AUTOCOMMIT")
    name = f"amphoe_test_{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A brand-new, empty PostgreSQL database, dropped after the test."""
    with _pg_scratch_database() as name:
        yield _pg_database_url(name)


@pytest.fixture(scope="session")
def _pg_migrated_template() -> Iterator[str]:
    """Migrate once per worker; each test then copies it (CREATE DATABASE … TEMPLATE)."""
    with _pg_scratch_database() as name:
        engine = make_engine(_pg_database_url(name))
        upgrade(engine)
        engine.dispose()
        yield name


@pytest.fixture
def migrated_postgres_url(_pg_migrated_template: str) -> Iterator[str]:
    with _pg_scratch_database(template=_pg_migrated_template) as name:
        yield _pg_database_url(name)


# The demo dates itself from the day it is loaded (desktop/demo.py); the fixtures load it as
# on this day, so tests read fixed dates: meetings 1/2567 (29 Aug 2024) and 2/2567 (4 Sep 2024),
# the province's circular due 18 Sep 2024, the GLO programme of fiscal year 2568.
DEMO_DAY = dt.date(2024, 9, 11)


def _load_demo(url: str) -> None:
    from desktop.demo import load_demo

    database = open_database(url)
    with database.session() as session:
        load_demo(session, today=DEMO_DAY)
    database.dispose()


@pytest.fixture(scope="session")
def _pg_demo_template(_pg_migrated_template: str) -> Iterator[str]:
    """The demo district loaded once per worker, copied for each test that wants it."""
    with _pg_scratch_database(template=_pg_migrated_template) as name:
        _load_demo(_pg_database_url(name))
        yield name


@pytest.fixture
def demo_postgres_url(_pg_demo_template: str) -> Iterator[str]:
    with _pg_scratch_database(template=_pg_demo_template) as name:
        yield _pg_database_url(name)


def _sqlite_file_settled(path: Path) -> Path:
    """Fold the WAL back into the file so that a plain copy is the whole database."""
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def _sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A migrated SQLite file and one with the demo district, made once per worker."""
    folder = tmp_path_factory.mktemp("sqlite-templates")
    migrated = folder / "migrated.sqlite3"
    engine = make_engine(f"sqlite:///{migrated}")
    upgrade(engine)
    engine.dispose()
    demo = folder / "demo.sqlite3"
    shutil.copyfile(_sqlite_file_settled(migrated), demo)
    _load_demo(f"sqlite:///{demo}")
    return {"migrated": migrated, "demo": _sqlite_file_settled(demo)}


def _sqlite_copy(template: Path, tmp_path: Path) -> str:
    target = tmp_path / "amphoe.sqlite3"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def migrated_sqlite_url(_sqlite_templates: dict[str, Path], tmp_path: Path) -> str:
    return _sqlite_copy(_sqlite_templates["migrated"], tmp_path)


@pytest.fixture
def demo_sqlite_url(_sqlite_templates: dict[str, Path], tmp_path: Path) -> str:
    return _sqlite_copy(_sqlite_templates["demo"], tmp_path)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each database test runs on SQLite and on PostgreSQL (a migrated, empty database)."""
    fixture = "migrated_sqlite_url" if request.param == "sqlite" else "migrated_postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_db_url(request: pytest.FixtureRequest) -> str:
    """A fresh copy of the demo district, on SQLite and on PostgreSQL."""
    fixture = "demo_sqlite_url" if request.param == "sqlite" else "demo_postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


def _wait_for_background_work() -> None:
    """Let the workers a test started (a page loading its figures, say) end before the next
    test, or before their database is closed and dropped under them."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount() and not pool.waitForDone(120_000):
        raise RuntimeError("background work still running two minutes after its test ended")


@pytest.fixture(autouse=True)
def _background_work_ends_with_its_test() -> Iterator[None]:
    yield
    _wait_for_background_work()


@pytest.fixture(autouse=True)
def _crash_dialog_fails_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error in the window opens the crash dialog, which is modal: offscreen
    nobody closes it, so the test used to wait until the time-out killed its xdist worker
    ("node down: Not properly terminated"). Fail at once instead, with the report."""
    from ui.dialogs import crash

    def fail(dialog: crash.CrashDialog) -> int:
        raise AssertionError("the crash dialog was opened:\n" + dialog.report.toPlainText())

    monkeypatch.setattr(crash.CrashDialog, "exec", fail)


@pytest.fixture
def database(db_url: str, data_dir: Path) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    _wait_for_background_work()
    db.dispose()


@pytest.fixture
def demo_database(demo_db_url: str, data_dir: Path) -> Iterator[Database]:
    """The demo district (loaded once per worker and copied: loading it takes seconds)."""
    db = open_database(demo_db_url)
    yield db
    _wait_for_background_work()
    db.dispose()


# The window as a clerk meets it, for the GUI tests of several folders.
@pytest.fixture
def window(qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window on the demo district, in Thai, at 1366×768 (an office screen); work the
    window sends to the background runs at once, so a click's effects are there when it returns."""
    from desktop.settings import Settings
    from ui import workers
    from ui.app import create_application
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    install_translators(create_application(), "th")
    main = MainWindow(demo_database, Settings(database_url=demo_database.url))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main


def click(qtbot: QtBot, button: QWidget) -> None:
    """Click a button with the mouse, as the clerk would; a disabled one fails the test."""
    from PySide6.QtCore import Qt

    assert button.isEnabled(), button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
