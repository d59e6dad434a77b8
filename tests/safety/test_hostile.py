"""Hostile files: restore, the household importer and package verification never crash, hang
or write half of anything; they answer in one sentence. Plus formula injection in exports.

The corpus is generated here: truncated files, wrong types behind the right extension,
zip bombs, huge cells, formula injection, wrong encodings; hypothesis adds random bytes.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from database.models import AuditEntry, Household, Member
from desktop.db import Database
from desktop.errors import UserError
from desktop.households.export import export_households
from desktop.households.importing.service import ImportOptions, run_import
from desktop.safety.backup import check_backup, create_backup, restore_backup
from desktop.submissions.verify import verify_package

TIME_LIMIT = 20.0  # seconds per hostile file: far above normal, far below a hang


def _xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (60 * 1024 * 1024))  # 60 MB of zeros in ~60 kB
        archive.writestr("manifest.json", b" " * (60 * 1024 * 1024))
    return buffer.getvalue()


HEADER = ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "บ้านเลขที่", "หมู่ที่", "ตำบล", "อำเภอ", "จังหวัด"]
GOOD_ROW = [1, "1101700203451", "สมศรี", "ใจดี", "12", 3, "หนองบัว", "เวียงทอง", "เชียงราย"]


def corpus(folder: Path) -> dict[str, Path]:
    """Broken files, each under several extensions the programs accept."""
    good_xlsx = _xlsx([HEADER, GOOD_ROW])
    contents: dict[str, bytes] = {
        "empty": b"",
        "truncated-xlsx": good_xlsx[: len(good_xlsx) // 2],
        "pdf-renamed": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
        "random-binary": bytes(range(256)) * 64,
        "zip-bomb": _zip_bomb(),
        "zip-not-office": b"PK\x05\x06" + b"\x00" * 18,
        "huge-cell": _xlsx([HEADER, [1, "1101700203451", "ก" * 32000, "x" * 32000, "1", 1, "ต", "อ", "จ"]]),
        "formula-injection": _xlsx(
            [HEADER, [1, "=cmd|'/c calc'!A1", '=HYPERLINK("http://x")', "@SUM(1)", "+1", "-1", "ต", "อ", "จ"]]
        ),
        "utf16-csv": ("\n".join([",".join(HEADER), ",".join(map(str, GOOD_ROW))])).encode("utf-16"),
        "cp874-broken-csv": ",".join(HEADER).encode("cp874") + b"\n\xff\xfe\x81\x00,\x9f",
        "sqlite-header-only": b"SQLite format 3\x00" + b"\x01" * 84,
        "html-as-xls": b"<html><table><tr><td>=1+1</td></tr></table></html>",
    }
    files: dict[str, Path] = {}
    for name, data in contents.items():
        for suffix in (".xlsx", ".xls", ".csv", ".zip"):
            path = folder / f"{name}{suffix}"
            path.write_bytes(data)
            files[f"{name}{suffix}"] = path
    return files


def _state(database: Database) -> tuple[int, int, int]:
    with database.session() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Household)) or 0),
            int(session.scalar(select(func.count()).select_from(Member)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def _one_sentence(text: str) -> None:
    assert text.strip() and "\n" not in text.strip() and "Traceback" not in text


def _refused_quickly(action: Callable[[], object]) -> UserError | None:
    started = time.perf_counter()
    try:
        action()
    except UserError as error:
        _one_sentence(error.th)
        _one_sentence(error.en)
        return error
    finally:
        assert time.perf_counter() - started < TIME_LIMIT
    return None


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return corpus(tmp_path_factory.mktemp("hostile"))


def test_restore_refuses_every_hostile_file(
    demo_database: Database, hostile: dict[str, Path], tmp_path: Path
) -> None:
    before = _state(demo_database)
    for name, path in hostile.items():
        error = _refused_quickly(
            lambda p=path: restore_backup(p, demo_database.url, keep_dir=tmp_path / "kept")
        )
        assert error is not None, name
        assert "nothing was replaced" in error.en
    assert _state(demo_database) == before
    assert not (tmp_path / "kept").exists()


def test_importer_refuses_or_imports_whole_files_only(database: Database, hostile: dict[str, Path]) -> None:
    for name, path in hostile.items():
        before = _state(database)
        error = _refused_quickly(lambda p=path: run_import(database, p, ImportOptions()))
        after = _state(database)
        if error is not None:
            assert after == before, name  # refused: nothing written
        else:
            assert after[0] - before[0] in (0, 1), name  # the one-row files import whole or not at all


def test_package_verify_reports_hostile_files_in_sentences(hostile: dict[str, Path]) -> None:
    for name, path in hostile.items():
        started = time.perf_counter()
        report = verify_package(path)
        assert time.perf_counter() - started < TIME_LIMIT, name
        assert not report.ok, name
        for problem in report.problems:
            _one_sentence(problem.message("en"))
            _one_sentence(problem.message("th"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), keep_header=st.booleans())
def test_random_bytes_never_crash_check_backup(tmp_path: Path, data: bytes, keep_header: bool) -> None:
    path = tmp_path / "fuzz.sqlite3"
    path.write_bytes((b"SQLite format 3\x00" if keep_header else b"") + data)
    with pytest.raises(UserError):
        check_backup(path)


def test_mutated_real_backups_are_refused_or_consistent(demo_database: Database, tmp_path: Path) -> None:
    """Flip bytes inside a real backup: check_backup either refuses it in one sentence or the
    file still passes SQLite's own integrity check (a change inside a text value)."""
    import random
    import sqlite3

    good = create_backup(demo_database.engine, tmp_path / "b", password=None)
    data = good.read_bytes()
    rng = random.Random(3)
    for trial in range(20):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            mutated[rng.randrange(100, len(mutated))] = rng.randrange(256)
        path = tmp_path / f"m{trial}.sqlite3"
        path.write_bytes(bytes(mutated))
        try:
            check_backup(path)
        except UserError as error:
            _one_sentence(error.en)
            continue
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_household_export_neutralises_formula_injection(database: Database, tmp_path: Path) -> None:
    hostile = ["=cmd|'/c calc'!A1", "+66812345678", "-2+3", "@SUM(A1:A9)", '=HYPERLINK("http://evil")']
    with database.session() as session:
        for index, text in enumerate(hostile):
            household = Household(
                house_no=text,
                village_no=index + 1,
                village_name=text,
                subdistrict=text,
                district="อ",
                province="จ",
            )
            household.members.append(Member(first_name=text, last_name="", is_head=True))
            session.add(household)
    path = tmp_path / "export.xlsx"
    with database.session() as session:
        assert export_households(session, path) == len(hostile)
    sheet = load_workbook(path).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert all(c.data_type != "f" for c in cells)
    for text in hostile:
        assert text not in texts  # never as it came
        assert "'" + text in texts  # shown with the apostrophe that makes it plain text
