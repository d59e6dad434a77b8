"""Issue 16, item 5: no text longer than its column, wherever it comes from (import, the
household form, the province import, the command line), and printing stays linear."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from database.models import Household, Member
from desktop.cli import main
from desktop.db import Database
from desktop.documents.pdf import write_pdf
from desktop.errors import UserError, ValidationError
from desktop.households.editing import MemberData, save_member, update_household
from desktop.households.importing import ImportOptions, run_import
from desktop.households.printed import household_document
from tests.hostile.corpus import HEADER
from tests.households.files import make_id, write_xlsx


def _row(house_no: str = "12", first: str = "สมศรี") -> list[object]:
    return [1, make_id(7), first, "ใจดี", house_no, 3, "หนองบัว", "เวียงทอง", "เชียงราย"]


def _counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Household)) or 0),
            int(session.scalar(select(func.count()).select_from(Member)) or 0),
        )


def test_import_refuses_a_text_longer_than_any_column(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "long.xlsx", [HEADER, _row(first="ก" * 300)])
    with pytest.raises(UserError) as refused:
        run_import(database, path, ImportOptions())
    assert "row 2, column C" in refused.value.en and "300" in refused.value.en and "255" in refused.value.en
    assert _counts(database) == (0, 0)


def test_import_names_the_house_number_over_its_column(database: Database, tmp_path: Path) -> None:
    """Within the sheet's limit but over บ้านเลขที่'s 32: the row is refused, named."""
    path = write_xlsx(tmp_path / "house.xlsx", [HEADER, _row(house_no="9" * 40)])
    result = run_import(database, path, ImportOptions())
    assert result.refused
    (problem,) = result.problems
    assert problem.row == 2 and problem.column == "บ้านเลขที่" and "32" in problem.reason
    assert _counts(database) == (0, 0)  # PostgreSQL would have failed on VARCHAR(32)


def test_household_form_refuses_over_long_fields(demo_database: Database) -> None:
    with demo_database.session() as session:
        household = session.scalars(select(Household).order_by(Household.id)).first()
        assert household is not None
        household_id = household.id
    with demo_database.session() as session, pytest.raises(ValidationError) as refused:
        update_household(session, household_id, {"house_no": "1" * 33})
    assert "บ้านเลขที่" in refused.value.th and "32" in refused.value.en
    with demo_database.session() as session, pytest.raises(ValidationError) as refused:
        save_member(session, household_id, MemberData(first_name="ก" * 32_767, national_id=make_id(99)))
    assert "ชื่อ" in refused.value.th and "255" in refused.value.en
    with demo_database.session() as session, pytest.raises(ValidationError):
        update_household(session, household_id, {"notes": "ข" * 10_001})
    with demo_database.session() as session:
        assert update_household(session, household_id, {"house_no": "1" * 32}) == 1


def test_cli_refuses_an_over_long_option(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["households", "export", "x.xlsx", "--subdistrict", "ต" * 5000]
    assert main(["--db", sqlite_url, "--lang", "en", *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("The value of --subdistrict is too long") and "\n" not in err


@pytest.mark.parametrize("text", ["9" * 10_000, "สมศรีใจดีมาก" * 900], ids=["digits", "thai"])
def test_household_pdf_with_a_10000_character_cell_is_quick(
    migrated_sqlite_url: str, data_dir: Path, tmp_path: Path, text: str
) -> None:
    from desktop.db import open_database
    from desktop.documents.thai_text import segment

    segment("สวัสดี ครับ")  # the dictionary loads once per process: not what is measured
    database = open_database(migrated_sqlite_url)
    with database.session() as session:  # older data, from before the limits
        household = Household(house_no=text, village_no=1, subdistrict=text, district="อ", province="จ")
        household.members.append(Member(first_name=text, is_head=True))
        session.add(household)
    started = time.perf_counter()
    with database.session() as session:
        document, count = household_document(session)
    write_pdf(document, tmp_path / "list.pdf")
    assert count == 1
    assert time.perf_counter() - started < 1.0 * 3  # 1 s on a quiet machine; a busy CI gets slack
    database.dispose()
