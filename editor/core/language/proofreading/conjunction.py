"""``no-doubled-conjunction``: two sentences in a row that start with the same conjunction.

Like textlint's rule: 「しかし、〜。しかし、〜」 within one paragraph. The
conjunction is the sentence's first token when the analyser tags it 接続詞.
"""

from __future__ import annotations

from editor.core.language.proofreading import morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    previous: tuple[object, str] | None = None
    for sentence in sentences:
        tokens = [t for t in morph.tokenize(sentence.text) if t.surface.strip()]
        first = tokens[0] if tokens else None
        word = first.surface if first is not None and first.pos == "接続詞" else ""
        if word and previous == (sentence.block, word):
            start, end = sentence.span(first.start, first.end)  # type: ignore[union-attr]
            out.append(
                ProofIssue(
                    "doubled-conjunction",
                    start,
                    end,
                    f"no-doubled-conjunction: two sentences in a row start with “{word}”; drop "
                    "one or use another conjunction.",
                    f"no-doubled-conjunction: 同じ接続詞「{word}」が連続して使われています。"
                    "どちらかを削るか、別の接続詞にしてください。",
                )
            )
        previous = (sentence.block, word)
    return out
