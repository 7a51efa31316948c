"""Find repeated text between prose blocks: exact stretches, sentences, near copies.

Blocks are compared pairwise through shared fingerprints, so copies are found
wherever paragraph boundaries fall: a later paragraph made of two earlier ones
(merged) matches each of them, and two later paragraphs made of one earlier
one (split) each match part of it. :mod:`editor.core.checks.duplicates` turns
the matches into findings.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext
from editor.core.checks.fingerprint import K, common_length, common_suffix

# A fingerprint seen more often than this is boilerplate; each occurrence is
# paired with this many previous ones only, which keeps the pass linear.
_PREVIOUS = 4
_MAX_DF = 40  # shingles in more blocks than this say nothing about copying


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
        found = _exact(ctx, blocks) + _sentences(ctx, blocks)
        found += _near(ctx, blocks, found)
        ctx.shared["matches"] = found
    return found


def _exact(ctx: CheckContext, blocks: list[Block]) -> list[Match]:
    index: dict[int, list[tuple[int, int]]] = {}
    for bi, block in enumerate(blocks):
        assert block.prose is not None
        for value, pos in block.prose.fps:
            index.setdefault(value, []).append((bi, pos))
    seen: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
    out: list[Match] = []
    for occurrences in index.values():
        if len(occurrences) < 2:
            continue
        for y in range(1, len(occurrences)):
            for x in range(max(0, y - _PREVIOUS), y):
                match = _extend(blocks, occurrences[x], occurrences[y], seen)
                if match is not None:
                    out.append(match)
    floor = min(
        ctx.options.min_repeat_cjk, ctx.options.min_repeat_latin, ctx.options.min_sentence_cjk
    )
    return [m for m in out if m.length >= floor]


def _extend(
    blocks: list[Block],
    first: tuple[int, int],
    second: tuple[int, int],
    seen: dict[tuple[int, int, int], list[tuple[int, int]]],
) -> Match | None:
    (ba, pa), (bb, pb) = first, second
    a = blocks[ba].prose.norm  # type: ignore[union-attr]
    b = blocks[bb].prose.norm  # type: ignore[union-attr]
    if ba == bb and pa == pb:
        return None
    key = (ba, bb, pb - pa)
    for start, end in seen.get(key, ()):
        if start <= pa < end:
            return None
    if a[pa : pa + K] != b[pb : pb + K]:
        return None
    left = common_suffix(a, pa, b, pb, min(pa, pb))
    right = common_length(a, pa, b, pb, min(len(a) - pa, len(b) - pb))
    es, ee, ls = pa - left, pa + right, pb - left
    if ba == bb and ee > ls:  # a stretch repeating inside one block must not overlap itself
        ee = ls
    seen.setdefault(key, []).append((es, ee))
    if ee - es <= 0:
        return None
    return Match(bb, ls, ls + (ee - es), ba, es, ee, True)


def _sentences(ctx: CheckContext, blocks: list[Block]) -> list[Match]:
    """Whole sentences repeated exactly, above a floor so stock phrases stay quiet."""
    first: dict[str, tuple[int, int, int]] = {}
    out: list[Match] = []
    for bi, block in enumerate(blocks):
        prose = block.prose
        assert prose is not None
        if block.is_heading:
            continue
        for start, end in prose.sentences:
            text = prose.norm[start:end]
            if len(text) < ctx.options.min_sentence(prose.cjk):
                continue
            earlier = first.get(text)
            if earlier is None:
                first[text] = (bi, start, end)
            else:
                out.append(Match(bi, start, end, earlier[0], earlier[1], earlier[2], True))
    return out


def _near(ctx: CheckContext, blocks: list[Block], exact: list[Match]) -> list[Match]:
    """Paragraphs that repeat an earlier paragraph (or part of one) after light edits."""
    grams: dict[int, list[int]] = {}
    for bi, block in enumerate(blocks):
        if not block.is_heading:
            for gram in block.prose.grams:  # type: ignore[union-attr]
                grams.setdefault(gram, []).append(bi)
    spans: dict[int, list[tuple[int, int]]] = {}
    for match in exact:  # only stretches long enough to be reported on their own
        if match.length >= ctx.options.min_repeat(blocks[match.later].prose.cjk):  # type: ignore[union-attr]
            spans.setdefault(match.later, []).append((match.ls, match.le))
    exact_cover = {bi: _union_length(intervals) for bi, intervals in spans.items()}
    out: list[Match] = []
    for bi, block in enumerate(blocks):
        prose = block.prose
        assert prose is not None
        if block.is_heading or len(prose.norm) < ctx.options.min_near(prose.cjk):
            continue
        if exact_cover.get(bi, 0) >= 0.95 * len(prose.norm):
            continue
        shared: Counter[int] = Counter()
        for gram in prose.grams:
            holders = grams[gram]
            if len(holders) <= _MAX_DF:
                shared.update(holders[: bisect_left(holders, bi)])
        for other, count in shared.items():
            size = min(len(prose.grams), len(blocks[other].prose.grams))  # type: ignore[union-attr]
            if count >= 2 and count >= 0.3 * size:
                match = _align(ctx, blocks, other, bi)
                if match is not None:
                    out.append(match)
    return out


def _align(ctx: CheckContext, blocks: list[Block], earlier: int, later: int) -> Match | None:
    e = blocks[earlier].prose.norm  # type: ignore[union-attr]
    lt = blocks[later].prose.norm  # type: ignore[union-attr]
    cjk = blocks[later].prose.cjk  # type: ignore[union-attr]
    threshold = min(ctx.options.near_similarity, ctx.options.near_similarity_in_section) * 100
    short, long_ = sorted((e, lt), key=len)
    if len(short) < ctx.options.min_near(cjk):
        return None
    if len(short) >= 0.75 * len(long_):
        score = fuzz.ratio(e, lt, score_cutoff=threshold)
        if score:
            return Match(later, 0, len(lt), earlier, 0, len(e), False, score / 100)
        return None
    found = fuzz.partial_ratio_alignment(short, long_, score_cutoff=threshold)
    if found is None:
        return None
    score = found.score / 100
    if short is lt:
        return Match(later, 0, len(lt), earlier, found.dest_start, found.dest_end, False, score)
    return Match(later, found.dest_start, found.dest_end, earlier, 0, len(e), False, score)


def _union_length(intervals: list[tuple[int, int]]) -> int:
    total, reach = 0, -1
    for start, end in sorted(intervals):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total
