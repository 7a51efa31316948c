"""Find the prose of a post: everything a reader reads, with code, URLs and markup masked out.

:func:`prose_chunks` cuts the body into the same independent chunks the draft
checks use and masks each one: characters that are not prose (fenced and
indented code, HTML blocks and tags, inline code, URLs, e-mail addresses,
paths, link targets, reference definitions, Liquid and Hugo shortcode syntax,
footnote labels, entities) are replaced by spaces, so offsets in the masked
text are offsets in the file. Spelling and proofreading read only the masked
text. Masking a chunk depends only on its text, so results can be cached per
chunk and an edit re-masks only the chunk it touches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.core.frontmatter.split import split

# Fences are found at any indentation: inside list items they are indented past 3 spaces.
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# CommonMark HTML blocks (types 1-6); a type-7 block (any other tag alone on its line) too.
_HTML_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details"
    "|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head"
    "|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p"
    "|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul"
    "|script|pre|style|textarea|svg|video|audio|picture|object|embed|canvas"
)
_HTML_BLOCK = re.compile(
    rf"^ {{0,3}}(?:</?(?:{_HTML_TAGS})(?:[\s/>]|$)|<!--|<\?|<![A-Z]|<!\[CDATA\[)"
    r"|^ {0,3}</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>\s*$",
    re.IGNORECASE,
)
_INDENTED = re.compile(r"^(?: {4}|\t)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S+(?:\s+[\"'(].*)?$")
_MATH_BLOCK = re.compile(r"^ {0,3}\$\$")
_LIQUID_BLOCK = re.compile(r"{%-?\s*(raw|highlight|comment)\b|{{[<%]\s*(highlight|code)\b")

# Inline constructs, most specific first, each with the characters that must be in
# a line for it to match: a line is scanned only with the alternatives it can contain
# (scanning every word for an e-mail or a path made masking the slowest step).
_INLINE_PARTS: tuple[tuple[str, str, str | tuple[str, ...]], ...] = (
    ("code", r"(?P<ticks>`+).+?(?P=ticks)", "`"),
    ("liquid", r"{%.*?%}|{{.*?}}|{{<.*?>}}|{{%.*?%}}", "{"),
    ("comment", r"<!--.*?(?:-->|$)", "<"),
    ("autolink", r"<(?:https?|ftp|mailto):[^>\s]*>", "<"),
    ("tag", r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", "<"),
    ("target", r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)", "]"),
    ("reflabel", r"\]\[[^\]]*\]", "]"),
    ("footnote", r"\[\^[^\]]+\]:?", "^"),
    ("url", r"(?:https?|ftp|file)://[^\s<>()\[\]]+|www\.[^\s<>()\[\]]+", ("://", "www.")),
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "@"),
    (
        "path",
        r"(?:~|\.{1,2})?/[\w.~-]+(?:/[\w.~-]*)*|[A-Za-z]:\\[^\s]*"
        r"|[\w.-]+(?:/[\w.-]+)+/?|[\w-]+\\[\w\\.-]+",
        "/\\",
    ),
    (
        "file",
        r"\b[\w-]+\.(?:md|markdown|py|js|ts|tsx|jsx|json|ya?ml|toml|html?|css|scss|go|rs"
        r"|rb|java|kt|swift|c|h|cpp|hpp|sh|bash|zsh|txt|xml|csv|lock|cfg|ini|conf|sql|php|vue"
        r"|svelte|png|jpe?g|gif|svg|webp|pdf|zip|gz|tar|exe|dll|so|dylib)\b",
        ".",
    ),
    ("entity", r"&#?\w+;", "&"),
    ("attr", r"{:[^}]*}|{#[\w-]+}", "{"),
    ("math", r"\$[^$\s][^$]*?\$", "$"),
)


@lru_cache(maxsize=256)
def _inline_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?P<{n}>{p})" for n, p, _ in _INLINE_PARTS if n in names), re.IGNORECASE
    )


def _block_end(line: str) -> re.Pattern[str] | None:
    """The closing tag to wait for when ``line`` opens a Liquid raw/highlight or Hugo code block."""
    found = _LIQUID_BLOCK.search(line)
    if found is None:
        return None
    if found.group(1):
        end = re.compile(r"{%-?\s*end" + found.group(1))
    else:
        end = re.compile(r"{{[<%]\s*/\s*" + found.group(2))
    return None if end.search(line, found.end()) else end


@dataclass(frozen=True)
class ProseChunk:
    """A chunk of the file: ``masked`` has the same length as the chunk's text."""

    offset: int  # file offset of the chunk's first character
    line: int  # 0-based file line of the chunk's first line
    text: str
    masked: str


def mask_inline(line: str) -> str:
    """``line`` with every inline non-prose construct replaced by spaces (same length)."""
    names = tuple(n for n, _, chars in _INLINE_PARTS if any(c in line for c in chars))
    if not names:
        return line
    out = list(line)
    for match in _inline_pattern(names).finditer(line):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "target":
            start += 1  # keep "]" (harmless) and blank the "(target)"
        elif kind == "reflabel":
            start += 1
        for i in range(start, end):
            out[i] = " "
    # Link and image brackets are punctuation, not words: leave them; they never spell.
    return "".join(out)


@lru_cache(maxsize=4096)
def mask_chunk(text: str) -> str:
    """Masked copy of a chunk (independent Markdown blocks separated by blank lines)."""
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None
    in_html = False
    in_math = False
    in_liquid: re.Pattern[str] | None = None
    previous_blank = True
    for line in lines:
        stripped = line.strip()
        if fence is not None:
            out.append(_blank(line))
            match = _FENCE.match(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                if not line[match.end() :].strip():
                    fence = None
            continue
        if in_liquid is not None:
            out.append(_blank(line))
            if in_liquid.search(line):
                in_liquid = None
            continue
        if in_math:
            out.append(_blank(line))
            if _MATH_BLOCK.match(line):
                in_math = False
            continue
        if in_html:
            out.append(_blank(line))
            if not stripped:
                in_html = False
            continue
        match = _FENCE.match(line)
        if match:
            fence = match.group(1)
            out.append(_blank(line))
            continue
        in_liquid = _block_end(line)
        if in_liquid is not None:
            out.append(_blank(line))
            continue
        if _MATH_BLOCK.match(line):
            in_math = not stripped.endswith("$$") or stripped == "$$"
            out.append(_blank(line))
            continue
        if _HTML_BLOCK.match(line):
            in_html = True
            out.append(_blank(line))
            continue
        if previous_blank and _INDENTED.match(line) and stripped and not _is_list_continuation(out):
            out.append(_blank(line))
            continue
        if _REF_DEF.match(line):
            out.append(_blank(line))
            previous_blank = False
            continue
        out.append(mask_inline(line))
        previous_blank = not stripped
    return "\n".join(out)


def _is_list_continuation(previous: list[str]) -> bool:
    """An indented line after a list item's blank line continues the item, not code."""
    for line in reversed(previous):
        if line.strip():
            return bool(re.match(r"^\s*(?:[-*+]|\d+[.)])\s", line))
    return False


def _blank(line: str) -> str:
    return " " * len(line)


def front_matter_prose(text: str) -> list[tuple[int, str]]:
    """(file offset, value) of the front matter's title/description/summary values."""
    parts = split(text)
    fm = parts.front_matter
    if fm is None or not fm.data:
        return []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out: list[tuple[int, str]] = []
    for key in ("title", "description", "summary", "subtitle"):
        value = fm.data.get(key)
        if not isinstance(value, str) or "\n" in value:
            continue
        for row in range(fm.inner_start_line, min(fm.end_line, len(lines))):
            line = lines[row]
            match = re.match(r'^\s*"?' + key + r'"?\s*[:=]\s*', line)
            if match:
                at = line.find(value, match.end())
                if at >= 0:
                    out.append((starts[row] + at, mask_inline(value)))
                break
    return out


def chunk_ranges(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) line ranges that can be masked independently.

    A chunk ends at a blank line followed by an unindented line, outside fences
    and Liquid raw blocks: such a line always starts a new top-level block.
    """
    out: list[tuple[int, int]] = []
    start = 0
    fence: str | None = None
    liquid: re.Pattern[str] | None = None
    for i, line in enumerate(lines):
        if fence is not None:
            match = _FENCE.match(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            continue
        if liquid is not None:
            if liquid.search(line):
                liquid = None
            continue
        match = _FENCE.match(line)
        if match:
            fence = match.group(1)
        liquid = _block_end(line)
        if i > start and not lines[i - 1].strip() and line.strip() and line[:1] not in " \t":
            out.append((start, i))
            start = i
    if start < len(lines):
        out.append((start, len(lines)))
    return out


def prose_chunks(text: str) -> list[ProseChunk]:
    """The body's chunks with their masked text (front matter excluded)."""
    parts = split(text)
    lines = text.split("\n")
    first = parts.body_start_line
    body = lines[first:]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for start, end in chunk_ranges(body):
        chunk = "\n".join(body[start:end])
        out.append(ProseChunk(starts[first + start], first + start, chunk, mask_chunk(chunk)))
    return out
