"""Thai characters and spaces in every path a clerk's PC may have; dialogs start in Documents."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from desktop import paths

ROOT = Path(__file__).resolve().parent.parent.parent


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def test_cli_with_thai_and_space_paths(tmp_path: Path) -> None:
    home = tmp_path / "สมชาย ใจดี"
    env = dict(os.environ, AMPHOE_DATA_DIR=str(home / "ข้อมูล อำเภอ"), QT_QPA_PLATFORM="offscreen")
    database = home / "ฐาน ข้อมูล" / "อำเภอ เวียงทอง.sqlite3"
    url = f"sqlite:///{database}"
    assert _cli("--db", url, "init", env=env).returncode == 0
    assert _cli("--db", url, "demo", env=env).returncode == 0
    out = home / "งาน ส่ง" / "รายชื่อ ครัวเรือน.xlsx"
    out.parent.mkdir(parents=True)
    result = _cli("--db", url, "households", "export", str(out), env=env)
    assert result.returncode == 0, result.stderr
    assert database.is_file()
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.max_row > 1
    # the default database and the log go to the Thai data folder
    assert _cli("init", env=env).returncode == 0
    assert (home / "ข้อมูล อำเภอ" / "amphoe-desk.sqlite3").is_file()
    assert (home / "ข้อมูล อำเภอ" / "logs" / "amphoe-desk.log").is_file()


def test_migrations_run_from_a_folder_with_a_percent_sign(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from database import migrate

    folder = tmp_path / "100% ไทย"
    import shutil

    shutil.copytree(migrate.MIGRATIONS_DIR, folder / "migrations")
    original = migrate.MIGRATIONS_DIR
    try:
        migrate.MIGRATIONS_DIR = folder / "migrations"
        assert (
            ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
            == migrate.head_revision()
        )
    finally:
        migrate.MIGRATIONS_DIR = original


def test_per_user_folders_follow_amphoe_data_dir(data_dir: Path) -> None:
    assert paths.data_dir() == data_dir
    assert paths.settings_path().parent == data_dir
    assert paths.default_database_path().parent == data_dir
    assert paths.documents_dir().is_dir()


def _dialog_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr.startswith(("getOpenFileName", "getSaveFileName", "getExistingDirectory"))
            ):
                calls.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return calls


def test_file_dialogs_start_in_a_known_folder() -> None:
    """Frozen, the working directory is the install folder: every dialog names where to start."""
    calls = _dialog_calls()
    assert calls
    bare = []
    for where, call in calls:
        start = (
            call.args[2]
            if len(call.args) > 2
            else next((k.value for k in call.keywords if k.arg == "dir"), None)
        )
        if start is None or (isinstance(start, ast.Constant) and not start.value):
            bare.append(where)
    assert bare == []
