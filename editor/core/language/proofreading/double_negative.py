"""``no-double-negative-ja``: double negatives (〜なくもない, 〜ないことはない…), like textlint's rule.

The patterns are the rule's list: 〜なくはない／なくもない, 〜ないではない／ないでもない,
〜ないことはない／こともない, 〜ないものではない／ものでもない, 〜ないわけではない／
わけでもない, 〜ないとはかぎらない／ともかぎらない, 〜ないとはいいきれない／といいきれない
(kanji or kana spellings of 事, 物, 訳, 限る, 言い切る).
"""

from __future__ import annotations

import re

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_NAI = r"(?:な|無)"
_PATTERNS = [
    (re.compile(_NAI + r"く[はも]" + _NAI + r"い"), "〜なくはない／〜なくもない"),
    (re.compile(_NAI + r"いで[はも]" + _NAI + r"い"), "〜ないではない／〜ないでもない"),
    (re.compile(_NAI + r"い(?:こと|事)[はも]" + _NAI + r"い"), "〜ないことはない"),
    (re.compile(_NAI + r"い(?:もの|物)で[はも]" + _NAI + r"い"), "〜ないものではない"),
    (re.compile(_NAI + r"い(?:わけ|訳)で[はも]" + _NAI + r"い"), "〜ないわけではない"),
    (re.compile(_NAI + r"いと[はも]?(?:かぎら|限ら)" + _NAI + r"い"), "〜ないとはかぎらない"),
    (
        re.compile(_NAI + r"いと[はも]?(?:いい|言い)(?:きれ|切れ)" + _NAI + r"い"),
        "〜ないとはいいきれない",
    ),
]


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for sentence in sentences:
        for pattern, name in _PATTERNS:
            for match in pattern.finditer(sentence.text):
                start, end = sentence.span(match.start(), match.end())
                out.append(
                    ProofIssue(
                        "double-negative",
                        start,
                        end,
                        f"no-double-negative-ja: double negative “{match.group()}” ({name}); "
                        "say it positively.",
                        f"no-double-negative-ja: 二重否定「{match.group()}」（{name}）です。"
                        "肯定の形で言い切ってください。",
                    )
                )
    return out
