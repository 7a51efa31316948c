"""Japanese proofreading: textlint-class rules in Python, one small module per rule.

:func:`proofread` runs the enabled kinds (see :data:`model.KINDS`) on the
prose of a post and returns :class:`~.model.ProofIssue` objects with file
offsets. Rules that need morphology (particles, ら抜き, 読点 between nouns,
conjunctions, repeated words) use :mod:`.morph`, loaded on the first Japanese
post; when the analyser is missing those kinds are skipped and the others run, and
:func:`morphology_gap` says where the check should tell the writer so.
The site's prh dictionary applies to every block, Japanese or not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from editor.core.language.proofreading import (
    characters,
    conjunction,
    double_negative,
    joshi,
    kanji_run,
    max_ten,
    morph,
    prh,
    ra_nuki,
    redundant,
    sentence_length,
    spacing,
    style,
    successive,
    weak,
)
from editor.core.language.proofreading.model import KINDS, ProofIssue, ProofOptions
from editor.core.language.proofreading.text import (
    Block,
    Sentence,
    blocks_of,
    is_japanese,
    sentences_of,
)
from editor.core.language.prose import prose_chunks

log = logging.getLogger(__name__)

__all__ = ["KINDS", "ProofIssue", "ProofOptions", "morphology_gap", "proofread"]

Check = Callable[[list[Sentence], ProofOptions], list[ProofIssue]]
# Kinds that look at one sentence at a time: their results are cached per sentence text,
# so a re-check after an edit only analyses the sentences that changed.
_SENTENCE_LOCAL = frozenset(
    {
        "sentence-length",
        "max-ten",
        "kanji-run",
        "doubled-joshi",
        "ra-nuki",
        "double-negative",
        "successive-word",
        "redundant",
        "weak-phrase",
    }
)
_CACHE: dict[tuple[str, str, ProofOptions], tuple[ProofIssue, ...]] = {}
_CACHE_LIMIT = 50_000
# kind -> (check, needs morphology)
_SENTENCE_RULES: dict[str, tuple[Check, bool]] = {
    "mixed-style": (style.check, False),
    "sentence-length": (sentence_length.check, False),
    "max-ten": (max_ten.check, True),
    "kanji-run": (kanji_run.check, False),
    "doubled-joshi": (joshi.check, True),
    "ra-nuki": (ra_nuki.check, True),
    "double-negative": (double_negative.check, False),
    "doubled-conjunction": (conjunction.check, True),
    "successive-word": (successive.check, True),
    "redundant": (redundant.check, True),
    "weak-phrase": (weak.check, False),
    "spacing": (spacing.check, False),
}
_CHARACTER_KINDS = ("punctuation", "full-width-alnum", "half-width-kana", "mixed-exclamation")


def proofread(
    text: str,
    options: ProofOptions | None = None,
    dictionary: prh.PrhDictionary | None = None,
    japanese: bool = True,
) -> list[ProofIssue]:
    """Proofreading issues of the post ``text`` in file order.

    ``japanese`` False (an English post) runs only the prh dictionary.
    """
    opts = options or ProofOptions()
    blocks = [b for chunk in prose_chunks(text) for b in blocks_of(chunk)]
    all_sentences = [s for b in blocks for s in sentences_of(b)]
    out: list[ProofIssue] = []
    if opts.on("prh"):
        out += prh.check(all_sentences, opts, dictionary)
    if japanese:
        sentences = [s for s in all_sentences if is_japanese(s.text)]
        morph_ok = morph.available() if sentences else False
        for kind, (check, needs_morph) in _SENTENCE_RULES.items():
            if not opts.on(kind) or (needs_morph and not morph_ok):
                continue
            if kind in _SENTENCE_LOCAL:
                out += _run_cached(kind, check, sentences, opts)
            else:
                out += _run(kind, check, sentences, opts)
        if any(opts.on(k) for k in _CHARACTER_KINDS):
            out += _run("characters", characters.check, sentences, opts)
    out.sort(key=lambda i: (i.start, i.end, i.kind))
    return _unique(out)


def morphology_gap(text: str, options: ProofOptions | None = None) -> tuple[int, int] | None:
    """File span of the first Japanese sentence when kinds needing morphology cannot run.

    None when the analyser works, no enabled kind needs it, or the post has no Japanese
    sentence. Call it only after :func:`proofread` found no morphology: it parses the text again.
    """
    opts = options or ProofOptions()
    if not any(opts.on(kind) for kind, (_, needs) in _SENTENCE_RULES.items() if needs):
        return None
    if morph.available():
        return None
    for chunk in prose_chunks(text):
        for block in blocks_of(chunk):
            for sentence in sentences_of(block):
                if is_japanese(sentence.text):
                    return sentence.span(0, len(sentence.text))
    return None


def _run(
    kind: str, check: Check, sentences: list[Sentence], opts: ProofOptions
) -> list[ProofIssue]:
    try:
        return check(sentences, opts)
    except Exception:  # noqa: BLE001 - one broken rule must not hide the others
        log.exception("proofreading rule %s failed", kind)
        return []


def _run_cached(
    kind: str, check: Check, sentences: list[Sentence], opts: ProofOptions
) -> list[ProofIssue]:
    if len(_CACHE) > _CACHE_LIMIT:
        _CACHE.clear()
    out: list[ProofIssue] = []
    for sentence in sentences:
        key = (kind, sentence.text, opts)
        found = _CACHE.get(key)
        if found is None:
            # Analysed on its own, with offsets that are indexes into the sentence.
            alone = Block(sentence.block.kind, sentence.text, tuple(range(len(sentence.text))))
            found = tuple(_run(kind, check, [Sentence(alone, 0, len(sentence.text))], opts))
            _CACHE[key] = found
        for issue in found:
            start, end = sentence.span(issue.start, issue.end)
            out.append(replace(issue, start=start, end=end))
    return out


def _unique(issues: list[ProofIssue]) -> list[ProofIssue]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for issue in issues:
        key = (issue.start, issue.end, issue.kind)
        if key not in seen:
            seen.add(key)
            out.append(issue)
    return out
