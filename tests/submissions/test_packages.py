"""Packages from the demo district: built, written to a stick, verified, sent by e-mail,
recorded against the circular — on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from database.enums import SubmissionChannel
from database.models import Circular, Deadline, Member, Submission
from desktop.db import Database
from desktop.submissions.circulars import due_and_overdue
from desktop.submissions.delivery import list_submissions, send_to_folder, write_email_draft
from desktop.submissions.package import BuiltPackage
from desktop.thai import mask_national_id
from tests.submissions.conftest import TODAY, build, id_cells, zip_member


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
    assert len(PdfReader(io.BytesIO(zip_member(package.path, "01-cover-letter.pdf"))).pages) >= 1
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
        assert due.due_soon[0].due_text == "วันพุธที่ ๑๘ กันยายน ๒๕๖๗"
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


def test_national_ids_masked_unless_the_circular_requires_them(
    demo_database: Database, package: BuiltPackage, tmp_path: Path
) -> None:
    masked = id_cells(package.path, "households-item-4.1.xlsx")
    assert masked and all("xxxxx" in value for value in masked)
    with demo_database.session() as session:
        full_ids = set(
            session.scalars(select(Member.national_id).where(Member.national_id.is_not(None), Member.is_head))
        )
        session.scalars(select(Circular)).one().requires_full_ids = True
    assert all(mask_national_id(str(v)) in {mask_national_id(str(f)) for f in full_ids} for v in masked)
    full = build(demo_database, tmp_path / "full")
    assert full.manifest["national_ids"] == "full"
    values = id_cells(full.path, "households-item-4.1.xlsx")
    assert values and set(values) <= full_ids
    assert "x" not in "".join(values)
