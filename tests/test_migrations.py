"""The models and the migrations agree, upgrades run from empty, files are backed up first."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from database.base import Base
from database.engine import make_engine
from database.migrate import current_revision, head_revision, upgrade


def _assert_no_difference(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_models_match_migrations_on_sqlite(sqlite_url: str) -> None:
    _assert_no_difference(sqlite_url)


def test_models_match_migrations_on_postgresql(postgres_url: str) -> None:
    _assert_no_difference(postgres_url)


def test_upgrade_from_empty_creates_every_table(postgres_url: str, sqlite_url: str) -> None:
    for url in (sqlite_url, postgres_url):
        engine = make_engine(url)
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        engine.dispose()


def test_sqlite_file_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # a database from before the app managed its schema
        connection.execute(text("CREATE TABLE notes (body TEXT)"))
        connection.execute(text("INSERT INTO notes VALUES ('keep me')"))
    backup = upgrade(engine, backup_dir=tmp_path / "backups")
    engine.dispose()
    assert backup is not None and backup.exists()
    saved = make_engine(f"sqlite:///{backup}")
    with saved.connect() as connection:
        assert connection.execute(text("SELECT body FROM notes")).scalar_one() == "keep me"
    saved.dispose()


def test_sqlite_pragmas_are_on(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    engine.dispose()


def test_fast_head_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from database.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_opening_a_current_database_does_not_import_alembic(sqlite_url: str) -> None:
    import subprocess
    import sys

    engine = make_engine(sqlite_url)
    upgrade(engine)
    engine.dispose()
    probe = (
        "import sys; from database.engine import make_engine; from database.migrate import upgrade; "
        f"upgrade(make_engine({sqlite_url!r})); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
