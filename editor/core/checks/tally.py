"""Counts over a whole post kept segment by segment, so a re-check recounts only what changed.

Several rules ask document-wide questions ("does this word still occur after the
fix?", "how often does the post use this word?"). Counting a 1 MB post takes
most of a second, so a :class:`Tally` is given the text as segments (the front
matter and the body's chunks, which the check context keeps across edits) and
keeps each segment's counts: after an edit only the segments that are new are
counted and the totals are adjusted by the difference. The segments join with
newlines into the text, and no counting function looks across a newline (it is a
separator for every counter here, and NFKC never composes across one), so the sum
over segments equals a count of the whole text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain


class Tally:
    """``total`` is the sum of ``count(segment)`` over the segments last given."""

    def __init__(self, count: Callable[[str], Iterable[str]]) -> None:
        self._count = count
        self._segments: Counter[str] = Counter()
        self._each: dict[str, tuple[str, ...]] = {}
        self.total: Counter[str] = Counter()
        self.counted = 0  # segments counted by the last update (bench and tests read it)

    def update(self, parts: list[str]) -> Counter[str]:
        """Counts of the text made of ``parts``; only parts that were not in the previous
        text are counted."""
        segments = Counter(parts)
        old = self._segments
        total = self.total
        for segment, number in old.items():
            gone = number - segments.get(segment, 0)
            for _ in range(max(0, gone)):
                for piece in self._each[segment]:
                    left = total[piece] - 1
                    if left > 0:
                        total[piece] = left
                    else:
                        del total[piece]
        self.counted = 0
        added: list[tuple[str, ...]] = []
        for segment, number in segments.items():
            more = number - old.get(segment, 0)
            if more <= 0:
                continue
            each = self._each.get(segment)
            if each is None:
                each = tuple(self._count(segment))
                self._each[segment] = each
                self.counted += 1
            added.extend([each] * more)
        total.update(chain.from_iterable(added))  # counted in C: the first run adds everything
        for segment in [s for s in self._each if s not in segments]:
            del self._each[segment]
        self._segments = segments
        return total


class Joined:
    """``transform(text)`` for a transform that maps each segment on its own and drops the
    newlines between them (so the whole is the segments' results joined)."""

    def __init__(self, transform: Callable[[str], str]) -> None:
        self._transform = transform
        self._each: dict[str, str] = {}

    def of(self, segments: list[str]) -> str:
        each = self._each
        fresh: dict[str, str] = {}
        for segment in segments:
            done = fresh.get(segment)
            if done is None:
                done = each.get(segment)
                if done is None:
                    done = self._transform(segment)
                fresh[segment] = done
        self._each = fresh
        return "".join(fresh[segment] for segment in segments)
