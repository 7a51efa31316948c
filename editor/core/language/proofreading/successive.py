"""``ja-no-successive-word``: the same word twice in a row (「これはは」, 「あるある」).

Like textlint's rule: tokens from the analyser, compared by surface;
repeated katakana (onomatopoeia: カクカク) and numbers are allowed, and so are
symbols, the ー that stands for inline code, and words of the same kana
repeated as part of a longer word (すもももももも is analysed as separate
words, so the rule accepts 「もも」「も」 patterns only when they are
particles between nouns, as textlint does).
"""

from __future__ import annotations

import re

import editor.core.language.proofreading.morph as morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import CODE_FILL, Sentence

_KATAKANA = re.compile(r"^[\u30a0-\u30ffー]+$")
_SKIP_POS = ("補助記号", "記号", "空白")


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for sentence in sentences:
        tokens = morph.tokenize(sentence.text)
        for a, b in zip(tokens, tokens[1:], strict=False):
            if a.surface != b.surface or a.end != b.start:
                continue
            word = a.surface
            if a.pos in _SKIP_POS or CODE_FILL in word or not word.strip():
                continue
            if _KATAKANA.match(word) or word.isdigit() or a.pos == "数詞":
                continue
            if a.pos == "助詞" and word == "も" and a.pos1 == "係助詞" and len(word) == 1:
                # すもももももももものうち: も between nouns is grammatical
                continue
            start, end = sentence.span(b.start, b.end)
            out.append(
                ProofIssue(
                    "successive-word",
                    start,
                    end,
                    f"ja-no-successive-word: “{word}” appears twice in a row; delete one.",
                    f"ja-no-successive-word: 「{word}」が連続して2回使われています。",
                    replacement="" if a.pos == "助詞" else None,
                )
            )
    return out
