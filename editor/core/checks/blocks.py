"""Cut the body into Markdown blocks with file line ranges and normalised prose.

The body is first cut into chunks at blank lines followed by an unindented
line (outside fences and multi-paragraph HTML): in CommonMark such a line
always starts a new top-level block, so parsing chunk by chunk gives the same
blocks as parsing the whole body. Each chunk is parsed with markdown-it-py and
analysed once; a :class:`~editor.core.checks.cache.CheckCache` keeps the result
per chunk text, so a re-check after an edit only redoes the edited chunk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from editor.core.checks.normalize import Prose, analyse

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HTML_OPEN = re.compile(r"^ {0,3}<(?:(script|pre|style|textarea)\b|(!--))", re.IGNORECASE)
_HTML_CLOSE = {
    "script": "</script>",
    "pre": "</pre>",
    "style": "</style>",
    "textarea": "</textarea>",
}
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?!\s)(.+?)(?<!\s)\1\s*$")


@dataclass(frozen=True)
class BlockTemplate:
    """A block as found in a chunk; lines are relative to the chunk."""

    kind: str  # paragraph, heading, code, html, table, hr, front
    start: int
    end: int  # exclusive
    level: int = 0  # heading level (a fully bold paragraph counts as level 7)
    in_list: bool = False
    offset: int = 0  # character offset of ``start`` inside the chunk
    prose: Prose | None = None
    closed: bool = True  # fences: False when the closing fence is missing
    in_note: bool = False  # inside a footnote definition
    in_quote: bool = False  # inside a block quote
    info: str = ""  # fences: the info string ("markdown", "python"...)
    inline: str = ""  # paragraphs and headings: the inline text markdown-it reads


class Block:
    """A block where it stands in this revision; read-only by convention.

    A plain class with slots, not a frozen dataclass: thousands are made per run and
    a frozen dataclass takes about three times as long to build.
    """

    __slots__ = ("index", "kind", "start", "end", "base", "template", "prose")

    def __init__(
        self, index: int, kind: str, start: int, end: int, base: int, template: BlockTemplate
    ) -> None:
        self.index = index
        self.kind = kind
        self.start = start  # 0-based file line
        self.end = end  # exclusive
        self.base = base  # file offset of the first character of line ``start``
        self.template = template
        self.prose: Prose | None = template.prose  # read tens of thousands of times a run

    def _fields(self) -> tuple[int, str, int, int, int, BlockTemplate]:
        return (self.index, self.kind, self.start, self.end, self.base, self.template)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Block) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Block{self._fields()!r}"

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"

    def offset(self, i: int) -> int:
        """File offset of normalised character ``i``."""
        assert self.prose is not None
        return self.base + self.prose.rel[i]


def chunk_lines(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) line ranges of independent chunks."""
    return scan_chunks(lines)[0]


def scan_chunks(
    lines: list[str], first: int = 0, resume: Callable[[int], bool] | None = None
) -> tuple[list[tuple[int, int]], int | None]:
    """Chunks from line ``first`` (a chunk start) on, or up to the first cut where ``resume``
    says the chunks of an earlier scan take over (then that cut is returned too)."""
    chunks: list[tuple[int, int]] = []
    start = first
    fence: str | None = None
    html_close: str | None = None
    for i in range(first, len(lines)):
        line = lines[i]
        if fence is not None:
            match = _FENCE.match(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                if not line.strip().lstrip(fence[0]):
                    fence = None
            continue
        if html_close is not None:
            if html_close in line.lower():
                html_close = None
            continue
        # blank as CommonMark means it: spaces and tabs only (a line of U+00A0 is text)
        if i > start and line[:1] not in ("", " ", "\t") and not lines[i - 1].strip(" \t"):
            chunks.append((start, i))
            start = i
            if resume is not None and resume(i):
                return chunks, i
        fence, html_close = _opens(line)
    if start < len(lines):
        chunks.append((start, len(lines)))
    return chunks, None


def _opens(line: str) -> tuple[str | None, str | None]:
    match = _FENCE.match(line)
    if match:
        marker = match.group(1)
        if marker[0] == "`" and "`" in line[match.end() :]:
            return None, None  # backticks in the info string: not a fence
        return marker, None
    html = _HTML_OPEN.match(line)
    if html:
        close = "-->" if html.group(2) else _HTML_CLOSE[html.group(1).lower()]
        if close not in line[html.end() :].lower():
            return None, close
    return None, None


@lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """Kosei's block rules (editor.core.markdown.parser) without the inline pass.

    Checks read block tokens, their line maps and the raw inline content only;
    skipping inline parsing (linkify above all) makes parsing about five times
    faster, and block structure does not depend on it.
    """
    md = MarkdownIt("commonmark", {"html": True})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    return md


def _parse_blocks(text: str) -> list[Token]:
    md = _block_parser()
    tokens: list[Token] = []
    md.block.parse(text, md, {}, tokens)
    return tokens


def parse_chunk(text: str) -> tuple[BlockTemplate, ...]:
    """Blocks of one chunk (lines relative to the chunk)."""
    # markdown-it turns NUL into U+FFFD; do it first so content lines still match the source
    text = text.replace("\0", "\ufffd")
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    rows = plain_paragraph(text, lines)
    if rows:  # most chunks: one paragraph, no block rule could claim any of its lines
        return (
            _prose_block(
                _Paragraph([0, rows]), "\n".join(lines[:rows]).strip(), lines, starts, False
            ),
        )
    heading = single_heading(lines)
    if heading is not None:  # the next most common chunk: a heading line on its own
        level, content = heading
        return (_prose_block(_Heading(level), content, lines, starts, False),)
    tokens = _parse_blocks(text)
    out: list[BlockTemplate] = []
    depth_list = depth_note = depth_quote = 0
    skip_until = -1
    for i, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth_list -= 1
        elif token.type == "footnote_reference_open":
            depth_note += 1
        elif token.type == "footnote_reference_close":
            depth_note -= 1
        elif token.type == "blockquote_open":
            depth_quote += 1
        elif token.type == "blockquote_close":
            depth_quote -= 1
        if i <= skip_until or token.map is None:
            continue
        start, end = token.map
        if token.type in ("paragraph_open", "heading_open"):
            inline = tokens[i + 1]
            block = _prose_block(token, inline.content, lines, starts, depth_list > 0)
            if depth_note or depth_quote:
                block = replace(block, in_note=depth_note > 0, in_quote=depth_quote > 0)
            out.append(block)
            skip_until = i + 2
        elif token.type in ("fence", "code_block"):
            closed = token.type == "code_block" or _fence_closed(lines, start, end, token.markup)
            info = token.info.strip().split(" ")[0].lower() if token.type == "fence" else ""
            out.append(
                BlockTemplate("code", start, end, offset=starts[start], closed=closed, info=info)
            )
        elif token.type == "html_block":
            out.append(BlockTemplate("html", start, end, offset=starts[start]))
        elif token.type == "table_open":
            out.append(BlockTemplate("table", start, end, offset=starts[start]))
            skip_until = _matching_close(tokens, i, "table_close")
        elif token.type == "hr":
            out.append(BlockTemplate("hr", start, end, offset=starts[start]))
    return tuple(out)


class _Paragraph:
    """What :func:`_prose_block` reads of a paragraph token."""

    type = "paragraph_open"
    tag = "p"

    def __init__(self, map_: list[int]) -> None:
        self.map = map_


class _Heading:
    """What :func:`_prose_block` reads of the token of a heading on the chunk's first line."""

    type = "heading_open"
    map = (0, 1)

    def __init__(self, level: int) -> None:
        self.tag = f"h{level}"


def single_heading(lines: list[str]) -> tuple[int, str] | None:
    """(level, inline text) when the chunk is an ATX heading line and blank lines, as
    markdown-it reads it (no other block rule claims a line that starts with "#")."""
    first = lines[0]
    if first[:1] != "#" or any(line.strip(" \t") for line in lines[1:]):
        return None
    level = len(first) - len(first.lstrip("#"))
    if level > 6 or (level < len(first) and first[level] not in " \t"):
        return None
    end = len(first.rstrip(" \t"))  # a closing run of "#" after a space or tab goes too
    closing = len(first[:end].rstrip("#"))
    if level <= closing < end and first[closing - 1] in " \t":
        end = closing
    return level, first[level:end].strip()


# A line that some block rule may claim (heading, quote, list, hr, setext underline, fence,
# HTML, reference or footnote definition, table delimiter), however it is indented.
_CLAIMED = re.compile(r"[ \t]*(?:[-#>*+_=~`<\[:]|\d{1,9}[.)])")


def plain_paragraph(text: str, lines: list[str]) -> int:
    """Lines of the single paragraph that ``text`` is (blank lines may follow), or 0 when it
    may be anything else: then markdown-it decides. CommonMark makes such a chunk one
    paragraph: only lines a block rule could claim end a paragraph or start another block."""
    if "|" in text or lines[0][:1] in ("", " ", "\t"):
        return 0
    rows = 0
    for line in lines:
        if not line.strip(" \t"):
            break
        if _CLAIMED.match(line):
            return 0
        rows += 1
    if any(line.strip(" \t") for line in lines[rows:]):
        return 0
    return rows


def _fence_closed(lines: list[str], start: int, end: int, markup: str) -> bool:
    if end - start < 2:
        return False
    last = lines[end - 1].strip().lstrip("> \t")  # a fence inside a block quote
    return bool(markup) and last.startswith(markup) and not last.lstrip(markup[0])


def _matching_close(tokens: list, i: int, close: str) -> int:
    for j in range(i + 1, len(tokens)):
        if tokens[j].type == close:
            return j
    return len(tokens) - 1


def _prose_block(
    token, content: str, lines: list[str], starts: list[int], in_list: bool
) -> BlockTemplate:
    start, end = token.map
    base = starts[start]
    placed: list[tuple[int, str]] = []
    row = start
    for piece in content.split("\n"):
        while row < end and piece not in lines[row]:
            row += 1
        if row >= end:
            break
        placed.append((starts[row] - base + lines[row].find(piece), piece))
        row += 1
    level = 0
    if token.type == "heading_open":
        level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
    elif "\n" not in content and _BOLD_LINE.match(content):
        level = 7  # a paragraph that is entirely bold acts as a heading
    kind = "heading" if level else "paragraph"
    return BlockTemplate(kind, start, end, level, in_list, base, analyse(placed), inline=content)
