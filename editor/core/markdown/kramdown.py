"""What Jekyll's kramdown writes differently from markdown-it, as token rules and renderers.

The end-of-block mark ``^``, typographic ``<<``/``>>``, Rouge's classes on code
(``language-plaintext highlighter-rouge``), and a line that starts with an inline
HTML element being a paragraph (kramdown treats ``<img>``, ``<span>``… as text).
Also the typographer both generators share: dashes and ellipses only (no ``(c)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?\1")
_INLINE_HTML = re.compile(
    r"^<(a|abbr|b|br|cite|code|em|i|img|kbd|mark|q|s|small|span|strong|sub|sup|u|var)\b", re.I
)


def kramdown_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before(
        "paragraph",
        "kosei_kramdown_eob",
        _end_of_block,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.core.ruler.before("inline", "kosei_kramdown_guillemets", _guillemets)
    md.add_render_rule("code_inline", _code_inline)


def typographer_plugin(md: MarkdownIt) -> None:
    """Goldmark's and kramdown's typographer: quotes (markdown-it's), dashes and ellipses."""
    md.disable("replacements")
    md.core.ruler.after("inline", "kosei_typographer", _dashes)


def _end_of_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    pos = state.bMarks[start] + state.tShift[start]
    if state.src[pos : state.eMarks[start]].strip() != "^":
        return False
    if silent:
        return True
    token = state.push("kosei_eob", "", 0)
    token.map = [start, start + 1]
    token.hidden = True
    state.line = start + 1
    return True


def _guillemets(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and ("<<" in token.content or ">>" in token.content):
            token.content = _swap_outside_code(token.content)


def _swap_outside_code(text: str) -> str:
    out, last = [], 0
    for match in _CODE_SPAN.finditer(text):
        out.append(text[last : match.start()].replace("<<", "«").replace(">>", "»"))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].replace("<<", "«").replace(">>", "»"))
    return "".join(out)


_DASHES = ((re.compile(r"(?<!-)---(?!-)"), "\u2014"), (re.compile(r"(?<!-)--(?!-)"), "\u2013"))


def _dashes(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        inside_link = 0
        for child in token.children:
            if child.type == "link_open" and child.markup in ("linkify", "autolink"):
                inside_link += 1
            elif child.type == "link_close" and inside_link:
                inside_link -= 1
            elif child.type == "text" and not inside_link:
                text = child.content
                if "--" in text:
                    for pattern, dash in _DASHES:
                        text = pattern.sub(dash, text)
                child.content = text.replace("...", "\u2026")


def _code_inline(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, _env: Any) -> str:
    from html import escape

    token = tokens[idx]
    css = token.attrGet("class")
    extra = f" {css}" if css else ""
    return (
        f'<code class="language-plaintext highlighter-rouge{extra}">{escape(token.content)}</code>'
    )


def is_inline_html(content: str) -> bool:
    """kramdown makes a paragraph of a line that starts with an inline element."""
    return bool(_INLINE_HTML.match(content.lstrip()))


def rouge_block(language: str, code_html: str, line: str) -> str:
    """A fenced block as Jekyll writes it with Rouge (``plaintext`` when no language)."""
    lang = language or "plaintext"
    data_line = f' data-line="{line}"' if line else ""
    return (
        f'<div class="language-{lang} highlighter-rouge"{data_line}><div class="highlight">'
        f'<pre class="highlight"><code>{code_html}</code></pre></div></div>\n'
    )
