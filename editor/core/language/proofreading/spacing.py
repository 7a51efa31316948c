"""``spacing``: a space between Japanese and Latin letters or digits — one habit per post.

Some writers put a space around 「Python」 in a Japanese sentence and some do
not (textlint's ja-space-between-half-and-full-width lets a site pick). Kosei
takes the post's own majority and reports the boundaries that break it, with
the fix that adds or removes the space.
"""

from __future__ import annotations

import re

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_JA = (
    "\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff"  # kana and kanji (no ー, no punctuation)
)
_AN = "A-Za-z0-9"
MIN_BOUNDARIES = 5
MAX_MINORITY = 0.2
_BOUNDARY = re.compile(rf"(?<=[{_JA}])( ?)(?=[{_AN}])|(?<=[{_AN}])( ?)(?=[{_JA}])")


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:  # noqa: ARG001
    found: list[tuple[Sentence, int, bool]] = []
    for sentence in sentences:
        for m in _BOUNDARY.finditer(sentence.text):
            found.append((sentence, m.start(), bool(m.group(1) or m.group(2))))
    spaced = sum(1 for f in found if f[2])
    tight = len(found) - spaced
    # Only a clear habit is enforced: the minority must be rare (<= 20%) in enough boundaries.
    if not spaced or not tight or len(found) < MIN_BOUNDARIES:
        return []
    if min(spaced, tight) > len(found) * MAX_MINORITY:
        return []
    keep_space = spaced > tight
    out = []
    for sentence, at, has_space in found:
        if has_space == keep_space:
            continue
        if has_space:
            start, end = sentence.span(at, at + 1)
            en = "this post writes Japanese and Latin text without a space between them; remove it."
            ja = "この記事では日本語と英数字の間にスペースを入れていません。スペースを削除してください。"
            fix = ""
        else:
            # zero-width boundary: the span covers the character before, the fix re-adds it
            start, end = sentence.span(at - 1, at)
            before = sentence.text[at - 1]
            en = "this post puts a space between Japanese and Latin text; add one here."
            ja = "この記事では日本語と英数字の間にスペースを入れています。ここにもスペースを入れてください。"
            fix = before + " "
        out.append(
            ProofIssue(
                "spacing",
                start,
                end,
                "ja-space-between-half-and-full-width: " + en,
                "ja-space-between-half-and-full-width: " + ja,
                replacement=fix,
            )
        )
    return out
