"""Qt stays out of the core: database/ never imports it, desktop/ only in its GUI entry."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_ENTRY = ROOT / "desktop" / "gui.py"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_has_no_qt_and_no_ui() -> None:
    offenders = []
    for folder in ("database", "desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == GUI_ENTRY:
                continue
            bad = _imports(path) & {"PySide6", "ui", "shiboken6"}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert offenders == []


def test_database_does_not_reach_up_into_desktop() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "database").rglob("*.py")
        if "desktop" in _imports(path)
    ]
    assert offenders == []
