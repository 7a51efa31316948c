"""``no-dropping-the-ra``: ら抜き言葉 (「食べれる」 for 「食べられる」), like textlint's rule.

Sudachi reads a ら抜き form as its own 下一段 verb (食べれる, 見れる, 来れる)
whose normalised form is the verb it drops the ら from (食べる, 見る, 来る);
real verbs ending in れる (忘れる, 入れる, くれる→呉れる) normalise to
themselves or to another spelling, and are left alone.
"""

from __future__ import annotations

import editor.core.language.proofreading.morph as morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_ICHIDAN = ("上一段", "下一段", "カ行変格")


def is_ra_nuki(token: morph.Token) -> bool:
    """Sudachi normalises a ら抜き form to its verb: 食べれる -> 食べる, これる -> 来る."""
    if token.pos != "動詞" or not token.base.endswith("れる") or token.norm == token.base:
        return False
    stem = token.base[:-2]
    if not (token.norm == stem + "る" or (stem == "こ" and token.norm == "来る")):
        return False
    # 作れる (the potential of 五段 作る) is correct; only 一段 verbs and 来る take られる.
    verb = morph.tokenize(token.norm)
    return len(verb) == 1 and verb[0].ctype.startswith(_ICHIDAN)


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for sentence in sentences:
        for token in morph.tokenize(sentence.text):
            if not is_ra_nuki(token):
                continue
            stem = token.base[:-2]
            # 食べれ|ない -> 食べられ|ない: insert ら before the れ of the surface.
            at = len(stem)
            if not token.surface.startswith(stem) or token.surface[at : at + 1] != "れ":
                continue
            fixed = token.surface[:at] + "ら" + token.surface[at:]
            start, end = sentence.span(token.start, token.end)
            out.append(
                ProofIssue(
                    "ra-nuki",
                    start,
                    end,
                    f"no-dropping-the-ra: “{token.surface}” drops the ら; write “{fixed}”.",
                    f"no-dropping-the-ra: ら抜き言葉「{token.surface}」です。「{fixed}」としてください。",
                    replacement=fixed,
                )
            )
    return out
