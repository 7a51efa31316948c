"""Edit one front-matter key and leave every other byte of the post as it was.

Every function takes the whole file text (``\\n`` newlines) and returns the
whole new text, so the editor can diff it and apply it as one undo step::

    new_text = set_key(text, "title", "新しいタイトル")
    new_text = delete_key(text, "draft")
    new_text = rename_key(text, "categories", "tags")
    new_text = add_front_matter(text, fmt="yaml", values={"title": "Hello"})

Invalid front matter raises :class:`~editor.core.errors.FrontMatterError` (the
text is never half-edited). After each edit the result is parsed again and
every other key is compared with its old value; an edit that would change
another key (a deleted YAML anchor, for instance) is refused the same way.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

from editor.core.errors import FrontMatterError
from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.edit.values import (
    KeyExistsError,
    KeyNotFoundError,
    RawScalar,
    ValueTypeError,
    convert,
    format_value,
)
from editor.core.frontmatter.split import FrontMatter

__all__ = [
    "KeyExistsError",
    "KeyNotFoundError",
    "RawScalar",
    "ValueTypeError",
    "convert",
    "format_value",
    "add_front_matter",
    "delete_key",
    "get_value",
    "rename_key",
    "set_key",
]

# The editor of each format (ruamel.yaml, tomlkit) loads with its first edit: the window's
# form shows the values without them (issue #19).
_EDITORS = {"yaml": "yaml_edit", "toml": "toml_edit", "json": "json_edit"}


def _editor_for(fmt: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{_EDITORS[fmt]}")


_EMPTY_BLOCK = {"yaml": "---\n---", "toml": "+++\n+++", "json": "{\n}"}


def _preset_order(preset: str | None) -> tuple[str, ...]:
    if not preset:
        return ()
    from editor.core.frontmatter.presets import PRESETS  # local: presets imports nothing from here

    found = PRESETS.get(preset)
    return tuple(field.key for field in found.fields) if found else ()


def _front_matter(text: str) -> FrontMatter | None:
    fm = frontmatter.split(text).front_matter
    if fm is not None and fm.error is not None:
        raise fm.error
    return fm


def _inner_range(fm: FrontMatter) -> tuple[int, int]:
    if fm.format == "json":
        return fm.inner_start_line, fm.end_line + 1
    return fm.inner_start_line, fm.end_line


def _edit(
    text: str, change: Callable[[ModuleType, list[str]], list[str]]
) -> tuple[str, FrontMatter]:
    fm = _front_matter(text)
    if fm is None:
        raise FrontMatterError("the post has no front matter", 1, 1, "yaml")
    lines = text.split("\n")
    start, end = _inner_range(fm)
    try:
        inner = change(_editor_for(fm.format), lines[start:end])
    except FrontMatterError as error:
        raise FrontMatterError(error.message, error.line + start, error.column, fm.format) from None
    return "\n".join(lines[:start] + inner + lines[end:]), fm


def _verify(
    old: FrontMatter, new_text: str, changed: set[str], renamed: tuple[str, str] | None = None
) -> None:
    new = frontmatter.split(new_text).front_matter
    if new is None or new.error is not None or new.data is None:
        reason = new.error.message if new is not None and new.error else "the block disappeared"
        raise FrontMatterError(
            f"the edit would break the front matter ({reason})", 1, 1, old.format
        )
    before = {str(k): v for k, v in (old.data or {}).items() if str(k) not in changed}
    after = {str(k): v for k, v in new.data.items() if str(k) not in changed}
    if renamed:
        after.pop(renamed[1], None)
        if (old.data or {}).get(renamed[0]) != new.data.get(renamed[1]):
            raise FrontMatterError(
                f"renaming {renamed[0]!r} would change its value", 1, 1, old.format
            )
    if before != after:
        keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        raise FrontMatterError(
            f"editing {', '.join(sorted(changed))} would also change {', '.join(keys)} "
            "(an anchor or alias?)",
            1,
            1,
            old.format,
        )


def set_key(text: str, key: str, value: Any, preset: str | None = None) -> str:
    """Set ``key``; a missing key goes after the others, a missing block is made (YAML)."""
    if frontmatter.split(text).front_matter is None:
        return add_front_matter(text, "yaml", {key: value}, preset)
    order = _preset_order(preset)
    new_text, fm = _edit(text, lambda editor, lines: editor.set_key(lines, key, value, order))
    _verify(fm, new_text, {key})
    return new_text


def delete_key(text: str, key: str) -> str:
    """Remove ``key`` and its lines; a missing key leaves the text as it is."""
    fm = _front_matter(text)
    if fm is None:
        return text
    new_text, fm = _edit(text, lambda editor, lines: editor.delete_key(lines, key))
    _verify(fm, new_text, {key})
    return new_text


def rename_key(text: str, old: str, new: str) -> str:
    """Rename ``old`` to ``new`` in place (same line, same value text)."""
    new_text, fm = _edit(text, lambda editor, lines: editor.rename_key(lines, old, new))
    _verify(fm, new_text, {old, new}, (old, new))
    return new_text


def add_front_matter(
    text: str, fmt: str = "yaml", values: Mapping[str, Any] | None = None, preset: str | None = None
) -> str:
    """Put a front-matter block (``fmt``) at the top, with ``values`` in the preset's order."""
    if fmt not in _EMPTY_BLOCK:
        raise ValueError(f"unknown front matter format {fmt!r}")
    if frontmatter.split(text).front_matter is not None:
        raise FrontMatterError("the post already has front matter", 1, 1, fmt)
    order = _preset_order(preset)
    items = dict(values or {})
    ranked = sorted(items, key=lambda k: order.index(k) if k in order else len(order))
    new_text = _EMPTY_BLOCK[fmt] + "\n" + text
    for key in ranked:
        new_text = _add_one(new_text, key, items[key])
    return new_text


def _add_one(text: str, key: str, value: Any) -> str:
    def change(editor: ModuleType, lines: list[str]) -> list[str]:
        return list(editor.set_key(lines, key, value, ()))

    return _edit(text, change)[0]


def get_value(text: str, key: str) -> Any:
    """The parsed value of ``key``; raises KeyNotFoundError when absent."""
    fm = _front_matter(text)
    data = fm.data if fm is not None else None
    if not data:
        raise KeyNotFoundError(key)
    for existing, value in data.items():
        if existing == key or str(existing) == key:
            return value
    raise KeyNotFoundError(key)
