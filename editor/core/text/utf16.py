"""Convert between Python string offsets and UTF-16 offsets (Qt's text positions).

Python counts code points; QTextDocument counts UTF-16 code units, so every
character outside the Basic Multilingual Plane (emoji, rare kanji) shifts the
positions after it by one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Offset conversions for one text; cheap (identity) when the text has no astral characters."""

    def __init__(self, text: str) -> None:
        # Encoding is a quick way to learn there is nothing to map (the usual case).
        has_astral = len(text.encode("utf-16-le")) != 2 * len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if has_astral else []
        # UTF-16 offset just after each astral character (its two code units).
        self._ends16 = [pos + index + 2 for index, pos in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset16: int) -> int:
        """Python offset for a Qt position; a position inside a surrogate pair rounds down."""
        if not self._astral:
            return offset16
        whole = bisect_right(self._ends16, offset16)
        inside = 1 if whole < len(self._ends16) and self._ends16[whole] - 1 == offset16 else 0
        return offset16 - whole - inside


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (Qt's count)."""
    return Utf16Offsets(text).to_utf16(len(text))


def index_of_utf16(text: str, column: int) -> int:
    """The Python index in ``text`` of Qt's UTF-16 ``column`` (inside a pair rounds down)."""
    return Utf16Offsets(text).from_utf16(column)
