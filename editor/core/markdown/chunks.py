"""The body cut into chunks that parse the same alone as in the whole text, kept across edits.

A cut may fall before a line that starts in column 0 after a blank line: no block
crosses it unless one is still open there (a list, an open fence, an unclosed HTML
block), which the chunk's own block parse shows by running to its end; such a
chunk is joined with the following ones (one more cut, then two, four...: an
unclosed fence reaching the end costs a few parses of the rest, not one per
paragraph). After an edit only the chunks from the one holding its start up to
the first cut after it that starts an old chunk are found again; the old chunks
before are kept and the ones after are kept with their offsets shifted (two lists
of integers, so an edit costs the chunks it touched plus a small O(chunks)).
Chunks an edit replaced are remembered for a while, so closing a fence again finds
them instead of parsing them. A chunk is parsed again only when its text (or, for
text with ``[``, the document's reference definitions) changed. The result equals
a from-scratch run.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor.core.markdown.parser import parser
from editor.core.markdown.stats import count_text, prose_text_of_tokens

# The end of a blank line (or of the body's first, blank line) before a column-0 line.
_CUT = re.compile(r"(?:^|\n)[^\S\n]*\n(?=[^ \t\n])")
_BLOCK = 4096
_NEAR = 8  # old chunks from the edit on that are looked up by text when found again


@dataclass
class Part:
    """A rendered top-level block inside a chunk, before the document gives it a key."""

    line: int  # 0-based line of its first source line, relative to its chunk
    relative_html: str  # data-line counted from ``line``
    digest: str


@dataclass
class Chunk:
    parts: list[Part]
    counts: tuple[int, int, int]  # characters, CJK characters, words of its prose
    headings: list[tuple[int, str, int]]  # level, text, 0-based line in the chunk


class Span(NamedTuple):
    """A chunk's text and what it holds; where it sits is in :class:`Chunking`'s lists."""

    source: str
    reaches: bool  # a block runs to its end (only the last chunk keeps this)
    refs: dict[str, dict[str, Any]]  # its own reference definitions
    chunk: Chunk | None  # None until parsed with the document's reference definitions


class Window(NamedTuple):
    """Spans ``[first, old_stop)`` of the previous chunking became ``[first, new_stop)``;
    the ones after kept their text and moved by ``lines`` lines."""

    first: int
    old_stop: int
    new_stop: int
    lines: int


class Retired:
    """Chunks that edits replaced, by text, with the fingerprint they were parsed under.

    Shared along a chain of revisions: an entry is a fact about a text, true whichever
    revision reads it. Bounded by the characters it holds (oldest go first).
    """

    def __init__(self) -> None:
        self.spans: dict[str, tuple[Span, str]] = {}
        self.size = 0

    def add(self, spans: tuple[Span, ...], fingerprint: str, limit: int) -> None:
        for span in spans:
            if span.chunk is not None and span.source not in self.spans:
                self.spans[span.source] = (span, fingerprint)
                self.size += len(span.source)
        while self.size > limit and self.spans:
            oldest = next(iter(self.spans))
            self.size -= len(oldest)
            del self.spans[oldest]


@dataclass(frozen=True)
class Chunking:
    body: str
    spans: tuple[Span, ...]
    starts: list[int]  # character offset of each span in the body
    lines: list[int]  # 0-based body line of each span
    fingerprint: str  # of the document's reference definitions
    refs: dict[str, dict[str, Any]] = field(default_factory=dict)
    window: Window | None = None  # None: any span may differ from the previous chunking's
    retired: Retired = field(default_factory=Retired, repr=False, compare=False)


@dataclass(frozen=True)
class ParseContext:
    """The parser of the post's dialect and the env every chunk starts from (site, page)."""

    md: MarkdownIt
    base_env: Mapping[str, Any] = field(default_factory=dict)

    def env(self, refs: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
        out = dict(self.base_env)
        if refs:
            out["references"] = dict(refs)
        return out


def default_context() -> ParseContext:
    return ParseContext(parser())


def chunk_body(
    body: str,
    previous: Chunking | None = None,
    context: ParseContext | None = None,
    changed: tuple[int, int] | None = None,
) -> Chunking:
    """Chunks of ``body``, reusing ``previous``. ``changed`` = (prefix, suffix): at least this
    many characters at the start and at the end are known to equal ``previous.body``'s (the
    editor's edits say so); without it they are found by comparing the texts."""
    context = context or default_context()
    if previous is None or not previous.spans:
        first, starts, lines, _ = _greedy(body, 0, 0, _Known((), 0, None, ""), None, context)
        return _finish(body, tuple(first), starts, lines, None, None, context, Retired())
    old = previous.body
    old_spans, old_starts = previous.spans, previous.starts
    limit = min(len(old), len(body))
    if changed is not None:
        prefix = max(0, min(changed[0], limit))
        suffix = max(0, min(changed[1], limit - prefix))
    else:
        prefix = _common_prefix(old, body)
        suffix = _common_suffix(old, body, limit - prefix)
    # Old chunks wholly before the edit, with the line after them unchanged, are kept.
    kept = max(0, bisect.bisect_left(old_starts, prefix) - 1)
    shift, unchanged_from = len(body) - len(old), len(body) - suffix

    def sync(position: int) -> bool:
        if position < unchanged_from:
            return False
        index = bisect.bisect_left(old_starts, position - shift)
        return index < len(old_starts) and old_starts[index] == position - shift

    known = _Known(old_spans, kept, previous.retired, previous.fingerprint)
    found, starts, lines, resumed = _greedy(
        body, old_starts[kept], previous.lines[kept], known, sync, context
    )
    old_stop = len(old_spans)
    tail_starts: list[int] = []
    tail_lines: list[int] = []
    delta = 0
    if resumed is not None:
        old_stop = bisect.bisect_left(old_starts, resumed - shift)
        delta = (lines[-1] + found[-1].source.count("\n")) - previous.lines[old_stop]
        tail_starts = [start + shift for start in old_starts[old_stop:]]
        tail_lines = [line + delta for line in previous.lines[old_stop:]]
    window = Window(kept, old_stop, kept + len(found), delta)
    previous.retired.add(old_spans[kept:old_stop], previous.fingerprint, max(len(body), 1 << 16))
    all_spans = old_spans[:kept] + tuple(found) + old_spans[old_stop:]
    all_starts = previous.starts[:kept] + starts + tail_starts
    all_lines = previous.lines[:kept] + lines + tail_lines
    return _finish(
        body, all_spans, all_starts, all_lines, previous, window, context, previous.retired
    )


def _finish(
    body: str,
    spans: tuple[Span, ...],
    starts: list[int],
    lines: list[int],
    previous: Chunking | None,
    window: Window | None,
    context: ParseContext,
    retired: Retired,
) -> Chunking:
    """The document's reference definitions, then a parse of every chunk that needs one."""
    if previous is not None and window is not None:
        touched = spans[window.first : window.new_stop]
        dropped = previous.spans[window.first : window.old_stop]
        same_refs = not any(span.refs for span in touched) and not any(s.refs for s in dropped)
    else:
        same_refs = False
    if same_refs and previous is not None:
        refs, fingerprint = previous.refs, previous.fingerprint
    else:
        refs = {}
        for span in spans:
            for label, value in span.refs.items():
                refs.setdefault(label, value)
        fingerprint = repr(sorted(refs.items())) if refs else ""
    if previous is not None and fingerprint != previous.fingerprint:
        window = None  # every chunk that may use a definition is parsed again
        spans = tuple(
            span._replace(chunk=parse(span.source, refs, context))
            if span.chunk is None or "[" in span.source
            else span
            for span in spans
        )
    elif window is not None:
        middle = tuple(
            span
            if span.chunk is not None
            else span._replace(chunk=parse(span.source, refs, context))
            for span in spans[window.first : window.new_stop]
        )
        spans = spans[: window.first] + middle + spans[window.new_stop :]
    else:
        spans = tuple(
            span
            if span.chunk is not None
            else span._replace(chunk=parse(span.source, refs, context))
            for span in spans
        )
    return Chunking(body, spans, starts, lines, fingerprint, refs, window, retired)


class _Known:
    """Chunks whose text may be found again: the old ones just after the edit, the retired."""

    def __init__(
        self, old: tuple[Span, ...], first: int, retired: Retired | None, fingerprint: str
    ) -> None:
        self._near = {span.source: span for span in old[first : first + _NEAR]}
        self._retired = retired
        self._fingerprint = fingerprint

    def get(self, source: str) -> Span | None:
        span = self._near.get(source)
        if span is not None or self._retired is None:
            return span
        entry = self._retired.spans.get(source)
        if entry is None:
            return None
        span, fingerprint = entry
        if fingerprint != self._fingerprint and "[" in source:
            return span._replace(chunk=None)  # parsed under other definitions: parse again
        return span


def _cuts(body: str, start: int) -> Iterator[int]:
    for match in _CUT.finditer(body, start):
        if match.end() > start:
            yield match.end()
    yield len(body)


def _greedy(
    body: str,
    start: int,
    line: int,
    known: _Known,
    sync: Callable[[int], bool] | None,
    context: ParseContext,
) -> tuple[list[Span], list[int], list[int], int | None]:
    """Chunks from ``start`` to the end, or up to a cut where ``sync`` says the old ones resume:
    (spans, their starts, their lines, where the old ones resume or None)."""
    spans: list[Span] = []
    starts: list[int] = []
    lines: list[int] = []
    ends = _cuts(body, start)
    position = start
    while True:
        end = next(ends)
        step = 1
        while True:
            source = body[position:end]
            last = end >= len(body)
            old = known.get(source)
            if old is not None:
                reaches, refs = old.reaches, old.refs
            else:
                count = source.count("\n") + (0 if source.endswith("\n") else 1)
                reaches, refs = _shape(source, count, context)
            if not reaches or last:
                break
            for _ in range(step):  # a block is still open: take in more cuts, twice as many
                end = next(ends)
                if end >= len(body):
                    break
            step *= 2
        chunk = old.chunk if old is not None else None
        spans.append(Span(source, reaches, refs, chunk))
        starts.append(position)
        lines.append(line)
        line += source.count("\n")
        position = end
        if last:
            return spans, starts, lines, None
        if sync is not None and sync(position):
            return spans, starts, lines, position


def _shape(
    source: str, line_count: int, context: ParseContext
) -> tuple[bool, dict[str, dict[str, Any]]]:
    """A block-only parse: does a block run to the end; the reference definitions."""
    md = context.md
    env = context.env()
    state = StateCore(source, md, env)
    for rule in md.core.ruler.__rules__:
        if rule.enabled:
            rule.fn(state)
        if rule.name == "block":
            break
    reaches = any(
        t.level == 0 and t.map is not None and t.map[1] >= line_count for t in state.tokens
    )
    return reaches, dict(env.get("references", {}))


def _common_prefix(a: str, b: str) -> int:
    limit = min(len(a), len(b))
    index = 0
    while index < limit and a[index : index + _BLOCK] == b[index : index + _BLOCK]:
        index += _BLOCK
    index = min(index, limit)
    while index < limit and a[index] == b[index]:
        index += 1
    return index


def _common_suffix(a: str, b: str, limit: int) -> int:
    count = 0
    while count < limit:
        step = min(_BLOCK, limit - count)
        if a[len(a) - count - step : len(a) - count] != b[len(b) - count - step : len(b) - count]:
            break
        count += step
    while count < limit and a[len(a) - count - 1] == b[len(b) - count - 1]:
        count += 1
    return count


# -- parsing one chunk -----------------------------------------------------------------------
def parse(
    source: str, refs: dict[str, dict[str, Any]], context: ParseContext | None = None
) -> Chunk:
    context = context or default_context()
    env = context.env(refs)
    return of_tokens(context.md.parse(source, env), env, context.md)


def of_tokens(tokens: list[Token], env: dict[str, Any], md: MarkdownIt | None = None) -> Chunk:
    """Render each top-level block of ``tokens`` on its own, with the shared ``env``."""
    md = md or parser()
    parts: list[Part] = []
    headings: list[tuple[int, str, int]] = []
    last_line = 0
    for first, stop in _top_level(tokens):
        head = tokens[first]
        base = head.map[0] if head.map is not None else last_line
        for index in range(first, stop):
            token = tokens[index]
            if token.map is not None and token.nesting >= 0 and token.block:
                token.attrSet("data-line", str(token.map[0] - base))
            if token.type == "heading_open" and token.map is not None:
                label = "".join(
                    c.content
                    for c in tokens[index + 1].children or []
                    if c.type in ("text", "code_inline")
                )
                headings.append((int(token.tag[1]), label, token.map[0]))
        html = md.renderer.render(tokens[first:stop], md.options, env)
        digest = hashlib.blake2b(html.encode(), digest_size=8).hexdigest()
        parts.append(Part(base, html, digest))
        last_line = head.map[1] if head.map is not None else last_line
    stats = count_text(prose_text_of_tokens(tokens))
    return Chunk(parts, (stats.characters, stats.cjk_characters, stats.words), headings)


def _top_level(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, stop) index ranges of the top-level blocks in ``tokens``."""
    ranges = []
    index = 0
    while index < len(tokens):
        depth, stop = 0, index
        while stop < len(tokens):
            depth += tokens[stop].nesting
            stop += 1
            if depth <= 0:
                break
        ranges.append((index, stop))
        index = stop
    return ranges
