"""JTF-style character rules for Japanese sentences, each with a certain fix.

* ``punctuation``: half-width 「,」「.」 after Japanese characters become 「、」「。」
  (JTF 1.2.1), and a post that mostly uses 。、 does not mix in ．，
  (or the other way round);
* ``full-width-alnum``: full-width letters and digits (ＡＢＣ１２３) become half-width
  (JTF 2.1.8, 2.1.9);
* ``half-width-kana``: half-width katakana (ｶﾀｶﾅ) become full-width;
* ``mixed-exclamation``: ！ and ! (？ and ?) both used in one post: the less used
  one is reported.
"""

from __future__ import annotations

import re
import unicodedata

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_JA = r"\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff"  # kana, kanji; not ー (inline code)
_ASCII_PUNCT = re.compile(rf"(?<=[{_JA}])(?:,(?=[{_JA}])|\.(?=[{_JA}\s]|$))")
_DOTS = re.compile(rf"(?<=[{_JA}])\.{{2,}}")
_FULL_ALNUM = re.compile(r"[Ａ-Ｚａ-ｚ０-９]+")
_HALF_KANA = re.compile(r"[\uff61-\uff9f]+")


def _issue(kind: str, sentence: Sentence, i: int, j: int, en: str, ja: str, fix: str) -> ProofIssue:
    start, end = sentence.span(i, j)
    return ProofIssue(kind, start, end, en, ja, replacement=fix)


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:
    out: list[ProofIssue] = []
    if options.on("punctuation"):
        out += _punctuation(sentences)
    for sentence in sentences:
        text = sentence.text
        if options.on("full-width-alnum"):
            for m in _FULL_ALNUM.finditer(text):
                fixed = unicodedata.normalize("NFKC", m.group())
                out.append(
                    _issue(
                        "full-width-alnum",
                        sentence,
                        m.start(),
                        m.end(),
                        f"jtf-style: write “{m.group()}” in half-width (“{fixed}”).",
                        f"jtf-style: 全角英数字「{m.group()}」は半角「{fixed}」で書いてください。",
                        fixed,
                    )
                )
        if options.on("half-width-kana"):
            for m in _HALF_KANA.finditer(text):
                fixed = unicodedata.normalize("NFKC", m.group())
                out.append(
                    _issue(
                        "half-width-kana",
                        sentence,
                        m.start(),
                        m.end(),
                        f"no-hankaku-kana: half-width katakana “{m.group()}”; write “{fixed}”.",
                        f"no-hankaku-kana: 半角カタカナ「{m.group()}」は全角「{fixed}」で書いてください。",
                        fixed,
                    )
                )
    if options.on("mixed-exclamation"):
        out += _mixed(sentences, "！", "!") + _mixed(sentences, "？", "?")
    return out


def _punctuation(sentences: list[Sentence]) -> list[ProofIssue]:
    out = []
    for sentence in sentences:
        for m in _ASCII_PUNCT.finditer(sentence.text):
            fixed = "、" if m.group() == "," else "。"
            out.append(
                _issue(
                    "punctuation",
                    sentence,
                    m.start(),
                    m.end(),
                    f"jtf-style: use the full-width “{fixed}” after Japanese text, not “{m.group()}”.",
                    f"jtf-style: 日本語の文では「{m.group()}」ではなく全角の「{fixed}」を使ってください。",
                    fixed,
                )
            )
    for sentence in sentences:
        for m in _DOTS.finditer(sentence.text):
            start, end = sentence.span(m.start(), m.end())
            out.append(
                ProofIssue(
                    "punctuation",
                    start,
                    end,
                    f"jtf-style: “{m.group()}” after Japanese text; write “…” or “。”.",
                    f"jtf-style: 日本語の文で「{m.group()}」が使われています。「…」か「。」にしてください。",
                )
            )
    for usual, other in (("、", "，"), ("。", "．")):
        used = sum(s.text.count(usual) for s in sentences)
        odd = sum(s.text.count(other) for s in sentences)
        if not used or not odd:
            continue
        keep, drop = (usual, other) if used >= odd else (other, usual)
        for sentence in sentences:
            for i, c in enumerate(sentence.text):
                if c == drop:
                    out.append(
                        _issue(
                            "punctuation",
                            sentence,
                            i,
                            i + 1,
                            f"jtf-style: this post uses “{keep}”; write “{keep}” here too, not “{drop}”.",
                            f"jtf-style: この記事では「{keep}」を使っています。「{drop}」を「{keep}」にしてください。",
                            keep,
                        )
                    )
    return out


def _mixed(sentences: list[Sentence], full: str, half: str) -> list[ProofIssue]:
    count_full = sum(s.text.count(full) for s in sentences)
    count_half = sum(len(re.findall(rf"(?<=[{_JA}]){re.escape(half)}", s.text)) for s in sentences)
    if not count_full or not count_half:
        return []
    keep, drop = (full, half) if count_full >= count_half else (half, full)
    out = []
    for sentence in sentences:
        pattern = rf"(?<=[{_JA}]){re.escape(drop)}" if drop == half else re.escape(drop)
        for m in re.finditer(pattern, sentence.text):
            out.append(
                _issue(
                    "mixed-exclamation",
                    sentence,
                    m.start(),
                    m.end(),
                    f"jtf-style: this post mostly uses “{keep}”; write “{keep}” here too.",
                    f"jtf-style: この記事では主に「{keep}」を使っています。「{drop}」を「{keep}」にそろえてください。",
                    keep,
                )
            )
    return out
