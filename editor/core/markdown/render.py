"""Markdown to HTML for the preview and exports.

Every block element carries ``data-line``: its first source line, 1-based,
counted in the file as saved (front matter included), so the preview can scroll
to the editor's line and findings can be shown in it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from editor.core.frontmatter.split import FrontMatter, split
from editor.core.markdown.dialects import DEFAULT, Dialect
from editor.core.markdown.html_page import content_security_policy, page_html  # noqa: F401
from editor.core.markdown.parser import parser
from editor.core.markdown.preview_style import preview_css, pygments_css, theme_css  # noqa: F401
from editor.core.markdown.stats import Stats, count_text, prose_text_of_tokens


@dataclass(frozen=True)
class Rendered:
    header_html: str  # the post header made from front matter ("" when none)
    body_html: str
    # False while the front matter does not parse (mid-edit): the preview keeps the
    # header of the last text that did, rather than flicker to no title.
    header_valid: bool = True

    @property
    def html(self) -> str:
        return self.header_html + self.body_html


def render_text(text: str, dialect: Dialect | None = None) -> Rendered:
    """Render a whole file's text (front matter included) in ``dialect`` (Kosei's own if None)."""
    return render_with_stats(text, dialect)[0]


def render_body(
    body: str,
    line_offset: int = 0,
    dialect: Dialect | None = None,
    page: dict[str, Any] | None = None,
) -> str:
    env = _env(dialect, page)
    md = parser(dialect)
    return _render_tokens(md, md.parse(body, env), line_offset, env)


def render_with_stats(text: str, dialect: Dialect | None = None) -> tuple[Rendered, Stats]:
    """Render and count from one parse: the preview needs both on every pause in typing.

    A pure function of ``(text, dialect)``: the dialect carries every site fact used.
    """
    parts = split(text)
    page = parts.front_matter.data if parts.front_matter and parts.front_matter.data else {}
    env = _env(dialect, page)
    md = parser(dialect)
    tokens = md.parse(parts.body, env)
    stats = count_text(prose_text_of_tokens(tokens))
    body_html = _render_tokens(md, tokens, parts.body_start_line, env)
    fm = parts.front_matter
    valid = fm is None or fm.error is None
    return Rendered(render_header(fm), body_html, valid), stats


def _env(dialect: Dialect | None, page: dict[str, Any] | None) -> dict[str, Any]:
    return {"kosei_dialect": dialect or DEFAULT, "kosei_page": page or {}}


def _render_tokens(md: MarkdownIt, tokens: list[Token], line_offset: int, env: dict) -> str:
    for token in tokens:
        if token.map is not None and token.nesting >= 0 and token.block:
            token.attrSet("data-line", str(token.map[0] + line_offset + 1))
    return md.renderer.render(tokens, md.options, env)


def render_header(front_matter: FrontMatter | None) -> str:
    if front_matter is None or not front_matter.data:
        return ""
    data = front_matter.data
    title = data.get("title")
    parts = ['<header class="kosei-post-header" data-line="1">']
    if title not in (None, ""):
        parts.append(f'<h1 class="kosei-title">{html.escape(_plain(title))}</h1>')
    meta = []
    when = data.get("date")
    if when not in (None, ""):
        meta.append(f'<time class="kosei-date">{html.escape(_plain(when))}</time>')
    for key in ("categories", "tags"):
        values = _as_list(data.get(key))
        if values:
            chips = "".join(f'<span class="kosei-chip">{html.escape(v)}</span>' for v in values)
            meta.append(f'<span class="kosei-{key}">{chips}</span>')
    if meta:
        parts.append('<div class="kosei-meta">' + " ".join(meta) + "</div>")
    parts.append("</header>\n")
    return "".join(parts)


def _plain(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.replace(",", " ").split() if v]
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value if v is not None]
    return [_plain(value)]
