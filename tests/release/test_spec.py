"""installer.spec, executed with recording stand-ins for PyInstaller's build steps (no build:
CI builds the real bundle after the suite and runs its --self-test)."""

from __future__ import annotations

import ast
import shutil
import sys
import tomllib
from pathlib import Path
from typing import Any, ClassVar

import pytest
from alembic.script import ScriptDirectory

from database import migrate
from desktop import paths

ROOT = Path(__file__).resolve().parent.parent.parent


class Recorded:
    calls: ClassVar[list[tuple[str, tuple[Any, ...], dict[str, Any]]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Recorded.calls.append((type(self).__name__, args, kwargs))
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas = [
            (str(Path(dest) / Path(src).name), src, "DATA") for src, dest in kwargs.get("datas", [])
        ]


class Analysis(Recorded): ...


class PYZ(Recorded): ...


class EXE(Recorded): ...


class COLLECT(Recorded): ...


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    Recorded.calls = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path_factory.mktemp("work")),
        "DISTPATH": str(tmp_path_factory.mktemp("dist")),
        "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
    }  # fmt: skip
    exec(compile((ROOT / "installer.spec").read_text(encoding="utf-8"), "installer.spec", "exec"), namespace)
    namespace["calls"] = list(Recorded.calls)
    return namespace


def test_version_comes_from_pyproject(spec: dict[str, Any]) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert spec["VERSION"] == version
    assert spec["version_tuple"]("1.2.3rc1") == (1, 2, 3, 0)
    assert spec["version_tuple"]("2.10") == (2, 10, 0, 0)


def test_version_resource_is_a_valid_vsversioninfo_expression(spec: dict[str, Any]) -> None:
    text = spec["version_resource"]("1.4.2", "amphoe-desk")
    seen: dict[str, Any] = {}

    def record(name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Any:
            seen.setdefault(name, []).append((args, kwargs))
            return name

        return make

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]  # fmt: skip
    eval(text, {name: record(name) for name in names})  # what PyInstaller does with the file
    assert seen["FixedFileInfo"][0][1]["filevers"] == (1, 4, 2, 0)
    strings = dict(args for args, _ in seen["StringStruct"])
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "amphoe-desk.exe"
    assert [args[0] for args, _ in seen["StringTable"]] == ["040904B0", "041E04B0"]


def test_two_executables_one_folder(spec: dict[str, Any]) -> None:
    exes = [kwargs for name, _, kwargs in spec["calls"] if name == "EXE"]
    assert [(e["name"], e["console"]) for e in exes] == [("AmphoeDesk", False), ("amphoe-desk", True)]
    assert all(e["exclude_binaries"] for e in exes)
    (collect,) = [(args, kwargs) for name, args, kwargs in spec["calls"] if name == "COLLECT"]
    assert len(collect[0]) == 4 and collect[1]["name"] == "AmphoeDesk"
    assert Path(spec["ICON"]).is_file()


def test_dynamically_loaded_modules_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = set(spec["hiddenimports"])
    cli = {f"desktop.cli.{p.stem}" for p in (ROOT / "desktop" / "cli").glob("*.py") if p.stem != "__init__"}
    assert cli <= hidden
    assert {"database.migrations.env", "psycopg_binary", "sqlalchemy.dialects.postgresql.psycopg"} <= hidden
    assert {"uharfbuzz", "pythainlp.tokenize", "openpyxl", "python_calamine"} <= hidden


def test_no_excluded_package_is_imported_by_our_code(spec: dict[str, Any]) -> None:
    ours = spec["our_imports"]()
    assert not ours & {name.split(".")[0] for name in spec["excludes"] if not name.startswith("PySide6.")}
    qt_modules = {
        f"PySide6.{alias.name}"
        if isinstance(node, ast.ImportFrom) and node.module == "PySide6"
        else alias.name
        for path in (ROOT / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    } | {
        node.module
        for path in (ROOT / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not qt_modules & set(spec["excludes"])


def test_pythainlp_word_list_is_kept_and_models_are_dropped(spec: dict[str, Any]) -> None:
    assert spec["keep"](("pythainlp/corpus/words_th.txt", "", "DATA"))
    assert not spec["keep"](("pythainlp/corpus/wikipedia_titles_th.txt", "", "DATA"))
    assert spec["keep"](("PySide6/Qt/translations/qtbase_en.qm", "", "DATA"))
    assert not spec["keep"](("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))
    assert spec["keep"](("resources/i18n/amphoe_th.qm", "", "DATA"))


def test_data_destinations_mirror_the_paths_the_code_resolves(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the spec's datas out as PyInstaller does, then resolve our paths frozen."""
    frozen = tmp_path / "อำเภอ เดสก์" / "_internal"  # an install folder with Thai and a space
    for source, destination in spec["datas"]:
        target = frozen / destination
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen), raising=False)
    assert paths.resources_dir() == frozen / "resources"
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        assert paths.font_path(style).is_file()
    assert paths.icon_path().is_file()
    for language in ("th", "en"):
        assert (paths.resources_dir() / "i18n" / f"amphoe_{language}.qm").is_file()
    for reference in (ROOT / "resources" / "reference").glob("*.json"):
        assert (paths.resources_dir() / "reference" / reference.name).is_file()
    # Frozen, database/migrate.py's __file__ is <_MEIPASS>/database/migrate.pyc.
    relative = Path(migrate.__file__).resolve().parent.relative_to(ROOT) / "migrations"
    bundled = frozen / relative
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", bundled)
    assert (bundled / "env.py").is_file()
    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == (
        ScriptDirectory(str(ROOT / "database" / "migrations")).get_current_head()
    )
    assert not list(bundled.rglob("__pycache__"))
