"""A copy's fix that keeps the copy's new words: its edited wording replaces the earlier text.

A re-emitted section is often lightly edited: the later copy of a paragraph
adds a clause the first one lacks. Deleting the copy would lose that clause;
moving the edited paragraph into the earlier place and deleting the copy keeps
every word (the safety check in :mod:`safety` confirms it).
"""

from __future__ import annotations

import editor.core.checks.messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext
from editor.core.checks.findings import Fix, Span
from editor.core.checks.fixes import span_offsets


def _line_range(ctx: CheckContext, block: Block) -> tuple[int, int]:
    """Offsets of the block's text (its lines, final newline excluded)."""
    return ctx.line_starts[block.start], ctx.line_starts[block.end] - 1


def carry_fix(ctx: CheckContext, copies: list, deletion: Span) -> Fix | None:
    """The fix when deleting ``deletion`` would lose words of some copied paragraphs, else None.

    ``copies`` are :class:`~editor.core.checks.duplicates.Copy` objects.
    """
    blocks = ctx.prose_blocks
    remainder = ctx.remainder
    moves: list[tuple[Block, Block]] = []
    for copy in copies:
        later = blocks[copy.block]
        start, end = _line_range(ctx, later)
        if not remainder.lost(start, end, ""):
            continue
        earlier = {m.earlier for m in copy.sources}
        if len(earlier) != 1:
            return None  # merged from several paragraphs: no single place to carry the words to
        moves.append((blocks[earlier.pop()], later))
    if not moves:
        return None
    del_start, del_end = span_offsets(ctx.text, deletion)
    first = min(source.start for source, _later in moves)
    start = ctx.line_starts[first]
    if start >= del_start:
        return None
    pieces: list[str] = []
    cursor = start
    for source, later in sorted(moves, key=lambda m: m[0].start):
        s_start, s_end = _line_range(ctx, source)
        if s_start < cursor:
            return None  # two copies of one paragraph
        c_start, c_end = _line_range(ctx, later)
        pieces.append(ctx.text[cursor:s_start])
        pieces.append(ctx.text[c_start:c_end])
        cursor = s_end
    pieces.append(ctx.text[cursor:del_start])
    end_line = deletion.end_line
    return Fix(*msg.FIX_KEEP_EDITED, Span(first + 1, end_line, 1, 0), "".join(pieces))
