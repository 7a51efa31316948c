"""Repeats between pairs of block contents, kept across runs by a CheckCache.

Matches are stored per pair of *block contents* (the cached
:class:`~editor.core.checks.blocks.BlockTemplate` objects), in positions
relative to each block, so they stay valid when other parts of the document
change. A re-check only compares the blocks that are new since the last run;
:mod:`editor.core.checks.repeats` then orients the stored matches (earlier,
later) by where the blocks stand now.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

from editor.core.checks.blocks import BlockTemplate
from editor.core.checks.fingerprint import K, common_length, common_suffix
from editor.core.checks.options import CheckOptions

PREVIOUS = 8  # each K-gram occurrence is paired with this many earlier ones
MAX_OCCURRENCES = 64  # a K-gram this common is boilerplate or chance
MAX_DF = 40  # shingles in more blocks than this say nothing about copying
ExactHit = tuple[int, int, int]  # (position in first, position in second, length)
NearHit = tuple[int, int, int, int, float]  # first [s, e), second [s, e), score


class PairStore:
    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        self.units: dict[int, BlockTemplate] = {}
        self.fps: dict[int, list[tuple[int, int]]] = {}
        self.grams: dict[int, set[int]] = {}
        self.exact: dict[tuple[int, int], list[ExactHit]] = {}
        self.near: dict[tuple[int, int], NearHit] = {}
        self.partners: dict[int, set[int]] = {}
        self.norms: dict[int, str] = {}
        smallest = min(
            options.min_repeat_cjk,
            options.min_repeat_latin,
            options.min_sentence_cjk,
            options.min_sentence_latin,
        )  # pieces shorter than this may be missed: the filter below favours speed
        self.reach = max(1, (smallest - K + 1) // 2)

    def update(self, units: Iterable[BlockTemplate]) -> None:
        current = {id(u): u for u in units}
        for uid in [uid for uid in self.units if uid not in current]:
            self._remove(uid)
        added = [u for uid, u in current.items() if uid not in self.units]
        for unit in added:
            self.units[id(unit)] = unit
            self.partners.setdefault(id(unit), set())
            self._add_exact(unit)
        for unit in added:
            self._add_near(unit)

    # -- bookkeeping -----------------------------------------------------------------------------
    def _remove(self, uid: int) -> None:
        unit = self.units.pop(uid)
        self.norms.pop(uid, None)
        prose = unit.prose
        assert prose is not None
        for value, _ in prose.fps:
            holders = self.fps.get(value)
            if holders is not None:
                holders[:] = [h for h in holders if h[0] != uid]
        for gram in prose.grams:
            self.grams.get(gram, set()).discard(uid)
        self.exact.pop((uid, uid), None)
        for other in self.partners.pop(uid, set()):
            key = (
                (uid, other)
                if (uid, other) in self.exact or (uid, other) in self.near
                else (other, uid)
            )
            self.exact.pop(key, None)
            self.near.pop(key, None)
            self.partners.get(other, set()).discard(uid)

    def _link(self, a: int, b: int) -> None:
        self.partners[a].add(b)
        self.partners.setdefault(b, set()).add(a)

    def _floor(self, unit: BlockTemplate) -> int:
        cjk = unit.prose.cjk  # type: ignore[union-attr]
        options = self.options
        return min(options.min_repeat(cjk), options.min_sentence(cjk), options.min_piece(cjk))

    # -- exact stretches ---------------------------------------------------------------------------
    def _add_exact(self, unit: BlockTemplate) -> None:
        uid = id(unit)
        a = unit.prose.norm  # type: ignore[union-attr]
        self.norms[uid] = a
        norms = self.norms
        # A repeat of the smallest floor around a K-gram reaches ``reach``
        # further on one side: two slice comparisons drop chance hits before
        # any real work (most K-gram hits in a long post are chance ones).
        reach = self.reach
        seen: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for value, pa in unit.prose.fps:  # type: ignore[union-attr]
            holders = self.fps.setdefault(value, [])
            if 0 < len(holders) <= MAX_OCCURRENCES:
                after = a[pa + K : pa + K + reach]
                before = a[pa - reach : pa] if pa >= reach else None
                for other, pb in holders[-PREVIOUS:]:
                    b = norms[other]
                    if b[pb + K : pb + K + reach] != after and (
                        before is None or pb < reach or b[pb - reach : pb] != before
                    ):
                        continue
                    self._seed(uid, a, pa, other, pb, seen)
            holders.append((uid, pa))

    def _seed(self, uid: int, a: str, pa: int, other: int, pb: int, seen) -> None:
        b = self.norms[other]
        key = (other, pa - pb)
        if any(start <= pa < end for start, end in seen.get(key, ())):
            return
        if a[pa : pa + K] != b[pb : pb + K]:
            return
        left = common_suffix(a, pa, b, pb, min(pa, pb))
        right = common_length(a, pa, b, pb, min(len(a) - pa, len(b) - pb))
        sa, sb, length = pa - left, pb - left, left + right
        seen.setdefault(key, []).append((sa, sa + length))
        if other == uid:  # inside one block: the earlier copy must end before the later starts
            length = min(length, sa - sb)
        if length < min(self._floor(self.units[uid]), self._floor(self.units[other])):
            return
        # stored as (first, second) = (other, uid): positions in that order
        self.exact.setdefault((other, uid), []).append((sb, sa, length))
        if other != uid:
            self._link(uid, other)

    # -- near copies -------------------------------------------------------------------------------
    def _add_near(self, unit: BlockTemplate) -> None:
        uid = id(unit)
        prose = unit.prose
        assert prose is not None
        if unit.kind == "heading":
            return
        grams = self.grams
        sets = [grams.setdefault(gram, set()) for gram in prose.grams]
        # counted in one pass, before this block joins the sets (as one update per set would)
        shared = Counter(chain.from_iterable([h for h in sets if len(h) <= MAX_DF]))
        for holders in sets:
            holders.add(uid)
        for other, count in shared.items():
            if other == uid:
                continue
            if count < 2:
                continue
            size = min(len(prose.grams), len(self.units[other].prose.grams))  # type: ignore[union-attr]
            if count < 0.3 * size and count < max(4, 0.15 * size):
                continue  # below both bars: no alignment is tried
            if self._mostly_exact(other, uid):
                continue
            found = self._align(self.units[other], unit) if count >= 0.3 * size else None
            # a shared window shows as a smaller share of shingles; the bar
            # keeps the (costlier) window alignment to likely pairs
            if found is None and count >= max(4, 0.15 * size):
                found = self._align_windows(self.units[other], unit)
            if found is not None:
                self.near[(other, uid)] = found
                self._link(uid, other)

    def _mostly_exact(self, first: int, second: int) -> bool:
        """Exact stretches already cover 95 % of both blocks: alignment adds nothing."""
        if (first, second) in self.exact:
            hits = [(p, q, n) for p, q, n in self.exact[(first, second)]]
        else:
            hits = [(q, p, n) for p, q, n in self.exact.get((second, first), [])]
        cjk = self.units[second].prose.cjk  # type: ignore[union-attr]
        hits = [h for h in hits if h[2] >= self.options.min_repeat(cjk)]  # reportable alone
        for side, uid in ((0, first), (1, second)):
            size = len(self.units[uid].prose.norm)  # type: ignore[union-attr]
            if _union([(h[side], h[side] + h[2]) for h in hits]) < 0.95 * size:
                return False
        return True

    def _align_windows(self, first: BlockTemplate, second: BlockTemplate) -> NearHit | None:
        """A 2-3 sentence window of one block lightly edited inside the other."""
        from rapidfuzz import fuzz  # loaded by the first check, not before the window shows

        threshold = self.options.near_similarity * 100
        best: NearHit | None = None
        for flip, (a, b) in enumerate(((first, second), (second, first))):
            pa, pb = a.prose, b.prose
            assert pa is not None and pb is not None
            for start, end in _windows(pa, self.options.min_near(pa.cjk)):
                if end - start > len(pb.norm) or (start == 0 and end == len(pa.norm)):
                    continue
                # cheap gate: a lightly edited window keeps several 8-character runs
                if not _shares_runs(pa.norm, start, end, pb.norm):
                    continue
                found = fuzz.partial_ratio_alignment(
                    pa.norm[start:end], pb.norm, score_cutoff=threshold
                )
                if found is None or (best is not None and found.score / 100 <= best[4]):
                    continue
                score = found.score / 100
                if flip:
                    best = (found.dest_start, found.dest_end, start, end, score)
                else:
                    best = (start, end, found.dest_start, found.dest_end, score)
        return best

    def _align(self, first: BlockTemplate, second: BlockTemplate) -> NearHit | None:
        x, y = first.prose.norm, second.prose.norm  # type: ignore[union-attr]
        options = self.options
        threshold = min(options.near_similarity, options.near_similarity_in_section) * 100
        if min(len(x), len(y)) < options.min_near(second.prose.cjk):  # type: ignore[union-attr]
            return None
        from rapidfuzz import fuzz

        if min(len(x), len(y)) >= 0.75 * max(len(x), len(y)):
            score = fuzz.ratio(x, y, score_cutoff=threshold)
            return (0, len(x), 0, len(y), score / 100) if score else None
        if len(x) <= len(y):
            found = fuzz.partial_ratio_alignment(x, y, score_cutoff=threshold)
            if found is None:
                return None
            return (0, len(x), found.dest_start, found.dest_end, found.score / 100)
        found = fuzz.partial_ratio_alignment(y, x, score_cutoff=threshold)
        if found is None:
            return None
        return (found.dest_start, found.dest_end, 0, len(y), found.score / 100)


def _shares_runs(a: str, start: int, end: int, b: str) -> bool:
    """At least 3 of the 8-character runs of a[start:end] taken every 4 characters are in
    ``b``."""
    found = 0
    for i in range(start, end - 8, 4):
        if a[i : i + 8] in b:
            found += 1
            if found == 3:
                return True
    return False


def _windows(prose, floor: int) -> list[tuple[int, int]]:
    """[start, end) of every run of 2 or 3 consecutive sentences at least ``floor`` long."""
    bounds = prose.sentences
    out = []
    for size in (2, 3):
        for i in range(len(bounds) - size + 1):
            start, end = bounds[i][0], bounds[i + size - 1][1]
            if end - start >= floor:
                out.append((start, end))
    return out


def _union(intervals: list[tuple[int, int]]) -> int:
    total, reach = 0, 0
    for start, end in sorted(intervals):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total
