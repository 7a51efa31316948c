"""Inline Markdown toggles (bold, italic, code, link) and link-on-paste, without Qt.

Every function looks at the selected text and the characters right around it and
returns a :class:`Replacement`: how far to widen the selection, the text to put there
and which part of that text to select afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

URL_PLACEHOLDER = "url"
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]*)\]\((?P<url>[^()\s]*)\)")
_WEB_URL = re.compile(r"https?://\S+", re.IGNORECASE)


@dataclass(frozen=True)
class Replacement:
    """Replace the selection widened by ``left``/``right`` characters with ``text``.

    Afterwards ``text[select_start:select_end]`` is selected (equal offsets: a cursor).
    """

    left: int
    right: int
    text: str
    select_start: int
    select_end: int


def _run(text: str, char: str, from_end: bool) -> int:
    """How many ``char`` in a row ``text`` starts (or ends) with."""
    stripped = text.rstrip(char) if from_end else text.lstrip(char)
    return len(text) - len(stripped)


def _wrapped(left_run: int, right_run: int, marker: str) -> bool:
    """Whether runs of the marker's character on both sides delimit ``marker``.

    With ``*`` runs, two stars are bold and three are bold plus italic, so italic is
    present only in an odd run and bold in a run of two or more.
    """
    char = marker[0]
    run = min(left_run, right_run)
    if run < len(marker):
        return False
    return not (char == "*" and len(marker) == 1 and run % 2 == 0)


def toggle_marker(before: str, selected: str, after: str, marker: str) -> Replacement:
    """Wrap ``selected`` in ``marker`` or unwrap it when it already is wrapped.

    ``before``/``after`` are the text of the line around the selection. Without a
    selection the markers are inserted with the cursor between them (or an empty pair
    around the cursor is removed).
    """
    size, char = len(marker), marker[0]
    outside = _wrapped(_run(before, char, True), _run(after, char, False), marker)
    if not selected:
        if outside:
            return Replacement(size, size, "", 0, 0)
        return Replacement(0, 0, marker * 2, size, size)
    inside = _wrapped(_run(selected, char, False), _run(selected, char, True), marker)
    if inside and selected.strip(char):
        inner = selected[size:-size]
        return Replacement(0, 0, inner, 0, len(inner))
    if outside:
        return Replacement(size, size, selected, 0, len(selected))
    core = selected.strip()
    if not core:
        return Replacement(0, 0, selected + marker * 2, len(selected) + size, len(selected) + size)
    lead = selected[: len(selected) - len(selected.lstrip())]
    trail = selected[len(lead) + len(core) :]
    text = lead + marker + core + marker + trail
    start = len(lead) + size
    return Replacement(0, 0, text, start, start + len(core))


def is_web_url(text: str) -> bool:
    """An http(s) address with a host and no spaces."""
    text = text.strip()
    return bool(_WEB_URL.fullmatch(text)) and bool(urlsplit(text).netloc)


def toggle_link(selected: str) -> Replacement:
    """Ctrl+K: ``[selection](url)`` with ``url`` selected; a selected link is unwrapped.

    A selected web address becomes the link target with the cursor in the empty text.
    """
    match = _LINK.fullmatch(selected)
    if match:
        text = match.group("text")
        return Replacement(0, 0, text, 0, len(text))
    if is_web_url(selected):
        return Replacement(0, 0, f"[]({selected.strip()})", 1, 1)
    text = f"[{selected}]({URL_PLACEHOLDER})"
    start = len(selected) + 3
    return Replacement(0, 0, text, start, start + len(URL_PLACEHOLDER))


def link_for_paste(selected: str, pasted: str) -> str | None:
    """``[selection](url)`` when a web address is pasted over a one-line selection."""
    if not selected.strip() or "\n" in selected or not is_web_url(pasted):
        return None
    if is_web_url(selected) or _LINK.fullmatch(selected):
        return None
    return f"[{selected}]({pasted.strip()})"
