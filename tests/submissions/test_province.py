"""Province side: packages from two districts imported and seen side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from database.models import Household, OfficeProfile, ReceivedPackage
from desktop.cli import main
from desktop.db import Database
from desktop.errors import UserError
from desktop.submissions.province import district_summaries, import_packages, received_households
from tests.submissions.conftest import build


def test_two_districts_imported_side_by_side(demo_database: Database, tmp_path: Path) -> None:
    wiang_thong = build(demo_database, tmp_path / "a")
    with demo_database.session() as session:  # the same office data, renamed: a second district
        session.execute(update(OfficeProfile).values(district="ดอกคำใต้", office_name="สพอ.ดอกคำใต้"))
        session.execute(update(Household).values(district="ดอกคำใต้"))
    dok_kham_tai = build(demo_database, tmp_path / "b", password="pw")
    with demo_database.session() as session, pytest.raises(UserError):
        import_packages(session, [dok_kham_tai.path])  # no password: refused, nothing imported
    with demo_database.session() as session:
        assert session.scalars(select(ReceivedPackage)).all() == []
        results = import_packages(session, [wiang_thong.path])
        results += import_packages(session, [dok_kham_tai.path], password="pw")
        again = import_packages(session, [wiang_thong.path])
    assert [r.district for r in results] == ["เวียงทอง", "ดอกคำใต้"]
    assert again[0].skipped_reason
    households = wiang_thong.manifest["counts"]["households"]
    with demo_database.session() as session:
        summaries = {s.district: s for s in district_summaries(session)}
        rows = received_households(session, "ดอกคำใต้")
    assert set(summaries) == {"เวียงทอง", "ดอกคำใต้"}
    assert summaries["เวียงทอง"].households == households == summaries["ดอกคำใต้"].households
    assert summaries["เวียงทอง"].packages == 1
    assert sum(summaries["เวียงทอง"].by_group.values()) == households
    assert len(rows) == households and all(r.district == "ดอกคำใต้" for r in rows)
    assert all("xxxxx" in r.national_id for r in rows if r.national_id)


def test_tampered_package_is_not_imported(demo_database: Database, tmp_path: Path) -> None:
    built = build(demo_database, tmp_path / "a")
    data = bytearray(built.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    tampered = tmp_path / "tampered.zip"
    tampered.write_bytes(bytes(data))
    with demo_database.session() as session, pytest.raises(UserError) as refused:
        import_packages(session, [tampered])
    assert "failed verification" in refused.value.en
    assert main(["--db", demo_database.url, "package", "import", str(built.path)]) == 0
    with demo_database.session() as session:
        assert len(session.scalars(select(ReceivedPackage)).all()) == 1
