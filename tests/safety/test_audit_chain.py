"""The audit log: one append path, no national ID in it, chained so that tampering shows."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from database.engine import make_engine
from database.enums import AuditAction, Role
from database.migrate import alembic_config, upgrade
from database.models import AuditEntry, Household, Member
from desktop import audit, logs, paths, pdpa
from desktop.cli import main
from desktop.db import Database, open_database
from desktop.safety import accounts
from desktop.safety.access import PermissionDenied, sign_in_as
from desktop.safety.audit_log import AuditChainBroken, verify_chain
from desktop.thai import format_national_id

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _nobody_signed_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("AMPHOE_USER", raising=False)
    sign_in_as(None)
    yield
    sign_in_as(None)


def _log_text(url: str) -> str:
    """Every column of every entry, as the database holds it (JSON as stored text)."""
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT user_name, entity, field, CAST(before AS TEXT), CAST(after AS TEXT), summary "
                "FROM audit_entry"
            )
        ).all()
    engine.dispose()
    return "\n".join(" ".join(str(v) for v in row) for row in rows)


def _member_ids(url: str) -> list[str]:
    engine = make_engine(url)
    with engine.connect() as connection:
        ids = [i for (i,) in connection.execute(select(Member.national_id)) if i]
    engine.dispose()
    return ids


def test_pdpa_masks_every_form_of_an_id() -> None:
    assert pdpa.mask_text("ID 1234567890121 and 1-2345-67890-12-1, 1 2345 67890 12 1") == (
        "ID 1-2345-xxxxx-12-1 and 1-2345-xxxxx-12-1, 1-2345-xxxxx-12-1"
    )
    assert pdpa.mask_text("๑๒๓๔๕๖๗๘๙๐๑๒๑") == "1-2345-xxxxx-12-1"
    assert pdpa.mask_text("12345678901234 0812345678") == "12345678901234 0812345678"  # 14 and 10 digits
    assert pdpa.mask({"before": {"national_id": "1234567890121"}, "l": [1234567890121, True]}) == {
        "before": {"national_id": "1-2345-xxxxx-12-1"},
        "l": ["1-2345-xxxxx-12-1", True],
    }
    scrubbed = pdpa.scrub(
        "(psycopg.errors.UniqueViolation) duplicate key\nDETAIL:  Key (national_id)=(1234567890121) exists.\n"
        "[SQL: INSERT INTO member ...]\n[parameters: {'first_name': 'สมชาย', 'national_id': '1234567890121'}]"
    )
    assert "1234567890121" not in scrubbed and "สมชาย" not in scrubbed and "[SQL: INSERT" in scrubbed


def test_demo_log_holds_no_member_id(demo_db_url: str) -> None:
    ids = _member_ids(demo_db_url)
    assert len(ids) > 100
    log = _log_text(demo_db_url)
    assert "search_text" not in log
    leaked = [i for i in ids if i in log or format_national_id(i) in log]
    assert leaked == []
    assert "xxxxx" in log  # the members' creation is logged, masked


def test_an_id_edit_logs_both_ids_masked(demo_database: Database) -> None:
    with demo_database.session() as session:
        member = session.scalars(select(Member).where(Member.national_id.is_not(None))).first()
        assert member is not None
        old, new = member.national_id or "", "3101700123453"
        member.national_id = new
        member_id = member.id
    with demo_database.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "member", AuditEntry.entity_id == member_id)
        ).all()[-1]
        assert entry.before == {"national_id": pdpa.mask_text(old)}
        assert entry.after == {"national_id": "3-1017-xxxxx-45-3"}
        assert verify_chain(session) > 0


def test_record_and_row_entries_share_one_append(database: Database) -> None:
    """No hidden rule: an explicit entry and the row's own entry are both kept, in order, chained."""
    with database.session() as session:
        household = Household(house_no="1/1", village_no=1, village_name="บ้านทดสอบ")
        session.add(household)
        session.flush()
        audit.record(session, AuditAction.EXPORT, "household", household.id, summary="พิมพ์ 1234567890121")
    with database.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.action, e.entity) for e in entries[-2:]] == [
            (AuditAction.CREATE, "household"),
            (AuditAction.EXPORT, "household"),
        ]
        assert entries[-1].summary == "พิมพ์ 1-2345-xxxxx-12-1"
        assert entries[-1].prev_hash == entries[-2].entry_hash
        assert verify_chain(session) == len(entries)


def _tamper(url: str, statement: str) -> None:
    """What someone with the database's owner password could do: drop the trigger, edit, put it back."""
    engine = make_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER audit_entry_no_update"))
            connection.execute(text("DROP TRIGGER audit_entry_no_delete"))
            connection.execute(text(statement))
            for verb in ("UPDATE", "DELETE"):
                connection.execute(
                    text(
                        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                        "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
                    )
                )
        else:
            connection.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"))
            connection.execute(text(statement))
            connection.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only"))
    engine.dispose()


def test_verify_passes_on_the_demo_and_fails_after_one_byte_changes(
    demo_db_url: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_db_url, "--lang", "en", "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "entries checked" in out
    engine = make_engine(demo_db_url)
    with engine.connect() as connection:
        target, summary = connection.execute(
            text("SELECT id, summary FROM audit_entry WHERE summary <> '' ORDER BY id LIMIT 1 OFFSET 5")
        ).one()
    engine.dispose()
    changed = summary[:-1] + ("x" if summary[-1] != "x" else "y")  # one character
    _tamper(demo_db_url, f"UPDATE audit_entry SET summary = '{changed}' WHERE id = {target}")
    assert main(["--db", demo_db_url, "--lang", "en", "audit", "verify"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"Entry {target} of the audit log was changed outside the app."


@pytest.mark.parametrize("where", ["middle", "newest"])
def test_verify_finds_a_removed_entry(demo_database: Database, where: str) -> None:
    with demo_database.session() as session:
        ids = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
    gone = ids[len(ids) // 2] if where == "middle" else ids[-1]
    _tamper(demo_database.url, f"DELETE FROM audit_entry WHERE id = {gone}")
    with demo_database.session() as session, pytest.raises(AuditChainBroken) as broken:
        verify_chain(session)
    if where == "middle":
        assert broken.value.entry_id == ids[len(ids) // 2 + 1]
        assert "broken before entry" in broken.value.en
    else:
        assert broken.value.entry_id == ids[-2] and "newest entries" in broken.value.en


def test_sqlite_insert_or_replace_cannot_rewrite_an_entry(demo_sqlite_url: str) -> None:
    engine = make_engine(demo_sqlite_url)
    with pytest.raises(DatabaseError, match="append-only"), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT OR REPLACE INTO audit_entry (id, at, user_name, action, entity, field, summary, "
                "prev_hash, entry_hash) VALUES (1, '2026-01-01', 'x', 'update', 'household', '', '', '', '')"
            )
        )
    engine.dispose()


def test_only_an_administrator_verifies(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with database.session() as session:
        accounts.create_user(session, "admin", "ผู้ดูแล", Role.ADMIN, "correct horse")
    sign_in_as(accounts.sign_in(database, "admin", "correct horse"))
    with database.session() as session:  # adding an account is the administrator's
        accounts.create_user(session, "head", "หัวหน้า", Role.HEAD, "head horse 1")
    sign_in_as(accounts.sign_in(database, "head", "head horse 1"))
    with database.session() as session, pytest.raises(PermissionDenied):
        verify_chain(session)
    sign_in_as(accounts.sign_in(database, "admin", "correct horse"))
    with database.session() as session:
        assert verify_chain(session) >= 2


APPENDER = textwrap.dedent(
    """
    import sys, time
    from database.enums import AuditAction
    from database.models import Household
    from desktop import audit
    from desktop.db import open_database

    database = open_database(sys.argv[1], migrate=False)
    start = float(sys.argv[3])
    while time.time() < start:
        time.sleep(0.001)
    for n in range(40):
        with database.session() as session:
            if n % 2:  # a row change first: its INSERT opens the transaction
                session.add(Household(house_no=f"{sys.argv[2]}/{n}", village_no=1, village_name="x"))
                session.flush()
            audit.record(session, AuditAction.EXPORT, "household", None, summary=f"{sys.argv[2]} {n}")
    database.dispose()
    """
)


def test_two_processes_appending_at_once_keep_one_chain(db_url: str, tmp_path: Path) -> None:
    script = tmp_path / "append.py"
    script.write_text(APPENDER, encoding="utf-8")
    import time

    start = str(time.time() + 3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen([sys.executable, str(script), db_url, name, start], env=env, cwd=ROOT)
        for name in ("a", "b")
    ]
    assert [w.wait(timeout=120) for w in workers] == [0, 0]
    database = open_database(db_url, migrate=False)
    try:
        with database.session() as session:
            summaries = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "export")).all()
            assert len(summaries) == 80
            assert {s.split()[0] for s in summaries} == {"a", "b"}
            assert verify_chain(session) >= 120  # 80 exports and 40 households
    finally:
        database.dispose()


OLD_ID = "1103700012346"


def test_migration_masks_and_chains_what_the_log_held(db_url: str) -> None:
    """A database at 0061 whose log holds full IDs and the search column comes out masked and chained."""
    if db_url.startswith("sqlite"):
        url = db_url.replace(".sqlite3", "-old.sqlite3")
    else:  # a fresh database next to the migrated one
        url = db_url
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0061_households")
        connection.execute(
            text(
                "INSERT INTO audit_entry (at, user_name, action, entity, entity_id, field, before, after, "
                "summary) VALUES (:at, 'somchai', 'update', 'member', 7, '', :before, :after, :summary)"
            ),
            [
                {
                    "at": "2026-11-30 10:00:00",
                    "before": f'{{"national_id": "{OLD_ID}", "search_text": "สมชาย {OLD_ID}"}}',
                    "after": '{"national_id": "3101700123453", "search_text": "สมชาย 3101700123453"}',
                    "summary": f"แก้เลขประจำตัว {format_national_id(OLD_ID)}",
                },
                {"at": "2026-11-30 10:01:00", "before": "null", "after": "null", "summary": "ส่งออก"},
            ],
        )
    upgrade(engine)
    engine.dispose()
    log = _log_text(url)
    assert OLD_ID not in log and "3101700123453" not in log and "search_text" not in log
    assert "1-1037-xxxxx-34-6" in log and "3-1017-xxxxx-45-3" in log
    database = open_database(url, migrate=False)
    try:
        with database.session() as session:
            assert verify_chain(session) == 2
            audit.record(session, AuditAction.EXPORT, "household", None, summary="after the migration")
        with database.session() as session:
            assert verify_chain(session) == 3
        _tamper(url, "UPDATE audit_entry SET user_name = 'somchaj' WHERE id = 1")
        with database.session() as session, pytest.raises(AuditChainBroken):
            verify_chain(session)
    finally:
        database.dispose()


def test_a_failed_save_logs_no_id_and_no_sql_values(
    migrated_postgres_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An over-long value on PostgreSQL: the error, the log file and the crash report hold no ID."""
    from ui.crash import crash_report

    monkeypatch.setattr(logs, "_configured", False)
    root = logging.getLogger("amphoe")
    handlers = list(root.handlers)
    logs.configure()
    database = open_database(migrated_postgres_url, migrate=False)
    try:
        with pytest.raises(DatabaseError) as failed, database.session() as session:
            household = Household(house_no="9" * 300, village_no=1, village_name="บ้านนายสมชาย")
            household.members.append(Member(first_name="สมชาย", last_name="ใจดี", national_id=OLD_ID))
            session.add(household)
        logging.getLogger("amphoe.test").error("saving failed for %s", OLD_ID, exc_info=failed.value)
        report = crash_report(type(failed.value), failed.value, failed.value.__traceback__)
    finally:
        database.dispose()
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    written = (paths.logs_dir() / "amphoe-desk.log").read_text(encoding="utf-8")
    assert "value too long" in written and "saving failed for 1-1037-xxxxx-34-6" in written
    for text_ in (str(failed.value), written, report):
        assert OLD_ID not in text_ and "สมชาย" not in text_ and "9" * 20 not in text_
    assert "hidden" in str(failed.value)  # hide_parameters


def test_the_log_filter_drops_parameters_an_engine_did_not_hide(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}", hide_parameters=False)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT)"))
    record: logging.LogRecord | None = None
    try:
        with engine.begin() as connection:
            for _ in range(2):
                connection.execute(text("INSERT INTO t VALUES (:i, :n)"), {"i": OLD_ID, "n": "สมหญิง"})
    except DatabaseError as error:
        assert OLD_ID in str(error)  # what the filter is for
        record = logging.LogRecord(
            "amphoe.x", logging.ERROR, __file__, 1, "failed", None, (type(error), error, None)
        )
    engine.dispose()
    assert record is not None
    logs.PrivacyFilter().filter(record)
    line = logging.Formatter().format(record)
    assert OLD_ID not in line and "สมหญิง" not in line and "[parameters: (hidden)]" in line


def test_engines_hide_parameters(db_url: str) -> None:
    assert make_engine(db_url).hide_parameters
    assert make_url(db_url)  # the URL itself is untouched


def test_a_failed_import_prints_and_logs_no_id(
    migrated_postgres_url: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """An over-long house number on PostgreSQL: stderr (the crash report the clerk sends) and the log."""
    from tests.households.files import make_id, messy_rows, write_xlsx

    rows = messy_rows()
    rows[4][3] = "9" * 40
    sheet = write_xlsx(tmp_path / "long.xlsx", rows)
    monkeypatch.setattr(logs, "_configured", False)
    root = logging.getLogger("amphoe")
    handlers = list(root.handlers)
    try:
        code = main(["--db", migrated_postgres_url, "--lang", "en", "households", "import", str(sheet)])
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert code in (1, 70)  # 1 once the import checks lengths itself
    err = capsys.readouterr().err
    written = (paths.logs_dir() / "amphoe-desk.log").read_text(encoding="utf-8") if code == 70 else ""
    for text_ in (err, written):
        for secret in (make_id(1), make_id(2), "สมชาย", "มาลี", "9" * 20):
            assert secret not in text_
        assert "[parameters:" not in text_


def test_every_database_opened_is_audited(tmp_path: Path) -> None:
    """A factory made where a dead one lay (the same id()) once went unaudited: SQLAlchemy's
    registry took it as already listened to while the old one awaited the cycle collector."""
    import gc

    from desktop.db import open_database

    url = f"sqlite:///{tmp_path / 'reopened.sqlite3'}"
    open_database(url).dispose()
    gc.disable()
    try:
        for number in range(30):
            database = open_database(url, migrate=False)
            with database.session() as session:
                session.add(Household(house_no=f"{number}/1", village_no=1, village_name="บ้านทดสอบ"))
            with database.session() as session:
                logged = session.scalar(
                    select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "household")
                )
            database.dispose()
            del database
            assert logged == number + 1, f"the database opened {number + 1}th wrote no audit entry"
    finally:
        gc.enable()
