"""Find and replace over a plain string: no Qt, offsets are Python string offsets.

Options: match case, whole word, regular expression, width folding (see
``width_fold``) and a range to search in (the selection).

Whole word and Japanese: Japanese has no spaces, so a plain ``\\b`` would never find a
word inside a sentence. A match counts as a whole word when, at each end, the characters
on either side of the edge are not of the same kind. The kinds are: hiragana,
katakana (with ``ー`` and half-width katakana), kanji (with ``々``), and "word" (any other
letter, digit or ``_``); everything else (spaces, punctuation, symbols) is a boundary.
So ``カタカナ`` is a whole word in ``これはカタカナです``, ``日本`` is not one in
``日本語``, and ``cat`` is one in ``猫cat`` but not in ``cats``.

Regular expressions use Python's ``re`` with MULTILINE (``^``/``$`` match at each line).
Empty matches (``^``, ``x*``) are found as ``re.finditer`` finds them, so replacing ``^``
with ``> `` quotes every line; whole word never accepts an empty match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from editor.core.errors import SearchError
from editor.core.replace_template import Token, expand, parse_template
from editor.core.width_fold import FoldedText, fold_pattern, fold_width

Span = tuple[int, int]


@dataclass(frozen=True)
class SearchOptions:
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False
    fold_width: bool = False


@dataclass(frozen=True)
class Match:
    """A match in the original text; ``spans[0]`` is the match, then each regex group."""

    start: int
    end: int
    spans: tuple[Span | None, ...]


@dataclass(frozen=True)
class Query:
    text: str
    options: SearchOptions
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ReplaceResult:
    text: str
    count: int


def compile_query(query: str, options: SearchOptions) -> Query:
    """Compile ``query``; an invalid regular expression raises SearchError("pattern", ...)."""
    source = query if options.regex else re.escape(query)
    if options.fold_width:
        source = fold_pattern(source) if options.regex else re.escape(fold_width(query).text)
    flags = re.MULTILINE | (0 if options.match_case else re.IGNORECASE)
    try:
        pattern = re.compile(source, flags)
    except re.error as error:
        raise SearchError("pattern", error.msg, error.pos) from None
    except (OverflowError, RecursionError, ValueError) as error:
        raise SearchError("pattern", str(error)) from None
    return Query(query, options, pattern)


def word_kind(char: str) -> str | None:
    """The kind of a character for whole-word matching (see the module docstring)."""
    code = ord(char)
    if 0x3040 <= code <= 0x309F:
        return "hiragana"
    if 0x30A0 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "katakana"
    if (
        code in (0x3005, 0x3006, 0x3007)
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    ):
        return "kanji"
    if char.isalnum() or char == "_":
        return "word"
    return None


def is_word_edge(text: str, pos: int) -> bool:
    if pos <= 0 or pos >= len(text):
        return True
    before, after = word_kind(text[pos - 1]), word_kind(text[pos])
    return before is None or after is None or before != after


def _match_of(m: re.Match[str], folded: FoldedText | None) -> Match:
    spans: list[Span | None] = []
    for index in range((m.re.groups or 0) + 1):
        start, end = m.span(index)
        if start < 0:
            spans.append(None)
        elif folded is None or not folded.pieces:
            spans.append((start, end))
        elif start == end:
            pos = folded.to_original(start)
            spans.append((pos, pos))
        else:
            spans.append((folded.to_original(start), folded.to_original(end, is_end=True)))
    whole = spans[0]
    assert whole is not None
    return Match(whole[0], whole[1], tuple(spans))


def _whole_words(
    text: str, query: Query, haystack: str, lo: int, hi: int, folded: FoldedText | None
) -> Iterator[Match]:
    pos = lo
    while pos <= hi:
        m = query.pattern.search(haystack, pos, hi)
        if m is None:
            return
        match = _match_of(m, folded)
        if (
            match.end > match.start
            and is_word_edge(text, match.start)
            and is_word_edge(text, match.end)
        ):
            yield match
            pos = m.end()
        else:
            pos = m.start() + 1


def find_all(text: str, query: Query, start: int = 0, end: int | None = None) -> list[Match]:
    """Every match of ``query`` in ``text[start:end]``, in order, as original offsets."""
    end = len(text) if end is None else max(start, min(end, len(text)))
    start = max(0, min(start, end))
    if query.text == "":
        return []
    folded = fold_width(text) if query.options.fold_width else None
    haystack = folded.text if folded else text
    lo = folded.to_folded(start) if folded else start
    hi = folded.to_folded(end) if folded else end
    if query.options.whole_word:
        matches = list(_whole_words(text, query, haystack, lo, hi, folded))
    else:
        matches = [_match_of(m, folded) for m in query.pattern.finditer(haystack, lo, hi)]
    return _without_overlaps(matches) if folded and folded.pieces else matches


def _without_overlaps(matches: list[Match]) -> list[Match]:
    """Two matches inside one folded cluster (``￣`` folds to two characters) widen to the
    same original text; keep the first so replacements never overlap."""
    kept: list[Match] = []
    for match in matches:
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def template_tokens(query: Query, replacement: str) -> list[Token]:
    """Parse a replacement: literal text unless the query is a regex; raises SearchError."""
    if not query.options.regex:
        return [replacement] if replacement else []
    return parse_template(replacement, query.pattern.groupindex, query.pattern.groups)


def replacement_for(text: str, match: Match, tokens: list[Token]) -> str:
    return expand(tokens, text, match.spans)


def replace_all(
    text: str, query: Query, replacement: str, start: int = 0, end: int | None = None
) -> ReplaceResult:
    """Replace every match inside ``text[start:end]``; the rest of the text is untouched."""
    tokens = template_tokens(query, replacement)
    matches = find_all(text, query, start, end)
    if not matches:
        return ReplaceResult(text, 0)
    parts: list[str] = []
    copied = 0
    for match in matches:
        parts.append(text[copied : match.start])
        parts.append(expand(tokens, text, match.spans))
        copied = match.end
    parts.append(text[copied:])
    return ReplaceResult("".join(parts), len(matches))
