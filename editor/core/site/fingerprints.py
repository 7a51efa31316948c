"""Stable fingerprints of a post's prose, for finding passages repeated across posts.

The checks' own fingerprints (:mod:`editor.core.checks.fingerprint`) use
Python's ``hash()``, which changes per process; the site index is kept on disk
between sessions, so it needs a hash that does not. Here the K-grams of the
normalised prose get a polynomial hash computed with numpy (a few
milliseconds for a long post) and are winnowed with a window of ``W``: any
repeat of at least ``GUARANTEE`` normalised characters shares a kept
fingerprint, and ``GUARANTEE`` equals the shortest repeated sentence the
checks report (``min_sentence_cjk``).

The normalisation is the checks' one (NFKC, case folding, whitespace and
emphasis dropped, code spans and link targets removed), done line by line
outside code fences, so a line number can be found for any position.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np

from editor.core.checks.normalize import _DROP, _NOT_PROSE  # the checks' own definitions

K = 10
W = 16
GUARANTEE = W + K - 1
_DELETE = {ord(c): None for c in _DROP}
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?")
_MARKER_STARTS = frozenset(" \t>-*+0123456789")
_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class Prose:
    """Normalised prose of a post body and where each line starts in it."""

    norm: str
    starts: list[int]  # norm offset of each kept line
    lines: list[int]  # its 0-based file line

    def line_of(self, offset: int) -> int:
        """0-based file line of normalised character ``offset``."""
        row = max(0, bisect_right(self.starts, offset) - 1)
        return self.lines[row] if self.lines else 0


def normalise_line(line: str) -> str:
    if line[:1] in _MARKER_STARTS:
        line = _MARKER.sub("", line, count=1)
    if "`" in line or "<" in line or "[" in line or "](" in line or "http" in line:
        line = _NOT_PROSE.sub(_keep_bracket, line)
    return unicodedata.normalize("NFKC", line).casefold().translate(_DELETE)


def _keep_bracket(match: re.Match[str]) -> str:
    return "]" if match.group(0).startswith("](") else ""


def body_prose(text: str, body_start_line: int) -> Prose:
    """The normalised prose of ``text`` (``\\n`` newlines) from ``body_start_line`` on."""
    pieces: list[str] = []
    starts: list[int] = []
    lines: list[int] = []
    fence: str | None = None
    size = 0
    for number, line in enumerate(text.split("\n")[body_start_line:], body_start_line):
        found = _FENCE.match(line)
        if fence is not None:
            if found and found.group(1)[0] == fence[0] and len(found.group(1)) >= len(fence):
                fence = None
            continue
        if found:
            fence = found.group(1)
            continue
        if line.startswith(("    ", "\t")) and not line.strip().startswith(("-", "*", "+")):
            continue  # indented code (or a continuation line, a small loss)
        norm = normalise_line(line)
        if norm:
            starts.append(size)
            lines.append(number)
            pieces.append(norm)
            size += len(norm)
    return Prose("".join(pieces), starts, lines)


def kgram_hashes(norm: str) -> np.ndarray:
    """32-bit hashes of every K-gram of ``norm`` (stable across processes)."""
    n = len(norm) - K + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint32)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    value = np.zeros(n, dtype=np.uint64)
    for j in range(K):
        value = value * _PRIME + codes[j : j + n]
    return ((value * _MIX) >> np.uint64(32)).astype(np.uint32)


def fingerprints(norm: str) -> tuple[np.ndarray, np.ndarray]:
    """(hashes uint32, positions uint32) kept by winnowing, positions ascending."""
    return fingerprints_of(kgram_hashes(norm))


def fingerprints_of(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Winnow K-gram ``hashes``: (kept hashes, their positions)."""
    if len(hashes) == 0:
        return hashes, np.zeros(0, dtype=np.uint32)
    if len(hashes) <= W:
        positions = np.array([int(np.argmin(hashes))], dtype=np.int64)
    else:
        # Window minima M[j] = min(h[j:j+W]); a position is some window's minimum exactly
        # when its hash is at most the largest minimum of the windows holding it (it is at
        # least each of them). Both sliding extremes take log2(W) vectorised steps.
        minima = _sliding(hashes, np.minimum)
        pad = np.zeros(W - 1, dtype=np.uint32)
        holders = _sliding(np.concatenate([pad, minima, pad]), np.maximum)
        positions = np.flatnonzero(hashes <= holders)
    return hashes[positions], positions.astype(np.uint32)


def _sliding(values: np.ndarray, pick) -> np.ndarray:  # noqa: ANN001 - np.minimum/np.maximum
    """``pick`` over every window of ``W`` (a power of two) consecutive values."""
    out, width = values, 1
    while width < W:
        out = pick(out[:-width], out[width:])
        width *= 2
    return out


def is_cjk_text(norm: str) -> bool:
    from editor.core.checks.normalize import _CJK

    return bool(norm) and len(_CJK.findall(norm)) * 3 >= len(norm)
