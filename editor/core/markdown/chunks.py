"""The body cut into chunks that parse the same alone as in the whole text, kept across edits.

A cut may fall before a line that starts in column 0 after a blank line: no block
crosses it unless one is still open there (a list, an open fence, an unclosed HTML
block), which the chunk's own block parse shows by running to its end; such a
chunk is joined with the next. Chunks are found left to right, so after an edit
only the chunks from the last unchanged one before the edit up to the first cut
after it that starts an old chunk are found again; the rest are reused (shifted),
and a chunk is parsed again only when its text (or, for text with ``[``, the
document's reference definitions) changed. The result equals a from-scratch run.
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
    start: int  # character offset in the body
    line: int  # 0-based body line
    source: str
    reaches: bool  # a block runs to its end (only the last chunk keeps this)
    refs: dict[str, dict[str, Any]]  # its own reference definitions
    chunk: Chunk | None  # None until parsed with the document's reference definitions


@dataclass(frozen=True)
class Chunking:
    body: str
    spans: tuple[Span, ...]
    fingerprint: str  # of the document's reference definitions


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
    body: str, previous: Chunking | None = None, context: ParseContext | None = None
) -> Chunking:
    context = context or default_context()
    old_spans = previous.spans if previous is not None else ()
    by_source = {span.source: span for span in old_spans}
    if previous is None or not old_spans:
        found = _greedy(body, 0, 0, by_source, None, context)[0]
        head: list[Span] = []
        tail: list[Span] = []
    else:
        old = previous.body
        prefix = _common_prefix(old, body)
        suffix = _common_suffix(old, body, min(len(old), len(body)) - prefix)
        kept = 0  # old chunks wholly before the edit, with the line after them unchanged
        while kept < len(old_spans) and _end(old_spans[kept]) < prefix:
            kept += 1
        first = old_spans[kept]
        shift, unchanged_from = len(body) - len(old), len(body) - suffix
        starts = [span.start for span in old_spans]

        def sync(position: int, _line: int) -> bool:
            if position < unchanged_from:
                return False
            index = bisect.bisect_left(starts, position - shift)
            return index < len(starts) and starts[index] == position - shift

        found, resumed = _greedy(body, first.start, first.line, by_source, sync, context)
        head = list(old_spans[:kept])
        tail = []
        if resumed is not None:
            index = bisect.bisect_left(starts, resumed - shift)
            delta = (found[-1].line + found[-1].source.count("\n")) - old_spans[index].line
            tail = [_moved(span, shift, delta) for span in old_spans[index:]]
    spans = head + found + tail
    refs: dict[str, dict[str, Any]] = {}
    for span in spans:
        for label, value in span.refs.items():
            refs.setdefault(label, value)
    fingerprint = repr(sorted(refs.items())) if refs else ""
    again = previous is not None and fingerprint != previous.fingerprint
    spans = [
        span._replace(chunk=parse(span.source, refs, context))
        if span.chunk is None or (again and "[" in span.source)
        else span
        for span in spans
    ]
    return Chunking(body, tuple(spans), fingerprint)


def _end(span: Span) -> int:
    return span.start + len(span.source)


def _moved(span: Span, shift: int, delta: int) -> Span:
    return span._replace(start=span.start + shift, line=span.line + delta)


def _cuts(body: str, start: int) -> Iterator[int]:
    for match in _CUT.finditer(body, start):
        if match.end() > start:
            yield match.end()
    yield len(body)


def _greedy(
    body: str,
    start: int,
    line: int,
    known: dict[str, Span],
    sync: Callable[[int, int], bool] | None,
    context: ParseContext,
) -> tuple[list[Span], int | None]:
    """Chunks from ``start`` to the end, or up to a cut where ``sync`` says the old ones resume."""
    spans: list[Span] = []
    ends = _cuts(body, start)
    position = start
    while True:
        end = next(ends)
        while True:
            source = body[position:end]
            last = end >= len(body)
            old = known.get(source)
            if old is not None:
                reaches, refs = old.reaches, old.refs
            else:
                lines = source.count("\n") + (1 if last else 0)
                reaches, refs = _shape(source, lines, context)
            if not reaches or last:
                break
            end = next(ends)
        chunk = old.chunk if old is not None else None
        spans.append(Span(position, line, source, reaches, refs, chunk))
        line += source.count("\n")
        position = end
        if last:
            return spans, None
        if sync is not None and sync(position, line):
            return spans, position


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
