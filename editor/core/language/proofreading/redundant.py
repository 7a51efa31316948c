"""``ja-no-redundant-expression``: wordy phrases with a shorter equal (「することができる」→「できる」).

The six patterns of textlint's dictionary: 〜することが(不)可能, 〜することができる,
〜であると言えます, 〜であると考えている, [サ変名詞]を行う, [サ変名詞]を実行 (with
its default exceptions: 処理を行う, katakana or Latin words before を). Fixes are
offered only for the two whose shorter form is certain (することができる→できる,
することが可能→できる is not certain and gets none).
"""

from __future__ import annotations

import re

import editor.core.language.proofreading.morph as morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_CAN = re.compile(r"(する)?(?:こと|事)[がはも](でき|出来)(る|ます|ない|ません|た|ました)")
_POSSIBLE = re.compile(r"する(?:こと|事)[がはも](不)?可能")
_IEMASU = re.compile(r"であると(言|い)え(ます|る)")
_KANGAE = re.compile(r"であると(考|かんが)えて(いる|います|おり)")
_SAHEN = re.compile(r"を(行|おこな)([わいうえおっ])|を実行")
_ALLOW_BEFORE = re.compile(r"(処理|[ァ-ヶー]+|[A-Za-z]+)$")


def _issue(
    kind_text: str, start: int, end: int, en: str, ja: str, fix: str | None = None
) -> ProofIssue:
    return ProofIssue(
        "redundant",
        start,
        end,
        f"ja-no-redundant-expression: “{kind_text}” is wordy; {en}",
        f"ja-no-redundant-expression: 「{kind_text}」は冗長な表現です。{ja}",
        replacement=fix,
    )


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for sentence in sentences:
        text = sentence.text
        for match in _CAN.finditer(text):
            if match.group(1) != "する":
                continue
            start, end = sentence.span(match.start(), match.end())
            fixed = "でき" + match.group(3) if match.group(2) == "でき" else "出来" + match.group(3)
            out.append(
                _issue(
                    match.group(),
                    start,
                    end,
                    f"write “{fixed}”.",
                    f"「{fixed}」と簡潔にしてください。",
                    fixed,
                )
            )
        for match in _POSSIBLE.finditer(text):
            start, end = sentence.span(match.start(), match.end())
            out.append(
                _issue(
                    match.group(),
                    start,
                    end,
                    "drop “することが”.",
                    "「することが」を省いてください。",
                )
            )
        for pattern in (_IEMASU, _KANGAE):
            for match in pattern.finditer(text):
                start, end = sentence.span(match.start(), match.end())
                out.append(
                    _issue(
                        match.group(),
                        start,
                        end,
                        "drop “である” or the verb after it.",
                        "「である」か後ろの動詞を省いてください。",
                    )
                )
        for match in _SAHEN.finditer(text):
            noun = _sahen_before(text, match.start())
            if noun is None or _ALLOW_BEFORE.search(noun):
                continue
            start, end = sentence.span(match.start() - len(noun), match.end())
            out.append(
                _issue(
                    noun + match.group(),
                    start,
                    end,
                    f"write “{noun}する”.",
                    f"「{noun}する」など簡潔にしてください。",
                )
            )
    return out


def _sahen_before(text: str, at: int) -> str | None:
    """The サ変 noun right before を at ``at`` (「議論を行う」の「議論」), or None."""
    tokens = morph.tokenize(text[:at])
    if not tokens:
        return None
    last = tokens[-1]
    if last.pos == "名詞" and "サ変" in last.pos2:
        return last.surface
    return None
