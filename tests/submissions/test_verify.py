"""Checks of the package files themselves (SQLite only: nothing here depends on the database):
tampering, passwords, full or locked sticks, the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from database.models import Household, OutgoingLetter, Submission
from desktop.cli import main
from desktop.db import Database
from desktop.errors import UserError
from desktop.submissions.delivery import send_to_folder
from desktop.submissions.documents import plain_documents
from desktop.submissions.package import BuiltPackage
from desktop.submissions.verify import verify_package
from tests.submissions.conftest import TODAY, build, id_cells


def test_verify_accepts_the_package_and_refuses_one_altered_byte(
    sqlite_package: BuiltPackage, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["package", "verify", str(sqlite_package.path)]) == 0
    assert "ถูกต้องครบถ้วน" in capsys.readouterr().out
    data = bytearray(sqlite_package.path.read_bytes())
    with zipfile.ZipFile(sqlite_package.path) as archive:
        info = archive.getinfo("households-item-4.1.xlsx")
    data[info.header_offset + 30 + len(info.filename) + 40] ^= 0x01  # one byte inside that file's data
    altered = tmp_path / "altered.zip"
    altered.write_bytes(bytes(data))
    report = verify_package(altered)
    assert not report.ok
    assert any("households-item-4.1.xlsx" in p.th for p in report.problems)
    assert main(["--lang", "en", "package", "verify", str(altered)]) == 1
    err = capsys.readouterr().err
    assert "households-item-4.1.xlsx" in err


def test_verify_catches_a_repacked_file_and_a_broken_zip(
    sqlite_package: BuiltPackage, tmp_path: Path
) -> None:
    repacked = tmp_path / "repacked.zip"
    with zipfile.ZipFile(sqlite_package.path) as source, zipfile.ZipFile(repacked, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "index.txt":
                content = content.replace("จังหวัด".encode(), "อำเภอ".encode(), 1)
            target.writestr(name, content)
        target.writestr("extra.txt", b"x")
    problems = [p.en for p in verify_package(repacked).problems]
    assert any("index.txt was altered" in p for p in problems)
    assert any("extra.txt is in the package but not in manifest.json" in p for p in problems)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(sqlite_package.path.read_bytes()[:1000])
    assert not verify_package(truncated).ok


def test_password_protected_package(sqlite_demo: Database, tmp_path: Path) -> None:
    built = build(sqlite_demo, tmp_path / "out", writer=plain_documents, password="ลับ-2567")
    with zipfile.ZipFile(built.path) as archive, pytest.raises(RuntimeError):
        archive.read("manifest.json")  # plain zip tools cannot read it without the password
    assert any("password" in p.en for p in verify_package(built.path).problems)
    assert any("wrong" in p.en for p in verify_package(built.path, "wrong").problems)
    assert verify_package(built.path, "ลับ-2567").ok
    assert id_cells(built.path, "households-item-4.1.xlsx", "ลับ-2567")


def test_nothing_half_written_when_the_stick_is_full(
    sqlite_package: BuiltPackage, tiny_stick: Path, sqlite_demo: Database
) -> None:
    with pytest.raises(UserError) as refused:
        send_to_folder(sqlite_demo, sqlite_package, tiny_stick)
    assert "full" in refused.value.en and "ไม่พอ" in refused.value.th
    assert list(tiny_stick.iterdir()) == []
    with sqlite_demo.session() as session:
        assert session.scalars(select(Submission)).all() == []


def test_nothing_half_written_when_the_stick_is_write_protected(
    sqlite_package: BuiltPackage, locked_stick: Path, sqlite_demo: Database
) -> None:
    with pytest.raises(UserError) as refused:
        send_to_folder(sqlite_demo, sqlite_package, locked_stick)
    assert "write-protected" in refused.value.en
    assert list(locked_stick.iterdir()) == []


def test_package_build_refuses_a_locked_folder_and_leaves_nothing(
    sqlite_demo: Database, locked_stick: Path
) -> None:
    with pytest.raises(UserError):
        build(sqlite_demo, locked_stick, writer=plain_documents)
    assert list(locked_stick.iterdir()) == []


def test_cli_build_then_verify(
    sqlite_demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = "2"
    with sqlite_demo.session() as session:
        from database.models import Meeting

        meeting = str(session.scalars(select(Meeting.id).where(Meeting.number == 2)).one())
    out = tmp_path / "out"
    url = sqlite_demo.url
    assert main(["--db", url, "package", "build", "--meeting", meeting, "--out", str(out), "--docx"]) == 0
    assert "พย ๐๗๑๙/๑" in capsys.readouterr().out
    (zip_path,) = out.glob("*.zip")
    with zipfile.ZipFile(zip_path) as archive:
        assert "02-minutes.docx" in archive.namelist()
    assert main(["--db", url, "package", "verify", str(zip_path)]) == 0
    assert main(["--db", url, "--lang", "en", "package", "build", "--meeting", "999", "--out", str(out)]) == 1
    assert "No meeting with ID 999" in capsys.readouterr().err
    assert len(list(out.iterdir())) == 1
    with sqlite_demo.session() as session:
        assert session.scalars(select(OutgoingLetter.running_no)).all() == [1]


def test_meeting_households_come_from_resolutions_too(sqlite_demo: Database, tmp_path: Path) -> None:
    from database.models import AgendaItem, Meeting, Resolution, ResolutionHousehold

    with sqlite_demo.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.number == 2)).one()
        chair_item = session.scalars(
            select(AgendaItem).where(
                AgendaItem.meeting_id == meeting.id, AgendaItem.title.startswith("โครงการ")
            )
        ).one()
        resolution = session.scalars(
            select(Resolution).where(Resolution.agenda_item_id == chair_item.id)
        ).one()
        household = session.scalars(select(Household).order_by(Household.id.desc())).first()
        assert household is not None
        resolution.households.append(ResolutionHousehold(household_id=household.id))
        meeting_id, number = meeting.id, f"{resolution.number}/{resolution.year_be}"
    from desktop.submissions.package import PackageOptions, build_package

    built = build_package(sqlite_demo, meeting_id, tmp_path, PackageOptions(today=TODAY))
    lists = {e["agenda_item"]: e for e in built.manifest["files"] if e["kind"] == "household_list"}
    assert set(lists) == {"1.1", "4.1"}
    assert lists["1.1"]["rows"] == 1 and lists["1.1"]["resolution"] == number
    with sqlite_demo.session() as session:
        first_id = session.scalars(select(Meeting.id).where(Meeting.number == 1)).one()
    first = build_package(sqlite_demo, first_id, tmp_path / "first", PackageOptions(today=TODAY))
    # meeting 1/2567 quotes no circular number
    assert first.manifest["circular"] is None and first.manifest["counts"]["households"] > 0


def test_removable_drives_lists_mounted_sticks_under_media(tmp_path: Path) -> None:
    import os
    import subprocess

    from desktop.submissions.usb import _linux_drives

    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        pytest.skip("mounting a tmpfs needs root")
    stick = tmp_path / "media" / "clerk" / "KINGSTON"
    stick.mkdir(parents=True)
    (tmp_path / "media" / "clerk" / "not-mounted").mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(stick)], check=True)
    try:
        drives = _linux_drives((str(tmp_path / "media"),))
    finally:
        subprocess.run(["umount", str(stick)], check=False)
    assert [(d.path, d.label) for d in drives] == [(stick, "KINGSTON")]
    assert drives[0].total_bytes == 1024 * 1024


def test_letters_cover_takes_its_number_from_the_register(
    sqlite_demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from database.models import Meeting

    with sqlite_demo.session() as session:
        meeting = str(session.scalars(select(Meeting.id).where(Meeting.number == 2)).one())
    url = sqlite_demo.url
    out = tmp_path / "cover.pdf"
    assert main(["--db", url, "letters", "cover", "--meeting", meeting, "--out", str(out)]) == 0
    assert "พย ๐๗๑๙/๑" in capsys.readouterr().out
    assert len(PdfReader(out).pages) >= 1
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".partial"]
    # unsent: writing it again keeps the number; the package then reuses it too
    assert main(["--db", url, "letters", "cover", "--meeting", meeting, "--out", str(out)]) == 0
    assert build(sqlite_demo, tmp_path / "pkg").letter_number == "พย ๐๗๑๙/๑"
    assert main(["--db", url, "letters", "cover", "--meeting", "999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()
