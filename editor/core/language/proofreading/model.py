"""The result and the options of the Japanese proofreading rules."""

from __future__ import annotations

from dataclasses import dataclass, field

# Every kind, in the order Preferences lists them; textlint's rule name for each.
KINDS: dict[str, str] = {
    "mixed-style": "no-mix-dearu-desumasu",
    "sentence-length": "sentence-length",
    "max-ten": "max-ten",
    "kanji-run": "max-kanji-continuous-len",
    "doubled-joshi": "no-doubled-joshi",
    "ra-nuki": "no-dropping-the-ra",
    "double-negative": "no-double-negative-ja",
    "doubled-conjunction": "no-doubled-conjunction",
    "successive-word": "ja-no-successive-word",
    "redundant": "ja-no-redundant-expression",
    "weak-phrase": "ja-no-weak-phrase",
    "punctuation": "jtf-style 1.2.1 / ja-no-mixed-period",
    "full-width-alnum": "jtf-style 2.1.8 / 2.1.9",
    "half-width-kana": "no-hankaku-kana",
    "mixed-exclamation": "jtf-style 4.2.1 / 4.2.6",
    "spacing": "ja-space-between-half-and-full-width",
    "prh": "prh",
}
OFF_BY_DEFAULT = frozenset({"weak-phrase"})


@dataclass(frozen=True)
class ProofOptions:
    kinds: frozenset[str] = frozenset(k for k in KINDS if k not in OFF_BY_DEFAULT)
    sentence_length: int = 100
    max_ten: int = 3
    max_kanji: int = 5
    kanji_allow: tuple[str, ...] = ()
    joshi_allow: tuple[str, ...] = ()

    def on(self, kind: str) -> bool:
        return kind in self.kinds


@dataclass(frozen=True)
class ProofIssue:
    kind: str
    start: int  # file offset
    end: int  # file offset, exclusive
    message_en: str
    message_ja: str
    replacement: str | None = None  # a certain rewrite of [start, end)
    extra: dict = field(default_factory=dict, compare=False, hash=False)
