"""Rule ``truncated``, kind ``mid-cut``: a paragraph inside the post that stops mid-sentence.

A missing full stop is no evidence on its own (captions, labels and casual
lines lack one). A cut needs one of: a leftover marker right after the
paragraph, earlier text that goes on where this one stops, or a strong
language signal — Japanese: a particle, conjunctive form, 読点 or open bracket
at the end, or a katakana/kanji word cut short; English: a function word,
comma, open parenthesis or hyphen at the end, or a word fragment that is the
start of a longer word the post uses. Only a paragraph followed by another
paragraph or a heading is judged: one that introduces code, a list or a table
may end any way it likes. The end of the post is judged by :mod:`ending`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

import editor.core.checks.messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.ending import ends_sentence
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.markers import is_marker_block
from editor.core.checks.registry import register
from editor.core.checks.safety import has_longer_word, joined_words
from editor.core.checks.trailers import is_label, is_trailer, raw_text

RULE = "truncated"
_PARTICLES_JA = (
    "を", "が", "に", "で", "と", "や", "へ", "は", "も", "の", "て", "ば", "し",
    "から", "けど", "けれど", "けれども", "ので", "のに", "たり", "ながら", "つつ", "より",
)  # fmt: skip
_FUNCTION_EN = frozenset(
    "the a an and or but of to in on at by for from with into than that which who whose "
    "is are was were be been being has have had will would can could should may might must "
    "not no my your our their its this these those as if when while because so very "
    "about over under between through during without within".split()
)
_OPENERS = ("「", "『", "(", "（", "[", "“", "【")
_KANA_KANJI_TAIL = re.compile(r"([\u30a0-\u30ff\u4e00-\u9fff]{3,})$")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_MARKUP_END = frozenset(")]}*_>`")
_WORD = re.compile(r"[^\W\d_]+")


@register(RULE)
def check_mid_cuts(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    content = [b for b in ctx.blocks if b.kind != "hr" and not _is_marker(ctx, b)]
    words: _Words | None = None
    for block, following in zip(content, content[1:], strict=False):
        if not _judged(ctx, block, following):
            continue
        if words is None:
            words = _Words(_post_words(ctx))
        found = _cut(ctx, block, words)
        if found is not None:
            out.append(found)
    return out


def _is_marker(ctx: CheckContext, block: Block) -> bool:
    return block.kind != "code" and is_marker_block(ctx, block.start, block.end)


def _main_prose(ctx: CheckContext, block: Block, marked: bool = False) -> bool:
    """An ordinary paragraph of the author's prose (not a quote, note, list item, code).

    ``marked``: a leftover marker follows, so a paragraph of links cut inside a
    link (an unclosed bracket) counts too.
    """
    template = block.template
    if block.kind != "paragraph" or template.in_list or template.in_quote or template.in_note:
        return False
    if block.start in ctx.template_code_rows:
        return False
    if is_trailer(ctx, block, at_end=False) and not (
        marked and _open_bracket(raw_text(ctx, block))
    ):
        return False
    raw = raw_text(ctx, block)
    if any(row.lstrip().startswith((": ", "|")) for row in raw.split("\n")):
        return False  # a definition list (kramdown) or a table without its header
    return not is_label(raw)


def _open_bracket(raw: str) -> bool:
    return any(raw.count(o) > raw.count(c) for o, c in (("[", "]"), ("(", ")"), ("「", "」")))


def _judged(ctx: CheckContext, block: Block, following: Block) -> bool:
    prose = block.prose
    if block.kind != "paragraph" or prose is None or len(prose.norm) < 8:
        return False
    if ends_sentence(prose.norm):
        return False  # most paragraphs: decided without looking further
    marked = _marker_after(ctx, block)
    if not _main_prose(ctx, block, marked):
        return False
    if following.kind != "heading" and not _main_prose(ctx, following) and not marked:
        return False  # it introduces a quote, code, a list, an image or a template
    raw = raw_text(ctx, block)
    if raw.rstrip().endswith((":", "：")) or _salutation(raw, prose.cjk):
        return False
    return not raw.rstrip("\n").endswith(("  ", "\\"))


def _salutation(raw: str, cjk: bool) -> bool:
    """ "Hi Jekyllers,", "Keep Writing Rust,": a short line ending with a comma."""
    if not raw.rstrip().endswith((",", "，", "、")):
        return False
    return len(raw) <= 12 if cjk else len(raw.split()) <= 4


def _post_words(ctx: CheckContext) -> Counter[str]:
    """How often the post uses each word (a fragment at a cut occurs once: at the cut)."""
    return ctx.tally("words", _words, whole=False)


def _words(text: str) -> list[str]:
    """Words outside code spans, case folded (neither looks across a line)."""
    outside = _CODE_SPAN.sub(" ", text)
    if outside.isascii():  # folding ASCII letters keeps them letters: fold once
        return _WORD.findall(outside.lower())
    return [w.casefold() for w in _WORD.findall(outside)]


def _marker_after(ctx: CheckContext, block: Block) -> bool:
    for row in range(block.end, len(ctx.lines)):
        line = ctx.lines[row].strip()
        if line:
            return is_marker_block(ctx, row, row + 1)
    return False


def _cut(ctx: CheckContext, block: Block, words: _Words) -> Finding | None:
    prose = block.prose
    assert prose is not None
    raw = _CODE_SPAN.sub("", raw_text(ctx, block))
    fragment_start = prose.sentences[-1][0] if prose.sentences else 0
    fragment = prose.norm[fragment_start:]
    evidence, related = "", None
    if _marker_after(ctx, block) and len(fragment) >= 4:
        evidence = "marker"
    else:
        related = _continues_elsewhere(ctx, block)
        if related is not None:
            evidence = "copy"
        elif _signal(prose.cjk, prose.norm, fragment, raw, words, _post_norm(ctx)):
            evidence = "signal"
        elif raw.rstrip()[-1:] in _MARKUP_END:
            return None  # ends with a link, code, emphasis or a template tag
        elif len(prose.sentences) >= 2 and len(fragment) >= 3:
            evidence = "hint"  # complete sentences, then one without a full stop
        elif _long_fragment(prose.cjk, fragment, raw) and _share_terminated(ctx) >= 0.8:
            evidence = "hint"
    if not evidence:
        return None
    shown = prose.norm[-12:] if prose.cjk else " ".join(raw.split()[-4:])
    en, ja = msg.mid_cut(shown, evidence, related)
    span = ctx.prose_span(block, max(0, len(prose.norm) - 1), len(prose.norm))
    key = content_key(RULE, "mid-cut", fragment)
    # a missing full stop alone is a hint, never a warning
    severity = Severity.INFO if evidence == "hint" else Severity.WARNING
    return Finding(
        RULE, severity, en, ja, span, (related,) if related else (), None, "mid-cut", key
    )


def _long_fragment(cjk: bool, fragment: str, raw: str) -> bool:
    """Too long for a caption or a label."""
    if cjk:
        return len(fragment) >= 12
    return len(re.findall(r"[^\W\d_]+", raw)) >= 4


def _share_terminated(ctx: CheckContext) -> float:
    """Share of the post's ordinary paragraphs (20+ characters) that end a sentence."""
    found = ctx.shared.get("terminated_share")
    if found is None:
        ends = [
            ends_sentence(b.prose.norm)
            for b in ctx.prose_blocks
            if b.prose is not None
            and not b.is_heading
            and not b.template.in_list
            and len(b.prose.norm) >= 20
        ]
        found = sum(ends) / len(ends) if len(ends) >= 4 else 0.0
        ctx.shared["terminated_share"] = found
    return found


def _signal(cjk: bool, norm: str, fragment: str, raw: str, words: _Words, post: str) -> bool:
    if norm[-1] in "、,;" or raw.rstrip().endswith(_OPENERS) or raw.rstrip().endswith("-"):
        return True
    if any(raw.count(o) > raw.count(c) for o, c in (("「", "」"), ("（", "）"), ("(", ")"))):
        return True
    if cjk:
        if len(fragment) >= 6 and norm.endswith(_PARTICLES_JA):
            return True
        tail = _KANA_KANJI_TAIL.search(norm)
        if tail is not None and _longer_run(tail.group(1), post):
            return True
        latin = re.search(r"([a-z]{3,})$", norm)
        return latin is not None and _prefix_of_longer(latin.group(1), words)
    found = _LAST_WORD.search(raw)
    if found is None:
        return False
    word = found.group(1).casefold()
    if word in _FUNCTION_EN and len(fragment) >= 8:
        return True
    return len(word) >= 4 and _prefix_of_longer(word, words)


def _prefix_of_longer(word: str, words: _Words) -> bool:
    """A fragment the post uses nowhere else as a word, but the start of a longer one it uses."""
    if words.counts[word] >= 2:
        return False
    return words.has_longer(word)


class _Words:
    """How often the post uses each word, and which words go on longer than a fragment."""

    __slots__ = ("counts", "_joined")

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
        self._joined = ""

    def has_longer(self, word: str) -> bool:
        """Some word of the post starts with ``word`` and is longer."""
        if not self._joined:
            self._joined = joined_words(self.counts)
        return has_longer_word(self._joined, word)


def _post_norm(ctx: CheckContext) -> str:
    found = ctx.shared.get("post_norm")
    if found is None:
        found = "\n".join(b.prose.norm for b in ctx.prose_blocks if b.prose is not None)
        ctx.shared["post_norm"] = found
    return found


def _longer_run(tail: str, norm: str) -> bool:
    """A longer katakana/kanji word starting with ``tail`` is used in the post."""
    at = norm.find(tail)
    while 0 <= at < len(norm) - len(tail):
        nxt = norm[at + len(tail)]
        if "\u30a0" <= nxt <= "\u30ff" or "\u4e00" <= nxt <= "\u9fff":
            return True
        at = norm.find(tail, at + 1)
    return False


def _continues_elsewhere(ctx: CheckContext, block: Block) -> Span | None:
    """Where earlier or later text repeats this paragraph's end and goes on."""
    prose = block.prose
    assert prose is not None
    size = 8 if prose.cjk else 20
    if len(prose.norm) < size:
        return None
    tail = prose.norm[-size:]
    # One search over the post's prose joined by newlines (no norm holds one, so a match
    # never spans two blocks), in the order of a walk block by block.
    joined = _post_norm(ctx)
    starts = _norm_starts(ctx)
    blocks = ctx.prose_blocks
    at = joined.find(tail)
    while at >= 0:
        index = bisect_right(starts, at) - 1
        other = blocks[index]
        norm = other.prose.norm  # type: ignore[union-attr]
        local = at - starts[index]
        after = local + len(tail)
        if other is not block and after < len(norm) and not ends_sentence(norm[after]):
            return ctx.prose_span(other, local, min(len(norm), after + 8))
        at = joined.find(tail, at + 1)
    return None


def _norm_starts(ctx: CheckContext) -> list[int]:
    """Where each prose block's norm starts in :func:`_post_norm`."""
    found = ctx.shared.get("post_norm_starts")
    if found is None:
        found = [0]
        for block in ctx.prose_blocks[:-1]:
            found.append(found[-1] + len(block.prose.norm) + 1)  # type: ignore[union-attr]
        ctx.shared["post_norm_starts"] = found
    return found
