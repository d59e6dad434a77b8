"""Any account sets its own password from the command line (`users passwd NAME` with its own
name): the password it signed in with is checked again as the old one. Another account's
password stays the administrator's to set; exit codes as for every refusal."""

from __future__ import annotations

from sqlalchemy import select

from database.models import AuditEntry
from desktop.db import open_database
from desktop.errors import UserError
from desktop.safety import accounts
from tests.safety.test_identity_cli import _office, cli, one_sentence


def _signs_in(url: str, name: str, password: str) -> bool:
    database = open_database(url)
    try:
        accounts.sign_in(database, name, password)
        return True
    except UserError:
        return False
    finally:
        database.dispose()


def test_a_clerk_changes_their_own_password(db_url: str) -> None:
    _office(db_url)  # boss (administrator, adminpass1) and nok (clerk, clerkpass1)
    # sign-in password on stdin's first line, the new one on the second (as for an administrator)
    changed = cli(db_url, "users", "passwd", "nok", "--user", "nok", stdin="clerkpass1\nnewclerkpass\n")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "Password of nok changed."
    assert _signs_in(db_url, "nok", "newclerkpass") and not _signs_in(db_url, "nok", "clerkpass1")
    # the sign-in password from the environment, the new one from stdin; any case of the name
    again = cli(db_url, "users", "passwd", "NOK", user="nok", password="newclerkpass", stdin="thirdpass1\n")
    assert again.returncode == 0, again.stderr
    assert _signs_in(db_url, "nok", "thirdpass1")

    # still only one's own: another account's password is the administrator's to set
    other = cli(db_url, "users", "passwd", "boss", user="nok", password="thirdpass1", stdin="takeover12\n")
    assert one_sentence(other) == "The account nok (clerk) may not manage users."
    assert _signs_in(db_url, "boss", "adminpass1")
    # a too-short new password: one sentence, the password unchanged
    short = cli(db_url, "users", "passwd", "nok", user="nok", password="thirdpass1", stdin="short\n")
    assert one_sentence(short) == "The password must be at least 8 characters long."
    assert _signs_in(db_url, "nok", "thirdpass1")
    # a wrong sign-in password changes nothing
    wrong = cli(db_url, "users", "passwd", "nok", user="nok", password="not-mine-1", stdin="fourthpass\n")
    assert one_sentence(wrong) == "Wrong user name or password."
    assert _signs_in(db_url, "nok", "thirdpass1")

    database = open_database(db_url)
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "app_user", AuditEntry.field == "password")
        ).all()
    database.dispose()
    assert [(e.user_name, e.summary) for e in entries] == [("nok", "nok changed their password")] * 2


def test_the_administrator_still_sets_any_password(sqlite_url: str) -> None:
    _office(sqlite_url)
    own = cli(
        sqlite_url, "users", "passwd", "boss", user="boss", password="adminpass1", stdin="newadminpass\n"
    )
    assert own.returncode == 0, own.stderr
    assert own.stdout.strip() == "Password of boss set."  # the administrator's path, unchanged
    assert _signs_in(sqlite_url, "boss", "newadminpass")
