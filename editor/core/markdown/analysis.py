"""One parse of a text revision, reused block by block: preview blocks, stats and outline.

The body is cut into *chunks* at lines where no Markdown block can reach across:
a blank line followed by a line that starts in column 0. A chunk whose last block
runs to its end (a list, an open fence, an unclosed HTML block) is joined with the
next one, so the cut never changes how the text parses. Each chunk is parsed on its
own with the document's reference definitions, and its result is kept by source:
the next revision re-parses only the chunks whose text changed (or, for chunks with
``[``, whose reference definitions changed). The chunking depends on the text alone,
so an analysis built from a previous one equals one built from scratch.

Footnotes number themselves across the whole document and gather at its end, so a
body that contains ``[^`` is parsed whole (as before), then split into blocks.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor.core.frontmatter.split import split
from editor.core.markdown.outline import Heading
from editor.core.markdown.parser import parser
from editor.core.markdown.render import render_header
from editor.core.markdown.stats import (
    CJK_PER_MINUTE,
    WORDS_PER_MINUTE,
    Stats,
    count_text,
    prose_text_of_tokens,
)

_LINE_ATTR = re.compile(r'data-line="(-?\d+)"')
# A block-only parse of a chunk: does a block run to its end; its own reference definitions.
_Shape = tuple[bool, dict[str, dict[str, Any]]]


class Block(NamedTuple):
    """One top-level block as the preview shows it."""

    key: str  # stable id: hash of its HTML (lines relative) and its ordinal among equal ones
    line: int  # first file line, 1-based
    relative_html: str  # ``data-line`` counted from ``line`` (0 = the block's first line)

    @property
    def html(self) -> str:
        return shift_lines(self.relative_html, self.line)


def shift_lines(html: str, delta: int) -> str:
    if not delta:
        return html
    return _LINE_ATTR.sub(lambda m: f'data-line="{int(m.group(1)) + delta}"', html)


@dataclass
class _Part:
    """A rendered top-level block inside a chunk, before the document gives it a key."""

    line: int  # 0-based body line, relative to its chunk
    relative_html: str
    digest: str


@dataclass
class _Chunk:
    parts: list[_Part]
    counts: tuple[int, int, int]  # characters, CJK characters, words of its prose
    headings: list[tuple[int, str, int]]  # level, text, 0-based line in the chunk


@dataclass(frozen=True)
class Analysis:
    """Everything the window shows about one text revision."""

    blocks: tuple[Block, ...]  # the post header first (when there is one), then the body
    stats: Stats
    headings: tuple[Heading, ...]
    _cache: dict[tuple[str, str], _Chunk] = field(default_factory=dict, repr=False, compare=False)
    _shapes: dict[str, _Shape] = field(default_factory=dict, repr=False, compare=False)

    @property
    def html(self) -> str:
        return "".join(block.html for block in self.blocks)


def analyse(text: str, previous: Analysis | None = None) -> Analysis:
    """Analyse ``text``, reusing the chunks of ``previous`` whose source is unchanged."""
    parts = split(text)
    offset = parts.body_start_line
    blocks: list[Block] = []
    header = render_header(parts.front_matter)
    if header:
        blocks.append(Block("", 1, shift_lines(header, -1)))
    if "[^" in parts.body:
        chunks = [(0, _parse_whole(parts.body))]
        cache: dict[tuple[str, str], _Chunk] = {}
        shapes: dict[str, _Shape] = {}
    else:
        old_cache = previous._cache if previous is not None else {}
        old_shapes = previous._shapes if previous is not None else {}
        chunks, cache, shapes = _parse_chunks(parts.body, old_cache, old_shapes)
    characters = cjk = words = 0
    headings: list[Heading] = []
    for start, chunk in chunks:
        for part in chunk.parts:
            blocks.append(Block(part.digest, start + part.line + offset + 1, part.relative_html))
        characters, cjk = characters + chunk.counts[0], cjk + chunk.counts[1]
        words += chunk.counts[2]
        for level, label, line in chunk.headings:
            headings.append(Heading(level, label, start + line + offset + 1))
    return Analysis(
        _with_keys(blocks), _stats(characters, cjk, words), tuple(headings), cache, shapes
    )


def _with_keys(blocks: list[Block]) -> tuple[Block, ...]:
    seen: dict[str, int] = {}
    keyed = []
    for block in blocks:
        digest = (
            block.key or hashlib.blake2b(block.relative_html.encode(), digest_size=8).hexdigest()
        )
        ordinal = seen.get(digest, 0)
        seen[digest] = ordinal + 1
        keyed.append(Block(f"{digest}-{ordinal}", block.line, block.relative_html))
    return tuple(keyed)


def _stats(characters: int, cjk: int, words: int) -> Stats:
    return Stats(characters, cjk, words, cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE)


# -- chunks ----------------------------------------------------------------------------------
def _cut_points(lines: list[str]) -> list[int]:
    """Line indexes where a new chunk may start (0 first, len(lines) last)."""
    points = [0]
    for index in range(1, len(lines)):
        line = lines[index]
        if line and line[0] not in " \t" and not lines[index - 1].strip():
            points.append(index)
    points.append(len(lines))
    return points


def _parse_chunks(
    body: str, old_cache: dict[tuple[str, str], _Chunk], old_shapes: dict[str, _Shape]
) -> tuple[list[tuple[int, _Chunk]], dict[tuple[str, str], _Chunk], dict[str, _Shape]]:
    lines = body.split("\n")
    shapes: dict[str, _Shape] = {}
    points = _cut_points(lines)
    # First pass: join pieces until no block reaches over a cut; collect reference definitions.
    spans: list[tuple[int, int, str]] = []
    refs: dict[str, dict[str, Any]] = {}
    index = 0
    while index < len(points) - 1:
        start, end_index = points[index], index + 1
        while True:
            end = points[end_index]
            source = "\n".join(lines[start:end])
            if end < len(lines):
                source += "\n"  # keep the blank line before the cut: open blocks reach over it
            shape = (
                shapes.get(source) or old_shapes.get(source) or _block_shape(source, end - start)
            )
            shapes[source] = shape
            reaches, own_refs = shape
            if not reaches or end_index == len(points) - 1:
                break
            end_index += 1
        for label, value in own_refs.items():
            refs.setdefault(label, value)
        spans.append((start, end, source))
        index = end_index
    fingerprint = repr(sorted(refs.items())) if refs else ""
    cache: dict[tuple[str, str], _Chunk] = {}
    chunks = []
    for start, _end, source in spans:
        key = (source, fingerprint if "[" in source else "")
        chunk = old_cache.get(key) or cache.get(key)
        if chunk is None:
            chunk = _parse_chunk(source, refs)
        cache[key] = chunk
        chunks.append((start, chunk))
    return chunks, cache, shapes


def _block_shape(source: str, line_count: int) -> _Shape:
    env: dict[str, Any] = {}
    tokens = _block_tokens(source, env)
    reaches = any(t.level == 0 and t.map is not None and t.map[1] >= line_count for t in tokens)
    return reaches, dict(env.get("references", {}))


def _block_tokens(source: str, env: dict[str, Any]) -> list[Token]:
    md = parser()
    state = StateCore(source, md, env)
    for rule in md.core.ruler.__rules__:
        if rule.enabled:
            rule.fn(state)
        if rule.name == "block":
            break
    return state.tokens


def _parse_chunk(source: str, refs: dict[str, dict[str, Any]]) -> _Chunk:
    env: dict[str, Any] = {"references": dict(refs)} if refs else {}
    tokens = parser().parse(source, env)
    return _chunk_of_tokens(tokens, env)


def _parse_whole(body: str) -> _Chunk:
    env: dict[str, Any] = {}
    return _chunk_of_tokens(parser().parse(body, env), env)


def _chunk_of_tokens(tokens: list[Token], env: dict[str, Any]) -> _Chunk:
    md = parser()
    parts: list[_Part] = []
    headings: list[tuple[int, str, int]] = []
    last_line = 0
    for first, stop in _top_level(tokens):
        head = tokens[first]
        base = head.map[0] if head.map is not None else last_line
        for token in tokens[first:stop]:
            if token.map is not None and token.nesting >= 0 and token.block:
                token.attrSet("data-line", str(token.map[0] - base))
        for index in range(first, stop):
            token = tokens[index]
            if token.type == "heading_open" and token.map is not None:
                label = "".join(
                    c.content
                    for c in tokens[index + 1].children or []
                    if c.type in ("text", "code_inline")
                )
                headings.append((int(token.tag[1]), label, token.map[0]))
        html = md.renderer.render(tokens[first:stop], md.options, env)
        digest = hashlib.blake2b(html.encode(), digest_size=8).hexdigest()
        parts.append(_Part(base, html, digest))
        last_line = head.map[1] if head.map is not None else last_line
    stats = count_text(prose_text_of_tokens(tokens))
    return _Chunk(parts, (stats.characters, stats.cjk_characters, stats.words), headings)


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
