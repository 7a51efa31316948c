"""The markdown-it-py configurations Kosei uses: one per generator dialect, each built once.

``parser()`` is Kosei's own dialect (CommonMark plus tables, strikethrough,
task lists, footnotes, bare-URL autolinks, math, template tags labelled);
``parser(dialect)`` is the same machinery set the way the post's generator
reads Markdown (see :mod:`editor.core.markdown.dialects`). Everything Kosei
adds is a markdown-it rule or a renderer rule, so the token stream stays the
one thing every consumer (preview, stats, outline, checks) shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from editor.core.markdown.alerts import alerts_plugin, is_more, more_divider
from editor.core.markdown.attributes import attributes_plugin
from editor.core.markdown.code import render_fence
from editor.core.markdown.dialects import DEFAULT, Dialect
from editor.core.markdown.footnotes import footnote_style_plugin
from editor.core.markdown.kramdown import is_inline_html, kramdown_plugin, typographer_plugin
from editor.core.markdown.math import math_plugin
from editor.core.markdown.sanitize import render_html_inline, sanitize_html
from editor.core.markdown.tag_render import tag_render_plugin
from editor.core.markdown.templating import templating_plugin

_OMITTED = "<!-- raw HTML omitted -->"


def parser(dialect: Dialect | None = None) -> MarkdownIt:
    """The parser for ``dialect`` (Kosei's own when None)."""
    dialect = dialect or DEFAULT
    return _build(dialect.parser_key, dialect)


@lru_cache(maxsize=16)
def _build(_key: tuple[Any, ...], dialect: Dialect) -> MarkdownIt:
    md = MarkdownIt(
        "commonmark",
        {
            "html": True,
            "linkify": dialect.linkify,
            "typographer": dialect.typographer,
            "breaks": dialect.hard_wraps,
        },
    )
    md.enable(["table", "strikethrough"])
    if dialect.linkify:
        md.enable("linkify")
    if dialect.typographer:
        md.enable(["replacements", "smartquotes"])
        if dialect.generator in ("hugo", "jekyll"):
            typographer_plugin(md)
    if dialect.kramdown:
        kramdown_plugin(md)
    md.use(footnote_plugin)
    md.use(tasklists_plugin, enabled=False)
    if dialect.generator in ("hugo", "jekyll"):
        md.use(deflist_plugin)
        footnote_style_plugin(md, "hugo" if dialect.hugo else "kramdown")
        md.core.ruler.push("kosei_gfm_output", _gfm_output)
        md.add_render_rule("s_open", _del)
        md.add_render_rule("s_close", _del)
    if dialect.cjk_emphasis or dialect.cjk_breaks:
        _use_cjk(md, dialect)
    if dialect.escaped_space:
        md.core.ruler.before("inline", "kosei_escaped_space", _escaped_space)
        md.core.ruler.after("inline", "kosei_escaped_space_out", _escaped_space_out)
    math_plugin(md, dialect.math_dollar, dialect.math_brackets)
    templating_plugin(
        md,
        hugo=dialect.generator in ("hugo", "generic"),
        liquid=dialect.generator in ("jekyll", "eleventy", "generic"),
    )
    tag_render_plugin(md)
    alerts_plugin(md)
    attributes_plugin(md, dialect.heading_ids, dialect.kramdown, dialect.hugo)
    md.add_render_rule("fence", render_fence)
    keep_html = dialect.html
    md.add_render_rule("html_block", _html_block if keep_html else _html_block_omitted)
    # Raw HTML the site keeps is made inert: no script, handler or fetch we did not decide on.
    md.add_render_rule("html_inline", render_html_inline if keep_html else _html_inline_omitted)
    return md


@lru_cache(maxsize=1)
def inline_parser() -> MarkdownIt:
    """Markdown for short values (a figure caption): no raw HTML, so a parameter runs nothing."""
    md = MarkdownIt("commonmark", {"html": False})
    md.enable(["strikethrough"])
    return md


def _use_cjk(md: MarkdownIt, dialect: Dialect) -> None:
    try:
        from mdit_py_cjk_friendly import cjk_friendly
    except ImportError:  # without the plugin, emphasis follows CommonMark (the check explains)
        return
    plain_softbreak = md.renderer.rules.get("softbreak")  # type: ignore[attr-defined]
    md.use(cjk_friendly)
    if not dialect.cjk_emphasis:
        md._cjk_friendly = False  # type: ignore[attr-defined]  # the plugin's own switch
    if not dialect.cjk_breaks and plain_softbreak is not None:
        md.add_render_rule("softbreak", plain_softbreak)


_SPACE_MARK = "\u200a"  # hair space: whitespace to the emphasis rules, removed from the output


def _escaped_space(state: Any) -> None:
    for token in state.tokens:
        if token.type == "inline" and "\\ " in token.content:
            token.content = token.content.replace("\\ ", _SPACE_MARK)


def _escaped_space_out(state: Any) -> None:
    for token in state.tokens:
        for child in token.children or []:
            if child.type == "text" and _SPACE_MARK in child.content:
                child.content = child.content.replace(_SPACE_MARK, "")


def _del(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """Goldmark and kramdown write strikethrough as ``<del>``, markdown-it as ``<s>``."""
    return "<del>" if tokens[idx].nesting == 1 else "</del>"


def _gfm_output(state: Any) -> None:
    """Goldmark/kramdown spellings: bare task checkboxes, ``https://`` for ``www.`` autolinks."""
    hugo = isinstance(state.env, dict) and getattr(state.env.get("kosei_dialect"), "hugo", False)
    for token in state.tokens:
        if token.type in ("bullet_list_open", "list_item_open") and hugo:
            if token.attrGet("class") in ("contains-task-list", "task-list-item"):
                token.attrs.pop("class", None)
        for child in token.children or []:
            if child.type == "html_inline" and "task-list-item-checkbox" in child.content:
                checked = 'checked="checked"' in child.content
                if hugo:
                    child.content = (
                        f'<input{" checked" if checked else ""} disabled="" type="checkbox"> '
                    ).replace(" checked", ' checked=""')
                child.meta = {**(child.meta or {}), "kosei_generated": True}
            elif child.type == "link_open" and child.markup == "linkify" and hugo:
                href = str(child.attrGet("href") or "")
                if href.startswith("http://www."):
                    child.attrSet("href", "https://" + href[7:])


def _html_block(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    if is_more(token.content):
        return more_divider(str(token.attrGet("data-line") or ""))
    dialect = env.get("kosei_dialect") if isinstance(env, dict) else None
    if getattr(dialect, "kramdown", False) and is_inline_html(token.content):
        return f"<p>{sanitize_html(token.content.strip())}</p>\n"
    return sanitize_html(token.content)


def _html_block_omitted(
    renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    token = tokens[idx]
    if is_more(token.content):
        return more_divider(str(token.attrGet("data-line") or ""))
    if (token.meta or {}).get("kosei_generated"):
        return token.content
    return _OMITTED + "\n"


def _html_inline_omitted(
    renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    token = tokens[idx]
    return token.content if (token.meta or {}).get("kosei_generated") else _OMITTED
