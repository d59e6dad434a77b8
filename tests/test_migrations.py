"""The models and the migrations agree, upgrades run from empty, files are backed up first."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text

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


def _insert_filled(connection: Connection, table: str, values: dict[str, object]) -> None:
    """Insert a row into a table as an older revision defined it: required columns get a value."""
    row = dict(values)
    for column in inspect(connection).get_columns(table):
        name, kind = column["name"], str(column["type"]).upper()
        if name in row or column["nullable"] or column.get("default") is not None or name == "id":
            continue
        if "INT" in kind or "NUMERIC" in kind:
            row[name] = 1 if name == "version" else 0
        elif "BOOL" in kind:
            row[name] = False
        elif "DATE" in kind or "TIME" in kind:
            row[name] = "2026-01-01 00:00:00"
        elif "JSON" in kind:
            row[name] = "{}"
        else:
            row[name] = ""
    names = ", ".join(row)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})"), row)


def _revisions_oldest_first() -> list[str]:
    from alembic.script import ScriptDirectory

    from database.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions_oldest_first()[:-1])
def test_upgrade_from_each_older_revision(revision: str, tmp_path: Path) -> None:
    """A database made at any released revision, holding a household, upgrades to head."""
    from alembic import command

    from database.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    with engine.begin() as connection:
        _insert_filled(connection, "household", {"house_no": "12/3", "subdistrict": "ป่าแฝก", "village_no": 5})
    backup = upgrade(engine, backup_dir=tmp_path / "backups")
    assert current_revision(engine) == head_revision()
    assert backup is not None and backup.exists()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT house_no FROM household")).scalar_one() == "12/3"
    engine.dispose()
    _assert_no_difference(f"sqlite:///{tmp_path / 'old.sqlite3'}")
