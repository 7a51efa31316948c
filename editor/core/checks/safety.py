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
from dataclasses import replace
from difflib import SequenceMatcher

from editor.core.checks import messages as msg
from editor.core.checks.findings import Finding, Fix
from editor.core.checks.fixes import span_offsets

_CLAUSE = re.compile(r"[\s。、，,．.！!？?：:；;「」『』（）()\[\]【】\"“”'‘’…・/|*_~`#>-]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[^\W_]+")
_MAX_DIFF = 40_000


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def deleted_text(old: str, new: str) -> str:
    """The characters of ``old`` that ``new`` does not keep (a character diff)."""
    if not new:
        return old
    if not old:
        return ""
    if len(old) + len(new) > _MAX_DIFF:
        return old
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    parts = [old[i1:i2] for tag, i1, i2, _j1, _j2 in matcher.get_opcodes() if tag != "equal"]
    return "\n".join(parts)


def pieces(text: str) -> list[str]:
    """Words (Latin) and clauses (CJK) of ``text``, normalised."""
    out: list[str] = []
    for run in _CLAUSE.split(_fold(text)):
        if not run:
            continue
        if _CJK.search(run):
            if len(run) >= 2:
                out.append(run)
        else:
            out.extend(w for w in _WORD.findall(run) if len(w) >= 2)
    return out


def _joined(text: str) -> str:
    return "".join(_CLAUSE.split(_fold(text)))


class Remainder:
    """The post's normalised text, folded once per run, asked about many fixes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.joined = _joined(text)
        self.words = Counter(_WORD.findall(_fold(text)))

    def lost(
        self, start: int, end: int, replacement: str, ignore: tuple[str, ...] = ()
    ) -> list[str]:
        """Pieces deleted by replacing text[start:end] that occur nowhere in the result.

        Lines in ``ignore`` (leftover markers) are meant to go. The last piece may
        be a word cut short ("expe"): it is kept when a longer word starts with it.
        """
        region = self.text[start:end]
        gone = deleted_text(region, replacement)
        for line in ignore:
            gone = gone.replace(line, " ")
        pending = pieces(gone)
        if not pending:
            return []
        region_joined, new_joined = _joined(region), _joined(replacement)
        region_words = Counter(_WORD.findall(_fold(region)))
        new_words = Counter(_WORD.findall(_fold(replacement)))
        lost: list[str] = []
        for piece in dict.fromkeys(pending):
            if _CJK.search(piece):
                left = self.joined.count(piece) - region_joined.count(piece)
                left += new_joined.count(piece)
            else:
                left = self.words[piece] - region_words[piece] + new_words[piece]
            if left <= 0 and not (piece == pending[-1] and self._starts_word(piece)):
                lost.append(piece)
        return lost

    def _starts_word(self, piece: str) -> bool:
        if _CJK.search(piece):
            return False
        return any(w.startswith(piece) and w != piece for w in self.words)


def mark_unsafe(text: str, findings: list[Finding], skip: frozenset[str]) -> list[Finding]:
    """Findings whose fix would lose words get ``fix.safe = False`` and say which words."""
    out = []
    remainder: Remainder | None = None
    for finding in findings:
        fix = finding.fix
        if fix is None or finding.rule not in ("duplicate", "truncated"):
            out.append(finding)
            continue
        start, end = span_offsets(text, fix.span)
        rows = text[start:end].split("\n")
        ignore = tuple(row for row in rows if row.strip() and row.strip() in skip)
        remainder = remainder or Remainder(text)
        lost = remainder.lost(start, end, fix.replacement, ignore)
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
