"""editor/core must never import Qt (../shared/STYLE.md, habit 1)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import REPO

CORE = REPO / "editor" / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "editor.ui")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_modules_exist() -> None:
    assert len(list(CORE.rglob("*.py"))) >= 8


def test_no_core_module_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(REPO)}: {name}"
        for path in CORE.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN or name.startswith("editor.ui")
    ]
    assert offenders == []


def test_cli_commands_are_qt_free() -> None:
    paths = [REPO / "editor" / "cli.py", *(REPO / "editor" / "commands").glob("*.py")]
    offenders = [
        f"{p.name}: {n}" for p in paths for n in imported_modules(p) if n.startswith("PySide6")
    ]
    assert offenders == []
