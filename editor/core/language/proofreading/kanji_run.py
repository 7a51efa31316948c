"""``max-kanji-continuous-len``: more than N kanji in a row (default 5), like textlint's rule."""

from __future__ import annotations

import re

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_RUN = re.compile(r"[々〇〻\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:
    out = []
    for sentence in sentences:
        for match in _RUN.finditer(sentence.text):
            run = match.group()
            if len(run) <= options.max_kanji or run in options.kanji_allow:
                continue
            start, end = sentence.span(match.start(), match.end())
            out.append(
                ProofIssue(
                    "kanji-run",
                    start,
                    end,
                    f"max-kanji-continuous-len: {len(run)} kanji in a row in “{run}” (limit "
                    f"{options.max_kanji}); add kana or split the compound.",
                    f"max-kanji-continuous-len: 漢字が{len(run)}文字連続しています（「{run}」、"
                    f"上限{options.max_kanji}文字）。かなを交えるか語を分けてください。",
                )
            )
    return out
