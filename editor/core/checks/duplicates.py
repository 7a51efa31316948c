"""Rule ``duplicate``: turn repeats into findings on the later copy.

A later paragraph mostly made of earlier text is one finding (exact, merged,
split or near copy); consecutive copied paragraphs become one ``section``
finding; smaller repeated stretches and sentences get their own. The first
body line repeating the title is only ``info``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from editor.core.checks import messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.carry import carry_fix
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.normalize import normalise
from editor.core.checks.registry import register
from editor.core.checks.repeats import Match, find_matches
from editor.core.checks.trailers import is_link_paragraph, raw_text


@dataclass
class Copy:
    """What repeats in one later prose block."""

    block: int  # index in ctx.prose_blocks
    intervals: list[tuple[int, int]]  # merged [start, end) in the block's norm
    exact: list[tuple[int, int]]
    sources: list[Match]

    def covered(self, intervals: list[tuple[int, int]] | None = None) -> int:
        return sum(
            end - start for start, end in (intervals if intervals is not None else self.intervals)
        )


def title_block(ctx: CheckContext) -> Block | None:
    """The body block that only repeats the front matter title: the first, or the one
    right after a short intro or link line (a translation under its link to the original)."""
    if ctx.title is None or not ctx.prose_blocks:
        return None
    title = normalise(ctx.title, list(range(len(ctx.title))))[0]
    for position, block in enumerate(ctx.prose_blocks[:2]):
        if block.prose is not None and block.prose.norm == title:
            return block
        if position == 0 and len(block.prose.norm if block.prose else "") > 160:
            break  # a real first paragraph: a later title line is not an intro's repeat
    return None


@register("duplicate")
def check_duplicates(ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    skip = title_block(ctx)
    if skip is not None:
        findings.append(_title_repeat(ctx, skip))
    copies = collect_copies(ctx)
    whole = {c.block: c for c in copies.values() if _is_whole(ctx, c)}
    for group in _sections(ctx, whole):
        findings.append(_block_finding(ctx, [whole[i] for i in group]))
    for copy in copies.values():
        block = ctx.prose_blocks[copy.block]
        # List items repeat their shape by design (option lists, parameter
        # lists); a copied list item is reported as part of a section only.
        if copy.block not in whole and not block.is_heading and not block.template.in_list:
            findings.extend(_partial_findings(ctx, copy))
    return findings


def collect_copies(ctx: CheckContext) -> dict[int, Copy]:
    """Per later block, the repeated intervals that pass the length floors.

    A near copy needs ``near_similarity``; next to a block that is a whole copy
    of the same region it needs only ``near_similarity_in_section``, because
    the neighbour is already evidence of a re-emitted section.
    """
    cached = ctx.shared.get("copies")
    if cached is not None:
        return cached
    blocks = ctx.prose_blocks
    accepted: dict[int, list[Match]] = {}
    loose: list[Match] = []
    matches = find_matches(ctx)
    chained = _chained(ctx, matches)
    for match in matches:
        if match not in chained and not _long_enough(ctx, blocks[match.later], match):
            continue
        if _parallel(ctx, match):
            continue
        if match.exact or match.score >= ctx.options.near_similarity:
            accepted.setdefault(match.later, []).append(match)
        else:
            loose.append(match)
    copies = _copies(accepted)
    whole = {bi for bi, c in copies.items() if _is_whole(ctx, c)}
    for match in loose:
        if _beside_copy_of(ctx, copies, whole, match):
            accepted.setdefault(match.later, []).append(match)
    copies = _copies(accepted)
    ctx.shared["copies"] = copies
    return copies


def _chained(ctx: CheckContext, matches: list[Match]) -> set[Match]:
    """Short exact pieces that continue each other across a paragraph boundary.

    A later paragraph made of two short earlier ones (or one earlier paragraph
    split in two) repeats one stretch longer than either piece: when the
    pieces join up on both sides, their total length counts.
    """
    blocks = ctx.prose_blocks

    def at(block: int, offset: int) -> tuple[int, int]:
        size = len(blocks[block].prose.norm)  # type: ignore[union-attr]
        return (block + 1, 0) if offset >= size else (block, offset)

    pieces = [m for m in matches if m.exact]  # the store keeps pieces above min_piece
    starting = {(at(m.later, m.ls), at(m.earlier, m.es)): m for m in pieces}
    out: set[Match] = set()
    for first in pieces:
        chain, current = [first], first
        while True:
            nxt = starting.get((at(current.later, current.le), at(current.earlier, current.ee)))
            if nxt is None or nxt in chain:
                break
            chain.append(nxt)
            current = nxt
        cjk = blocks[first.later].prose.cjk  # type: ignore[union-attr]
        if len(chain) > 1 and sum(m.length for m in chain) >= ctx.options.min_repeat(cjk):
            out.update(chain)
    return out


def _long_enough(ctx: CheckContext, block: Block, match: Match) -> bool:
    prose = block.prose
    assert prose is not None
    if not match.exact:
        if match.length < ctx.options.min_near(prose.cjk) or block.template.in_list:
            return False
        # one short sentence lightly reworded is parallel wording ("the yearly total is as
        # follows" / "the monthly amounts are as follows"), not a copy
        sentences = sum(1 for s, e in prose.sentences if s < match.le and e > match.ls)
        return sentences > 1 or match.length >= (80 if prose.cjk else 120)
    return match.length >= ctx.options.min_repeat(prose.cjk) or _whole_sentences(ctx, block, match)


_SOURCE_DROP = frozenset(" \t\n\r\u3000*_~`\\[]|#>")


def _source(ctx: CheckContext, block: Block, start: int, end: int) -> str:
    raw = ctx.text[block.offset(start) : block.offset(end - 1) + 1]
    folded = unicodedata.normalize("NFKC", raw).casefold()
    return "".join(c for c in folded if c not in _SOURCE_DROP)


def _parallel(ctx: CheckContext, match: Match) -> bool:
    """Sentences that differ only in inline code, links or numbers are parallel, not copies."""
    blocks = ctx.prose_blocks
    later, earlier = blocks[match.later], blocks[match.earlier]
    if match.exact:
        if later is earlier or match.length > 2000:
            return False
        return _source(ctx, later, match.ls, match.le) != _source(ctx, earlier, match.es, match.ee)
    a = later.prose.norm[match.ls : match.le]  # type: ignore[union-attr]
    b = earlier.prose.norm[match.es : match.ee]  # type: ignore[union-attr]
    return a != b and _DIGITS.sub("", a) == _DIGITS.sub("", b)


_DIGITS = re.compile(r"\d+")


def _copies(by_block: dict[int, list[Match]]) -> dict[int, Copy]:
    return {
        bi: Copy(
            bi,
            _merge([(m.ls, m.le) for m in ms]),
            _merge([(m.ls, m.le) for m in ms if m.exact]),
            sorted(ms, key=lambda m: (m.ls, -m.length)),
        )
        for bi, ms in by_block.items()
    }


def _beside_copy_of(
    ctx: CheckContext, copies: dict[int, Copy], whole: set[int], match: Match
) -> bool:
    """Is the previous or next paragraph a whole copy of text near ``match.earlier``?"""
    blocks = ctx.prose_blocks
    for step in (-1, 1):
        bi = match.later + step
        while 0 <= bi < len(blocks) and blocks[bi].is_heading:
            bi += step
        if bi in whole and any(abs(m.earlier - match.earlier) <= 4 for m in copies[bi].sources):
            return True
    return False


def _whole_sentences(ctx: CheckContext, block: Block, match: Match) -> bool:
    prose = block.prose
    assert prose is not None
    starts = {s for s, _ in prose.sentences}
    ends = {e for _, e in prose.sentences}
    floor = ctx.options.min_sentence(prose.cjk)
    return match.exact and match.ls in starts and match.le in ends and match.length >= floor


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _is_whole(ctx: CheckContext, copy: Copy) -> bool:
    prose = ctx.prose_blocks[copy.block].prose
    assert prose is not None
    return copy.covered() >= ctx.options.block_coverage * len(prose.norm)


def _sections(ctx: CheckContext, whole: dict[int, Copy]) -> list[list[int]]:
    """Group consecutive copied blocks (headings in between allowed) into runs."""
    groups: list[list[int]] = []
    current: list[int] = []
    for bi, block in enumerate(ctx.prose_blocks):
        if bi in whole:
            current.append(bi)
        elif not block.is_heading and current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    out: list[list[int]] = []
    for group in groups:  # headings, list items or one short sentence alone are no section
        blocks = [ctx.prose_blocks[i] for i in group]
        if len(blocks) == 1 and _prose_paragraph(ctx, blocks[0]):
            out.append(group)
        elif any(_substantial(ctx, b) for b in blocks):
            out.append(group)
    return out


def _prose_paragraph(ctx: CheckContext, block: Block) -> bool:
    if block.is_heading or block.template.in_list or block.prose is None:
        return False
    return not is_link_paragraph(raw_text(ctx, block))


def _substantial(ctx: CheckContext, block: Block) -> bool:
    """A paragraph of the author's prose that would be worth a warning as a copy on its own."""
    prose = block.prose
    if prose is None or not _prose_paragraph(ctx, block):
        return False  # a list of links (sponsors, downloads) repeats on purpose
    return len(prose.sentences) > 1 or len(prose.norm) >= (120 if prose.cjk else 150)


def _block_finding(ctx: CheckContext, copies: list[Copy]) -> Finding:
    blocks = ctx.prose_blocks
    first, last = blocks[copies[0].block], blocks[copies[-1].block]
    span = ctx.span(first.offset(0), last.offset(len(last.prose.norm) - 1) + 1)  # type: ignore[union-attr]
    sources = sorted({m.earlier for c in copies for m in c.sources})
    related = _related(ctx, sources)
    exact = sum(c.covered(c.exact) for c in copies)
    norms = [blocks[c.block].prose.norm for c in copies]  # type: ignore[union-attr]
    total = sum(len(n) for n in norms)
    passage = "".join(norms)
    if len(copies) > 1:
        kind = "section"
        en, ja = msg.section(span, related)
    elif exact >= 0.9 * total:
        kind = "exact"
        en, ja = msg.copy_block(related, len(sources) > 1)
    else:
        kind = "near"
        en, ja = msg.near_block(related)
    fix = None
    if exact >= 0.75 * total:
        fix = Fix(*msg.FIX_DELETE_COPY, ctx.deletion_span(first.start, last.end - 1))
        fix = carry_fix(ctx, copies, fix.span) or fix
    severity = Severity.WARNING
    prose = first.prose
    assert prose is not None
    if len(copies) == 1 and len(prose.sentences) == 1 and total < (120 if prose.cjk else 150):
        severity = Severity.INFO  # one sentence repeated on purpose (the same note twice)
    return Finding(
        "duplicate",
        severity,
        en,
        ja,
        span,
        tuple(related),
        fix,
        kind,
        content_key("duplicate", kind, passage),
        {"sources": sources},
    )


def _related(ctx: CheckContext, sources: list[int]) -> list[Span]:
    """Line ranges of the source blocks, neighbours (headings between allowed) merged."""
    blocks = ctx.prose_blocks
    ranges: list[tuple[int, int]] = []
    previous = -2
    for bi in sources:
        between = blocks[previous + 1 : bi] if previous >= 0 else []
        if ranges and all(b.is_heading for b in between):
            ranges[-1] = (ranges[-1][0], bi)
        else:
            ranges.append((bi, bi))
        previous = bi
    out = []
    for a, b in ranges:
        start, end = blocks[a], blocks[b]
        out.append(ctx.span(start.offset(0), end.offset(len(end.prose.norm) - 1) + 1))  # type: ignore[union-attr]
    return out


def _partial_findings(ctx: CheckContext, copy: Copy) -> list[Finding]:
    block = ctx.prose_blocks[copy.block]
    prose = block.prose
    assert prose is not None
    out: list[Finding] = []
    for start, end in copy.intervals:
        inside = [m for m in copy.sources if m.ls < end and m.le > start]
        exact = all(m.exact for m in inside)
        if not exact and end - start < ctx.options.min_near(prose.cjk):
            continue
        if not any(start <= s and e <= end for s, e in prose.sentences):
            continue  # shares only a clause: parallel wording, not a copied passage
        best = max(inside, key=lambda m: m.length)
        source = ctx.prose_blocks[best.earlier]
        related = ctx.prose_span(source, best.es, best.ee)
        span = ctx.prose_span(block, start, end)
        sentence = _whole_sentences(ctx, block, Match(copy.block, start, end, 0, 0, 0, True))
        kind = ("sentence" if sentence else "exact") if exact else "near"
        en, ja = msg.partial(kind, end - start, related)
        fix = None
        if exact and sentence:
            fix = Fix(*msg.FIX_DELETE_COPY, _delete_inline(ctx, block, start, end))
        passage = prose.norm[start:end]
        # one sentence repeated on purpose (the same instruction in two sections): a note
        short = end - start < (120 if prose.cjk else 150)
        severity = Severity.INFO if kind == "sentence" and short else Severity.WARNING
        out.append(
            Finding(
                "duplicate",
                severity,
                en,
                ja,
                span,
                (related,),
                fix,
                kind,
                content_key("duplicate", kind, passage),
            )
        )
    return out


def _delete_inline(ctx: CheckContext, block: Block, start: int, end: int) -> Span:
    """Span of the sentences [start, end) plus the spaces that follow them on the line."""
    first = block.offset(start)
    last = block.offset(end - 1) + 1
    text = ctx.text
    while last < len(text) and text[last] in " \t":
        last += 1
    return ctx.span(first, last)


def _title_repeat(ctx: CheckContext, block: Block) -> Finding:
    span = ctx.block_span(block)
    en, ja = msg.TITLE_REPEAT if block is ctx.prose_blocks[0] else msg.TITLE_REPEAT_LINE
    fix = Fix(*msg.FIX_DELETE_TITLE, ctx.deletion_span(block.start, block.end - 1))
    passage = block.prose.norm if block.prose else ""
    return Finding(
        "duplicate",
        Severity.INFO,
        en,
        ja,
        span,
        (),
        fix,
        "title-repeat",
        content_key("duplicate", "title-repeat", passage),
    )
