"""The installation check for submissions: build the demo meeting's package and verify it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from database.models import Meeting
from desktop.db import Database
from desktop.submissions.package import build_package
from desktop.submissions.verify import verify_package


def package_round_trip(database: Database, folder: Path) -> str:
    with database.session() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.held_on.desc())).first()
    if meeting_id is None:
        return "no meeting to package"
    built = build_package(database, meeting_id, folder / "packages")
    report = verify_package(built.path)
    if not report.ok:
        raise RuntimeError(report.problems[0].en)
    return f"package built and verified ({built.manifest['counts']['files']} files)"
