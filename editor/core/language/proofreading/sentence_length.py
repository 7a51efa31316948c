"""``sentence-length``: a sentence longer than N characters (default 100), like textlint's rule.

Length counts UTF-16 code units of the text a reader sees (link targets and
markup excluded, inline code counted), as textlint does by default.
"""

from __future__ import annotations

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence


def _units(text: str) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:
    out = []
    for sentence in sentences:
        text = sentence.text.strip()
        length = _units(text)
        if length > options.sentence_length:
            start, end = sentence.span(0, len(sentence.text))
            out.append(
                ProofIssue(
                    "sentence-length",
                    start,
                    end,
                    f"sentence-length: this sentence is {length} characters long (limit "
                    f"{options.sentence_length}); split it.",
                    f"sentence-length: 一文が{length}文字あります（上限{options.sentence_length}文字）。"
                    "文を分けてください。",
                )
            )
    return out
