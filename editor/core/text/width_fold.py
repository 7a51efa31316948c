"""Width folding for search: full-width ASCII and half-width katakana compare as their usual forms.

Only width variants are folded, not everything NFKC touches (① stays ①, ™ stays ™):

- U+3000 IDEOGRAPHIC SPACE becomes a plain space;
- the Halfwidth and Fullwidth Forms block (U+FF01-U+FFEE) is NFKC-normalised:
  ``Ａ`` -> ``A``, ``１`` -> ``1``, ``ｶ`` -> ``カ``, ``ｰ`` -> ``ー``;
- a half-width katakana followed by half-width (semi-)voiced marks is folded as one
  cluster, so ``ｶﾞ`` (two characters) becomes ``ガ`` (one).

Folding can change lengths, so :class:`FoldedText` keeps the clusters whose length changed
and maps offsets in the folded text back to the original (and the other way round).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

_FOLDABLE_RUN = re.compile("[\u3000\uff01-\uffee]+")
_VOICING_MARKS = "\uff9e\uff9f"  # half-width ﾞ and ﾟ
_HALFWIDTH_KANA = range(0xFF66, 0xFF9E)


@dataclass(frozen=True)
class _Piece:
    """A cluster whose folded length differs from its original length."""

    folded_start: int
    folded_end: int
    start: int
    end: int


@dataclass
class FoldedText:
    original: str
    text: str
    pieces: list[_Piece] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._folded_starts = [piece.folded_start for piece in self.pieces]
        self._starts = [piece.start for piece in self.pieces]

    def to_original(self, pos: int, *, is_end: bool = False) -> int:
        """Original offset of folded offset ``pos``; a match edge inside a cluster widens to it."""
        index = bisect_right(self._folded_starts, pos - 1 if is_end else pos) - 1
        if index < 0:
            return pos
        piece = self.pieces[index]
        if is_end and pos <= piece.folded_end:
            return piece.end
        if not is_end and pos < piece.folded_end:
            return piece.start
        return piece.end + (pos - piece.folded_end)

    def to_folded(self, pos: int) -> int:
        """Folded offset of original offset ``pos`` (a position inside a cluster moves to its start)."""
        index = bisect_right(self._starts, pos) - 1
        if index < 0:
            return pos
        piece = self.pieces[index]
        if pos < piece.end:
            return piece.folded_start
        return piece.folded_end + (pos - piece.end)


def fold_char_clusters(run: str) -> list[tuple[str, str]]:
    """Split a run of foldable characters into (original, folded) clusters."""
    clusters: list[tuple[str, str]] = []
    index = 0
    while index < len(run):
        end = index + 1
        if ord(run[index]) in _HALFWIDTH_KANA:
            while end < len(run) and run[end] in _VOICING_MARKS:
                end += 1
        cluster = run[index:end]
        clusters.append((cluster, unicodedata.normalize("NFKC", cluster)))
        index = end
    return clusters


def fold_width(text: str) -> FoldedText:
    """Fold ``text``; characters outside the foldable ranges are copied as they are."""
    parts: list[str] = []
    pieces: list[_Piece] = []
    copied = 0  # original offset copied so far
    folded_len = 0
    for run in _FOLDABLE_RUN.finditer(text):
        parts.append(text[copied : run.start()])
        folded_len += run.start() - copied
        position = run.start()
        for original, folded in fold_char_clusters(run.group()):
            if len(original) != len(folded):
                pieces.append(
                    _Piece(folded_len, folded_len + len(folded), position, position + len(original))
                )
            parts.append(folded)
            folded_len += len(folded)
            position += len(original)
        copied = run.end()
    if not pieces and not parts:
        return FoldedText(text, text)
    parts.append(text[copied:])
    return FoldedText(text, "".join(parts), pieces)


def fold_pattern(pattern: str) -> str:
    """Fold a regular expression: a character that folds to a regex metacharacter stays literal.

    ``（`` means a literal bracket to the writer; folded to ``(`` it would open a group,
    so it becomes ``\\(`` instead.
    """
    if _FOLDABLE_RUN.search(pattern) is None:
        return pattern
    out: list[str] = []
    copied = 0
    for run in _FOLDABLE_RUN.finditer(pattern):
        out.append(pattern[copied : run.start()])
        for _original, cluster in fold_char_clusters(run.group()):
            out.append(re.escape(cluster) if cluster in ".^$*+?{}[]|()\\" else cluster)
        copied = run.end()
    out.append(pattern[copied:])
    return "".join(out)
