"""Does the text stop mid-sentence? Evidence for the last paragraph of a document."""

from __future__ import annotations

import re
import unicodedata

from editor.core.checks import messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.findings import Finding, Severity

_TERMINAL = frozenset("。.!?…‥)]」』】〕〉》\"'”’:")
_CONTINUES = frozenset("、,;:；")
_PAIRS = (("「", "」"), ("『", "』"), ("(", ")"), ("“", "”"))
_LAST_WORD = re.compile(r"([^\W\d_]{2,})[^\w]*$")
_TAIL = 8  # characters of the final fragment looked up elsewhere
_LINKISH = (")", ">", "`", "]", "|")


def ends_sentence(norm: str) -> bool:
    if not norm:
        return True
    last = norm[-1]
    return last in _TERMINAL or unicodedata.category(last) in ("So", "Sk")


def end_cut(ctx: CheckContext, last: Block) -> Finding | None:
    prose = last.prose
    assert prose is not None
    norm = prose.norm
    if not norm:
        return None
    opener = _unclosed(norm)
    if ends_sentence(norm) and norm[-1] != ":" and opener is None:
        return None
    span = ctx.prose_span(last, max(0, len(norm) - 1), len(norm))
    fragment_start = prose.sentences[-1][0] if prose.sentences else 0
    key = content_key("truncated", "end-cut", norm[fragment_start:])
    continued = _continuation(ctx, last)
    if continued is not None:
        word, related = continued
        en, ja = msg.end_cut("mid-word", word, related)
        return Finding(
            "truncated", Severity.WARNING, en, ja, span, (related,), None, "end-cut", key
        )
    if opener is not None:
        en, ja = msg.unclosed_bracket(opener)
        return Finding(
            "truncated", Severity.WARNING, en, ja, span, (), None, "unclosed-bracket", key
        )
    raw_end = ctx.lines[last.end - 1].rstrip()
    if raw_end.endswith(_LINKISH):
        return None  # ends with a link, code or HTML: not a sentence to judge
    fragment = norm[fragment_start:]
    strong = (
        norm[-1] in _CONTINUES
        or (len(prose.sentences) >= 2 and len(fragment) >= 3)
        or (len(fragment) >= 30 and any(c in fragment for c in "、,"))
    )
    if strong and _share_terminated(ctx, last) >= 0.5:
        en, ja = msg.end_cut("mid-sentence")
        return Finding("truncated", Severity.WARNING, en, ja, span, (), None, "end-cut", key)
    if _share_terminated(ctx, last) >= 0.6:
        en, ja = msg.end_cut("hint")
        return Finding("truncated", Severity.INFO, en, ja, span, (), None, "end-cut", key)
    return None


def _unclosed(norm: str) -> str | None:
    for opener, closer in _PAIRS:
        if norm.count(opener) > norm.count(closer):
            return opener
    return None


def _share_terminated(ctx: CheckContext, last: Block) -> float:
    """Share of the other long paragraphs ending with a sentence end (the writer's habit)."""
    others = [
        b.prose.norm
        for b in ctx.prose_blocks
        if b is not last
        and not b.is_heading
        and not b.template.in_list
        and b.prose
        and len(b.prose.norm) >= 20
    ]
    if len(others) < 2:
        return 1.0 if not others else float(ends_sentence(others[0]))
    return sum(1 for n in others if ends_sentence(n)) / len(others)


def _continuation(ctx: CheckContext, last: Block):
    """(cut word, span where the same text goes on) when the final fragment repeats earlier text.

    CJK: the last 8 characters recur elsewhere followed by more text. Latin: the
    last 20 characters recur and the last word is used nowhere whole (so it
    is a cut word), or the plain word test of :func:`_latin_cut`.
    """
    prose = last.prose
    assert prose is not None
    norm = prose.norm
    size = _TAIL if prose.cjk else 20
    if len(norm) >= size:
        tail = norm[-size:]
        for block in ctx.prose_blocks:
            other = block.prose
            if block is last or other is None:
                continue
            at = other.norm.find(tail)
            while at >= 0:
                after = at + len(tail)
                if after < len(other.norm) and not ends_sentence(other.norm[after]):
                    word = _cut_word(ctx, last)
                    if word is not None:
                        related = ctx.prose_span(block, at, min(len(other.norm), after + 8))
                        return word, related
                at = other.norm.find(tail, at + 1)
    return None if prose.cjk else _latin_cut(ctx, last)


def _cut_word(ctx: CheckContext, last: Block) -> str | None:
    prose = last.prose
    assert prose is not None
    if prose.cjk:
        return prose.norm[-2:]
    found = _LAST_WORD.search(ctx.lines[last.end - 1])
    if found is None:
        return None
    word = found.group(1)
    before = "\n".join(ctx.lines[ctx.body_start_line : last.end - 1])
    before += "\n" + ctx.lines[last.end - 1][: found.start(1)]
    return None if re.search(rf"\b{re.escape(word)}\b", before, re.IGNORECASE) else word


def _latin_cut(ctx: CheckContext, last: Block):
    """The last word is used nowhere else whole, but longer words start with it."""
    if last.prose is None or last.prose.cjk:
        return None
    found = _LAST_WORD.search(ctx.lines[last.end - 1])
    if found is None or len(found.group(1)) < 2:
        return None
    word = found.group(1)
    before = (
        "\n".join(ctx.lines[ctx.body_start_line : last.end - 1])
        + "\n"
        + ctx.lines[last.end - 1][: found.start(1)]
    )
    if re.search(rf"\b{re.escape(word)}\b", before, re.IGNORECASE):
        return None
    longer = re.search(rf"\b{re.escape(word)}\w+", before, re.IGNORECASE)
    if longer is None:
        return None
    offset = ctx.line_starts[ctx.body_start_line] + longer.start()
    return word, ctx.span(offset, offset + len(longer.group(0)))
