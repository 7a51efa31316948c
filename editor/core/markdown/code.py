"""Fenced code in the rendered page: Pygments colouring when the fence names a language."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound


def render_fence(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """Fence renderer (the parser installs it): Pygments + data-line."""
    token = tokens[idx]
    language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    line = token.attrGet("data-line") or ""
    code = highlight_code(token.content, language)
    css_class = ' class="highlight"' if code is not None else ""
    lang_attr = f' class="language-{html.escape(language)}"' if language else ""
    content = code if code is not None else html.escape(token.content)
    return f'<pre data-line="{line}"{css_class}><code{lang_attr}>{content}</code></pre>\n'


def highlight_code(code: str, language: str) -> str | None:
    """Pygments HTML for ``code`` when the fence names a known language; no guessing."""
    if not language:
        return None
    try:
        lexer = get_lexer_by_name(language)
    except ClassNotFound:
        return None
    return highlight(code, lexer, HtmlFormatter(nowrap=True))
