"""Field lists count households, not houses (issue #18): one row per household unless the columns
say otherwise, rows at one address listed for the clerk and never merged silently."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from database.models import AuditEntry, Household, Member
from desktop.cli import main
from desktop.db import Database
from desktop.households.importing import ImportOptions, preview_import, run_import, write_import
from desktop.households.importing.grouping import Shape
from tests.households.files import FIELD_LIST_HEADER as HEADER
from tests.households.files import field_list, make_id, write_csv, write_xls, write_xlsx


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Household)) or 0,
            session.scalar(select(func.count()).select_from(Member)) or 0,
        )


def test_a_field_list_of_240_households_gives_240_households(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "tpmap.xlsx", field_list(240, 8, bad=6, repeated=4))
    preview = preview_import(database, path, ImportOptions(skip_invalid=True))
    assert preview.shape.shape is Shape.PER_HOUSEHOLD and not preview.written
    assert len(preview.parsed.rejected) == 6 and preview.plan.repeated_ids == 4
    assert len(preview.plan.pairs) == 8 and not preview.plan.merged_pairs
    first_rows = {pair.first.row for pair in preview.plan.pairs}
    assert first_rows == {3 + n for n in range(8)}  # heads 0..7, each beside its house-mate
    assert all(not pair.same_name for pair in preview.plan.pairs)
    assert len(preview.plan.new_households) == 240
    assert counts(database) == (0, 0)
    result = write_import(database, preview, ImportOptions(skip_invalid=True))
    assert result.written and result.plan is preview.plan  # the previewed plan itself, no new read
    assert counts(database) == (240, 240)

    # Re-import changes nothing; the CLI summary and the export agree on the count.
    url = database.url
    assert main(["--db", url, "households", "import", str(path), "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "ครัวเรือนใหม่ 0 " in out and "ไม่เปลี่ยนแปลง 240 " in out and "อาจเป็นครัวเรือนเดียวกัน 8 คู่" in out
    assert out.count("อาจเป็นครัวเรือนเดียวกัน") == 9  # the 8 pairs side by side, then the summary
    assert counts(database) == (240, 240)
    exported = tmp_path / "export.xlsx"
    assert main(["--db", url, "households", "export", str(exported)]) == 0
    assert "ส่งออก 240 ครัวเรือน" in capsys.readouterr().out
    sheet = load_workbook(exported).active
    assert sheet is not None
    assert sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] is not None) == 240


def test_the_clerk_merges_one_pair(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tpmap.xlsx", field_list(20, 3))
    preview = preview_import(database, path, ImportOptions())
    chosen = preview.plan.pairs[1].rows
    options = ImportOptions(decisions={chosen: True})
    result = write_import(database, preview, options)  # a changed decision: planned anew, not read
    assert result.written and result.plan.merged_pairs == 1
    assert counts(database) == (19, 20)
    with database.session() as session:
        members = session.scalars(
            select(Member).where(Member.national_id.in_([make_id(1001), make_id(1018)]))
        )
        assert len({m.household_id for m in members}) == 1
    other = tmp_path / "other.sqlite3"
    url = f"sqlite:///{other}"
    assert main(["--db", url, "db", "upgrade"]) == 0 or True
    assert main(["--db", url, "households", "import", str(path), "--same-address", "merge"]) == 0


@pytest.mark.parametrize(("kind", "valid"), [("csv", 80), ("xls", 50)])
def test_cp874_csv_and_xls_keep_every_household(
    database: Database, tmp_path: Path, kind: str, valid: int
) -> None:
    rows = field_list(valid, 1)
    if kind == "csv":
        rows = [["" if v is None else v for v in row] + [""] * (len(HEADER) - len(row)) for row in rows]
        path = write_csv(tmp_path / "list.csv", rows, "cp874")
    else:
        path = write_xls(tmp_path / "list.xls", rows)
    result = run_import(database, path, ImportOptions())
    assert result.written and not result.problems
    assert len(result.plan.pairs) == 1
    assert counts(database) == (valid, valid)


def test_a_sheet_with_a_relation_column_groups_people(database: Database, tmp_path: Path) -> None:
    """One row per person: each head starts a household, the rows after it join it, even two
    households under one house number."""
    header = ["ชื่อ-สกุล", "เลขบัตรประชาชน", "ความสัมพันธ์", "บ้านเลขที่", "หมู่", "ตำบล"]
    rows: list[list[Any]] = [header]
    for h in range(10):
        house = str(h // 2 + 1)  # two households in each house
        rows.append([f"นายหัว{h} ก", make_id(2000 + 10 * h), "หัวหน้าครัวเรือน", house, 1, "ทุ่งทอง"])
        rows.append([f"นางคู่{h} ก", make_id(2001 + 10 * h), "ภรรยา", house, 1, "ทุ่งทอง"])
        rows.append([f"ด.ช.ลูก{h} ก", make_id(2002 + 10 * h), "บุตร", house, 1, "ทุ่งทอง"])
    path = write_xlsx(tmp_path / "people.xlsx", rows)
    result = run_import(database, path, ImportOptions())
    assert result.shape.shape is Shape.PER_PERSON and "ความสัมพันธ์" in result.shape.reason_th
    assert result.written and counts(database) == (10, 30)
    with database.session() as session:
        heads = session.scalars(select(Member).where(Member.is_head)).all()
        assert sorted(m.first_name for m in heads) == sorted(f"หัว{h}" for h in range(10))
        for head in heads:
            assert len(head.household.members) == 3
    audit = counts(database)
    again = run_import(database, path, ImportOptions())
    assert not again.written and again.plan.unchanged_households == 10 and counts(database) == audit


def test_a_repeating_household_key_makes_a_sheet_per_person(database: Database, tmp_path: Path) -> None:
    rows = [["รหัสครัวเรือน", "ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่"]]
    rows += [["H1", "นายก ข", make_id(3001), "5"], ["H1", "นางค ข", make_id(3002), "5"],
             ["H2", "นายง จ", make_id(3003), "5"]]  # fmt: skip
    path = write_xlsx(tmp_path / "keyed.xlsx", rows)
    result = run_import(database, path, ImportOptions())
    assert result.shape.shape is Shape.PER_PERSON and counts(database) == (2, 3)


def test_the_address_alone_never_matches_a_registered_household(database: Database, tmp_path: Path) -> None:
    """A later list with a new head at a registered house number adds a household; the same head
    without an ID (group 4) is found by address and name."""
    rows: list[list[Any]] = [HEADER, [1, "นายเดิม ดี", make_id(4001), "8", 2, "ทุ่งทอง", 1, 1000],
                             [2, "นางไร้ บัตร", "", "9", 2, "ทุ่งทอง", 4, 500]]  # fmt: skip
    run_import(database, write_xlsx(tmp_path / "v1.xlsx", rows), ImportOptions())
    rows.append([3, "นายใหม่ มา", make_id(4002), "8", 2, "ทุ่งทอง", 2, 2000])
    rows.append([4, "นางอื่น ไร้บัตร", "", "9", 2, "ทุ่งทอง", 4, 700])
    rows.append([5, "นายเดิม ดี", make_id(4003), "8", 2, "ทุ่งทอง", 1, 900])  # the same name, another ID
    result = run_import(database, write_xlsx(tmp_path / "v2.xlsx", rows), ImportOptions())
    assert len(result.plan.new_households) == 3 and not result.plan.new_members
    assert result.plan.unchanged_households == 2 and not result.plan.differences
    same_name = [pair.rows for pair in result.plan.pairs if pair.same_name]
    assert same_name == [(2, 6)] and len(result.plan.pairs) == 3
    assert counts(database) == (5, 5)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2  # one per import


def test_a_saved_mapping_remembers_the_shape(database: Database, tmp_path: Path) -> None:
    from desktop.households import ops
    from desktop.households.importing import read_and_map

    path = write_xlsx(tmp_path / "tpmap.xlsx", field_list(6, 2))
    _, mapping = read_and_map(database, path, ImportOptions(), top_only=True)
    assert mapping.shape is None
    mapping.shape = "person"
    ops.save_mapping(database, "ทีละคน", mapping)
    _, again = read_and_map(database, path, ImportOptions(mapping_name="ทีละคน"), top_only=True)
    assert again.shape == "person"
    result = run_import(database, path, ImportOptions(mapping_name="ทีละคน"))
    assert result.shape.shape is Shape.PER_PERSON and result.shape.chosen_by_clerk
    assert counts(database) == (4, 6)  # the two pairs at one address made one household each
