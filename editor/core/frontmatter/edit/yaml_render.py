"""How a new value is written in YAML so it reads back as given and looks like the old one.

The old value's style is kept: quotes, flow or block lists (unchanged items keep their
lines, comments and all), folded or literal blocks, date formats.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from editor.core.frontmatter.edit.dates import format_like, parse_style
from editor.core.frontmatter.edit.values import RawScalar
from editor.core.frontmatter.edit.yaml_lines import after_colon, split_comment

_NO_WRAP = 1 << 30  # never fold a long title over several lines
BLOCK_STYLES = (LiteralScalarString, FoldedScalarString)


def _dump(value: Any) -> list[str]:
    writer = YAML(typ="rt")
    writer.width = _NO_WRAP
    writer.allow_unicode = True
    writer.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    writer.dump({"k": value}, out)
    text = out.getvalue()
    text = text.removesuffix("\n...\n").removesuffix("\n")  # "..." follows keep-chomped blocks
    return text[len("k:") :].split("\n")


def render_key(key: str) -> str:
    return _dump_key(key)


def _dump_key(key: str) -> str:
    writer = YAML(typ="rt")
    writer.width = _NO_WRAP
    writer.allow_unicode = True
    out = io.StringIO()
    writer.dump({key: 0}, out)
    return out.getvalue().rstrip("\n")[: -len(": 0")]


def _styled_str(value: str, old: Any) -> Any:
    # A block ending in blank lines needs "|+", which would swallow the blank
    # lines that follow the key in the file: such values get quotes instead.
    multi = "\n" in value.rstrip("\n") and not value.endswith("\n\n")
    if isinstance(old, DoubleQuotedScalarString) or (
        isinstance(old, SingleQuotedScalarString) and multi
    ):
        return DoubleQuotedScalarString(value)
    if isinstance(old, SingleQuotedScalarString):
        return SingleQuotedScalarString(value)
    if isinstance(old, BLOCK_STYLES) and value.strip() and not value.endswith("\n\n"):
        # "description: >" stays folded (or literal) even when the new text is one line;
        # the chomping indicator follows the value's final newline ("\n" -> ">", none -> ">-").
        return type(old)(value)
    return LiteralScalarString(value) if multi else value


def _block_lines(lines: list[str], old_lines: Sequence[str]) -> list[str]:
    """A block scalar's lines re-indented as the old block was (``>`` with 4 spaces stays so)."""
    old_indent = _content_indent(old_lines[1:])
    new_indent = _content_indent(lines[1:])
    head = lines[0].strip()
    if old_indent is None or new_indent is None or old_indent == new_indent:
        return lines
    if any(char.isdigit() for char in head):
        return lines  # an explicit indentation indicator counts from the key: leave it as dumped
    shift = " " * old_indent
    return [lines[0]] + [shift + line[new_indent:] if line.strip() else line for line in lines[1:]]


def _content_indent(lines: Sequence[str]) -> int | None:
    for line in lines:
        if line.strip():
            return len(line) - len(line.lstrip(" "))
    return None


def _date_text(value: date, old_raw: str) -> str:
    quote = (
        old_raw[:1]
        if old_raw[:1] in "\"'" and old_raw[-1:] == old_raw[:1] and len(old_raw) > 1
        else ""
    )
    template = old_raw[1:-1] if quote else old_raw
    if not parse_style(template):
        return format_like(value, None)  # the old value was no date: its quotes mean nothing here
    return f"{quote}{format_like(value, template)}{quote}"


def _list_lines(
    items: list[Any], old: Any, old_lines: Sequence[str], default_indent: int
) -> list[str]:
    old_items = list(old) if isinstance(old, list) else []
    style = None
    if old_items and all(isinstance(i, DoubleQuotedScalarString) for i in old_items):
        style = DoubleQuotedScalarString
    elif old_items and all(isinstance(i, SingleQuotedScalarString) for i in old_items):
        style = SingleQuotedScalarString
    styled = [style(i) if style and isinstance(i, str) else i for i in items]
    flow = isinstance(old, CommentedSeq) and bool(old.fa.flow_style())
    if flow or not items:
        seq = CommentedSeq(styled)
        seq.fa.set_flow_style()
        return _dump(seq)
    indent = _block_indent(old_lines[1:]) if isinstance(old, list) and len(old_lines) > 1 else None
    indent = default_indent if indent is None else indent
    kept = _item_groups(old_items, old_lines[1:], indent) if indent is not None else None
    lines = [""]
    for item in styled:
        reused = _take_group(kept, item) if kept is not None else None
        if reused is not None:
            lines.extend(reused)  # an unchanged item keeps its bytes, comments and all
            continue
        rendered = _dump(item)
        if len(rendered) != 1:
            return _dump(CommentedSeq(styled))
        lines.append(" " * indent + "- " + rendered[0].lstrip(" "))
    return lines


def _item_groups(
    old_items: list[Any], lines: Sequence[str], indent: int
) -> list[tuple[Any, list[str]]] | None:
    """Each old item with its lines (the comment lines above it, its own, its continuations).

    None when the lines cannot be matched one to one with the parsed items, so the
    caller renders every item afresh rather than guess.
    """
    groups: list[list[str]] = []
    pending: list[str] = []
    for line in lines:
        stripped = line.lstrip(" ")
        at_item = len(line) - len(stripped) == indent and (
            stripped.startswith("- ") or stripped == "-"
        )
        if at_item:
            groups.append(pending + [line])
            pending = []
        elif not stripped or stripped.startswith("#") or not groups:
            pending.append(line)
        else:
            groups[-1].extend(pending + [line])
            pending = []
    if pending or len(groups) != len(old_items):
        return None
    return list(zip(old_items, groups, strict=True))


def _kind(value: Any) -> Any:
    # ruamel's ScalarFloat, CommentedMap... are subclasses: compare by what the value is.
    for kind in (bool, int, float, str, dict, list, datetime, date):
        if isinstance(value, kind):
            return kind
    return type(value)


def _same_item(old: Any, new: Any) -> bool:
    return _kind(old) is _kind(new) and bool(old == new)


def _take_group(groups: list[tuple[Any, list[str]]], item: Any) -> list[str] | None:
    for index, (old, lines) in enumerate(groups):
        if _same_item(old, item):
            del groups[index]
            return lines
    return None


def _block_indent(lines: Sequence[str]) -> int | None:
    for line in lines:
        stripped = line.lstrip(" ")
        if stripped.startswith("- ") or stripped == "-":
            return len(line) - len(stripped)
    return None


def render_value(
    value: Any, old: Any, old_lines: Sequence[str], doc_lines: Sequence[str]
) -> list[str]:
    """The value's text: first element goes after ``key:``, the rest are whole lines."""
    old_raw = split_comment(after_colon(old_lines[0]))[0].strip() if old_lines else ""
    if isinstance(value, RawScalar):
        parts = str(value).split("\n")
        return [(" " + parts[0]) if parts[0] else ""] + parts[1:]
    if isinstance(value, date):
        return [" " + _date_text(value, old_raw)]
    if isinstance(value, (list, tuple)):
        indent = _block_indent(doc_lines)
        default = 2 if indent is None else indent
        lines = _list_lines(list(value), old, old_lines, default)
        if not _reads_back(lines, list(value)):
            quoted = [DoubleQuotedScalarString(i) if isinstance(i, str) else i for i in value]
            lines = _list_lines(quoted, old, old_lines, default)
        return lines
    if isinstance(value, str):
        styled = _styled_str(value, old)
        lines = _dump(styled)
        if isinstance(styled, BLOCK_STYLES) and isinstance(old, BLOCK_STYLES):
            lines = _block_lines(lines, old_lines)
        return lines if _reads_back(lines, value) else _dump(DoubleQuotedScalarString(value))
    if isinstance(value, dict):
        return _map_lines(value, old)
    return _dump(value)


def _map_lines(value: dict[Any, Any], old: Any) -> list[str]:
    styled = CommentedMap(value)
    if isinstance(old, CommentedMap) and old.fa.flow_style():
        styled.fa.set_flow_style()  # {a: 1} stays on one line
    lines = _dump(styled)
    if _reads_back(lines, value):
        return lines
    quoted = CommentedMap(_quote_strings(value))
    if isinstance(old, CommentedMap) and old.fa.flow_style():
        quoted.fa.set_flow_style()
    return _dump(quoted)


def _quote_strings(value: Any) -> Any:
    if isinstance(value, str):
        return DoubleQuotedScalarString(value)
    if isinstance(value, dict):
        return {key: _quote_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_quote_strings(item) for item in value]
    return value


def _reads_back(lines: list[str], expected: Any) -> bool:
    """True when PyYAML (the reader the rest of Kosei uses, YAML 1.1) reads ``expected``.

    ruamel writes YAML 1.2, where ``yes`` or ``0o12`` are plain strings; PyYAML
    would read them as a boolean or a number, so such strings get quotes.
    """
    try:
        return pyyaml.safe_load("k:" + "\n".join(lines) + "\n") == {"k": expected}
    except pyyaml.YAMLError:
        return False
