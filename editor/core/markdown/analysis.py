"""One parse of a text revision, reused block by block: preview blocks, stats and outline.

The body is parsed chunk by chunk (:mod:`editor.core.markdown.chunks`): after an
edit only the chunks it touched are parsed again, and the result equals a parse of
the whole text. Each top-level block is rendered on its own, with ``data-line``
counted from its first line, so an unchanged block keeps its HTML and its key
wherever it moves. Footnotes number themselves across the whole document and
gather at its end, so a body that contains ``[^`` is parsed whole, then split.
"""

from __future__ import annotations

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

    @property
    def html(self) -> str:
        return "".join(block.html for block in self.blocks)


def analyse(
    text: str, previous: Analysis | None = None, dialect: Dialect | None = None
) -> Analysis:
    """Analyse ``text`` as ``dialect`` renders it, reusing what ``previous`` found in the parts
    that did not change (nothing is reused when the dialect or the front matter's values did:
    Liquid's ``{{ page.* }}`` and the generator's rules reach every block)."""
    dialect = dialect or DEFAULT
    front, parts = _split(text, previous.front if previous is not None else None)
    page = parts.front_matter.data if parts.front_matter and parts.front_matter.data else {}
    context = ParseContext(parser(dialect), {"kosei_dialect": dialect, "kosei_page": page})
    if previous is not None and (previous.dialect != dialect or previous.page != page):
        previous = replace(previous, chunking=None)
    offset = parts.body_start_line
    header = render_header(parts.front_matter)
    found: list[tuple[int, Chunk]]
    if "[^" in parts.body:
        chunking = None
        env = context.env()
        found = [(0, of_tokens(context.md.parse(parts.body, env), env, context.md))]
    else:
        old = previous.chunking if previous is not None else None
        chunking = chunk_body(parts.body, old, context)
        found = [(span.line, span.chunk) for span in chunking.spans if span.chunk is not None]
    blocks: list[Block] = []
    seen: dict[str, int] = {}

    def add(digest: str, line: int, html: str) -> None:
        ordinal = seen.get(digest, 0)
        seen[digest] = ordinal + 1
        blocks.append(Block(f"{digest}-{ordinal}", line, html))

    if header:
        html = shift_lines(header, -1)
        add(hashlib.blake2b(html.encode(), digest_size=8).hexdigest(), 1, html)
    characters = cjk = words = 0
    headings: list[Heading] = []
    for start, chunk in found:
        base = start + offset + 1
        for part in chunk.parts:
            add(part.digest, base + part.line, part.relative_html)
        characters, cjk = characters + chunk.counts[0], cjk + chunk.counts[1]
        words += chunk.counts[2]
        for level, label, line in chunk.headings:
            headings.append(Heading(level, label, base + line))
    stats = _stats(characters, cjk, words)
    fm = parts.front_matter
    valid = fm is None or fm.error is None
    return Analysis(tuple(blocks), stats, tuple(headings), front, chunking, dialect, page, valid)


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
