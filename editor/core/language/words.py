"""Cut masked prose into the words a spell checker should look at.

Only runs of Latin letters (with inner apostrophes and hyphens) are words;
CJK, Hangul, digits and punctuation separate them, so a Japanese sentence
yields only its embedded English words. Words with digits, ALLCAPS
abbreviations and single letters are skipped, as the issue asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_LETTER = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
# A word: letters, with inner ' ’ or - joining letter runs ("don't", "well-known").
_WORD = re.compile(rf"[{_LETTER}0-9_]+(?:['’\-][{_LETTER}0-9_]+)*")
_HAS_DIGIT = re.compile(r"[0-9_]")


@dataclass(frozen=True)
class WordOptions:
    ignore_allcaps: bool = True  # "HTML", "API"
    ignore_mixed_case: bool = False  # "iPhone", "GitHub" (Hunspell flags these)
    min_length: int = 2


def iter_words(masked: str, options: WordOptions | None = None) -> Iterator[tuple[int, str]]:
    """(offset, word) for every word to check in ``masked``."""
    opts = options or WordOptions()
    for match in _WORD.finditer(masked):
        word = match.group()
        if _HAS_DIGIT.search(word):
            continue
        start = match.start()
        end = match.end()
        # A word glued to a dot on both sides is a domain or a version ("example.com").
        if start > 0 and masked[start - 1] == "." and start > 1 and masked[start - 2].isalnum():
            continue
        if end < len(masked) - 1 and masked[end] == "." and masked[end + 1].isalpha():
            continue
        if start > 0 and masked[start - 1] in "@#$%\\":
            continue  # @mention, #hashtag, $variable
        yield from _parts(start, word, opts)


def tokens(masked: str) -> set[str]:
    """The distinct raw tokens of ``masked`` (fast path: most of them are known words)."""
    return set(_WORD.findall(masked))


def token_words(token: str, options: WordOptions | None = None) -> list[str]:
    """The words of one raw token that would be checked, ignoring its context."""
    opts = options or WordOptions()
    if _HAS_DIGIT.search(token):
        return []
    return [word for _, word in _parts(0, token, opts)]


def _parts(start: int, word: str, opts: WordOptions) -> Iterator[tuple[int, str]]:
    """A hyphenated word is checked part by part (Hunspell's BREAK does the same)."""
    offset = start
    for part in word.split("-"):
        clean = part.strip("'’")
        lead = len(part) - len(part.lstrip("'’"))
        if len(clean) >= opts.min_length and not _skip(clean, opts):
            yield offset + lead, clean
        offset += len(part) + 1


def _skip(word: str, opts: WordOptions) -> bool:
    if opts.ignore_allcaps and word.isupper():
        return True
    if opts.ignore_mixed_case and any(c.isupper() for c in word[1:]):
        return True
    return False
