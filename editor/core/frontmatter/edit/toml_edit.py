"""Lossless edits of TOML front matter with tomlkit.

tomlkit keeps every byte it does not touch and keeps an item's comment when
its value is replaced, so edits go through its document model. Values are
rendered here first (dates in the old style, multi-line arrays with the old
indent) and handed to tomlkit as parsed items so it writes them verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

import tomlkit
from tomlkit.exceptions import ParseError, TOMLKitError
from tomlkit.items import AoT, Array, Item, String, Table

from editor.core.errors import FrontMatterError
from editor.core.frontmatter.edit.dates import format_like
from editor.core.frontmatter.edit.values import KeyExistsError, KeyNotFoundError, RawScalar


def load(lines: Sequence[str]) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(_join(lines))
    except ParseError as error:
        message = re.sub(r"\s*at line \d+ col \d+$", "", str(error))
        raise FrontMatterError(message, error.line, error.col, "toml") from None
    except (TOMLKitError, ValueError) as error:
        raise FrontMatterError(str(error), 1, 1, "toml") from None


def _join(lines: Sequence[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _split(text: str) -> list[str]:
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def _item(text: str) -> Item:
    return tomlkit.parse(f"x = {text}\n")["x"]


def _render(value: Any, old: Any) -> Item:
    if isinstance(value, RawScalar):
        return _item(str(value))
    if isinstance(value, date):
        template = old.as_string() if isinstance(old, Item) else None
        return _item(format_like(value, template))
    if isinstance(value, str):
        old_text = old.as_string() if isinstance(old, String) else ""
        literal = old_text.startswith("'") and "'" not in value and value.isprintable()
        multiline = old_text.startswith('"""') and "\n" in value
        return tomlkit.string(value, literal=literal, multiline=multiline)
    if isinstance(value, (list, tuple)):
        return _render_array(list(value), old)
    if isinstance(value, dict):
        return _item(_inline(value))
    return tomlkit.item(value)


def _inline(value: Any) -> str:
    """A map as an inline table: a [table] header here would capture the keys after it."""
    if isinstance(value, dict):
        parts = [f"{tomlkit.key(str(k)).as_string()} = {_inline(v)}" for k, v in value.items()]
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inline(item) for item in value) + "]"
    return _render(value, None).as_string()


def _render_array(items: list[Any], old: Any) -> Item:
    parts = [_render(item, None).as_string() for item in items]
    old_text = old.as_string() if isinstance(old, Array) else ""
    if "\n" in old_text and parts:
        second = old_text.split("\n")[1]
        indent = second[: len(second) - len(second.lstrip())] or "  "
        return _item("[\n" + "".join(f"{indent}{part},\n" for part in parts) + "]")
    return _item("[" + ", ".join(parts) + "]")


def set_key(lines: list[str], key: str, value: Any, order: Sequence[str] = ()) -> list[str]:
    doc = load(lines)
    old = doc.get(key)
    if isinstance(old, (Table, AoT)):
        doc[key] = value
    else:
        doc[key] = _render(value, old)
    return _split(doc.as_string())


def delete_key(lines: list[str], key: str) -> list[str]:
    doc = load(lines)
    if key not in doc:
        return list(lines)
    del doc[key]
    return _split(doc.as_string())


def rename_key(lines: list[str], old: str, new: str) -> list[str]:
    doc = load(lines)
    if old not in doc:
        raise KeyNotFoundError(old)
    if old == new:
        return list(lines)
    if new in doc:
        raise KeyExistsError(new)
    if isinstance(doc[old], (Table, AoT)):
        raise FrontMatterError(f"renaming the table [{old}] is not supported", 1, 1, "toml")
    pattern = re.compile(r"^(\s*)(" + "|".join(map(re.escape, _spellings(old))) + r")(\s*=)")
    new_key = tomlkit.key(new).as_string()
    for index, line in enumerate(lines):
        if line.lstrip().startswith("["):
            break  # top-level keys come before the first table
        found = pattern.match(line)
        if found:
            renamed = found[1] + new_key + found[3] + line[found.end() :]
            result = lines[:index] + [renamed] + lines[index + 1 :]
            if load(result).get(new) == doc[old]:
                return result
    raise FrontMatterError(f"cannot find the line of key {old!r}", 1, 1, "toml")


def _spellings(key: str) -> list[str]:
    plain = [key] if re.fullmatch(r"[A-Za-z0-9_-]+", key) else []
    return plain + [tomlkit.key(key).as_string(), f'"{key}"', f"'{key}'"]


def keys(lines: list[str]) -> list[str]:
    return list(load(lines).keys())
