"""Fuzzy matching for quick open: the query's characters in order, scored like editors do.

Case and width are folded (NFKC + casefold), so ``ｊｓ`` finds ``JS`` and
Japanese titles match by their characters. A match scores higher when its
characters are consecutive, start a word, or start the text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def score(query: str, text: str) -> int | None:
    """How well ``query`` matches ``text`` (higher is better), or None when it does not."""
    q, t = fold(query).replace(" ", ""), fold(text)
    if not q:
        return 0
    found = t.find(q)
    if found >= 0:  # a substring beats any scattered match
        return 1000 - found + (200 if found == 0 or not t[found - 1].isalnum() else 0)
    total, position, previous = 0, 0, -2
    for char in q:
        index = t.find(char, position)
        if index < 0:
            return None
        total += 10
        if index == previous + 1:
            total += 15
        if index == 0 or not t[index - 1].isalnum():
            total += 10
        total -= min(index - position, 10)
        previous, position = index, index + 1
    return total


def rank(query: str, items: Iterable[tuple[str, ...]], limit: int = 50) -> list[int]:
    """Indices of ``items`` (each a tuple of texts, e.g. title and file name), best first."""
    scored: list[tuple[int, int]] = []
    for number, texts in enumerate(items):
        best = max((s for s in (score(query, t) for t in texts) if s is not None), default=None)
        if best is not None:
            scored.append((-best, number))
    scored.sort()
    return [number for _, number in scored[:limit]]
