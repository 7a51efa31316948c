"""File names as people and terminals see them: undecodable bytes as U+FFFD, controls escaped.

A name that is not valid UTF-8 reaches Python with lone surrogates (PEP 383); it
is kept exactly for every file operation and turned into text only to be shown.
A newline or an escape sequence in a name must not split or recolour a line of
``kosei check`` output, so controls are written as ``\\n``, ``\\t``, ``\\x1b``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\\]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def shown_name(path: Path | str) -> str:
    """``path`` as valid UTF-8 text: undecodable bytes become U+FFFD (for titles, menus)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            return os.fsencode(text).decode("utf-8", "replace")
        except UnicodeEncodeError:  # a surrogate that no file system byte became
            return text.encode("utf-8", "replace").decode("utf-8")


def escaped_name(path: Path | str) -> str:
    """:func:`shown_name` with control characters (and backslashes) escaped: one line, always."""
    text = shown_name(path)
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(
        lambda found: _NAMED.get(found.group(), f"\\x{ord(found.group()):02x}"), text
    )
