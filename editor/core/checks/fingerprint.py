"""Fingerprints for finding repeated text in linear time.

Exact repeats use winnowing (Schleimer, Wilkerson and Aiken 2003, the MOSS
algorithm): hash every k-gram and keep the rightmost minimum of every window
of ``W`` hashes. Any repeat of at least ``W + K - 1`` characters then shares a
kept fingerprint, so no repeat above that length is missed, while only about
``2 / (W + 1)`` of the positions are indexed. Window minima come from a
sparse table of pairwise minima, so the work stays in C (numpy).

Near copies use a sample of shingles (hash ≡ 0 mod ``SAMPLE``): character
3-grams for CJK text, word 5-grams for Latin text.
"""

from __future__ import annotations

import re
from zlib import crc32

K = 10
W = 12
GUARANTEE = W + K - 1
SAMPLE = 4
_WORD = re.compile(r"\w+")


def winnow(hashes: list[int], window: int = W) -> list[int]:
    """Positions of the minimal hash of every window (sorted, unique).

    Ties (the same K-gram twice in a block) resolve to its last position,
    which is still an occurrence of that K-gram: good enough for seeding.
    """
    n = len(hashes)
    if n == 0:
        return []
    last = dict(zip(hashes, range(n), strict=True))
    if n <= window:
        return [last[min(hashes)]]
    # Sparse table: minima of windows of 2, 4, 8... by pairwise minima (numpy: str hashes
    # are signed 64-bit integers), then each window of ``window`` is the min of two
    # overlapping powers. numpy is imported here: the window shows before it loads.
    import numpy as np

    power, table = 1, np.array(hashes, dtype=np.int64)
    while power * 2 <= window:
        table = np.minimum(table[:-power], table[power:])
        power *= 2
    chosen = set(np.minimum(table[: n - window + 1], table[window - power :]).tolist())
    return sorted([last[value] for value in chosen])


def winnow_kgrams(norm: str) -> list[tuple[int, int]]:
    """(hash, position) fingerprints of ``norm``'s K-grams."""
    if len(norm) < K:
        return []
    hashes = [hash(norm[i : i + K]) for i in range(len(norm) - K + 1)]
    return [(hashes[i], i) for i in winnow(hashes)]


def shingles(norm: str, folded: str, cjk: bool) -> frozenset[int]:
    """Sampled shingle hashes used to find candidate near copies."""
    if cjk:
        texts = {norm[i : i + 3] for i in range(len(norm) - 2)}
    else:
        words = _WORD.findall(folded)
        texts = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    # crc32, not hash(): str hashes change per process, and the sample (so the
    # near copies found) must not
    hashes = map(crc32, map(str.encode, texts))  # UTF-8
    return frozenset([h for h in hashes if h % SAMPLE == 0])


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
