"""Is a fix safe? It is when every word it deletes still occurs in the post after it.

A fix that deletes a copy must not take the only occurrence of a word or
clause with it (a near copy often carries a new clause). Latin text is
compared word by word, CJK text clause by clause (runs between punctuation),
both normalised (NFKC, case folded, markup and spaces dropped).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

import editor.core.checks.messages as msg
from editor.core.checks.findings import Finding, Fix
from editor.core.checks.fixes import span_offsets

_CLAUSE = re.compile(r"[\s。、，,．.！!？?：:；;「」『』（）()\[\]【】\"“”'‘’…・/|*_~`#>-]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def pieces(text: str) -> list[str]:
    """Words (Latin) and clauses (CJK) of ``text``, normalised."""
    folded = _fold(text)
    if not _CJK.search(folded):
        # no clause anywhere: the words of the runs are the words of the text (every
        # separator is a non-word character or "_", which _WORD leaves out too)
        return [word for word in _WORD.findall(folded) if len(word) >= 2]
    out: list[str] = []
    for run in _CLAUSE.split(folded):
        if not run:
            continue
        if _CJK.search(run):
            if len(run) >= 2:
                out.append(run)
        else:
            out.extend(w for w in _WORD.findall(run) if len(w) >= 2)
    return out


def join_pieces(text: str) -> str:
    """The normalised text with every separator dropped (a cut clause is found across them)."""
    return "".join(_CLAUSE.split(_fold(text)))


class Remainder:
    """The post's words and clauses, counted once per run, asked about many fixes.

    A piece the fix deletes survives when it is still counted after the fix
    (the whole post's count, minus the replaced region's, plus the
    replacement's); a CJK clause that is not a whole clause elsewhere is looked
    for as a substring (a cut clause continues inside a longer one).
    """

    def __init__(
        self,
        text: str,
        counts: Counter[str] | None = None,
        join: Callable[[str], str] | None = None,
    ) -> None:
        """``counts`` (``pieces`` of ``text`` counted) and ``join`` (computes :func:`join_pieces`)
        come from a :class:`~editor.core.checks.tally.Tally` kept between runs, when given."""
        self.text = text
        self.counts = counts if counts is not None else Counter(pieces(text))
        self._join = join or join_pieces
        self._joined: str | None = None
        self._keys: str | None = None

    @property
    def joined(self) -> str:
        if self._joined is None:
            self._joined = self._join(self.text)
        return self._joined

    def lost(
        self, start: int, end: int, replacement: str, ignore: tuple[str, ...] = ()
    ) -> list[str]:
        """Pieces deleted by replacing text[start:end] that occur nowhere in the result.

        Lines in ``ignore`` (leftover markers) are meant to go. The last piece may
        be a word cut short ("expe"): it is kept when a longer word starts with it.
        """
        region = self.text[start:end]
        gone = region
        for line in ignore:
            gone = gone.replace(line, " ")
        pending = pieces(gone)
        if not pending:
            return []
        in_region = Counter(pending if gone is region else pieces(region))
        in_new = Counter(pieces(replacement)) if replacement else Counter()
        lost: list[str] = []
        for piece in dict.fromkeys(pending):
            if self.counts[piece] - in_region[piece] + in_new[piece] > 0:
                continue
            if _CJK.search(piece) and self._substring_left(piece, region, replacement):
                continue
            if piece == pending[-1] and self._starts_word(piece):
                continue
            lost.append(piece)
        return lost

    def _substring_left(self, piece: str, region: str, replacement: str) -> bool:
        left = self.joined.count(piece) - join_pieces(region).count(piece)
        return left + (join_pieces(replacement).count(piece) if replacement else 0) > 0

    def _starts_word(self, piece: str) -> bool:
        """Some longer word of the post starts with ``piece``."""
        if _CJK.search(piece):
            return False
        if self._keys is None:
            self._keys = joined_words(self.counts)
        return has_longer_word(self._keys, piece)


def joined_words(words: Iterable[str]) -> str:
    """Distinct words (none holding a newline) as one string for :func:`has_longer_word`."""
    return "\n" + "\n".join(words) + "\n"


def has_longer_word(joined: str, word: str) -> bool:
    """Some word of ``joined`` (from :func:`joined_words`) starts with ``word`` and is longer.

    One search for "\\nword" followed by more letters; the words are distinct, so at
    most one hit is the word itself.
    """
    at = joined.find("\n" + word)
    while at >= 0:
        if joined[at + 1 + len(word)] != "\n":
            return True
        at = joined.find("\n" + word, at + 1)
    return False


def mark_unsafe(
    text: str,
    findings: list[Finding],
    skip: frozenset[str],
    remainder: Callable[[], Remainder] | None = None,
) -> list[Finding]:
    """Findings whose fix would lose words get ``fix.safe = False`` and say which words.

    ``remainder`` returns the run's shared :class:`Remainder` of ``text`` (one is made
    when it is not given)."""
    out = []
    make = remainder or (lambda: Remainder(text))
    found: Remainder | None = None
    for finding in findings:
        fix = finding.fix
        if fix is None or finding.rule not in ("duplicate", "truncated"):
            out.append(finding)
            continue
        start, end = span_offsets(text, fix.span)
        rows = text[start:end].split("\n")
        ignore = tuple(row for row in rows if row.strip() and row.strip() in skip)
        found = found or make()
        lost = found.lost(start, end, fix.replacement, ignore)
        if lost:
            en, ja = msg.drops(lost)
            unsafe: Fix = replace(fix, safe=False)
            finding = replace(
                finding,
                fix=unsafe,
                message_en=finding.message_en + en,
                message_ja=finding.message_ja + ja,
                extra={**finding.extra, "drops": lost},
            )
        out.append(finding)
    return out
