from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from database.enums import AuditAction, Sex
from database.models import AuditEntry, Household, Member
from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.households.editing import update_household
from desktop.households.importing import ImportOptions, read_and_map, run_import, save_mapping, write_report
from desktop.households.importing.grouping import Shape
from desktop.progress import Cancelled, Progress
from tests.households.files import (
    bad_check_digit,
    make_id,
    messy_rows,
    separate_name_rows,
    write_csv,
    write_xls,
    write_xlsx,
)


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        households = session.scalar(select(func.count()).select_from(Household)) or 0
        members = session.scalar(select(func.count()).select_from(Member)) or 0
    return households, members


def member_by_id(database: Database, national_id: str) -> tuple[Member, Household]:
    with database.session() as session:
        member = session.scalars(select(Member).where(Member.national_id == national_id)).one()
        household = member.household
        session.expunge_all()
    return member, household


def test_messy_xlsx_with_titles_merges_totals_and_thai_digits(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "messy.xlsx", messy_rows(), merges=["A1:H1", "A2:H2"])
    result = run_import(database, path, ImportOptions())
    assert result.written and not result.problems
    assert result.parsed.skipped_totals == 1
    # สมชาย and กานดา (group 4, no ID) share 12 ม.3: a sheet without a relation column is one row
    # per household, so they are two households, listed as a pair that may be one.
    assert result.shape.shape is Shape.PER_HOUSEHOLD
    assert [(pair.rows, pair.merged) for pair in result.plan.pairs] == [((5, 7), False)]
    assert counts(database) == (3, 3)
    somchai, household = member_by_id(database, make_id(1))
    assert (somchai.title, somchai.first_name, somchai.last_name, somchai.sex) == (
        "นาย",
        "สมชาย",
        "ใจดี",
        Sex.MALE,
    )
    assert (household.village_no, household.subdistrict, household.target_group) == (3, "ทุ่งทอง", 1)
    assert household.income_per_person == 45000
    assert "สมชาย" in household.search_text and "กานดา" not in household.search_text
    malee, household2 = member_by_id(database, make_id(2))
    assert (malee.title, malee.first_name, malee.sex) == ("นางสาว", "มาลี", Sex.FEMALE)
    assert (household2.house_no, household2.village_no, household2.income_per_person) == ("45/1", 2, 36500)


def test_reimport_changes_nothing(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "messy.xlsx", messy_rows())
    run_import(database, path, ImportOptions())
    with database.session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
        versions = session.scalars(select(Household.version).order_by(Household.id)).all()
    again = run_import(database, path, ImportOptions())
    assert not again.written and again.plan.is_empty() and not again.plan.differences
    assert again.plan.unchanged_households == 3
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
        assert session.scalars(select(Household.version).order_by(Household.id)).all() == versions
    assert counts(database) == (3, 3)


def test_separate_name_columns_merged_cells_and_xls(database: Database, tmp_path: Path) -> None:
    rows = separate_name_rows()
    xls = write_xls(tmp_path / "old.xls", rows, merges=[(2, 3, 6, 6)])  # ตำบล merged over both rows
    result = run_import(database, xls, ImportOptions())
    assert result.written, result.problems
    assert counts(database) == (2, 2)  # no relation column: บุญมี and บัวผัน head a household each
    assert [pair.rows for pair in result.plan.pairs] == [(3, 4)]
    member, household = member_by_id(database, make_id(12))
    assert (member.title, member.first_name, household.subdistrict, household.house_no) == (
        "นาง",
        "บัวผัน",
        "แม่ปืม",
        "7",
    )


@pytest.mark.parametrize("encoding", ["cp874", "utf-8-sig", "utf-8"])
def test_csv_encodings(database: Database, tmp_path: Path, encoding: str) -> None:
    rows = [r for r in messy_rows() if any(v is not None for v in r)]
    rows = [["" if v is None else v for v in r] for r in rows]
    path = write_csv(tmp_path / "list.csv", rows, encoding)
    result = run_import(database, path, ImportOptions())
    assert result.written and not result.problems
    member, household = member_by_id(database, make_id(1))
    assert member.first_name == "สมชาย" and household.subdistrict == "ทุ่งทอง"


def test_invalid_row_refuses_whole_file_and_reports(database: Database, tmp_path: Path) -> None:
    rows = messy_rows()
    rows[5][2] = bad_check_digit(2)  # sheet row 6
    rows[4][4] = "ม.สาม"  # sheet row 5
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    result = run_import(database, path, ImportOptions())
    assert result.refused and not result.written
    assert counts(database) == (0, 0)
    located = {(p.row, p.column) for p in result.problems}
    assert located == {(6, "เลขบัตรประชาชน"), (5, "ม.")}
    assert any("เลขตรวจสอบ" in p.reason for p in result.problems)
    report = tmp_path / "report.xlsx"
    write_report(result, report)
    book = load_workbook(report)
    assert book.sheetnames == ["ปัญหา", "แถวที่ไม่ผ่าน", "ความแตกต่าง"]
    problems = list(book["ปัญหา"].iter_rows(min_row=3, values_only=True))
    assert {(r[0], r[1]) for r in problems} == located
    # The rejected rows, fixed by the clerk, import again from the report itself.
    rejected = book["แถวที่ไม่ผ่าน"]
    assert rejected.cell(1, 3).value == "เลขบัตรประชาชน"
    rejected.cell(2, 5).value = "ม.3"
    rejected.cell(3, 3).value = make_id(2)
    book.save(report)
    fixed = run_import(database, report, ImportOptions(sheet="แถวที่ไม่ผ่าน"))
    assert fixed.written and not fixed.problems
    assert counts(database) == (2, 2)


def test_skip_invalid_imports_the_valid_rows(database: Database, tmp_path: Path) -> None:
    rows = messy_rows()
    rows[5][2] = "12345"
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    result = run_import(database, path, ImportOptions(skip_invalid=True))
    assert result.written and len(result.parsed.rejected) == 1
    assert counts(database) == (2, 2)


def test_update_shows_difference_and_keeps_clerks_edit(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "v1.xlsx", messy_rows())
    run_import(database, path, ImportOptions())
    # The clerk corrects สมชาย's income in the app (an audited edit).
    _, somchai_household = member_by_id(database, make_id(1))
    with database.session() as session:
        update_household(session, somchai_household.id, {"income_per_person": 40000})
    rows = messy_rows()
    rows[4][7] = "50,000"  # the file changes income: the clerk's 40,000 must stay
    rows[5][7] = "40,000"  # มาลี: nobody touched it, the file's value is taken
    rows[4][6] = "2"  # group 1 → 2 for สมชาย's household: updated
    v2 = write_xlsx(tmp_path / "v2.xlsx", rows)
    preview = run_import(database, v2, ImportOptions(dry_run=True))
    assert not preview.written
    shown = {(d.field, d.before, d.after, d.kept) for d in preview.plan.differences}
    assert ("income_per_person", 40000, 50000, True) in shown
    assert ("income_per_person", 36500, 40000, False) in shown
    assert ("target_group", 1, 2, False) in shown
    result = run_import(database, v2, ImportOptions())
    assert result.written
    _, household = member_by_id(database, make_id(1))
    assert (household.income_per_person, household.target_group) == (40000, 2)
    _, household2 = member_by_id(database, make_id(2))
    assert household2.income_per_person == 40000
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.field == "target_group", AuditEntry.action == AuditAction.IMPORT
            )
        ).all()
        assert [(e.before, e.after) for e in entries] == [(1, 2)]
    assert counts(database) == (3, 3)


def test_new_member_joins_existing_household(database: Database, tmp_path: Path) -> None:
    """The clerk says the sheet is one row per person: rows of one address are one household."""
    person = ImportOptions(shape="person")
    first = run_import(database, write_xlsx(tmp_path / "v1.xlsx", messy_rows()), person)
    assert first.shape.shape is Shape.PER_PERSON and first.shape.chosen_by_clerk
    assert counts(database) == (2, 3)
    rows = messy_rows()
    rows.insert(7, [4, "นางสมใจ ใจดี", make_id(4), "12", "3", "ทุ่งทอง", "1", "45,000"])
    result = run_import(database, write_xlsx(tmp_path / "v2.xlsx", rows), person)
    assert result.written and len(result.plan.new_members) == 1
    assert counts(database) == (2, 4)
    _, household = member_by_id(database, make_id(4))
    assert "สมใจ" in household.search_text


def test_saved_mapping_by_name(database: Database, tmp_path: Path) -> None:
    rows = [["คอลัมน์ A", "คอลัมน์ B", "คอลัมน์ C"], ["นายดำ ดี", make_id(30), "5"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    with pytest.raises(UserError):
        run_import(database, path, ImportOptions())
    from desktop.households.importing.columns import Mapping

    mapping = Mapping(0, ["คอลัมน์ A", "คอลัมน์ B", "คอลัมน์ C"], {0: "full_name", 1: "national_id", 2: "house_no"})
    with database.session() as session:
        save_mapping(session, "แบบ อบต.", mapping)
    result = run_import(database, path, ImportOptions(mapping_name="แบบ อบต."))
    assert result.written
    assert counts(database) == (1, 1)
    with pytest.raises(UserError, match=r"แบบ อบต\."):
        run_import(database, path, ImportOptions(mapping_name="ไม่มี"))


def test_cancel_rolls_back(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "messy.xlsx", messy_rows())
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    with pytest.raises(Cancelled):
        run_import(database, path, ImportOptions(), Progress(is_cancelled=cancelled))
    assert counts(database) == (0, 0)


def test_read_and_map_shows_headers(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "messy.xlsx", messy_rows())
    _, mapping = read_and_map(database, path, ImportOptions())
    assert mapping.header_row == 3
    assert mapping.columns[1] == "full_name" and mapping.columns[4] == "village_no"


def index_definitions(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('household', 'member') ORDER BY name"
        )
        return [(name, sql) for name, sql in rows]


def test_a_first_import_rebuilds_the_indexes_it_set_aside_and_a_failure_keeps_them(
    migrated_sqlite_url: str, data_dir: Path, tmp_path: Path
) -> None:
    """Into an empty register the indexes are dropped for the insert and built again after it,
    inside the import's transaction: a failure half-way leaves them as they were."""
    database = open_database(migrated_sqlite_url)
    before = index_definitions(database)
    assert len(before) >= 8
    path = write_xlsx(tmp_path / "messy.xlsx", messy_rows())
    with database.engine.begin() as connection:  # the database itself refuses one member row
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_malee AFTER INSERT ON member WHEN NEW.first_name = 'มาลี' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    with pytest.raises(Exception, match="refused by the test"):
        run_import(database, path, ImportOptions())
    assert counts(database) == (0, 0)
    assert index_definitions(database) == before

    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse_malee")
    assert run_import(database, path, ImportOptions()).written
    assert counts(database) == (3, 3)
    assert index_definitions(database) == before
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM member WHERE national_id = ?", (make_id(1),)
        ).all()
    assert "ix_member_national_id" in str(plan)
    database.dispose()


def test_values_shared_by_every_new_row_are_stored_exactly(database: Database, tmp_path: Path) -> None:
    """The file name, the import mark and the column defaults are the same in every new row (on
    SQLite they are written into the INSERT as literals): a quote in the name must survive."""
    path = write_xlsx(tmp_path / "บ้าน 'ทุ่งทอง' ม.๓.xlsx", messy_rows())
    assert run_import(database, path, ImportOptions()).written
    with database.session() as session:
        households = session.scalars(select(Household).order_by(Household.id)).all()
        assert {h.source for h in households} == {path.name}
        assert all(h.imported == {"_by_import": True} and h.version == 1 for h in households)
        assert all(h.created_at is not None and h.updated_at is not None for h in households)
        members = session.scalars(select(Member)).all()
        assert len(members) == 3
        assert all(m.imported == {"_by_import": True} and m.disabled is False for m in members)
    again = run_import(database, path, ImportOptions())
    assert not again.written and again.plan.is_empty()


def test_import_and_reconcile_check_the_right_themselves(database: Database, tmp_path: Path) -> None:
    """On a database with accounts, nobody signed in may not import or reconcile, whoever calls."""
    from database.enums import Role
    from desktop.households.reconcile import reconcile
    from desktop.safety import accounts
    from desktop.safety.access import NotSignedIn, sign_in_as

    with database.session() as session:
        accounts.create_user(session, "admin", "", Role.ADMIN, "adminpass1")
    sign_in_as(None)
    path = write_xlsx(tmp_path / "field.xlsx", messy_rows())
    with pytest.raises(NotSignedIn):
        run_import(database, path, ImportOptions())
    with pytest.raises(NotSignedIn):
        reconcile(database, path)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 0
    sign_in_as(accounts.sign_in(database, "admin", "adminpass1"))
    try:
        assert run_import(database, path, ImportOptions()).written
    finally:
        sign_in_as(None)
