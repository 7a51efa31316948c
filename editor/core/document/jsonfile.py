"""JSON that Kosei stores (settings, journal): any file name round-trips, no parse can crash.

File names that are not valid UTF-8 reach Python as strings with lone surrogates
(``os.fsdecode``'s surrogateescape). ``json.dumps(ensure_ascii=False)`` keeps them
as characters no UTF-8 encoder accepts, so a save would fail; :func:`dumps` writes
exactly those characters as ``\\udcXX`` escapes, which :func:`loads` reads back to
the same string. Everything else stays readable text.

:func:`loads` turns ``RecursionError`` and ``MemoryError`` (deep nesting, huge
input) into ``ValueError`` and refuses values nested deeper than ``max_depth``, so a
planted file is reported like any other bad JSON instead of stopping the program.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def dumps(value: Any, **options: Any) -> str:
    """``json.dumps`` whose result always encodes as UTF-8 (lone surrogates escaped)."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def loads(data: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that raises only ``ValueError`` on bad, deep or huge input."""
    if _nesting(data) > max_depth:
        raise ValueError(f"nested too deeply (over {max_depth} levels)")
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except MemoryError:
        raise ValueError("too large") from None


def _nesting(data: str | bytes) -> int:
    """Deepest ``[``/``{`` nesting outside strings, found without building anything."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    # Strings may hold brackets: drop them first (escaped quotes included).
    bare = _STRING.sub('""', text)
    depth = deepest = 0
    for found in re.finditer(r"[\[\]{}]", bare):
        if found.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def to_utf8(text: str) -> str:
    """``text`` with lone surrogates (undecodable file-name bytes) shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
