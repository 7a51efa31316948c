"""Rule ``duplicate``, kind ``loop``: a sentence repeated inside one paragraph.

A generator stuck in a loop writes the same sentence several times in a row
inside one paragraph; copies between paragraphs are found by
:mod:`editor.core.checks.duplicates`. One finding per repeated sentence, with
the count; the fix keeps the first occurrence.
"""

from __future__ import annotations

import editor.core.checks.messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register

RULE = "duplicate"


Places = list[tuple[str, list[tuple[int, int]]]]


@register(RULE)
def check_loops(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    cache: dict[int, tuple[object, object, Places]] = {}
    if ctx.cache is not None:  # per block content, kept between runs like the parse
        cache = getattr(ctx.cache, "loops", None) or {}
    used: dict[int, tuple[object, object, Places]] = {}
    for block in ctx.prose_blocks:
        prose = block.prose
        if block.is_heading or prose is None or len(prose.sentences) < 2:
            continue
        entry = cache.get(id(block.template))
        if entry is None or entry[0] is not block.template or entry[1] != ctx.options:
            entry = (block.template, ctx.options, _repeated(ctx, prose))
        used[id(block.template)] = entry
        for sentence, places in entry[2]:
            out.append(_loop(ctx, block, sentence, places))
    if ctx.cache is not None:
        ctx.cache.loops = used  # type: ignore[attr-defined]
    return out


def _repeated(ctx: CheckContext, prose) -> Places:  # noqa: ANN001 - a normalize.Prose
    """Sentences of the block that occur twice or more, with their places."""
    # a sentence twice in one paragraph is a loop even when short (links and
    # code are not counted in the normalised length)
    floor = max(12, ctx.options.min_piece(prose.cjk) * 3 // 4) if prose.cjk else 25
    seen: dict[str, list[tuple[int, int]]] = {}
    for start, end in prose.sentences:
        if end - start >= floor:
            seen.setdefault(prose.norm[start:end], []).append((start, end))
    return [(sentence, places) for sentence, places in seen.items() if len(places) >= 2]


def _loop(ctx: CheckContext, block: Block, sentence: str, places: list[tuple[int, int]]) -> Finding:
    """One finding; the fix replaces everything after the first occurrence up to the end of
    the last by what stood between the occurrences (nothing, for a loop in a row)."""
    text = ctx.text
    ranges = [(block.offset(s), block.offset(e - 1) + 1) for s, e in places]
    gaps = [text[ranges[i][1] : ranges[i + 1][0]] for i in range(len(ranges) - 1)]
    replacement = "".join(gap for gap in gaps if gap.strip()).rstrip(" \t")
    low, high = ranges[0][1], ranges[-1][1]
    related = ctx.span(*ranges[0])
    span = ctx.span(ranges[1][0], high)
    en, ja = msg.loop(len(places), related, _opening(text[ranges[0][0] : ranges[0][1]]))
    fix = Fix(*msg.FIX_DELETE_LOOP, _char_span(ctx, low, high), replacement)
    key = content_key(RULE, "loop", sentence)
    return Finding(RULE, Severity.WARNING, en, ja, span, (related,), fix, "loop", key)


def _opening(sentence: str, limit: int = 24) -> str:
    """The sentence's first characters on one line, cut with an ellipsis when longer."""
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _char_span(ctx: CheckContext, start: int, end: int) -> Span:
    """Span of characters [start, end) for a fix (never the whole-line form)."""
    line, column = ctx.position(start)
    end_line, end_column = ctx.position(end - 1)
    return Span(line, end_line, column, max(1, end_column))
