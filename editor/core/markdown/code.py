"""Fenced code in the rendered page: Pygments colouring when the fence names a language,
Mermaid fences as diagrams."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.util import ClassNotFound

from editor.core.markdown.kramdown import rouge_block
from editor.core.markdown.mermaid import render_mermaid


def render_fence(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """Fence renderer (the parser installs it): Pygments + data-line."""
    token = tokens[idx]
    language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    line = str(token.attrGet("data-line") or "")
    if language == "mermaid":
        return render_mermaid(token.content, line)
    code = highlight_code(token.content, language)
    dialect = env.get("kosei_dialect") if isinstance(env, dict) else None
    if getattr(dialect, "kramdown", False):  # Jekyll writes Rouge's markup
        return rouge_block(language, code if code is not None else html.escape(token.content), line)
    css_class = ' class="highlight"' if code is not None else ""
    lang_attr = f' class="language-{html.escape(language)}"' if language else ""
    content = code if code is not None else html.escape(token.content)
    return f'<pre data-line="{line}"{css_class}><code{lang_attr}>{content}</code></pre>\n'


def highlight_code(code: str, language: str) -> str | None:
    """Pygments HTML for ``code`` when the fence names a known language; no guessing."""
    if not language:
        return None
    from pygments.lexers import get_lexer_by_name  # the lexer table: on the first fence

    try:
        lexer = get_lexer_by_name(language)
    except ClassNotFound:
        return None
    return highlight(code, lexer, HtmlFormatter(nowrap=True))
