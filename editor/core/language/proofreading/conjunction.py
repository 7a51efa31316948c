"""``no-doubled-conjunction``: two sentences in a row that start with the same conjunction.

Like textlint's rule: 「しかし、〜。しかし、〜」, sentence after sentence. The
conjunction is the sentence's first token when the analyser tags it 接続詞.
"""

from __future__ import annotations

import editor.core.language.proofreading.morph as morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

# Words kuromoji's IPADIC tags 接続詞 but Sudachi (UniDic) tags 副詞 or splits (な+ので).
_ALSO = tuple(
    "つまり 例えば たとえば なので ですので だから ただし すなわち ちなみに 要するに".split()
)


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    out = []
    previous = ""
    for sentence in sentences:
        tokens = [t for t in morph.tokenize(sentence.text) if t.surface.strip()]
        first = tokens[0] if tokens else None
        word = ""
        if first is not None and first.pos == "接続詞":
            word = first.surface
        elif first is not None:
            text = sentence.text[first.start :]
            word = next((w for w in _ALSO if text.startswith(w)), "")
        if word and previous == word:
            assert first is not None
            start, end = sentence.span(first.start, first.start + len(word))
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
        previous = word
    return out
