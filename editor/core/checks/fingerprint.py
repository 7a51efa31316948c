"""Fingerprints for finding repeated text in linear time.

Exact repeats use winnowing (Schleimer, Wilkerson and Aiken 2003, the MOSS
algorithm): hash every k-gram and keep the rightmost minimum of every window
of ``W`` hashes. Any repeat of at least ``W + K - 1`` characters then shares a
kept fingerprint, so no repeat above that length is missed, while only about
``2 / (W + 1)`` of the positions are indexed. Window minima use the van Herk /
Gil-Werman block trick so the work stays in C (``itertools.accumulate``).

Near copies use a sample of shingles (hash ≡ 0 mod ``SAMPLE``): character
3-grams for CJK text, word 5-grams for Latin text.
"""

from __future__ import annotations

import re
from itertools import accumulate

K = 10
W = 12
GUARANTEE = W + K - 1
SAMPLE = 4
_POS_BITS = 32
_POS_MAX = (1 << _POS_BITS) - 1
_HASH_MASK = (1 << 30) - 1
_WORD = re.compile(r"\w+")


def winnow(hashes: list[int], window: int = W) -> list[int]:
    """Positions of the rightmost minimal hash of every window (sorted, unique)."""
    n = len(hashes)
    if n == 0:
        return []
    values = [((h & _HASH_MASK) << _POS_BITS) | (_POS_MAX - i) for i, h in enumerate(hashes)]
    if n <= window:
        chosen = {min(values)}
    else:
        prefix: list[int] = []
        suffix: list[int] = []
        for start in range(0, n, window):
            chunk = values[start : start + window]
            prefix.extend(accumulate(chunk, min))
            suffix.extend(reversed(list(accumulate(reversed(chunk), min))))
        chosen = set(map(min, suffix[: n - window + 1], prefix[window - 1 :]))
    return sorted(_POS_MAX - (value & _POS_MAX) for value in chosen)


def winnow_kgrams(norm: str) -> list[tuple[int, int]]:
    """(hash, position) fingerprints of ``norm``'s K-grams."""
    if len(norm) < K:
        return []
    hashes = [hash(norm[i : i + K]) for i in range(len(norm) - K + 1)]
    return [(hashes[i], i) for i in winnow(hashes)]


def shingles(norm: str, folded: str, cjk: bool) -> frozenset[int]:
    """Sampled shingle hashes used to find candidate near copies."""
    if cjk:
        grams = {hash(norm[i : i + 3]) for i in range(len(norm) - 2)}
    else:
        words = _WORD.findall(folded)
        grams = {hash(" ".join(words[i : i + 5])) for i in range(len(words) - 4)}
    return frozenset(g for g in grams if g % SAMPLE == 0)


def common_length(a: str, i: int, b: str, j: int, limit: int) -> int:
    """Length of the longest common prefix of a[i:] and b[j:], at most ``limit``."""
    low, step = 0, 16
    # Gallop with slice comparisons (done in C), then bisect the last step.
    while low < limit:
        high = min(limit, low + step)
        if a[i + low : i + high] == b[j + low : j + high]:
            low = high
            step *= 2
            continue
        while high - low > 1:
            mid = (low + high) // 2
            if a[i + low : i + mid] == b[j + low : j + mid]:
                low = mid
            else:
                high = mid
        return low
    return low


def common_suffix(a: str, i: int, b: str, j: int, limit: int) -> int:
    """Length of the longest common suffix of a[:i] and b[:j], at most ``limit``."""
    low, step = 0, 16
    while low < limit:
        high = min(limit, low + step)
        if a[i - high : i - low] == b[j - high : j - low]:
            low = high
            step *= 2
            continue
        while high - low > 1:
            mid = (low + high) // 2
            if a[i - mid : i - low] == b[j - mid : j - low]:
                low = mid
            else:
                high = mid
        return low
    return low
