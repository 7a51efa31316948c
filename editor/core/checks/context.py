"""Everything a rule needs to look at one document, computed once per run."""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from pathlib import Path
from typing import Any

from editor.core.checks.blocks import Block, BlockTemplate, parse_chunk
from editor.core.checks.chunking import Chunking, rechunk
from editor.core.checks.findings import Span
from editor.core.checks.marker_text import find_marker_lines
from editor.core.checks.options import CheckOptions
from editor.core.checks.safety import Remainder, join_pieces, pieces
from editor.core.checks.tally import Joined, Tally
from editor.core.checks.templates import wrapped_code_rows
from editor.core.frontmatter.split import Split, split


class CheckCache:
    """Per-chunk parse and analysis results kept between runs by the caller.

    Keyed by chunk text, so an edit invalidates only the chunk it touches.
    Entries not used by the last run are dropped so the cache tracks the
    document instead of growing with its history. Document-wide counts are kept
    segment by segment (:mod:`editor.core.checks.tally`), and rules may keep
    their own per-chunk results in :meth:`store`. Not thread-safe: use one
    cache per worker (the UI runs one check at a time).
    """

    def __init__(self) -> None:
        self._chunks: dict[str, tuple[BlockTemplate, ...]] = {}
        self._used: set[str] = set()
        self.pairs: object | None = None  # repeats.PairStore, kept between runs
        self.chunking: Chunking | None = None  # the body's chunks at the last run
        self.reading: object | None = None  # markdown.chunks.Chunking of the reading time
        self.tallies: dict[str, Tally] = {}
        self.joins: dict[str, Joined] = {}
        self._stores: dict[str, dict[Any, Any]] = {}
        self._stores_used: dict[str, dict[Any, Any]] = {}
        self.hits = 0
        self.misses = 0

    def chunk(self, text: str) -> tuple[BlockTemplate, ...]:
        self._used.add(text)
        found = self._chunks.get(text)
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        found = parse_chunk(text)
        self._chunks[text] = found
        return found

    def store(self, name: str) -> tuple[dict[Any, Any], dict[Any, Any]]:
        """(last run's entries, this run's entries) of the per-chunk store ``name``: a rule
        looks a key up in the first and puts what it uses into the second, so entries the
        document no longer has are dropped at the end of the run."""
        used = self._stores_used.setdefault(name, {})
        return self._stores.get(name, {}), used

    def start_run(self) -> None:
        self._used = set()
        self._stores_used = {}

    def end_run(self) -> None:
        for text in [t for t in self._chunks if t not in self._used]:
            del self._chunks[text]
        self._stores = self._stores_used
        self._stores_used = {}


@dataclass
class CheckContext:
    text: str
    path: Path | None = None
    options: CheckOptions = field(default_factory=CheckOptions)
    cache: CheckCache | None = None
    shared: dict[str, Any] = field(default_factory=dict)  # results rules share (e.g. repeats)

    def __post_init__(self) -> None:
        self.lines = self.text.split("\n")
        self.line_starts = [0, *accumulate(len(line) + 1 for line in self.lines)]

    # -- structure ----------------------------------------------------------------------------
    @cached_property
    def split(self) -> Split:
        return split(self.text)

    @property
    def body_start_line(self) -> int:
        return self.split.body_start_line

    @cached_property
    def title(self) -> str | None:
        fm = self.split.front_matter
        if fm is None or not fm.data:
            return None
        title = fm.data.get("title")
        return str(title) if isinstance(title, str | int | float) and str(title).strip() else None

    @cached_property
    def chunks(self) -> list[tuple[int, str]]:
        """(0-based file line, text) of the body's independent chunks
        (:func:`~editor.core.checks.blocks.chunk_lines`), in order; with a cache, only the
        chunks around the edit since the last run are found again."""
        first = self.body_start_line
        body_lines = self.lines[first:]
        body = self.text[self.line_starts[first] :] if first < len(self.lines) else ""
        previous = self.cache.chunking if self.cache is not None else None
        found = rechunk(body, body_lines, previous)
        if self.cache is not None:
            self.cache.chunking = found
        return [
            (first + start, text) for start, text in zip(found.starts, found.texts, strict=True)
        ]

    @cached_property
    def _parsed(self) -> CheckCache:
        """Where the chunks' blocks are kept: the caller's cache, or one for this run."""
        return self.cache or CheckCache()

    def chunk_blocks(self, text: str) -> tuple[BlockTemplate, ...]:
        """The blocks of one of :attr:`chunks` (lines relative to the chunk)."""
        return self._parsed.chunk(text)

    @cached_property
    def blocks(self) -> list[Block]:
        out: list[Block] = []
        cache = self._parsed
        for line, text in self.chunks:
            templates = cache.chunk(text)
            chunk_base = self.line_starts[line]
            for template in templates:
                out.append(
                    Block(
                        len(out),
                        template.kind,
                        line + template.start,
                        line + template.end,
                        chunk_base + template.offset,
                        template,
                    )
                )
        return out

    def store(self, name: str) -> tuple[dict[Any, Any], dict[Any, Any]]:
        """A rule's per-chunk results kept between runs (see :meth:`CheckCache.store`)."""
        if self.cache is None:
            fresh: dict[Any, Any] = self.shared.setdefault(f"store:{name}", {})
            return fresh, fresh
        return self.cache.store(name)

    def segments(self, whole: bool = True) -> list[str]:
        """The body's chunk texts, after the front matter when ``whole``: joined with newlines
        they are the text (or the body)."""
        texts = [text for _line, text in self.chunks]
        head = self.text[: self.line_starts[self.body_start_line]] if whole else ""
        return [head, *texts] if head else texts

    def tally(self, name: str, count: Callable[[str], Iterable[str]], whole: bool) -> Counter[str]:
        """``Counter(count(text))`` of the text (``whole``) or the body, kept between runs
        segment by segment (see :mod:`editor.core.checks.tally`); ``count`` must be the same
        function for a name and must not look across a newline."""
        done = self.shared.get(f"tally:{name}")
        if done is not None:
            return done
        tallies = self.cache.tallies if self.cache is not None else {}
        found = tallies.setdefault(name, Tally(count))
        self.shared[f"tally:{name}"] = counts = found.update(self.segments(whole))
        return counts

    def joined(self, name: str, transform: Callable[[str], str]) -> str:
        """``transform(text)`` for a transform of each line on its own that drops newlines,
        kept between runs segment by segment."""
        joins = self.cache.joins if self.cache is not None else {}
        return joins.setdefault(name, Joined(transform)).of(self.segments())

    @cached_property
    def remainder(self) -> Remainder:
        """The post's words and clauses, for the safety of fixes (one per run)."""
        counts = self.tally("pieces", pieces, whole=True)
        return Remainder(self.text, counts, lambda _text: self.joined("pieces", join_pieces))

    @cached_property
    def prose_blocks(self) -> list[Block]:
        """Paragraphs and headings with some prose, in document order."""
        wrapped = self.template_code_rows
        return [
            b
            for b in self.blocks
            if b.prose is not None
            and len(b.prose.norm) > 0
            and not self.is_marker_block(b.start, b.end)
            and b.start not in wrapped
            and not self._code_like(b)
        ]

    def _code_like(self, block: Block) -> bool:
        """A paragraph whose lines are mostly indented (a listing pasted as text)."""
        rows = self.lines[block.start : block.end]
        if len(rows) < 3:
            return False
        indented = sum(1 for row in rows if row.startswith(("\t", "    ")))
        return indented * 2 >= len(rows)

    @cached_property
    def template_code_rows(self) -> set[int]:
        """Rows inside ``{{< code >}}``/``{% highlight %}`` pairs: code, not prose."""
        if "{" not in self.text:
            return set()
        return wrapped_code_rows(self.lines, self.body_start_line)

    @cached_property
    def marker_lines(self) -> dict[int, tuple[str, bool]]:
        """0-based line -> (marker text, is_preamble): leftover markers outside code and HTML."""
        # Found chunk by chunk (a line's verdict depends on it and its chunk's blocks only)
        # and kept per chunk text between runs.
        blocks = self.blocks
        block_starts = [block.start for block in blocks]
        old, used = self.store("markers")
        found: dict[int, tuple[str, bool]] = {}
        for line, text in self.chunks:
            rows = used.get(text)
            if rows is None:
                rows = old.get(text)
            if rows is None:
                end = line + text.count("\n") + 1
                skip: set[int] = set()
                for index in range(bisect_left(block_starts, line), len(blocks)):
                    block = blocks[index]
                    if block.start >= end:
                        break
                    if block.kind in ("code", "html", "table"):
                        skip.update(range(block.start - line, block.end - line))
                rows = find_marker_lines(text.split("\n"), skip, 0)
            used[text] = rows
            for row, value in rows.items():
                found[line + row] = value
        return found

    @cached_property
    def _marker_rows(self) -> list[int]:
        return sorted(self.marker_lines)

    def is_marker_block(self, start: int, end: int) -> bool:
        """True when every non-blank line of [start, end) is a marker."""
        markers = self.marker_lines
        if not markers:
            return False
        rows = self._marker_rows  # no marker in the range: not a marker block
        at = bisect_left(rows, start)
        if at == len(rows) or rows[at] >= end:
            return False
        rows = [r for r in range(start, end) if self.lines[r].strip()]
        return bool(rows) and all(r in markers for r in rows)

    # -- positions ----------------------------------------------------------------------------
    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a file offset."""
        row = bisect_right(self.line_starts, offset) - 1
        row = max(0, min(row, len(self.lines) - 1))
        return row + 1, offset - self.line_starts[row] + 1

    def span(self, start: int, end: int) -> Span:
        """Span of file offsets [start, end) (end > start)."""
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end - 1))
        return Span(line, end_line, column, end_column)

    def block_span(self, block: Block, end_block: Block | None = None) -> Span:
        """Whole lines of ``block`` (through ``end_block``)."""
        last = (end_block or block).end
        return Span(block.start + 1, last, 1, 0)

    def prose_span(self, block: Block, i: int, j: int) -> Span:
        """Span of normalised characters [i, j) of ``block``."""
        assert block.prose is not None
        return self.span(block.offset(i), block.offset(j - 1) + 1)

    def deletion_span(self, first_line: int, last_line: int) -> Span:
        """Whole 0-based lines [first_line, last_line] plus one blank line beside them."""
        real = len(self.lines) - (1 if self.lines[-1] == "" else 0)  # "" after a final newline
        if last_line + 1 < real and not self.lines[last_line + 1].strip():
            last_line += 1
        elif first_line > 0 and not self.lines[first_line - 1].strip():
            first_line -= 1
        return Span(first_line + 1, last_line + 1, 1, 0)


def content_key(rule: str, kind: str, passage: str) -> str:
    """Stable identity of a finding: survives edits elsewhere in the file."""
    digest = hashlib.sha1(f"{rule}\x00{kind}\x00{passage}".encode()).hexdigest()
    return digest[:16]
