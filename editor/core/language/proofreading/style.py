"""``no-mix-dearu-desumasu``: です/ます and だ/である sentence endings mixed in one post.

Like textlint's rule with its defaults: only sentence endings count (a
「であったが、」 in the middle does not); body text, list items and headings are
judged separately; in each, the style used more often wins and every ending
in the other style is reported.
"""

from __future__ import annotations

import re

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

# Only a plain ending counts: a question (〜でしょうか？), a tag (〜だよ), or quoted
# speech (「〜だ！」) is not the writer's narrative style (textlint does not count them).
_TAIL = r"[。．！？!?）)\s]*$"
_DESUMASU = re.compile(
    r"(?:です|ます|でした|ました|ません|ませんでした|でしょう|ましょう|でしたら|ませ)" + _TAIL
)
_DEARU = re.compile(r"(?:である|であった|であろう|だ|だった|だろう|ではない|ではなかった)" + _TAIL)
_NAMES = {"desumasu": ("です/ます", "ですます"), "dearu": ("だ/である", "である")}


def ending_style(text: str) -> tuple[str, re.Match[str]] | None:
    match = _DESUMASU.search(text)
    if match:
        return "desumasu", match
    match = _DEARU.search(text)
    if match:
        before = text[: match.start()]
        # 「〜のだ」「〜なのだ」 are だ-style; 「〜そうだ」 too. A bare noun + 「だ」 as well.
        if before:
            return "dearu", match
    return None


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    for section in ("body", "list", "heading"):
        found: list[tuple[str, Sentence, re.Match[str]]] = []
        for sentence in sentences:
            kind = sentence.block.kind if sentence.block.kind != "table" else "body"
            if kind != section:
                continue
            ending = ending_style(sentence.text)
            if ending is not None:
                found.append((ending[0], sentence, ending[1]))
        counts = {s: sum(1 for f in found if f[0] == s) for s in _NAMES}
        if not counts["desumasu"] or not counts["dearu"]:
            continue
        major = "desumasu" if counts["desumasu"] >= counts["dearu"] else "dearu"
        minor = "dearu" if major == "desumasu" else "desumasu"
        where_en = {"body": "body sentences", "list": "list items", "heading": "headings"}[section]
        where_ja = {"body": "本文", "list": "箇条書き", "heading": "見出し"}[section]
        for style, sentence, match in found:
            if style != minor:
                continue
            word = match.group().rstrip("。．！？!?」』）) \n")
            start, end = sentence.span(match.start(), match.start() + len(word))
            out.append(
                ProofIssue(
                    "mixed-style",
                    start,
                    end,
                    f"no-mix-dearu-desumasu: {where_en} mostly end in {_NAMES[major][0]} "
                    f"({counts[major]}×) but this ends in {_NAMES[minor][0]} (“{word}”); "
                    "use one style.",
                    f"no-mix-dearu-desumasu: {where_ja}は「{_NAMES[major][1]}」調"
                    f"（{counts[major]}箇所）ですが、ここは「{_NAMES[minor][1]}」調（「{word}」）"
                    "です。文体を統一してください。",
                )
            )
    return out
