"""``no-doubled-joshi``: the same particle twice in a row within one sentence.

Behaviour follows textlint's rule (defaults: min_interval 1, strict off):
particles next to each other are one particle (「には」); 、, brackets and
sentence marks between two particles keep them apart; and these repeats are
allowed: 「の」, 「を」, 接続助詞「て」, a pair of parallel particles
(〜たり〜たり, 〜や〜や), and 〜かどうか. Sudachi's tags replace kuromoji's
IPADIC tags: Sudachi has no 連体化 or 並立助詞, so those are recognised by
their surface, and Sudachi's 準体助詞 (「読むのが」の「の」) is a noun in IPADIC
and is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import editor.core.language.proofreading.morph as morph
from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_PARALLEL = frozenset({"たり", "だり", "や", "とか", "やら"})
_STOPS = frozenset("、，。．？！?!.")


@dataclass(frozen=True)
class _Particle:
    surface: str
    key: str
    start: int
    end: int
    index: int  # position among all (merged) tokens


def _is_particle(token: morph.Token) -> bool:
    return token.pos == "助詞" and token.pos1 != "準体助詞"


# IPADIC has one 連語 particle for these (について, によって, として…); Sudachi splits them.
_RENGO_AFTER = {
    "に": (
        "つい",
        "より",
        "よっ",
        "よる",
        "よれ",
        "おい",
        "おけ",
        "対し",
        "対する",
        "とっ",
        "関し",
        "関する",
        "つき",
        "わたっ",
        "沿っ",
        "基づい",
        "応じ",
        "向け",
        "際し",
    ),
    "と": ("し", "とも"),
}


def _ipadic_class(
    token: morph.Token, previous: morph.Token | None, following: morph.Token | None = None
) -> str | None:
    """The IPADIC sub-class kuromoji would give this token as a particle, or None.

    IPADIC splits what Sudachi merges: 「静かに」「すぐに」's に is 副詞化 (Sudachi: the
    copula だ, or 格助詞 after an adverb), and 「〜たいと願う」's と is 引用 (after a
    predicate) rather than 一般 (after a noun).
    """
    if token.pos == "助動詞" and token.surface == "に" and token.cform.startswith("連用形-ニ"):
        return "副詞化"
    if not _is_particle(token):
        return None
    if following is not None and following.surface in _RENGO_AFTER.get(token.surface, ()):
        if token.surface != "と" or following.surface != "し" or following.pos == "動詞":
            return "連語"
    if token.surface == "に" and previous is not None and previous.pos == "副詞":
        return "副詞化"
    if token.surface == "と" and token.pos1 == "格助詞" and previous is not None:
        if previous.pos in ("動詞", "助動詞", "形容詞") or previous.surface in ("」", "』"):
            return "引用"
    return token.pos1


def _countable(tokens: tuple[morph.Token, ...]) -> tuple[list[_Particle | None], list[str]]:
    """The particles and separators in order (None marks a separator) and the merged surfaces."""
    items: list[_Particle | None] = []
    surfaces: list[str] = []
    previous_particle = False
    previous: morph.Token | None = None
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        klass = _ipadic_class(token, previous, following)
        previous = token
        if klass is not None:
            if previous_particle and items and items[-1] is not None:
                last = items[-1]
                items[-1] = _Particle(
                    last.surface + token.surface,
                    last.key + token.surface,
                    last.start,
                    token.end,
                    last.index,
                )
                surfaces[-1] += token.surface
                continue
            items.append(
                _Particle(
                    token.surface,
                    f"{token.surface}:{klass}",
                    token.start,
                    token.end,
                    len(surfaces),
                )
            )
            surfaces.append(token.surface)
            previous_particle = True
            continue
        previous_particle = False
        surfaces.append(token.surface)
        if token.surface in _STOPS or token.pos1 in ("括弧開", "括弧閉"):
            items.append(None)
    return items, surfaces


def _excepted(group: list[_Particle], surfaces: list[str]) -> bool:
    first = group[0]
    if first.surface in ("の", "を") or first.key == "て:接続助詞":
        return True
    if len(group) == 2 and first.surface in _PARALLEL:
        return True
    if len(group) == 2 and first.surface == "か":
        second = group[1]
        return second.index > 0 and surfaces[second.index - 1] == "どう"
    return False


def check(sentences: list[Sentence], options: ProofOptions) -> list[ProofIssue]:
    out = []
    for sentence in sentences:
        tokens = morph.tokenize(sentence.text)
        items, surfaces = _countable(tokens)
        groups: dict[str, list[tuple[int, _Particle]]] = {}
        for position, item in enumerate(items):
            if item is not None:
                groups.setdefault(item.key, []).append((position, item))
        for members in groups.values():
            particles = [p for _, p in members]
            if len(particles) < 2 or particles[0].surface in options.joshi_allow:
                continue
            if _excepted(particles, surfaces):
                continue
            for (pos_a, a), (pos_b, b) in zip(members, members[1:], strict=False):
                if pos_b - pos_a > 1:
                    continue
                start, end = sentence.span(b.start, b.end)
                word_a = surfaces[a.index - 1] if a.index else ""
                word_b = surfaces[b.index - 1] if b.index else ""
                out.append(
                    ProofIssue(
                        "doubled-joshi",
                        start,
                        end,
                        f"no-doubled-joshi: the particle “{b.surface}” is used twice in a row in "
                        f"one sentence ({word_a}“{a.surface}” … {word_b}“{b.surface}”); use another "
                        "particle, reorder or split the sentence.",
                        f"no-doubled-joshi: 一文に二回以上利用されている助詞「{b.surface}」があります"
                        f"（{word_a}「{a.surface}」…{word_b}「{b.surface}」）。別の助詞にする、"
                        "語順を入れ替える、文を分けるなどを検討してください。",
                        extra={"first": sentence.span(a.start, a.end)},
                    )
                )
    return out
