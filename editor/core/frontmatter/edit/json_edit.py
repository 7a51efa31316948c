"""Lossless edits of JSON front matter: a small scanner finds each member's text.

Only the edited member's characters change; the file's indentation, spacing
and member order stay as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from editor.core.errors import FrontMatterError
from editor.core.frontmatter.edit.dates import format_like, parse_style
from editor.core.frontmatter.edit.values import KeyExistsError, KeyNotFoundError, RawScalar

_WS = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class Member:
    key: str
    key_start: int
    key_end: int
    value_start: int
    value_end: int
    value: Any


@dataclass(frozen=True)
class Scan:
    members: list[Member]
    open_at: int  # index of "{"
    close_at: int  # index of "}"


def _skip(src: str, index: int) -> int:
    found = _WS.match(src, index)
    return found.end() if found else index


def _error(src: str, index: int, message: str) -> FrontMatterError:
    line = src.count("\n", 0, index) + 1
    column = index - (src.rfind("\n", 0, index) + 1) + 1
    return FrontMatterError(message, line, column, "json")


def scan(src: str) -> Scan:
    decoder = json.JSONDecoder()
    index = _skip(src, 0)
    if src[index : index + 1] != "{":
        raise _error(src, index, "front matter is not a JSON object")
    open_at = index
    index = _skip(src, index + 1)
    members: list[Member] = []
    try:
        while src[index : index + 1] != "}":
            if members:
                if src[index : index + 1] != ",":
                    raise _error(src, index, "expected ',' or '}'")
                index = _skip(src, index + 1)
            if src[index : index + 1] != '"':
                raise _error(src, index, "expected a key in double quotes")
            key, key_end = scanstring(src, index + 1)
            colon = _skip(src, key_end)
            if src[colon : colon + 1] != ":":
                raise _error(src, colon, "expected ':'")
            start = _skip(src, colon + 1)
            value, end = decoder.raw_decode(src, start)
            members.append(Member(key, index, key_end, start, end, value))
            index = _skip(src, end)
    except json.JSONDecodeError as error:
        raise _error(src, error.pos, error.msg) from None
    if index >= len(src):
        raise _error(src, index, "expected '}'")
    return Scan(members, open_at, index)


def _ascii(src: str) -> bool:
    return "\\u" in src and not any(ord(c) > 127 for c in src)


def _render(value: Any, old: Member | None, src: str, indent: str, unit: str) -> str:
    ascii_only = _ascii(src)
    if isinstance(value, RawScalar):
        return str(value)
    if isinstance(value, date):
        template = (
            old.value if old and isinstance(old.value, str) and parse_style(old.value) else None
        )
        return json.dumps(format_like(value, template))
    old_text = src[old.value_start : old.value_end] if old else ""
    if isinstance(value, (list, dict, tuple)) and (
        "\n" in old_text or (not old and isinstance(value, dict))
    ):
        text = json.dumps(value, ensure_ascii=ascii_only, indent=unit, default=str)
        return text.replace("\n", "\n" + indent)
    compact = bool(old_text) and ", " not in old_text and ": " not in old_text and len(old_text) > 2
    separators = (",", ":") if compact else (", ", ": ")
    return json.dumps(value, ensure_ascii=ascii_only, separators=separators, default=str)


def _line_indent(src: str, index: int) -> str:
    start = src.rfind("\n", 0, index) + 1
    line = src[start:index]
    return line[: len(line) - len(line.lstrip())]


def _unit(src: str, found: Scan) -> str:
    if found.members:
        indent = _line_indent(src, found.members[0].key_start)
        return indent if src.rfind("\n", 0, found.members[0].key_start) > found.open_at else ""
    return "  "


def set_key(lines: list[str], key: str, value: Any, order: Sequence[str] = ()) -> list[str]:
    src = "\n".join(lines)
    found = scan(src)
    unit = _unit(src, found) or "  "
    for member in found.members:
        if member.key == key:
            indent = _line_indent(src, member.key_start)
            text = _render(value, member, src, indent, unit)
            return (src[: member.value_start] + text + src[member.value_end :]).split("\n")
    return _insert(src, found, key, value, unit).split("\n")


def _insert(src: str, found: Scan, key: str, value: Any, unit: str) -> str:
    ascii_only = _ascii(src)
    name = json.dumps(key, ensure_ascii=ascii_only)
    if not found.members:
        inline = "\n" not in src[found.open_at : found.close_at + 1]
        indent = "" if inline else unit
        member = f"{name}: {_render(value, None, src, indent, unit)}"
        if inline:
            return src[: found.open_at + 1] + member + src[found.close_at :]
        return src[: found.open_at + 1] + "\n" + unit + member + "\n" + src[found.close_at :]
    last = found.members[-1]
    between = src[found.members[-2].value_end : last.key_start] if len(found.members) > 1 else None
    multiline = src.rfind("\n", 0, last.key_start) > found.open_at
    indent = _line_indent(src, last.key_start) if multiline else ""
    sep = (
        between
        if between and between.strip() == ","
        else ("," + ("\n" + indent if multiline else " "))
    )
    member = f"{name}: {_render(value, None, src, indent, unit)}"
    return src[: last.value_end] + sep + member + src[last.value_end :]


def delete_key(lines: list[str], key: str) -> list[str]:
    src = "\n".join(lines)
    found = scan(src)
    members = found.members
    for index, member in enumerate(members):
        if member.key != key:
            continue
        if index + 1 < len(members):
            out = src[: member.key_start] + src[members[index + 1].key_start :]
        elif index > 0:
            out = src[: members[index - 1].value_end] + src[member.value_end :]
        else:
            inside = src[found.open_at + 1 : found.close_at]
            out = (
                src[: found.open_at + 1] + ("\n" if "\n" in inside else "") + src[found.close_at :]
            )
        return out.split("\n")
    return list(lines)


def rename_key(lines: list[str], old: str, new: str) -> list[str]:
    src = "\n".join(lines)
    found = scan(src)
    names = [m.key for m in found.members]
    if old not in names:
        raise KeyNotFoundError(old)
    if old == new:
        return list(lines)
    if new in names:
        raise KeyExistsError(new)
    member = found.members[names.index(old)]
    text = json.dumps(new, ensure_ascii=_ascii(src))
    return (src[: member.key_start] + text + src[member.key_end :]).split("\n")


def keys(lines: list[str]) -> list[str]:
    return [m.key for m in scan("\n".join(lines)).members]
