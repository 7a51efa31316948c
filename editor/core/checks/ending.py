"""Does the text stop mid-sentence? Evidence for the last paragraph of a document."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import editor.core.checks.messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Severity

_TERMINAL = frozenset("。.!?…‥)]」』】〕〉》\"'”’:")
_CONTINUES = frozenset("、,;:；")
_PAIRS = (("「", "」"), ("『", "』"), ("(", ")"), ("（", "）"), ("[", "]"), ("“", "”"))
_URL_END = re.compile(r"(?:https?://|www\.)\S+\s*$")
_GREETINGS = ("こんにちは", "こんばんは", "では", "それでは", "ではまた", "またね")
_CODE_SPAN = re.compile(r"(`+).+?\1")
# Japanese endings that leave a sentence hanging: case particles, te/ba forms,
# and conjunctions ("because", "although").
_DANGLING_JA = (
    "を", "が", "に", "で", "と", "や", "へ", "て", "ば", "は", "も",
    "から", "けど", "けれど", "ので", "のに", "たり", "ながら", "つつ",
)  # fmt: skip
# English words that cannot end a sentence: a text stopping on one was cut.
_DANGLING = frozenset(
    "the a an and or but of to in on at by for from with into than that which who whose "
    "is are was were be been has have had will would can could should may might must "
    "not no my your our their its this these those as if when while because so very".split()
)
_LAST_WORD = re.compile(r"([^\W\d_]{2,})[^\w]*$")
# Longer "words" are not words (a megabyte of letters on one line): and compiling one into a
# pattern took minutes.
_MAX_WORD = 64
_TAIL = 8  # characters of the final fragment looked up elsewhere
_LINKISH = (")", ">", "`", "]", "|")


_EMOJI_CODE = re.compile(r":[a-z0-9_+\-]+:$")
_FACE_END = re.compile(r"[(（][\^＾;；_・ωﾟ゜´`'ー\-oO]{1,8}[)）;；]?$|[笑汗w]$|\(笑\)$")


@lru_cache(maxsize=1 << 15)  # asked of every paragraph at every run: the answers are kept
def ends_sentence(norm: str) -> bool:
    """Ends with sentence punctuation, a closing bracket, an emoji or an emoji code (:tada:)."""
    norm = norm.rstrip("\ufe0f\u200d")
    if not norm:
        return True
    last = norm[-1]
    if last in _TERMINAL or unicodedata.category(last) in ("So", "Sk"):
        return True
    return _EMOJI_CODE.search(norm) is not None or _FACE_END.search(norm) is not None


def end_cut(ctx: CheckContext, last: Block) -> Finding | None:
    prose = last.prose
    assert prose is not None
    norm = prose.norm
    if not norm:
        return None
    source = "\n".join(ctx.lines[last.start : last.end])
    raw = _CODE_SPAN.sub("", source)
    opener = _unclosed(raw)
    if ends_sentence(norm) and (norm[-1] != ":" or _EMOJI_CODE.search(norm)) and opener is None:
        return None
    span = ctx.prose_span(last, max(0, len(norm) - 1), len(norm))
    fragment_start = prose.sentences[-1][0] if prose.sentences else 0
    key = content_key("truncated", "end-cut", norm[fragment_start:])

    def finding(severity: Severity, kind: str, texts: tuple[str, str], related=()) -> Finding:
        return Finding("truncated", severity, *texts, span, tuple(related), None, kind, key)

    continued = _continuation(ctx, last)
    if continued is not None:
        word, related = continued
        return finding(
            Severity.WARNING, "end-cut", msg.end_cut("mid-word", word, related), [related]
        )
    if opener is not None:
        return finding(Severity.WARNING, "unclosed-bracket", msg.unclosed_bracket(opener))
    if source.rstrip().endswith(_LINKISH) or _URL_END.search(source):
        return None  # ends with a link, code or HTML: not a sentence to judge
    share, others = _share_terminated(ctx, last)
    fragment = norm[fragment_start:]
    if share >= 0.5 and _cut_evidence(prose, fragment, raw):
        return finding(Severity.WARNING, "end-cut", msg.end_cut("mid-sentence"))
    if share >= 0.75 and others >= 3 and _long_for_a_label(prose.cjk, fragment, raw):
        # the other paragraphs end properly and this is too long for a caption
        return finding(Severity.WARNING, "end-cut", msg.end_cut("mid-sentence"))
    if share >= 0.6:
        return finding(Severity.INFO, "end-cut", msg.end_cut("hint"))
    return None


def _long_for_a_label(cjk: bool, fragment: str, raw: str) -> bool:
    """Too long for a caption or label (which legitimately lack a sentence end)."""
    if ":" in fragment:
        return False  # "写真：...", "Note: ..." are labels
    if cjk:
        return len(fragment) >= 12
    return len(fragment) >= 25 or len(re.findall(r"[^\W\d_]+", raw)) >= 3


def _cut_evidence(prose, fragment: str, raw: str) -> bool:
    """Signs that a sentence goes on: a trailing comma, a dangling word, earlier full sentences."""
    norm = prose.norm
    if norm[-1] in _CONTINUES or (len(prose.sentences) >= 2 and len(fragment) >= 3):
        return True
    if len(fragment) >= 30 and any(c in fragment for c in "、,"):
        return True
    if prose.cjk:
        # a clause comma in a long fragment without a label colon: prose, not a caption
        clause = len(fragment) >= 15 and "、" in fragment and ":" not in fragment
        dangling = norm.endswith(_DANGLING_JA) and not norm.endswith(_GREETINGS)
        return dangling or clause
    words = re.findall(r"[^\W\d_]+", raw)
    return bool(words) and (
        (len(words[-1]) == 1 and words[-1].lower() not in ("a", "i"))
        or words[-1].lower() in _DANGLING
    )


_EMOTICON = re.compile(r"[(（][\^＾;；_・ωﾟ゜´`'ー\-oO]{1,8}[)）;；]?")


def _unclosed(norm: str) -> str | None:
    norm = _EMOTICON.sub("", norm)  # (^^; (・ω・) are faces, not brackets
    for opener, closer in _PAIRS:
        if norm.count(opener) > norm.count(closer):
            return opener
    return None


def _share_terminated(ctx: CheckContext, last: Block) -> tuple[float, int]:
    """(share, count) of the other long paragraphs that end with a sentence end."""
    others = [
        b.prose.norm
        for b in ctx.prose_blocks
        if b is not last
        and not b.is_heading
        and not b.template.in_list
        and b.prose
        and len(b.prose.norm) >= 20
    ]
    if not others:
        return 1.0, 0
    return sum(1 for n in others if ends_sentence(n)) / len(others), len(others)


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
    if found is None or len(found.group(1)) > _MAX_WORD:
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
    if found is None or not 2 <= len(found.group(1)) <= _MAX_WORD:
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
