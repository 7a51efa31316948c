"""Japanese prose as the proofreading rules see it: blocks, then sentences, with file offsets.

Each block of masked prose (a paragraph, a heading, a list item, a table
row) becomes a :class:`Block` whose ``text`` is what a reader reads: Markdown
markers, emphasis, link brackets and targets are dropped; inline code becomes
``ー`` runs (textlint's no-doubled-joshi does the same, so a code span is a
word but never matches a rule); soft line breaks join the lines. ``offsets``
maps every character back to its file offset. Blockquotes are skipped, as
textlint's rules skip quoted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.language.prose import ProseChunk

CODE_FILL = "ー"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?\s+")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+|$)")
_QUOTE = re.compile(r"^ {0,3}>")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_CODE = re.compile(r"(`+)(.+?)\1")
_SENTENCE_END = "。．？！?!"
_CLOSERS = "」』）)】〉》\"'”’"


@dataclass(frozen=True)
class Block:
    kind: str  # "body", "list", "heading", "table"
    text: str
    offsets: tuple[int, ...]  # file offset of each character of text

    def span(self, i: int, j: int) -> tuple[int, int]:
        """File offsets [start, end) of text[i:j]."""
        return self.offsets[i], self.offsets[max(i, j - 1)] + 1


@dataclass(frozen=True)
class Sentence:
    block: Block
    start: int  # index in block.text
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """File offsets of sentence characters [i, j)."""
        return self.block.span(self.start + i, self.start + j)


def is_japanese(text: str) -> bool:
    return _JAPANESE.search(text) is not None


def blocks_of(chunk: ProseChunk) -> list[Block]:
    """The readable blocks of one chunk."""
    out: list[Block] = []
    chars: list[str] = []
    offsets: list[int] = []
    kind = "body"

    def flush() -> None:
        nonlocal chars, offsets
        while chars and chars[-1] in " \n":
            chars.pop()
            offsets.pop()
        if chars:
            out.append(Block(kind, "".join(chars), tuple(offsets)))
        chars, offsets = [], []

    position = 0
    raw_lines = chunk.text.split("\n")
    masked_lines = chunk.masked.split("\n")
    for raw, masked in zip(raw_lines, masked_lines, strict=True):
        base = chunk.offset + position
        position += len(raw) + 1
        if not masked.strip():
            flush()
            kind = "body"
            continue
        if _QUOTE.match(raw) or _TABLE_SEP.match(raw) or _SETEXT.match(raw):
            flush()
            kind = "body"
            continue
        start = 0
        line_kind = None
        if match := _HEADING.match(masked):
            line_kind, start = "heading", match.end()
        elif match := _LIST.match(masked):
            line_kind, start = "list", match.end()
        elif masked.lstrip().startswith("|"):
            line_kind = "table"
        if line_kind is not None:
            flush()
            kind = line_kind
        elif chars:
            pass  # a continuation line joins the block (soft line break)
        _append_line(raw, masked, start, base, chars, offsets, kind == "table")
        if line_kind in ("heading", "table"):
            flush()
            kind = "body"
    flush()
    return out


def _append_line(
    raw: str,
    masked: str,
    start: int,
    base: int,
    chars: list[str],
    offsets: list[int],
    table: bool,
) -> None:
    i = start
    n = len(masked)
    while i < n:
        c = masked[i]
        if c == " " and raw[i] == "`":
            code = _CODE.match(raw, i)
            if code is not None:
                # an inline code span: one ー per character of its content
                inner_start = i + len(code.group(1))
                for k in range(len(code.group(2))):
                    chars.append(CODE_FILL)
                    offsets.append(base + inner_start + k)
                i = code.end()
                continue
        if c in "*_" and _is_emphasis(masked, i):
            i += 1
            continue
        if c in "[]" or (c == "!" and i + 1 < n and masked[i + 1] == "["):
            i += 1
            continue
        if table and c == "|":
            chars.append("\n")
            offsets.append(base + i)
            i += 1
            continue
        if c == " " and raw[i] != " ":
            i += 1  # masked markup (URL, tag, link target): not text
            continue
        chars.append(c)
        offsets.append(base + i)
        i += 1


def _is_emphasis(text: str, i: int) -> bool:
    c = text[i]
    if c == "*":
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isalnum() and after.isalnum())  # snake_case stays


def sentences_of(block: Block) -> list[Sentence]:
    """Sentences end at 。．？！?! (and closing brackets after them) or at a table cell."""
    out: list[Sentence] = []
    text = block.text
    start = 0
    i = 0
    n = len(text)
    depth = 0
    while i < n:
        c = text[i]
        if c in "「『（(":
            depth += 1
        elif c in "」』）)" and depth:
            depth -= 1
        if c in _SENTENCE_END and depth == 0 and not _inside_ascii_word(text, i):
            j = i + 1
            while j < n and (text[j] in _SENTENCE_END or text[j] in _CLOSERS):
                j += 1
            out.append(Sentence(block, start, j))
            while j < n and text[j] in " \u3000":
                j += 1
            start = i = j
            continue
        if c == "\n" and block.kind == "table":
            if i > start:
                out.append(Sentence(block, start, i))
            start = i + 1
        i += 1
    if start < n and text[start:].strip():
        out.append(Sentence(block, start, n))
    return [s for s in out if s.text.strip()]


def _inside_ascii_word(text: str, i: int) -> bool:
    """ "3.14", "e.g.", "Node.js": a dot or ! between ASCII characters does not end a sentence."""
    if text[i] not in ".!?":
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isascii() and before.isalnum() and after.isascii() and after.isalnum()


def japanese_blocks(chunks: list[ProseChunk]) -> list[Block]:
    return [b for chunk in chunks for b in blocks_of(chunk) if is_japanese(b.text)]
