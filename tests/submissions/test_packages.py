"""Packages from the demo district: built, written to a stick, verified, sent by e-mail,
recorded against the circular — on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from database.enums import SubmissionChannel
from database.models import Circular, Deadline, Household, Member, OutgoingLetter, Submission
from desktop.cli import main
from desktop.db import Database
from desktop.errors import UserError
from desktop.submissions.circulars import due_and_overdue
from desktop.submissions.delivery import list_submissions, send_to_folder, write_email_draft
from desktop.submissions.package import BuiltPackage
from desktop.submissions.verify import verify_package
from desktop.thai import mask_national_id
from tests.submissions.conftest import TODAY, build


def _zip_member(path: Path, name: str, password: str | None = None) -> bytes:
    import pyzipper

    with pyzipper.AESZipFile(path) as archive:
        if password:
            archive.setpassword(password.encode())
        return archive.read(name)


def _id_cells(path: Path, name: str, password: str | None = None) -> list[str]:
    workbook = load_workbook(io.BytesIO(_zip_member(path, name, password)), read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    column = list(rows[1]).index("เลขประจำตัวประชาชน")
    return [str(row[column]) for row in rows[2:] if row[column]]


def test_package_holds_what_the_province_needs(package: BuiltPackage) -> None:
    manifest = package.manifest
    assert manifest["format_version"] == 1 and manifest["district"] == "เวียงทอง"
    assert manifest["circular"]["reference"] == "พย ๐๐๑๙.๔/ว ๓๓/๖๓"
    assert manifest["letter"]["number"] == "พย ๐๗๑๙/๑"
    names = {entry["name"] for entry in manifest["files"]}
    assert {"01-cover-letter.pdf", "02-minutes.pdf", "index.txt", "households-item-4.1.xlsx"} <= names
    assert manifest["counts"]["households"] > 0
    with zipfile.ZipFile(package.path) as archive:
        assert sorted(archive.namelist()) == sorted(names | {"manifest.json"})
        index = archive.read("index.txt").decode("utf-8-sig")
    assert "พย ๐๗๑๙/๑" in index and "ปิดบังเลขกลาง" in index
    assert len(PdfReader(io.BytesIO(_zip_member(package.path, "01-cover-letter.pdf"))).pages) >= 1
    assert not list(package.path.parent.glob("*.partial"))


def test_rebuilding_reuses_the_unsent_cover_letter_number(demo_database: Database, tmp_path: Path) -> None:
    first = build(demo_database, tmp_path / "a")
    second = build(demo_database, tmp_path / "b")
    assert first.letter_number == second.letter_number == "พย ๐๗๑๙/๑"
    send_to_folder(
        demo_database, second, tmp_path / "stick" if (tmp_path / "stick").mkdir() is None else tmp_path
    )
    third = build(demo_database, tmp_path / "c")
    assert third.letter_number == "พย ๐๗๑๙/๒"  # the first letter was sent: a new number


def test_usb_copy_is_verified_and_the_deadline_shows_delivered(
    demo_database: Database, package: BuiltPackage, tmp_path: Path
) -> None:
    with demo_database.session() as session:
        due = due_and_overdue(session, TODAY)
        assert [item.reference for item in due.due_soon] == ["พย ๐๐๑๙.๔/ว ๓๓/๖๓"]
        assert due.due_soon[0].due_text == "วันศุกร์ที่ ๖ กันยายน ๒๕๖๗"
    stick = tmp_path / "stick"
    stick.mkdir()
    result, submission_id = send_to_folder(demo_database, package, stick)
    assert result.report.ok and result.sha256 == package.sha256
    assert [p.name for p in stick.iterdir()] == [package.path.name]
    with demo_database.session() as session:
        submission = session.get(Submission, submission_id)
        assert submission is not None and submission.channel == SubmissionChannel.USB
        assert submission.package_sha256 == package.sha256
        deadline = session.scalars(select(Deadline)).one()
        assert deadline.delivered_on is not None and deadline.submission_id == submission_id
        assert due_and_overdue(session, TODAY).empty
        assert list_submissions(session)[0].circular_reference == "พย ๐๐๑๙.๔/ว ๓๓/๖๓"


def test_eml_draft_parses_back_with_its_attachment(
    demo_database: Database, package: BuiltPackage, tmp_path: Path
) -> None:
    draft, _ = write_email_draft(demo_database, package, tmp_path / "draft.eml", size_limit_mb=10)
    assert not draft.over_limit and draft.warning() == ""
    message = email.message_from_bytes((tmp_path / "draft.eml").read_bytes(), policy=email.policy.default)
    assert message["To"] == "phayao.cdd@example.go.th"
    assert message["X-Unsent"] == "1"
    assert "ส่งรายงานการประชุม" in str(message["Subject"])
    attachments = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert [a.get_filename() for a in attachments] == [package.path.name]
    assert attachments[0].get_content() == package.path.read_bytes()
    body = message.get_body(("plain",))
    assert body is not None and "พย ๐๗๑๙/๑" in body.get_content()
    small, _ = write_email_draft(demo_database, package, tmp_path / "small.eml", size_limit_mb=0)
    assert small.over_limit and "เกินขนาด" in small.warning()
    with demo_database.session() as session:
        channels = [s.channel for s in session.scalars(select(Submission))]
    assert channels == [SubmissionChannel.EMAIL, SubmissionChannel.EMAIL]


def test_verify_accepts_the_package_and_refuses_one_altered_byte(
    package: BuiltPackage, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["package", "verify", str(package.path)]) == 0
    assert "ถูกต้องครบถ้วน" in capsys.readouterr().out
    data = bytearray(package.path.read_bytes())
    with zipfile.ZipFile(package.path) as archive:
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


def test_verify_catches_a_repacked_file_and_a_broken_zip(package: BuiltPackage, tmp_path: Path) -> None:
    repacked = tmp_path / "repacked.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(repacked, "w") as target:
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
    truncated.write_bytes(package.path.read_bytes()[:1000])
    assert not verify_package(truncated).ok


def test_national_ids_masked_unless_the_circular_requires_them(
    demo_database: Database, package: BuiltPackage, tmp_path: Path
) -> None:
    masked = _id_cells(package.path, "households-item-4.1.xlsx")
    assert masked and all("xxxxx" in value for value in masked)
    with demo_database.session() as session:
        full_ids = set(
            session.scalars(select(Member.national_id).where(Member.national_id.is_not(None), Member.is_head))
        )
        session.scalars(select(Circular)).one().requires_full_ids = True
    assert all(mask_national_id(str(v)) in {mask_national_id(str(f)) for f in full_ids} for v in masked)
    full = build(demo_database, tmp_path / "full")
    assert full.manifest["national_ids"] == "full"
    values = _id_cells(full.path, "households-item-4.1.xlsx")
    assert values and set(values) <= full_ids
    assert "x" not in "".join(values)


def test_password_protected_package(demo_database: Database, tmp_path: Path) -> None:
    built = build(demo_database, tmp_path / "out", password="ลับ-2567")
    with zipfile.ZipFile(built.path) as archive, pytest.raises(RuntimeError):
        archive.read("manifest.json")  # plain zip tools cannot read it without the password
    assert any("password" in p.en for p in verify_package(built.path).problems)
    assert any("wrong" in p.en for p in verify_package(built.path, "wrong").problems)
    assert verify_package(built.path, "ลับ-2567").ok
    assert _id_cells(built.path, "households-item-4.1.xlsx", "ลับ-2567")


def test_nothing_half_written_when_the_stick_is_full(
    package: BuiltPackage, tiny_stick: Path, demo_database: Database
) -> None:
    with pytest.raises(UserError) as refused:
        send_to_folder(demo_database, package, tiny_stick)
    assert "full" in refused.value.en and "ไม่พอ" in refused.value.th
    assert list(tiny_stick.iterdir()) == []
    with demo_database.session() as session:
        assert session.scalars(select(Submission)).all() == []


def test_nothing_half_written_when_the_stick_is_write_protected(
    package: BuiltPackage, locked_stick: Path, demo_database: Database
) -> None:
    with pytest.raises(UserError) as refused:
        send_to_folder(demo_database, package, locked_stick)
    assert "write-protected" in refused.value.en
    assert list(locked_stick.iterdir()) == []


def test_package_build_refuses_a_locked_folder_and_leaves_nothing(
    demo_database: Database, locked_stick: Path
) -> None:
    with pytest.raises(UserError):
        build(demo_database, locked_stick)
    assert list(locked_stick.iterdir()) == []


def test_cli_build_then_verify(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = "2"
    with demo_database.session() as session:
        from database.models import Meeting

        meeting = str(session.scalars(select(Meeting.id).where(Meeting.number == 2)).one())
    out = tmp_path / "out"
    url = demo_database.url
    assert main(["--db", url, "package", "build", "--meeting", meeting, "--out", str(out), "--docx"]) == 0
    assert "พย ๐๗๑๙/๑" in capsys.readouterr().out
    (zip_path,) = out.glob("*.zip")
    with zipfile.ZipFile(zip_path) as archive:
        assert "02-minutes.docx" in archive.namelist()
    assert main(["--db", url, "package", "verify", str(zip_path)]) == 0
    assert main(["--db", url, "--lang", "en", "package", "build", "--meeting", "999", "--out", str(out)]) == 1
    assert "No meeting with ID 999" in capsys.readouterr().err
    assert len(list(out.iterdir())) == 1
    with demo_database.session() as session:
        assert session.scalars(select(OutgoingLetter.running_no)).all() == [1]


def test_meeting_households_come_from_resolutions_too(demo_database: Database, tmp_path: Path) -> None:
    from database.models import Meeting, Resolution, ResolutionHousehold

    with demo_database.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.number == 1)).one()
        resolution = session.scalars(select(Resolution).where(Resolution.meeting_id == meeting.id)).first()
        assert resolution is not None
        household = session.scalars(select(Household).order_by(Household.id)).first()
        assert household is not None
        resolution.households.append(ResolutionHousehold(household_id=household.id))
        meeting_id = meeting.id
    from desktop.submissions.package import PackageOptions, build_package

    built = build_package(demo_database, meeting_id, tmp_path, PackageOptions(today=TODAY))
    lists = [e for e in built.manifest["files"] if e["kind"] == "household_list"]
    assert len(lists) == 1 and lists[0]["rows"] == 1
    assert built.manifest["circular"] is None
    shutil.rmtree(tmp_path)
