"""A fast reader for the simple YAML front matter most posts have, for the first list of posts.

PyYAML builds every value in Python even with libyaml, about a millisecond a
post; a site of thousands of posts needs its rows sooner. This reader accepts
only lines of ``key: plain scalar``, ``key: "quoted"``, ``key: [a, b]`` and
``- item`` lists under a key, and returns None for anything else (the caller
then uses the real parser). The background index parses every post with the
real parser afterwards, so a difference here lasts only until then.
"""

from __future__ import annotations

import re
from typing import Any

_KEY = re.compile(r"^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$")
_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$")
_PLAIN = re.compile(r"^[^\-?:,\[\]{}#&*!|>'\"%@`\s][^#]*$|^-[^\s\-][^#]*$")
# YAML 1.1 (PyYAML) booleans and nulls
_BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}
_NULLS = {"", "~", "null"}


def quick_load(inner: str) -> dict[str, Any] | None:
    """The mapping of a simple front matter, or None when it is not simple."""
    data: dict[str, Any] = {}
    filled: set[str] = set()  # keys that got "- item" lines
    current: str | None = None
    for line in inner.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item is not None and current is not None and isinstance(data[current], list):
            value = _scalar(item.group(1))
            if value is _BAD:
                return None
            data[current].append(value)
            filled.add(current)
            continue
        found = _KEY.match(line)
        if found is None or found.group(1) in data:
            return None
        key, raw = found.group(1), found.group(2) or ""
        if raw == "":
            data[key] = []  # a block list follows (or the key is empty: None below)
            current = key
            continue
        current = None
        value = _flow_list(raw) if raw.startswith("[") else _scalar(raw)
        if value is _BAD:
            return None
        data[key] = value
    for key, value in data.items():
        if value == [] and key not in filled:
            data[key] = None  # "key:" alone is null in YAML
    return data


_BAD = object()


def _scalar(raw: str) -> Any:
    if raw.startswith('"'):
        if len(raw) < 2 or not raw.endswith('"') or "\\" in raw or '"' in raw[1:-1]:
            return _BAD
        return raw[1:-1]
    if raw.startswith("'"):
        if len(raw) < 2 or not raw.endswith("'") or "'" in raw[1:-1]:
            return _BAD
        return raw[1:-1]
    if " #" in raw or ": " in raw or raw.endswith(":") or not _PLAIN.match(raw):
        return _BAD
    lowered = raw.lower()
    if lowered in _BOOLS:
        return _BOOLS[lowered]
    if lowered in _NULLS:
        return None
    return raw


def _flow_list(raw: str) -> Any:
    if not raw.endswith("]") or raw.count("[") != 1 or "{" in raw:
        return _BAD
    inside = raw[1:-1].strip()
    if not inside:
        return []
    out = []
    for piece in inside.split(","):
        value = _scalar(piece.strip())
        if value is _BAD or isinstance(value, bool) or value is None:
            return _BAD
        out.append(value)
    return out
