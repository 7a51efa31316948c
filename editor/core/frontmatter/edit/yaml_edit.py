"""Lossless edits of YAML front matter: only the edited key's lines are rewritten.

ruamel.yaml (round-trip mode) reads the block to learn where each top-level
key starts and how its value is styled, and renders the new value. Its
re-dump of the whole mapping is not used: it can still reflow other keys, so
the new lines are spliced into the original lines here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from editor.core.errors import FrontMatterError
from editor.core.frontmatter.edit.values import KeyExistsError, KeyNotFoundError
from editor.core.frontmatter.edit.yaml_lines import key_prefix, split_comment
from editor.core.frontmatter.edit.yaml_render import BLOCK_STYLES, render_key, render_value
from editor.core.frontmatter.split import yaml_error_position

Span = tuple[int, int]  # inner line index of the key's first line, end exclusive


def load(lines: Sequence[str]) -> CommentedMap:
    """Round-trip parse of the inner lines; errors carry inner-relative 1-based positions."""
    reader = YAML(typ="rt")
    reader.preserve_quotes = True
    try:
        data = reader.load("\n".join(lines) + "\n")
    except MarkedYAMLError as error:
        message, line, column = yaml_error_position(error)
        raise FrontMatterError(message, line, column, "yaml") from None
    except (YAMLError, ValueError) as error:
        raise FrontMatterError(str(error).split("\n")[0], 1, 1, "yaml") from None
    if data is None:
        return CommentedMap()
    if not isinstance(data, CommentedMap):
        raise FrontMatterError("front matter is not a mapping of keys to values", 1, 1, "yaml")
    return data


def find_key(data: CommentedMap, key: str) -> Any:
    for existing in data:
        if existing == key or str(existing) == key:
            return existing
    return None


def key_spans(data: CommentedMap, lines: Sequence[str]) -> dict[Any, Span]:
    """Lines of each top-level key, without the blank or comment lines that follow it."""
    starts = sorted((data.lc.key(k)[0], k) for k in data)
    spans: dict[Any, Span] = {}
    for index, (start, key) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        block = _holds_block_scalar(data[key])
        while end > start + 1 and _is_trailing(lines[end - 1], block):
            end -= 1
        spans[key] = (start, end)
    return spans


def _holds_block_scalar(value: Any) -> bool:
    if isinstance(value, BLOCK_STYLES):
        return True
    if isinstance(value, dict):
        return any(_holds_block_scalar(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_block_scalar(v) for v in value)
    return False


def _is_trailing(line: str, in_block_scalar: bool) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    # An indented "#" inside a literal block is text, not a comment.
    return stripped.startswith("#") and (not in_block_scalar or not line[:1].isspace())


# -- edits -------------------------------------------------------------------------------------
def set_key(lines: list[str], key: str, value: Any, order: Sequence[str] = ()) -> list[str]:
    data = load(lines)
    spans = key_spans(data, lines)
    existing = find_key(data, key)
    if existing is None:
        rendered = render_value(value, None, [], lines)
        new = [render_key(key) + ":" + rendered[0]] + rendered[1:]
        at = _insert_at(data, spans, key, order, lines)
        return lines[:at] + new + lines[at:]
    start, end = spans[existing]
    column = data.lc.key(existing)[1]
    prefix = key_prefix(lines[start], column)
    comment = split_comment(lines[start][len(prefix) :])[1]
    rendered = render_value(value, data[existing], lines[start:end], lines)
    rest = lines[start][len(prefix) :]
    gap = rest[: len(rest) - len(rest.lstrip(" \t"))]
    if rendered[0].startswith(" ") and rest.strip() and gap:
        rendered[0] = gap + rendered[0][1:]  # "key:   value" keeps its alignment
    head = prefix + rendered[0]
    if comment and (len(rendered) == 1 or rendered[0].strip() in ("", "|", "|-", ">", ">-", "|+")):
        head += comment
    return lines[:start] + [head] + rendered[1:] + lines[end:]


def _insert_at(
    data: CommentedMap, spans: dict[Any, Span], key: str, order: Sequence[str], lines: Sequence[str]
) -> int:
    if not spans:
        return len(lines)
    if key in order:
        before = set(order[: list(order).index(key)])
        anchors = [spans[k][1] for k in data if str(k) in before]
        if anchors:
            return max(anchors)
    return max(end for _, end in spans.values())


def delete_key(lines: list[str], key: str) -> list[str]:
    data = load(lines)
    existing = find_key(data, key)
    if existing is None:
        return list(lines)
    start, end = key_spans(data, lines)[existing]
    return lines[:start] + lines[end:]


def rename_key(lines: list[str], old: str, new: str) -> list[str]:
    data = load(lines)
    existing = find_key(data, old)
    if existing is None:
        raise KeyNotFoundError(old)
    if old == new:
        return list(lines)
    if find_key(data, new) is not None:
        raise KeyExistsError(new)
    start, _ = key_spans(data, lines)[existing]
    column = data.lc.key(existing)[1]
    line = lines[start]
    prefix = key_prefix(line, column)
    renamed = line[:column] + render_key(new) + ":" + line[len(prefix) :]
    return lines[:start] + [renamed] + lines[start + 1 :]


def keys(lines: list[str]) -> list[str]:
    return [str(k) for k in load(lines)]
