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


# --- the application layer: ui/ never opens a session or queries the models ---------------------


def _reaches_into_the_database(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "sqlalchemy"]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] == "sqlalchemy" or node.module.startswith("database.models"):
                found.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"session", "sessions"}
        ):
            found.append(f"line {node.lineno}: .{node.func.attr}()")
    return found


def test_ui_reads_and_writes_only_through_operations() -> None:
    offenders = {}
    for path in (ROOT / "ui").rglob("*.py"):
        name = str(path.relative_to(ROOT))
        found = _reaches_into_the_database(path)
        if found:
            offenders[name] = found
    assert offenders == {}


# --- a feature writes another feature's tables only through that feature's functions -----------

# The casework and programme models the meetings area must not touch itself: a resolution's
# action reaches them through casework's rules (desktop/casework/ops.py).
CASEWORK_MODELS = frozenset({"Nomination", "PlanItem", "Escalation", "Programme"})


def _model_names_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("database.models"):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module == "database":
            names |= {alias.name for alias in node.names if alias.name == "models"}
        elif isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "models":
            names.add(node.attr)
    return names


def test_meetings_reach_casework_records_only_through_casework() -> None:
    offenders = {}
    for path in (ROOT / "desktop" / "meetings").rglob("*.py"):
        found = _model_names_imported(path) & CASEWORK_MODELS
        if found:
            offenders[str(path.relative_to(ROOT))] = sorted(found)
    assert offenders == {}
