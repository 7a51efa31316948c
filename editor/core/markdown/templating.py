"""markdown-it rules that carry template tags (shortcodes, Liquid) through the Markdown parse.

Generators expand their tags before Markdown sees the text. Kosei runs no
template, so it does what Hugo does with its placeholders: before inline
parsing every tag in a paragraph is replaced by an inert word, and after it the
word becomes a ``kosei_tag`` token (or, inside a link or image address, the
address the tag resolves to). A tag alone on its lines is a block token; a
paired tag (``{{< x >}}…{{< /x >}}``) is a container whose inside is Markdown.
Tokens carry the :class:`~editor.core.markdown.tags.Tag`; renderers live in
:mod:`shortcodes` and :mod:`liquid`.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor.core.markdown.dialects import DEFAULT, Dialect
from editor.core.markdown.tags import (
    LIQUID_PAIRED,
    LIQUID_TAG,
    SHORTCODE,
    Tag,
    escaped_literal,
    find_tags,
    liquid_tag,
    shortcode_tag,
)

# An inert word: letters and digits only, so link parsing and URL encoding leave it alone;
# a leading digit so that ``<{{ url }}>`` does not become an HTML tag.
_PLACEHOLDER = re.compile(r"9KoseiTag(\d+)x")
_VERBATIM_TAGS = frozenset({"raw", "comment", "highlight"})


def dialect_of(env: Any) -> Dialect:
    found = env.get("kosei_dialect") if isinstance(env, dict) else None
    return found if isinstance(found, Dialect) else DEFAULT


def templating_plugin(md: MarkdownIt, hugo: bool, liquid: bool) -> None:
    """Install the block rule and the two core rules for the template syntax of a dialect."""

    def block_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        return _block_tag(state, start, end, silent, hugo, liquid)

    md.block.ruler.before("fence", "kosei_tag_block", block_rule)

    def protect(state: StateCore) -> None:
        _protect_inline(state, hugo, liquid)

    md.core.ruler.before("inline", "kosei_tags_protect", protect)
    md.core.ruler.after("inline", "kosei_tags_restore", _restore_inline)


# -- block tags ------------------------------------------------------------------------------
def _block_tag(
    state: StateBlock, start: int, end: int, silent: bool, hugo: bool, liquid: bool
) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    pos = state.bMarks[start] + state.tShift[start]
    src = state.src
    if not src.startswith("{", pos):
        return False
    match = None
    tag: Tag | None = None
    if hugo and src.startswith(("{{<", "{{%"), pos):
        match = SHORTCODE.match(src, pos)
        tag = shortcode_tag(match) if match else None
    elif liquid and src.startswith("{%", pos):
        match = LIQUID_TAG.match(src, pos)
        tag = liquid_tag(match) if match else None
    if match is None or tag is None or tag.escaped:
        return False
    last = _line_of(state, match.end() - 1, start, end)
    if last is None or src[match.end() : state.eMarks[last]].strip():
        return False
    if silent:
        return True
    if tag.kind == "liquid" and tag.name in LIQUID_PAIRED and tag.name in _VERBATIM_TAGS:
        return _verbatim(state, tag, start, last, end)
    if tag.kind == "shortcode" and not tag.closing and not tag.self_closing:
        close = _closing_line(state, tag, last + 1, end)
        if close is not None:
            if tag.name in ("highlight", "comment"):
                return _emit_verbatim(state, tag, start, last, close)
            return _container(state, tag, start, last, close)
    token = state.push("kosei_tag_block", "div", 0)
    token.map = [start, last + 1]
    token.meta = {"tag": tag}
    token.block = True
    state.line = last + 1
    return True


def _line_of(state: StateBlock, offset: int, start: int, end: int) -> int | None:
    for line in range(start, end):
        if state.bMarks[line] <= offset <= state.eMarks[line]:
            return line
    return None


def _closing_line(state: StateBlock, tag: Tag, first: int, end: int) -> int | None:
    """The line of the matching ``{{< /name >}}`` alone on its line (same-name nesting counted)."""
    depth = 0
    for line in range(first, end):
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].strip()
        match = SHORTCODE.fullmatch(text)
        if not match or match.group("name") != tag.name or match.group("esc"):
            continue
        if match.group("close"):
            if depth == 0:
                return line
            depth -= 1
        elif not match.group("self"):
            depth += 1
    return None


def _container(state: StateBlock, tag: Tag, start: int, last: int, close: int) -> bool:
    old_parent, old_max = state.parentType, state.lineMax
    state.parentType = "kosei_tag"  # type: ignore[assignment]
    state.lineMax = close
    token = state.push("kosei_tag_open", "div", 1)
    token.map = [start, close + 1]
    token.meta = {"tag": tag}
    token.block = True
    state.md.block.tokenize(state, last + 1, close)
    token = state.push("kosei_tag_close", "div", -1)
    token.block = True
    state.parentType, state.lineMax = old_parent, old_max
    state.line = close + 1
    return True


def _verbatim(state: StateBlock, tag: Tag, start: int, last: int, end: int) -> bool:
    """``{% raw %}``, ``{% comment %}``, ``{% highlight %}`` … ``{% end… %}`` on their own lines."""
    closing = "end" + tag.name
    for line in range(last + 1, end):
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].strip()
        match = LIQUID_TAG.fullmatch(text)
        if match and match.group("name") == closing:
            if tag.name == "raw":
                ranges = state.env.setdefault("kosei_raw_lines", [])
                ranges.append((last + 1, line))
                hidden = state.push("kosei_tag_block", "", 0)
                hidden.map, hidden.meta, hidden.hidden = [start, last + 1], {"tag": tag}, True
                old_max = state.lineMax
                state.lineMax = line
                state.md.block.tokenize(state, last + 1, line)
                state.lineMax = old_max
                state.line = line + 1
                return True
            return _emit_verbatim(state, tag, start, last, line)
    token = state.push("kosei_tag_block", "div", 0)
    token.map = [start, last + 1]
    token.meta = {"tag": tag, "unclosed": True}
    state.line = last + 1
    return True


def _emit_verbatim(state: StateBlock, tag: Tag, start: int, last: int, close: int) -> bool:
    token = state.push("kosei_tag_verbatim", "div", 0)
    token.map = [start, close + 1]
    token.meta = {"tag": tag}
    token.content = state.getLines(last + 1, close, 0, True)
    token.block = True
    state.line = close + 1
    return True


# -- inline tags -----------------------------------------------------------------------------
def _protect_inline(state: StateCore, hugo: bool, liquid: bool) -> None:
    raw_lines: list[tuple[int, int]] = state.env.get("kosei_raw_lines", [])
    found: list[Tag] = state.env.setdefault("kosei_tags", [])
    for token in state.tokens:
        if token.type != "inline" or "{" not in token.content:
            continue
        if token.map and any(a <= token.map[0] < b for a, b in raw_lines):
            continue
        tags = find_tags(token.content, hugo, liquid)
        if not tags:
            continue
        parts = []
        last = 0
        for start, end, tag in tags:
            parts.append(token.content[last:start])
            parts.append(f"9KoseiTag{len(found)}x")
            found.append(tag)
            last = end
        parts.append(token.content[last:])
        token.content = "".join(parts)


def _restore_inline(state: StateCore) -> None:
    found: list[Tag] = state.env.get("kosei_tags", [])
    if not found:
        return
    from editor.core.markdown.resolve import tag_url

    def source(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: _tag(found, m).source, text)

    def url(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: tag_url(_tag(found, m), state.env), text)

    for token in state.tokens:
        if token.type == "inline":
            token.content = source(token.content)
        if token.type != "inline" or not token.children:
            continue
        children: list[Token] = []
        for child in token.children:
            if child.type in ("link_open", "image"):
                for name in ("href", "src"):
                    value = child.attrGet(name)
                    if isinstance(value, str) and "KoseiTag" in value:
                        child.attrSet(name, url(value))
            if child.type == "image":
                child.content = source(child.content)
                for sub in child.children or []:
                    sub.content = source(sub.content)
            if child.type == "code_inline":
                child.content = source(child.content)
            if child.type == "text" and "KoseiTag" in child.content:
                children.extend(_split_text(child, found))
            else:
                children.append(child)
        token.children = children


def _tag(found: list[Tag], match: re.Match[str]) -> Tag:
    return found[int(match.group(1))]


def _split_text(token: Token, found: list[Tag]) -> list[Token]:
    out = []
    last = 0
    text = token.content
    for match in _PLACEHOLDER.finditer(text):
        if match.start() > last:
            out.append(_text(text[last : match.start()]))
        last = match.end()
        tag = _tag(found, match)
        if tag.escaped:  # plain text, so the typographer treats it as Hugo's does
            out.append(_text(escaped_literal(tag)))
            continue
        tag_token = Token("kosei_tag", "", 0)
        tag_token.meta = {"tag": _tag(found, match)}
        out.append(tag_token)
    if last < len(text):
        out.append(_text(text[last:]))
    return out


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token
