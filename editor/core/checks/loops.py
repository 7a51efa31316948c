"""Rule ``duplicate``, kind ``loop``: a sentence repeated inside one paragraph.

A generator stuck in a loop writes the same sentence several times in a row
inside one paragraph; copies between paragraphs are found by
:mod:`editor.core.checks.duplicates`. One finding per repeated sentence, with
the count; the fix keeps the first occurrence.
"""

from __future__ import annotations

from editor.core.checks import messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register

RULE = "duplicate"


@register(RULE)
def check_loops(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for block in ctx.prose_blocks:
        prose = block.prose
        if block.is_heading or prose is None or len(prose.sentences) < 2:
            continue
        floor = ctx.options.min_piece(prose.cjk)
        seen: dict[str, list[tuple[int, int]]] = {}
        for start, end in prose.sentences:
            if end - start >= floor:
                seen.setdefault(prose.norm[start:end], []).append((start, end))
        for sentence, places in seen.items():
            if len(places) >= 2:
                out.append(_loop(ctx, block, sentence, places))
    return out


def _raw_range(ctx: CheckContext, block: Block, start: int, end: int) -> tuple[int, int]:
    """File offsets of a sentence with the spaces after it (or before it, at a line end)."""
    text = ctx.text
    first = block.offset(start)
    last = block.offset(end - 1) + 1
    if last >= len(text) or text[last] in "\n\r":
        while first > 0 and text[first - 1] in " \t":
            first -= 1
    else:
        while last < len(text) and text[last] in " \t":
            last += 1
    return first, last


def _loop(ctx: CheckContext, block: Block, sentence: str, places: list[tuple[int, int]]) -> Finding:
    drop = [_raw_range(ctx, block, s, e) for s, e in places[1:]]
    low, high = drop[0][0], drop[-1][1]
    kept, cursor = [], low
    for start, end in drop:
        kept.append(ctx.text[cursor:start])
        cursor = end
    kept.append(ctx.text[cursor:high])
    first = places[0]
    related = ctx.span(block.offset(first[0]), block.offset(first[1] - 1) + 1)
    span = ctx.span(block.offset(places[1][0]), block.offset(places[-1][1] - 1) + 1)
    en, ja = msg.loop(len(places), related)
    fix = Fix(*msg.FIX_DELETE_LOOP, _char_span(ctx, low, high), "".join(kept))
    key = content_key(RULE, "loop", sentence)
    return Finding(RULE, Severity.WARNING, en, ja, span, (related,), fix, "loop", key)


def _char_span(ctx: CheckContext, start: int, end: int) -> Span:
    """Span of characters [start, end) for a fix (never the whole-line form)."""
    line, column = ctx.position(start)
    end_line, end_column = ctx.position(end - 1)
    return Span(line, end_line, column, max(1, end_column))
