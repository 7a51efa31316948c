"""The package's layers: core imports neither the UI nor the commands, and no module imports
itself back through others (every import counts, ``TYPE_CHECKING`` and function-level ones too)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import REPO

PACKAGE = REPO / "editor"


def module_name(path: Path, root: Path = REPO) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path, modules: dict[str, Path], root: Path = REPO) -> set[str]:
    """The project modules ``path`` imports.

    ``from pkg import mod`` is an edge to ``pkg.mod`` and to ``pkg`` as well: it runs
    ``pkg/__init__.py`` first, so a package that imports its own modules closes a cycle.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in modules:
                    found.add(full)
                if node.module in modules:
                    found.add(node.module)
    return found - {module_name(path, root)}


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_graph_sees_the_modules() -> None:
    graph = import_graph()
    assert "editor.ui.window.main_window" in graph
    assert "editor.ui.files.controller" in graph["editor.ui.window.main_window"]


def test_cycle_finder_names_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_from_package_import_module_counts_the_package(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from pkg import a\n", encoding="utf-8")
    (package / "a.py").write_text("from pkg import b\n", encoding="utf-8")
    (package / "b.py").write_text("", encoding="utf-8")
    modules = {"pkg": package / "__init__.py", "pkg.a": package / "a.py", "pkg.b": package / "b.py"}
    assert imports_of(package / "a.py", modules, tmp_path) == {"pkg", "pkg.b"}
    graph = {name: imports_of(path, modules, tmp_path) for name, path in modules.items()}
    assert find_cycle(graph) == [
        "pkg",
        "pkg.a",
        "pkg",
    ]


def test_no_import_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_core_imports_neither_ui_nor_commands() -> None:
    graph = import_graph()
    offenders = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name.startswith("editor.core")
        for target in targets
        if target.startswith(("editor.ui", "editor.commands"))
    ]
    assert offenders == []


def test_every_module_lives_in_a_feature_package() -> None:
    loose = [
        name
        for name, path in all_modules().items()
        if path.parent in (PACKAGE / "ui", PACKAGE / "core") and path.name != "__init__.py"
    ]
    # Shared by every core room: settings, resource paths and the typed errors.
    assert sorted(loose) == [
        "editor.core.errors",
        "editor.core.resources",
        "editor.core.settings",
    ]


def test_main_window_has_no_mixins() -> None:
    tree = ast.parse((PACKAGE / "ui" / "window" / "main_window.py").read_text(encoding="utf-8"))
    [window] = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow"]
    assert [ast.unparse(base) for base in window.bases] == ["QMainWindow"]
