"""What the preview must change to go from one revision's blocks to the next one's."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass

from editor.core.markdown.analysis import Block


@dataclass(frozen=True)
class BlockPatch:
    """Replace ``removed`` blocks at ``start`` by ``inserted``; shift the lines of kept ones."""

    start: int
    removed: int
    inserted: tuple[Block, ...]
    shifts: tuple[tuple[int, int, int], ...]  # (first new index, count, line delta) runs

    @property
    def empty(self) -> bool:
        return not self.removed and not self.inserted and not self.shifts


def diff_blocks(
    old: Sequence[tuple[str, int]] | Sequence[Block], new: Sequence[Block]
) -> BlockPatch:
    """``old`` is (key, line) of the blocks on screen (or the Blocks themselves); equal keys
    at both ends are kept. The comparisons run through ``map`` (C loops): a 1 MB post has
    thousands of blocks and this runs on the UI thread."""
    limit = min(len(old), len(new))
    old_keys, new_keys = list(map(_KEY, old)), list(map(_KEY, new))
    prefix = _equal_run(old_keys[:limit], new_keys[:limit])
    suffix = _equal_run(old_keys[::-1][: limit - prefix], new_keys[::-1][: limit - prefix])
    inserted = tuple(new[prefix : len(new) - suffix])
    old_lines, new_lines = list(map(_LINE, old)), list(map(_LINE, new))
    head = _runs(list(map(operator.sub, new_lines[:prefix], old_lines[:prefix])), 0)
    tail_first = len(new) - suffix
    tail = _runs(
        list(map(operator.sub, new_lines[tail_first:], old_lines[len(old) - suffix :])), tail_first
    )
    if head and tail and head[-1][0] + head[-1][1] == tail[0][0] and head[-1][2] == tail[0][2]:
        tail[0] = (head[-1][0], head[-1][1] + tail[0][1], tail[0][2])
        head.pop()
    return BlockPatch(prefix, len(old) - prefix - suffix, inserted, tuple(head + tail))


_KEY = operator.itemgetter(0)
_LINE = operator.itemgetter(1)


def _equal_run(a: list[str], b: list[str]) -> int:
    """How many leading items of ``a`` and ``b`` are equal."""
    differs = list(map(operator.ne, a, b))
    try:
        return differs.index(True)
    except ValueError:
        return len(differs)


def _runs(deltas: list[int], first: int) -> list[tuple[int, int, int]]:
    """(first index, count, delta) runs of the non-zero line deltas of kept blocks."""
    if not deltas or deltas.count(deltas[0]) == len(deltas):
        return [(first, len(deltas), deltas[0])] if deltas and deltas[0] else []
    runs: list[tuple[int, int, int]] = []
    for offset, delta in enumerate(deltas):
        if not delta:
            continue
        index = first + offset
        if runs and runs[-1][2] == delta and runs[-1][0] + runs[-1][1] == index:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1, delta)
        else:
            runs.append((index, 1, delta))
    return runs


def block_at(blocks: Sequence[Block], line: int) -> int:
    """Index of the block holding file ``line`` (the last one starting at or before it)."""
    lo, hi = 0, len(blocks)
    while lo < hi:
        mid = (lo + hi) // 2
        if blocks[mid].line <= line:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)
