"""One parse of a text revision, reused block by block: preview blocks, stats and outline.

The body is parsed chunk by chunk (:mod:`editor.core.markdown.chunks`): after an
edit only the chunks it touched are parsed again, and the result equals a parse of
the whole text. Each top-level block is rendered on its own, with ``data-line``
counted from its first line, so an unchanged block keeps its HTML and its key
wherever it moves. Footnotes number themselves across the whole document and
gather at its end, so a body that contains ``[^`` is parsed whole, then split.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from editor.core.frontmatter.split import Split, split
from editor.core.markdown.chunks import Chunk, Chunking, ParseContext, chunk_body, of_tokens
from editor.core.markdown.dialects import DEFAULT, Dialect
from editor.core.markdown.outline import Heading
from editor.core.markdown.parser import parser
from editor.core.markdown.render import render_header
from editor.core.markdown.spanning import pair_spans_blank_line
from editor.core.markdown.stats import CJK_PER_MINUTE, WORDS_PER_MINUTE, Stats

_LINE_ATTR = re.compile(r'data-line="(-?\d+)"')


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


@dataclass(frozen=True)
class Layout:
    """Where each chunk's blocks sit in ``Analysis.blocks``: what the next edit reuses."""

    chunking: Chunking
    first_block: list[int]  # index in ``blocks`` of each chunk's first block
    offset: int  # body_start_line
    header: Block | None
    digests: dict[str, int]  # how many blocks have each digest
    totals: tuple[int, int, int]  # characters, CJK characters, words


@dataclass(frozen=True)
class Analysis:
    """Everything the window shows about one text revision."""

    blocks: tuple[Block, ...]  # the post header first (when there is one), then the body
    stats: Stats
    headings: tuple[Heading, ...]
    front: tuple[str, Split] | None = field(default=None, repr=False, compare=False)
    chunking: Chunking | None = field(default=None, repr=False, compare=False)
    dialect: Dialect | None = field(default=None, repr=False, compare=False)
    page: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # False while the front matter does not parse (mid-edit): the window keeps the header
    # block of the last revision that did, rather than flicker to no title.
    header_valid: bool = True
    text: str = field(default="", repr=False, compare=False)  # the revision analysed
    layout: Layout | None = field(default=None, repr=False, compare=False)
    footnote_marks: int = field(default=-1, repr=False, compare=False)  # "[^" in the body

    @property
    def html(self) -> str:
        return "".join(block.html for block in self.blocks)


def analyse(
    text: str,
    previous: Analysis | None = None,
    dialect: Dialect | None = None,
    changed: tuple[int, int] | None = None,
) -> Analysis:
    """Analyse ``text`` as ``dialect`` renders it, reusing what ``previous`` found in the parts
    that did not change (nothing is reused when the dialect or the front matter's values did:
    Liquid's ``{{ page.* }}`` and the generator's rules reach every block).

    ``changed`` = (prefix, suffix) says that at least that many characters at the start and
    at the end of ``text`` equal ``previous.text``'s (the editor knows from its edits), so
    the texts are not compared."""
    dialect = dialect or DEFAULT
    front, parts = _split(text, previous.front if previous is not None else None)
    page = parts.front_matter.data if parts.front_matter and parts.front_matter.data else {}
    context = ParseContext(parser(dialect), {"kosei_dialect": dialect, "kosei_page": page})
    if previous is not None and (previous.dialect != dialect or previous.page != page):
        previous = replace(previous, chunking=None, layout=None)
    offset = parts.body_start_line
    header = render_header(parts.front_matter)
    fm = parts.front_matter
    valid = fm is None or fm.error is None
    header_block = None
    if header:
        html = shift_lines(header, -1)
        header_block = Block(
            f"{hashlib.blake2b(html.encode(), digest_size=8).hexdigest()}-0", 1, html
        )
    head = len(front[0])
    body_changed = _body_changed(text, previous, changed, head)
    marks = _footnote_marks(text, head, parts.body, previous, body_changed)
    liquid, hugo = dialect.generator in LIQUID_GENERATORS, dialect.generator in HUGO_GENERATORS
    if marks or pair_spans_blank_line(parts.body, liquid, hugo):
        env = context.env()
        chunk = of_tokens(context.md.parse(parts.body, env), env, context.md)
        blocks, headings, stats, _ = _assemble(header_block, [(0, chunk)], offset)
        return Analysis(
            blocks, stats, headings, front, None, dialect, page, valid, text, None, marks
        )
    old = previous.chunking if previous is not None else None
    chunking = chunk_body(parts.body, old, context, body_changed)
    layout = previous.layout if previous is not None else None
    if layout is not None and (
        layout.chunking is not old
        or chunking.window is None
        or layout.offset != offset
        or layout.header != header_block
    ):
        layout = None
    if layout is not None and previous is not None:
        patched = _patch(previous, layout, chunking)
        if patched is not None:
            blocks, headings, stats, new_layout = patched
            return Analysis(
                blocks, stats, headings, front, chunking, dialect, page, valid, text, new_layout, 0
            )
    found = [(line, span.chunk) for line, span in zip(chunking.lines, chunking.spans, strict=True)]
    blocks, headings, stats, firsts = _assemble(header_block, found, offset)
    counts: dict[str, int] = {}
    for block in blocks:
        digest = _digest(block)
        counts[digest] = counts.get(digest, 0) + 1
    totals = (stats.characters, stats.cjk_characters, stats.words)
    new_layout = Layout(chunking, firsts, offset, header_block, counts, totals)
    return Analysis(
        blocks, stats, headings, front, chunking, dialect, page, valid, text, new_layout
    )


# The generators whose template tags the parser reads (as ``parser`` enables them).
LIQUID_GENERATORS = ("jekyll", "eleventy", "generic")
HUGO_GENERATORS = ("hugo", "generic")


def _body_changed(
    text: str, previous: Analysis | None, changed: tuple[int, int] | None, head: int
) -> tuple[int, int] | None:
    """``changed`` in body coordinates, when it describes ``previous`` and spares the head."""
    if changed is None or previous is None or not previous.text or previous.front is None:
        return None
    if len(previous.front[0]) != head or changed[0] < head:
        return None
    prefix, suffix = changed
    if prefix + suffix > min(len(text), len(previous.text)):
        return None  # not about these two texts
    return prefix - head, suffix


def _footnote_marks(
    text: str, head: int, body: str, previous: Analysis | None, changed: tuple[int, int] | None
) -> int:
    """How many ``[^`` the body holds: counted in the edit (and a character either side) and
    carried over from ``previous`` when the edit is known, else counted in the whole body."""
    if changed is None or previous is None or previous.footnote_marks < 0:
        return body.count("[^")
    prefix, suffix = changed
    old = previous.text
    old_start, new_start = head + max(0, prefix - 1), head + max(0, prefix - 1)
    gone = old.count("[^", old_start, min(len(old), len(old) - suffix + 1))
    came = text.count("[^", new_start, min(len(text), len(text) - suffix + 1))
    return previous.footnote_marks - gone + came


def _digest(block: Block) -> str:
    return block.key.rpartition("-")[0]


def _assemble(
    header: Block | None, found: list[tuple[int, Chunk | None]], offset: int
) -> tuple[tuple[Block, ...], tuple[Heading, ...], Stats, list[int]]:
    """Blocks with keys (digest and ordinal among equal ones), headings and stats, from scratch."""
    blocks: list[Block] = []
    seen: dict[str, int] = {}
    firsts: list[int] = []
    if header is not None:
        blocks.append(header)
        seen[_digest(header)] = 1
    characters = cjk = words = 0
    headings: list[Heading] = []
    for start, chunk in found:
        firsts.append(len(blocks))
        if chunk is None:
            continue
        _add_chunk(chunk, start + offset + 1, seen, blocks, headings)
        characters, cjk = characters + chunk.counts[0], cjk + chunk.counts[1]
        words += chunk.counts[2]
    return tuple(blocks), tuple(headings), _stats(characters, cjk, words), firsts


def _add_chunk(
    chunk: Chunk, base: int, seen: dict[str, int], blocks: list[Block], headings: list[Heading]
) -> None:
    """Append the chunk's blocks (keyed by digest and ordinal) and headings; ``base`` is the
    file line of its first line."""
    for part in chunk.parts:
        ordinal = seen.get(part.digest, 0)
        seen[part.digest] = ordinal + 1
        blocks.append(Block(f"{part.digest}-{ordinal}", base + part.line, part.relative_html))
    for level, label, line in chunk.headings:
        headings.append(Heading(level, label, base + line))


def _patch(
    previous: Analysis, layout: Layout, chunking: Chunking
) -> tuple[tuple[Block, ...], tuple[Heading, ...], Stats, Layout] | None:
    """The previous blocks with only the edit's window rebuilt; None when a digest of the
    window also occurs outside it (then ordinals elsewhere may move: start from scratch)."""
    window = chunking.window
    assert window is not None
    old_chunking = layout.chunking
    old_firsts = layout.first_block
    old_blocks = previous.blocks
    b0 = old_firsts[window.first] if window.first < len(old_firsts) else len(old_blocks)
    b1 = old_firsts[window.old_stop] if window.old_stop < len(old_firsts) else len(old_blocks)
    removed: dict[str, int] = {}
    for block in old_blocks[b0:b1]:
        digest = _digest(block)
        removed[digest] = removed.get(digest, 0) + 1
    middle: list[Block] = []
    firsts: list[int] = []
    seen: dict[str, int] = {}
    characters = cjk = words = 0
    headings: list[Heading] = []
    offset = layout.offset
    for index in range(window.first, window.new_stop):
        chunk = chunking.spans[index].chunk
        firsts.append(b0 + len(middle))
        assert chunk is not None
        _add_chunk(chunk, chunking.lines[index] + offset + 1, seen, middle, headings)
        characters, cjk = characters + chunk.counts[0], cjk + chunk.counts[1]
        words += chunk.counts[2]
    counts = layout.digests
    for digest in set(removed) | set(seen):
        if counts.get(digest, 0) - removed.get(digest, 0):
            return None
    counts = dict(counts)
    for digest, count in removed.items():
        counts[digest] -= count
        if not counts[digest]:
            del counts[digest]
    for digest, count in seen.items():
        counts[digest] = count
    for span in old_chunking.spans[window.first : window.old_stop]:
        assert span.chunk is not None
        characters -= span.chunk.counts[0]
        cjk -= span.chunk.counts[1]
        words -= span.chunk.counts[2]
    old_totals = layout.totals
    totals = (old_totals[0] + characters, old_totals[1] + cjk, old_totals[2] + words)
    delta = window.lines
    tail = old_blocks[b1:]
    if delta:
        tail = tuple([Block(block.key, block.line + delta, block.relative_html) for block in tail])
    blocks = old_blocks[:b0] + tuple(middle) + tail
    moved = len(middle) - (b1 - b0)
    new_firsts = old_firsts[: window.first] + firsts
    new_firsts += [first + moved for first in old_firsts[window.old_stop :]]
    # Headings: those of the kept chunks before, the window's, the later ones shifted.
    old_headings = previous.headings
    start_line = old_chunking.lines[window.first] + offset + 1
    stop_line = (
        old_chunking.lines[window.old_stop] + offset + 1
        if window.old_stop < len(old_chunking.lines)
        else None
    )
    lines = [heading.line for heading in old_headings]
    low = bisect.bisect_left(lines, start_line)
    high = len(lines) if stop_line is None else bisect.bisect_left(lines, stop_line)
    later = old_headings[high:]
    if delta:
        later = tuple(Heading(h.level, h.text, h.line + delta) for h in later)
    all_headings = old_headings[:low] + tuple(headings) + later
    new_layout = Layout(chunking, new_firsts, offset, layout.header, counts, totals)
    return blocks, all_headings, _stats(*totals), new_layout


def _split(text: str, old: tuple[str, Split] | None) -> tuple[tuple[str, Split], Split]:
    """Front matter and body; the old split is reused while the front matter is untouched."""
    if old is not None:
        head, parts = old
        if parts.front_matter is not None and head.endswith("\n") and text.startswith(head):
            body = text[len(head) :]
            return old, Split(parts.front_matter, body, parts.body_start_line)
    parts = split(text)
    if parts.front_matter is None:
        return ("", parts), parts
    head = text[: len(text) - len(parts.body)]
    return (head, parts), parts


def _stats(characters: int, cjk: int, words: int) -> Stats:
    return Stats(characters, cjk, words, cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE)
