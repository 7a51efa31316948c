"""Which checks run and how sensitive they are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.core.language.setup import LanguageSetup


@dataclass(frozen=True)
class CheckOptions:
    """Thresholds of the draft checks.

    Lengths count characters of the *normalised* text (NFKC, case-folded,
    whitespace and emphasis markers dropped), so a CJK character counts one and
    an English word counts its letters.
    """

    # None runs every registered rule; otherwise only the names listed.
    rules: frozenset[str] | None = None
    # The site generator chosen by the writer ("jekyll", "hugo"...); None: detect from the folder.
    site: str | None = None
    # Exact repeated stretches: the shortest repeat reported, per script.
    min_repeat_cjk: int = 40
    min_repeat_latin: int = 80
    # Whole repeated sentences: shorter floor, so stock phrases still do not fire.
    min_sentence_cjk: int = 25
    min_sentence_latin: int = 60
    # Shorter exact pieces count when they join up across a paragraph boundary
    # into a stretch above ``min_repeat`` (merged or split copies).
    min_piece_cjk: int = 20
    min_piece_latin: int = 35
    # Lightly edited copies: similarity 0..1 (rapidfuzz ratio / 100) and the
    # shortest paragraph or sentence window considered.
    near_similarity: float = 0.87
    near_similarity_in_section: float = 0.75
    min_near_cjk: int = 40
    min_near_latin: int = 90
    # A block counts as a copy when this share of it repeats earlier text.
    block_coverage: float = 0.8
    # reading_time is "far" when off by more than both of these.
    reading_time_ratio: float = 0.35
    reading_time_minutes: float = 2.0
    # Stitches, echoes and restarts need at least this much repeated text.
    min_fragment: int = 8
    min_echo: int = 12
    # Spelling and proofreading (rules "spelling", "proofreading"): None keeps them off,
    # so the draft checks alone stay as they were.
    language: LanguageSetup | None = None

    def enabled(self, rule: str) -> bool:
        return self.rules is None or rule in self.rules

    def min_repeat(self, cjk: bool) -> int:
        return self.min_repeat_cjk if cjk else self.min_repeat_latin

    def min_piece(self, cjk: bool) -> int:
        return self.min_piece_cjk if cjk else self.min_piece_latin

    def min_sentence(self, cjk: bool) -> int:
        return self.min_sentence_cjk if cjk else self.min_sentence_latin

    def min_near(self, cjk: bool) -> int:
        return self.min_near_cjk if cjk else self.min_near_latin
