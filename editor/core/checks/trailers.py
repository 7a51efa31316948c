"""Which paragraphs are not the post's main prose: notes, sign-offs, link lists, templates.

A post often ends (and sections often close) with something that is not a
sentence: a footnote definition, the author's name, a closing ``※`` note, a
citation, a list of links or an image. None of these is evidence of a cut.
"""

from __future__ import annotations

import re

from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext

_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)|!?\[[^\]]*\]\[[^\]]*\]|<https?://[^>]+>|https?://\S+")
_TEMPLATE = re.compile(r"^\s*(?:\{%.*%\}|\{\{[<%].*[%>]\}\}|\{\{.*\}\}|<!--.*-->)\s*$", re.DOTALL)
_NOTE = re.compile(r"^\s*(?:※|\*\s|注[:：\s]|注意[:：]|\(注\)|（注）|NB[:.]|PS[:.]|P\.S\.)", re.I)
_LABEL = re.compile(r"^[^\s:：]{1,20}[:：]")
_CITATION = re.compile(
    r"\(\d{4}[a-z]?\)|\b(?:19|20)\d{2}\.\s|\bpp?\.\s?\d|\bISBN\b|\bdoi:|\bvol\.\s?\d"
    r"|^\s*(?:出典|参考|引用|Source|Sources|References?|Via|Credit)\s*[:：]",
    re.IGNORECASE,
)
_SIGNOFF_WORDS = re.compile(
    r"^(?:[-—–~〜]+\s*)?(?:cheers|thanks|thank you|best|regards|best regards|kind regards|"
    r"happy \w+|enjoy|stay tuned|see you|until next time|bye|ciao|peace|love|xoxo|"
    r"以上です|以上|おわり|終わり|おしまい|ではまた|それでは|では|またね|ありがとうございました|"
    r"お疲れ様でした|よろしくお願いします|よろしくお願いいたします)\b.{0,20}$",
    re.IGNORECASE,
)


_OPEN_WORDS = frozenset("the a an and or but of to in on at by for from with that".split())


def raw_text(ctx: CheckContext, block: Block) -> str:
    return "\n".join(ctx.lines[block.start : block.end]).strip()


def is_link_paragraph(raw: str) -> bool:
    """Mostly links or URLs (a list of links, a download list, a "source:" line)."""
    if _LINK.search(raw) is None:
        return False
    rest = _LINK.sub(" ", raw)
    words = re.findall(r"[^\W\d_]+", rest)
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", rest))
    return (cjk <= 12) if cjk else len(words) <= 5


def is_signoff(raw: str) -> bool:
    """The author's name or a closing greeting on a short last paragraph."""
    rows = [r.strip() for r in raw.split("\n") if r.strip()]
    if not rows or len(rows) > 3:
        return False
    if any(_SIGNOFF_WORDS.match(r.strip("*_ ")) for r in rows):
        return True
    words = re.findall(r"[^\W\d_]+", raw)
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", raw))
    if raw.rstrip().endswith((",", "、", "，")) or (words and words[-1].lower() in _OPEN_WORDS):
        return False
    # a name, handle or role alone: a few words (or a few CJK characters), no sentence
    return len(rows) <= 2 and (cjk <= 8 if cjk else len(words) <= 5) and len(raw) <= 40


def is_trailer(ctx: CheckContext, block: Block) -> bool:
    """Not main prose: judged neither as a cut nor as the end of the post."""
    if block.kind == "hr":
        return True
    if block.kind == "html":
        return _TEMPLATE.match(raw_text(ctx, block)) is not None
    if block.kind != "paragraph" or block.template.in_list:
        return False
    if block.template.in_note:
        return True
    raw = raw_text(ctx, block)
    if _TEMPLATE.match(raw) or _NOTE.match(raw):
        return True
    if is_link_paragraph(raw) or _CITATION.search(raw):
        return True
    prose = block.prose
    return prose is None or not prose.norm or is_signoff(raw)


def is_label(raw: str) -> bool:
    """ "写真：…", "Note: …", "Update (2020): …": a labelled line, not a sentence."""
    return _LABEL.match(raw) is not None and "\n" not in raw.strip()
