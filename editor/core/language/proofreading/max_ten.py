"""``max-ten``: more than N 読点 (default 3) in one sentence, like textlint's rule.

A 、 between two nouns is a list separator, not a pause, and is not counted
(textlint's exception); nouns are recognised by the morphological analyser.
"""

from __future__ import annotations

import editor.core.language.proofreading.morph as morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

TOUTEN = "、"


def _noun(token: morph.Token | None) -> bool:
    return token is not None and token.pos in ("名詞", "代名詞")


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:
    out = []
    for sentence in sentences:
        text = sentence.text
        if text.count(TOUTEN) <= options.max_ten:
            continue
        tokens = morph.tokenize(text)
        count = 0
        for i, token in enumerate(tokens):
            if token.surface != TOUTEN:
                continue
            before = _before_paren(tokens, i)
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if _noun(before) and _noun(after):
                continue
            count += 1
            if count > options.max_ten:
                start, end = sentence.span(token.start, token.end)
                out.append(
                    ProofIssue(
                        "max-ten",
                        start,
                        end,
                        f"max-ten: more than {options.max_ten} “、” in one sentence; end the "
                        "sentence with “。” somewhere.",
                        f"max-ten: 一つの文で「、」を{options.max_ten + 1}つ以上使用しています。"
                        "「。」で文を区切ってください。",
                    )
                )
                break
    return out


def _before_paren(tokens: tuple[morph.Token, ...], i: int) -> morph.Token | None:
    """The token before position i, skipping a bracketed note: X（A）、Y counts X."""
    j = i - 1
    if j >= 0 and tokens[j].surface in ("）", ")"):
        depth = 0
        while j >= 0:
            if tokens[j].surface in ("）", ")"):
                depth += 1
            elif tokens[j].surface in ("（", "("):
                depth -= 1
                if depth == 0:
                    j -= 1
                    break
            j -= 1
    return tokens[j] if j >= 0 else None
