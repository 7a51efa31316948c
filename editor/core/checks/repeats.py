"""Find repeated text between prose blocks: exact stretches, sentences, near copies.

Blocks are compared pairwise through shared fingerprints, so copies are found
wherever paragraph boundaries fall: a later paragraph made of two earlier ones
(merged) matches each of them, and two later paragraphs made of one earlier
one (split) each match part of it. :mod:`editor.core.checks.duplicates` turns
the matches into findings.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext
from editor.core.checks.pairs import PairStore


@dataclass(frozen=True)
class Match:
    """Normalised characters [ls, le) of prose block ``later`` repeat [es, ee) of ``earlier``."""

    later: int
    ls: int
    le: int
    earlier: int
    es: int
    ee: int
    exact: bool
    score: float = 1.0

    @property
    def length(self) -> int:
        return self.le - self.ls


def find_matches(ctx: CheckContext) -> list[Match]:
    """All repeats in the document, cached in ``ctx.shared``."""
    found = ctx.shared.get("matches")
    if found is None:
        blocks = ctx.prose_blocks
        store = _store(ctx)
        store.update(b.template for b in blocks)
        found = _assemble(ctx, blocks, store)
        ctx.shared["matches"] = found
    return found


def _store(ctx: CheckContext) -> PairStore:
    """The cache's store (reset when the options change), or a fresh one."""
    cache = ctx.cache
    if cache is None:
        return PairStore(ctx.options)
    store = getattr(cache, "pairs", None)
    if store is None or store.options != ctx.options:
        store = PairStore(ctx.options)
        cache.pairs = store
    return store


def _assemble(ctx: CheckContext, blocks: list[Block], store: PairStore) -> list[Match]:
    where: dict[int, list[int]] = {}
    for bi, block in enumerate(blocks):
        where.setdefault(id(block.template), []).append(bi)
    out: list[Match] = []
    for places in where.values():  # identical blocks: each later one copies the first
        for later in places[1:]:
            size = len(blocks[later].prose.norm)  # type: ignore[union-attr]
            out.append(Match(later, 0, size, places[0], 0, size, True))
    for (first, second), hits in store.exact.items():
        for i in where.get(first, ()):
            for j in where.get(second, ()):
                if first == second and i != j:
                    continue
                for p, q, length in hits:
                    out.extend(_oriented(ctx, blocks, i, p, j, q, length))
    for (first, second), (fs, fe, ss, se, score) in store.near.items():
        for i in where.get(first, ()):
            for j in where.get(second, ()):
                if i < j:
                    out.append(Match(j, ss, se, i, fs, fe, False, score))
                elif j < i:
                    out.append(Match(i, fs, fe, j, ss, se, False, score))
    return out


def _oriented(
    ctx: CheckContext, blocks: list[Block], i: int, p: int, j: int, q: int, length: int
) -> list[Match]:
    """The match with its later side first, plus its whole sentences when it is short."""
    if (i, p) > (j, q):
        i, p, j, q = j, q, i, p
    match = Match(j, q, q + length, i, p, p + length, True)
    later = blocks[j]
    prose = later.prose
    assert prose is not None
    if length >= ctx.options.min_repeat(prose.cjk) or later.is_heading:
        return [match]
    out = [match]
    floor = ctx.options.min_sentence(prose.cjk)
    for start, end in prose.sentences:
        if (
            q <= start
            and end <= q + length
            and end - start >= floor
            and (start, end) != (q, q + length)
        ):
            shift = start - q
            out.append(Match(j, start, end, i, p + shift, p + shift + end - start, True))
    return out
