"""Households an earlier import merged by address alone: listed, split or kept only by the clerk."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from database.models import AuditEntry, Household, Member
from desktop.db import Database
from desktop.errors import ValidationError
from desktop.households.importing import ImportOptions, run_import
from desktop.households.merged import keep_together, merged_by_address, split_household
from tests.households.files import field_list, make_id, write_xlsx


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Household)) or 0,
            session.scalar(select(func.count()).select_from(Member)) or 0,
        )


def old_style_register(database: Database, tmp_path: Path) -> Path:
    """What the import did before: rows at one address made into one household."""
    path = write_xlsx(tmp_path / "tpmap.xlsx", field_list(20, 3))
    result = run_import(database, path, ImportOptions(shape="person"))
    assert result.written and counts(database) == (17, 20)
    return path


def test_listed_then_split_or_kept_by_the_clerk(database: Database, tmp_path: Path) -> None:
    path = old_style_register(database, tmp_path)
    with database.session() as session:
        found = merged_by_address(session)
    assert [len(h.members) for h in found] == [2, 2, 2]
    assert counts(database) == (17, 20)  # listing changes nothing
    first, second = found[0], found[1]
    assert {m.national_id for m in first.members} == {make_id(1000), make_id(1017)}
    with database.session() as session:
        created = split_household(session, first.id)
        keep_together(session, second.id)
    assert counts(database) == (18, 20) and len(created) == 1
    with database.session() as session:
        assert [h.id for h in merged_by_address(session)] == [found[2].id]
        moved = session.scalars(select(Member).where(Member.national_id == make_id(1017))).one()
        new = moved.household
        assert moved.is_head and new.id == created[0] and new.house_no == "1/1"
        assert "คน17" in new.search_text
        old = session.get(Household, first.id)
        assert old is not None and [m.first_name for m in old.members] == ["คน0"] and old.members[0].is_head
        assert "คน17" not in old.search_text
        summaries = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.entity_id == created[0])
        ).all()
        assert any("แยกจากครัวเรือน" in s for s in summaries)
        with pytest.raises(ValidationError):
            split_household(session, first.id)  # one member left: nothing to split
    # The field list imported again, as it is (one row per household): the split household gets its
    # own row's values; the household kept as one stays one.
    again = run_import(database, path, ImportOptions())
    assert again.written and not again.plan.new_households
    assert {(d.field, d.after) for d in again.plan.differences if d.entity_id == created[0]} >= {
        ("income_per_person", 30017)
    }
    assert counts(database) == (18, 20)


def test_the_household_page_lists_and_splits(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.settings import Settings
    from ui import workers
    from ui.app import create_application
    from ui.i18n import install_translators
    from ui.pages.households import HouseholdsPage

    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    old_style_register(database, tmp_path)
    install_translators(create_application(), "th")
    page = HouseholdsPage(database, Settings(database_url=database.url))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    before = page.model.total()
    dialog = page.open_merged()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3 and not dialog.split_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.split_button.click()
    assert dialog.table.rowCount() == 2 and "แยก" in dialog.status_label.text()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 18
    assert page.model.total() == before + 1
