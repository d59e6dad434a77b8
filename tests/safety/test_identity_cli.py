"""Identity on the command line: `users` commands, sign-in with lock-out, and the role checks
that live inside the services (issue #15, item 3). Every CLI step is a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from database.enums import ResolutionOutcome, Role
from database.models import AgendaItem, Household, Meeting, Resolution, User
from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.meetings import resolutions
from desktop.meetings.common import ADOPTION_WORDS, section_for
from desktop.safety import accounts
from desktop.safety.access import NotSignedIn, Permission, PermissionDenied, require, sign_in_as
from desktop.safety.backup import create_backup

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _nobody_signed_in() -> Iterator[None]:
    sign_in_as(None)
    yield
    sign_in_as(None)


def cli(
    url: str, *args: str, stdin: str = "", user: str | None = None, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """python -m desktop … with stdin not a terminal; user/password go into the environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("AMPHOE_USER", "AMPHOE_PASSWORD")}
    if user is not None:
        env["AMPHOE_USER"] = user
    if password is not None:
        env["AMPHOE_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _accounts(url: str) -> dict[str, tuple[Role, int]]:
    database = open_database(url)
    with database.session() as session:
        rows = {u.username: (u.role, u.failed_attempts) for u in session.scalars(select(User))}
    database.dispose()
    return rows


def test_first_account_is_an_administrator_then_every_command_signs_in(db_url: str) -> None:
    # single-user mode: before any account exists nobody signs in (init, demo, anything)
    assert cli(db_url, "init").returncode == 0
    made = cli(
        db_url, "users", "add", "boss", "--role", "clerk", "--full-name", "สมปอง", stdin="adminpass1\n"
    )
    assert made.returncode == 0, made.stderr
    assert "Account boss added (administrator)" in made.stdout
    assert "always an administrator" in made.stdout
    assert _accounts(db_url) == {"boss": (Role.ADMIN, 0)}

    # from now on nothing opens the database without signing in, not even a read or init
    for command in (("meetings", "list"), ("init",)):
        assert "sign in with --user" in one_sentence(cli(db_url, *command))

    # sign-in password on stdin's first line, the new account's password on the second
    added = cli(
        db_url, "users", "add", "nok", "--role", "clerk", "--user", "boss", stdin="adminpass1\nclerkpass1\n"
    )
    assert added.returncode == 0, added.stderr
    assert "Account nok added (clerk)" in added.stdout
    # --user before the subcommand, password from AMPHOE_PASSWORD
    listed = cli(db_url, "--user", "boss", "users", "list", password="adminpass1")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == ["boss\tadministrator\tactive\tสมปอง", "nok\tclerk\tactive\t"]

    # a clerk is signed in properly but may not manage accounts: the check is in accounts.py
    for command in (("users", "role", "nok", "admin"), ("users", "add", "eve", "--role", "admin")):
        refused = cli(db_url, *command, user="nok", password="clerkpass1", stdin="whatever12\n")
        assert one_sentence(refused) == "The account nok (clerk) may not manage users."
    assert _accounts(db_url) == {"boss": (Role.ADMIN, 0), "nok": (Role.CLERK, 0)}

    changed = cli(db_url, "users", "role", "nok", "head", user="boss", password="adminpass1")
    assert changed.returncode == 0, changed.stderr
    assert _accounts(db_url)["nok"] == (Role.HEAD, 0)


def test_help_shows_the_users_commands_and_the_sign_in_rules() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    assert "users" in shown and "--user NAME" in shown and "AMPHOE_PASSWORD" in shown
    users = subprocess.run(
        [sys.executable, "-m", "desktop", "users", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    ).stdout
    for action in ("add", "list", "passwd", "unlock", "role"):
        assert action in users


def _office(url: str) -> None:
    """An administrator (boss) and a clerk (nok), made the way the window makes them."""
    database = open_database(url)
    with database.session() as session:
        accounts.create_user(session, "boss", "", Role.ADMIN, "adminpass1")
    sign_in_as(accounts.sign_in(database, "boss", "adminpass1"))
    with database.session() as session:
        accounts.create_user(session, "nok", "", Role.CLERK, "clerkpass1")
    sign_in_as(None)
    database.dispose()


def _backup(url: str, folder: Path) -> Path:
    database = open_database(url)
    backup = create_backup(database.engine, folder, password="office-backup-1")
    database.dispose()
    return backup


def test_five_wrong_passwords_lock_the_account(db_url: str, tmp_path: Path) -> None:
    _office(db_url)
    for attempt in range(1, accounts.MAX_FAILURES + 1):
        wrong = cli(db_url, "meetings", "list", "--user", "nok", stdin="not-my-password\n")
        assert one_sentence(wrong) == "Wrong user name or password."
        assert _accounts(db_url)["nok"][1] == attempt % accounts.MAX_FAILURES  # reset when locked
    listed = cli(db_url, "users", "list", user="boss", password="adminpass1")
    assert "nok\tclerk\tlocked\t" in listed.stdout.splitlines()
    # locked: refused even with the right password (here for the hostile restore)
    restore = cli(
        db_url, "backup", "restore", str(_backup(db_url, tmp_path)), user="nok", password="clerkpass1"
    )
    assert "locked" in one_sentence(restore)


def test_unlock_new_password_and_deactivation(db_url: str, tmp_path: Path) -> None:
    _office(db_url)
    database = open_database(db_url)
    for _ in range(accounts.MAX_FAILURES):  # locked the way the CLI test above shows
        with pytest.raises(UserError):
            accounts.sign_in(database, "nok", "wrong")
    database.dispose()
    assert one_sentence(cli(db_url, "meetings", "list", "--user", "nok")) == "No password was given."

    unlocked = cli(db_url, "users", "unlock", "nok", user="boss", password="adminpass1")
    assert unlocked.returncode == 0, unlocked.stderr
    restore = cli(
        db_url, "backup", "restore", str(_backup(db_url, tmp_path)), user="nok", password="clerkpass1"
    )
    assert one_sentence(restore) == "The account nok (clerk) may not restore backups."

    # an administrator sets a new password (from stdin, after the sign-in from the environment)
    reset = cli(db_url, "users", "passwd", "nok", user="boss", password="adminpass1", stdin="newclerkpass\n")
    assert reset.returncode == 0, reset.stderr
    assert cli(db_url, "meetings", "list", user="nok", password="newclerkpass").returncode == 0
    database = open_database(db_url)
    with pytest.raises(UserError):
        accounts.sign_in(database, "nok", "clerkpass1")  # the old one no longer works

    # a deactivated account is refused like an unknown one
    sign_in_as(accounts.sign_in(database, "boss", "adminpass1"))
    with database.session() as session:
        accounts.update_user(session, accounts.find_user(session, "nok").id, active=False)
    sign_in_as(None)
    database.dispose()
    inactive = cli(db_url, "meetings", "list", user="nok", password="newclerkpass")
    assert one_sentence(inactive) == "Wrong user name or password."


def _adoption(database: Database) -> tuple[int, int, int]:
    """The demo's meeting 2 adopted meeting 1's minutes: that resolution, its item, and
    another resolution of the same (held) meeting."""
    with database.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.number == 2)).one()
        section = section_for(meeting, ADOPTION_WORDS, 1)
        assert section is not None
        items = [i.id for i in meeting.items if i.parent_id == section.id]
        adoption = session.scalars(select(Resolution).where(Resolution.agenda_item_id.in_(items))).one()
        other = session.scalars(
            select(Resolution)
            .join(AgendaItem)
            .where(Resolution.meeting_id == meeting.id, AgendaItem.parent_id != section.id)
            .where(Resolution.applied_at.is_(None))
        ).first()
        assert other is not None
        return adoption.id, adoption.agenda_item_id, other.id


def test_only_the_head_touches_the_resolution_that_adopted_minutes(demo_database: Database) -> None:
    adoption, item, other = _adoption(demo_database)
    with demo_database.session() as session:
        accounts.create_user(session, "boss", "", Role.ADMIN, "adminpass1")
    sign_in_as(accounts.sign_in(demo_database, "boss", "adminpass1"))
    with demo_database.session() as session:
        accounts.create_user(session, "nok", "", Role.CLERK, "clerkpass1")
        accounts.create_user(session, "head", "", Role.HEAD, "headpass12")

    sign_in_as(None)  # nobody signed in on a database with accounts
    with pytest.raises(NotSignedIn), demo_database.session() as session:
        resolutions.delete_resolution(session, adoption)

    sign_in_as(accounts.sign_in(demo_database, "nok", "clerkpass1"))
    with pytest.raises(PermissionDenied) as denied, demo_database.session() as session:
        resolutions.delete_resolution(session, adoption)
    assert denied.value.en == "The account nok (clerk) may not adopt minutes."
    with pytest.raises(PermissionDenied), demo_database.session() as session:
        resolutions.update_resolution(
            session, adoption, text="ไม่รับรอง", outcome=ResolutionOutcome.NOT_APPROVED
        )
    with pytest.raises(PermissionDenied), demo_database.session() as session:
        resolutions.record_resolution(session, item, text="รับรองอีกครั้ง", outcome=ResolutionOutcome.APPROVED)
    with pytest.raises(PermissionDenied), demo_database.session() as session:
        resolutions.set_open(session, adoption, True)
    with demo_database.session() as session:  # still there
        assert session.get(Resolution, adoption) is not None
        resolutions.delete_resolution(session, other)  # the clerk's own work stays the clerk's

    sign_in_as(accounts.sign_in(demo_database, "head", "headpass12"))
    with demo_database.session() as session:
        resolutions.delete_resolution(session, adoption)
    with demo_database.session() as session:
        assert session.get(Resolution, adoption) is None


def test_on_a_terminal_the_new_password_is_asked_twice(db_url: str) -> None:
    """stdin a terminal (a pty, no controlling terminal): getpass asks, hiding the typing."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("AMPHOE_USER", "AMPHOE_PASSWORD")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            db_url,
            "--lang",
            "en",
            "users",
            "add",
            "boss",
            "--role",
            "admin",
        ],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    assert process.stderr is not None
    try:
        for prompt in (b"New password for boss: ", b"Again: "):
            seen = b""
            while not seen.endswith(prompt):  # typing before the prompt would be flushed away
                chunk = process.stderr.read1(256)
                assert chunk, seen
                seen += chunk
            os.write(master, b"adminpass1\n")
        out, err = process.communicate(timeout=120)
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert b"Account boss added (administrator)." in out
    assert b"adminpass1" not in out + err  # not echoed
    database = open_database(db_url)
    assert accounts.sign_in(database, "boss", "adminpass1").role == Role.ADMIN
    database.dispose()


def test_a_change_of_role_or_deactivation_counts_at_the_next_check(database: Database) -> None:
    """require(permission, session) reads the account as the database holds it now."""
    with database.session() as session:
        accounts.create_user(session, "boss", "", Role.ADMIN, "adminpass1")
    boss = accounts.sign_in(database, "boss", "adminpass1")
    sign_in_as(boss)
    with database.session() as session:
        head_id = accounts.create_user(session, "head", "", Role.HEAD, "headpass12").id
    head = accounts.sign_in(database, "head", "headpass12")
    sign_in_as(head)
    with database.session() as session:
        require(Permission.ADOPT_MINUTES, session)

    sign_in_as(boss)
    with database.session() as session:
        accounts.update_user(session, head_id, role=Role.CLERK)
    sign_in_as(head)  # still signed in as the head of office it was
    with pytest.raises(PermissionDenied) as denied, database.session() as session:
        require(Permission.ADOPT_MINUTES, session)
    assert denied.value.en == "The account head (clerk) may not adopt minutes."

    sign_in_as(boss)
    with database.session() as session:
        accounts.update_user(session, head_id, active=False)
    sign_in_as(head)
    with pytest.raises(NotSignedIn) as gone, database.session() as session:
        require(Permission.EDIT, session)
    assert gone.value.en == "The account head can no longer be used: sign in again."


def test_an_operation_needs_someone_signed_in_once_the_database_has_accounts(
    demo_database: Database,
) -> None:
    """The operation runner passes its session to require(): no caller can skip sign-in."""
    from desktop.households import ops
    from desktop.households.ops import HouseholdEdit

    with demo_database.session() as session:
        household_id = session.scalars(select(Household.id).order_by(Household.id)).first()
    assert household_id is not None
    version = ops.load_household(demo_database, household_id).version
    edit = HouseholdEdit(household_id, version, {"notes": "เยี่ยมบ้านแล้ว"})
    with demo_database.session() as session:
        accounts.create_user(session, "boss", "", Role.ADMIN, "adminpass1")
    with pytest.raises(NotSignedIn):
        ops.update_household(demo_database, edit)
    sign_in_as(accounts.sign_in(demo_database, "boss", "adminpass1"))
    ops.update_household(demo_database, edit)
    assert ops.load_household(demo_database, household_id).version != version
