"""``no-dropping-the-ra``: ら抜き言葉 (「食べれる」 for 「食べられる」), like textlint's rule.

Sudachi reads a ら抜き form as its own 下一段 verb (食べれる, 見れる, 来れる).
It is one when removing 「れる」 and adding 「る」 gives a 一段 verb or 来る
(食べ+る, 見+る) — that test keeps real verbs such as 知れる (する) and
入れる (入る, 五段) out. Kana-only one-syllable stems (くれる, いれる) are
real verbs and are left alone, except こ (来れる written in kana).
"""

from __future__ import annotations

from editor.core.language.proofreading import morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_ICHIDAN = ("上一段", "下一段", "カ行変格")


def _is_ichidan_stem(stem: str) -> bool:
    if not stem or (len(stem) == 1 and "\u3040" <= stem <= "\u309f" and stem != "こ"):
        return False
    tokens = morph.tokenize(stem + "る")
    return (
        len(tokens) == 1
        and tokens[0].pos == "動詞"
        and tokens[0].ctype.startswith(_ICHIDAN)
        and tokens[0].base == stem + "る"
    )


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for sentence in sentences:
        for token in morph.tokenize(sentence.text):
            if token.pos != "動詞" or not token.base.endswith("れる") or len(token.base) < 3:
                continue
            if not token.ctype.startswith("下一段-ラ行"):
                continue
            stem = token.base[:-2]
            if not _is_ichidan_stem(stem):
                continue
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
