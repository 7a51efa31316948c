"""``ja-no-weak-phrase`` (off by default): hedges such as 〜かもしれない, 〜と思います."""

from __future__ import annotations

import re

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_WEAK = re.compile(
    r"かもしれ(?:ない|ません|なかった)|かも(?=[。！？!?]|$)|と思(?:う|います|われる|われます)"
    r"|可能性を示唆(?:する|します|している)"
)


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for sentence in sentences:
        for match in _WEAK.finditer(sentence.text):
            start, end = sentence.span(match.start(), match.end())
            out.append(
                ProofIssue(
                    "weak-phrase",
                    start,
                    end,
                    f"ja-no-weak-phrase: “{match.group()}” is a weak phrase; state it plainly.",
                    f"ja-no-weak-phrase: 弱い表現「{match.group()}」が使われています。言い切ってください。",
                )
            )
    return out
