"""Keep resources/i18n/kosei_<lang>.ts in step with the strings the code shows.

    python packaging/i18n.py            # update the catalogue, list what needs translating
    python packaging/i18n.py --check    # change nothing; exit 1 if anything is untranslated
    python packaging/i18n.py --no-obsolete  # also drop strings the code no longer uses
    python packaging/i18n.py --fill ja.json  # take missing translations from {source: text}

The scan reads ``editor/`` with the ``ast`` module (pyside6-lupdate does not know
our ``tr`` wrapper) and finds:

* ``tr("literal")`` and both literals of ``plural("one", "many", n)``;
* ``tr(NAME)`` and ``tr(TABLE[key])`` where NAME/TABLE is a module-level string,
  or dict/tuple of strings, in the same file or imported by name from another
  module under ``editor/``;
* the rows of the declarative tables whose text is translated where it is shown:
  ``ActionSpec(name, label, menu, ...)``, ``MENUS = (...)``, ``Preset(name, label, ...)``,
  and the labels of ``CANDIDATES = ((codec, label), ...)`` (encodings).

Any other ``tr(expression)`` is reported as unresolved (see :data:`KNOWN_DYNAMIC`),
and so is ``self.tr(...)``/``QCoreApplication.translate(...)`` (another context than
the catalogue's); a test fails on them so every visible string stays findable.

Updating keeps every existing translation, adds new sources as "unfinished" with an
empty translation, and marks sources that disappeared from the code "vanished"
(kept, so a string that comes back keeps its translation). Messages are sorted by
source text so branches that add strings merge with few conflicts.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "Kosei"
LANGUAGES = ("ja",)

# Calls whose positional arguments (by index) or keywords hold translated text.
TABLE_CALLS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "ActionSpec": ((1, 2), ("label", "menu")),
    "Preset": ((1,), ("label",)),
}
# Module-level tuples of translated texts: name -> None (a tuple of texts) or the
# index of the text in each row (a tuple of tuples).
TABLE_NAMES: dict[str, int | None] = {"MENUS": None, "CANDIDATES": 1}
# tr(expression) calls whose texts come from the tables above: (file, expression).
KNOWN_DYNAMIC = frozenset(
    {
        ("editor/ui/app/i18n.py", "singular if count == 1 else many"),
        ("editor/ui/window/actions.py", "title"),
        ("editor/ui/window/actions.py", "spec.label"),
        ("editor/ui/window/actions.py", "spec.menu"),
        ("editor/ui/form/form.py", "preset.label"),
        ("editor/ui/files/encoding_dialog.py", "guess.label"),
    }
)
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}")
_ACCELERATOR = re.compile(r"&(?!&)\S")


@dataclass
class Scan:
    """What the code shows: source text -> where it is used; and calls we cannot read."""

    sources: dict[str, list[str]] = field(default_factory=dict)
    unresolved: list[tuple[str, int, str]] = field(default_factory=list)

    def add(self, text: str, where: str) -> None:
        if text.strip():
            self.sources.setdefault(text, []).append(where)


def placeholders(text: str) -> list[str]:
    """``%1``, ``%n``, ``{count}``... in order of first use, without repeats."""
    return sorted(set(_PLACEHOLDER.findall(text)))


def has_accelerator(text: str) -> bool:
    return bool(_ACCELERATOR.search(text.replace("&&", "")))


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_strings(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level ``NAME = "text"`` and ``NAME = {key: "text", ...}`` / tuples of text."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if not isinstance(target, ast.Name) or value is None:
            continue
        if _literal(value) is not None:
            found[target.id] = [str(_literal(value))]
        elif isinstance(value, ast.Dict):
            texts = [_literal(v) for v in value.values]
            if texts and all(t is not None for t in texts):
                found[target.id] = [str(t) for t in texts]
        elif isinstance(value, ast.Tuple | ast.List):
            texts = [_literal(v) for v in value.elts]
            if texts and all(t is not None for t in texts):
                found[target.id] = [str(t) for t in texts]
            elif target.id in TABLE_NAMES:
                found[target.id] = _column(value, TABLE_NAMES[target.id])
    return found


def _column(rows: ast.Tuple | ast.List, index: int | None) -> list[str]:
    """The literal at ``index`` of each row of a tuple of tuples (a table of labels)."""
    texts = []
    for row in rows.elts:
        if index is not None and isinstance(row, ast.Tuple | ast.List) and index < len(row.elts):
            text = _literal(row.elts[index])
            if text is not None:
                texts.append(text)
    return texts


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _resolve(arg: ast.AST, constants: dict[str, list[str]]) -> list[str] | None:
    text = _literal(arg)
    if text is not None:
        return [text]
    if isinstance(arg, ast.Name) and arg.id in constants:
        return constants[arg.id]
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
        return constants.get(arg.value.id)
    return None


def _scan_call(node: ast.Call, rel: str, constants: dict[str, list[str]], scan: Scan) -> None:
    name = _call_name(node)
    where = f"{rel}:{node.lineno}"
    if name in ("tr", "plural") and isinstance(node.func, ast.Name):
        count = 2 if name == "plural" else 1
        for arg in node.args[:count]:
            texts = _resolve(arg, constants)
            if texts is None:
                scan.unresolved.append((rel, node.lineno, ast.unparse(arg)))
            for text in texts or []:
                scan.add(text, where)
    elif name in ("tr", "translate") and isinstance(node.func, ast.Attribute):
        # QObject.tr / QCoreApplication.translate use other contexts than our catalogue's.
        if rel != "editor/ui/app/i18n.py":
            scan.unresolved.append((rel, node.lineno, ast.unparse(node.func) + "(...)"))
    elif name in TABLE_CALLS:
        positions, keywords = TABLE_CALLS[name]
        args = [node.args[i] for i in positions if i < len(node.args)]
        args += [k.value for k in node.keywords if k.arg in keywords]
        for arg in args:
            literal = _literal(arg)
            if literal is not None:
                scan.add(literal, where)


def _module_name(rel: str) -> str:
    return rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def _imported(tree: ast.Module, tables: dict[str, dict[str, list[str]]]) -> dict[str, list[str]]:
    """Constants imported by name (``from editor.ui.x import LABELS``) from scanned modules."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in tables:
            for alias in node.names:
                texts = tables[node.module].get(alias.name)
                if texts is not None:
                    found[alias.asname or alias.name] = texts
    return found


def scan_tree(root: Path = ROOT) -> Scan:
    scan = Scan()
    trees: dict[str, ast.Module] = {}
    for path in sorted((root / "editor").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        trees[rel] = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    tables = {_module_name(rel): _module_strings(tree) for rel, tree in trees.items()}
    for rel, tree in trees.items():
        constants = {**_imported(tree, tables), **tables[_module_name(rel)]}
        for table in TABLE_NAMES:
            for text in tables[_module_name(rel)].get(table, []):
                scan.add(text, f"{rel} ({table})")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                _scan_call(node, rel, constants, scan)
    return scan


def unknown_dynamic(scan: Scan) -> list[tuple[str, int, str]]:
    return [u for u in scan.unresolved if (u[0], u[2]) not in KNOWN_DYNAMIC]


# -- the .ts catalogue ------------------------------------------------------------------------
@dataclass
class Entry:
    source: str
    translation: str = ""
    state: str = "unfinished"  # "finished", "unfinished" or "vanished"

    @property
    def finished(self) -> bool:
        return self.state == "finished" and bool(self.translation.strip())


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / "resources" / "i18n" / f"kosei_{language}.ts"


def read_catalogue(path: Path) -> dict[str, Entry]:
    if not path.exists():
        return {}
    entries: dict[str, Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = (node.text or "") if node is not None else ""
        state = (node.get("type") if node is not None else None) or "finished"
        entries[source] = Entry(source, text, state)
    return entries


def merge(entries: dict[str, Entry], sources: dict[str, list[str]]) -> dict[str, Entry]:
    merged: dict[str, Entry] = {}
    for source, entry in entries.items():
        if source in sources:
            state = "finished" if entry.state == "vanished" and entry.translation else entry.state
            merged[source] = Entry(source, entry.translation, state)
        else:
            merged[source] = Entry(source, entry.translation, "vanished")
    for source in sources:
        merged.setdefault(source, Entry(source))
    return merged


def write_catalogue(path: Path, language: str, entries: dict[str, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=f"{language}_JP", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(entries):
        entry = entries[source]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        node.text = entry.translation
        if entry.state != "finished":
            node.set("type", entry.state)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill(entries: dict[str, Entry], sources: dict[str, list[str]], known: dict[str, str]) -> None:
    """Give used, untranslated entries the translation ``known`` has for them."""
    for source in sources:
        entry = entries[source]
        if not entry.finished and known.get(source, "").strip():
            entries[source] = Entry(source, known[source], "finished")


def problems(entry: Entry) -> list[str]:
    """Why a used entry is not ready to ship (empty when it is)."""
    if not entry.finished:
        return ["untranslated" if not entry.translation.strip() else "unfinished"]
    found = []
    if placeholders(entry.source) != placeholders(entry.translation):
        found.append(
            f"placeholders {placeholders(entry.source)} != {placeholders(entry.translation)}"
        )
    if has_accelerator(entry.source) and not has_accelerator(entry.translation):
        found.append("the translation lost the &accelerator")
    return found


def report(scan: Scan, entries: dict[str, Entry]) -> list[str]:
    lines = []
    for source in sorted(scan.sources):
        issues = problems(entries.get(source, Entry(source)))
        if issues:
            where = ", ".join(scan.sources[source][:3])
            lines.append(f"{source!r}  [{'; '.join(issues)}]  used at {where}")
    for rel, line, expression in unknown_dynamic(scan):
        lines.append(f'tr({expression}) at {rel}:{line}: not a literal; use tr("...")')
    return lines


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="do not write; fail if incomplete")
    parser.add_argument(
        "--fill",
        type=Path,
        metavar="JSON",
        help="take missing translations from a JSON object {source: translation}",
    )
    parser.add_argument(
        "--no-obsolete", action="store_true", help="drop vanished strings instead of keeping them"
    )
    args = parser.parse_args(argv)
    scan = scan_tree(root)
    failed = False
    for language in LANGUAGES:
        path = ts_path(language, root)
        entries = merge(read_catalogue(path), scan.sources)
        if args.fill:
            fill(entries, scan.sources, json.loads(args.fill.read_text(encoding="utf-8")))
        if args.no_obsolete:
            entries = {s: e for s, e in entries.items() if e.state != "vanished"}
        if not args.check:
            write_catalogue(path, language, entries)
        lines = report(scan, entries)
        vanished = sum(1 for e in entries.values() if e.state == "vanished")
        print(
            f"{path.relative_to(root)}: {len(scan.sources)} strings in use, "
            f"{len(lines)} to fix, {vanished} vanished"
        )
        for line in lines:
            print(f"  {line}")
        failed = failed or bool(lines)
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
