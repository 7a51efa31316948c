"""What the preview must change to go from one revision's blocks to the next one's."""

from __future__ import annotations

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


def diff_blocks(old: Sequence[tuple[str, int]], new: Sequence[Block]) -> BlockPatch:
    """``old`` is (key, line) of the blocks on screen; equal keys at both ends are kept."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix][0] == new[prefix].key:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix and old[len(old) - 1 - suffix][0] == new[len(new) - 1 - suffix].key
    ):
        suffix += 1
    inserted = tuple(new[prefix : len(new) - suffix])
    kept = [(index, index) for index in range(prefix)]
    kept += [(len(old) - suffix + i, len(new) - suffix + i) for i in range(suffix)]
    shifts: list[tuple[int, int, int]] = []
    for old_index, new_index in kept:
        delta = new[new_index].line - old[old_index][1]
        if not delta:
            continue
        if shifts and shifts[-1][2] == delta and sum(shifts[-1][:2]) == new_index:
            first, count, _ = shifts[-1]
            shifts[-1] = (first, count + 1, delta)
        else:
            shifts.append((new_index, 1, delta))
    return BlockPatch(prefix, len(old) - prefix - suffix, inserted, tuple(shifts))


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
