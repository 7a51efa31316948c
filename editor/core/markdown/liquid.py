"""Liquid tags (Jekyll, Eleventy) as the reader will see them, without executing any.

``{% raw %}`` shows its content literally, ``{% highlight %}`` is code,
``{% post_url %}``/``{% link %}`` link the local post, ``{{ site.* }}`` and
``{{ page.* }}`` are resolved from the site configuration and the front matter
where possible; everything else (``include``, ``if``, ``for``…) is a labelled
token showing its source. Every value is escaped.
"""

from __future__ import annotations

import html
from typing import Any

from editor.core.markdown.resolve import MISSING_URL, find_post, tag_value
from editor.core.markdown.tags import Tag

HIDDEN = frozenset({"raw", "endraw", "comment", "endcomment"})


def render_liquid(tag: Tag, env: Any, block: bool, line: str) -> str:
    data_line = f' data-line="{line}"' if line and block else ""
    if tag.kind == "output":
        value = tag_value(tag, env)
        if value is not None:
            return html.escape(value)
        return _label(tag, "kosei-liquid kosei-output", block, data_line)
    if tag.name in HIDDEN:
        return ""
    if tag.name in ("post_url", "link"):
        dialect = env.get("kosei_dialect") if isinstance(env, dict) else None
        post = find_post(dialect, tag) if dialect is not None else None
        href = post.as_uri() if post is not None else MISSING_URL
        missing = "" if post is not None else " kosei-missing"
        link = (
            f'<a class="kosei-ref{missing}" href="{html.escape(href)}">'
            f"{html.escape(tag.get(0))}</a>"
        )
        return f"<p{data_line}>{link}</p>\n" if block else link
    if tag.name == "include" or tag.name == "include_relative":
        return _include(tag, block, data_line)
    return _label(tag, "kosei-liquid", block, data_line)


def render_liquid_verbatim(tag: Tag, content: str, line: str) -> str:
    """The body of ``{% highlight %}``/``{% comment %}`` blocks."""
    if tag.name == "comment":
        return ""
    from editor.core.markdown.code import highlight_code

    language = tag.get(0)
    code = highlight_code(content, language)
    body = code if code is not None else html.escape(content)
    lang = html.escape(language)
    data_line = f' data-line="{line}"' if line else ""
    return (
        f'<figure class="highlight"{data_line}><pre><code class="language-{lang}"'
        f' data-lang="{lang}">{body}</code></pre></figure>\n'
    )


def _include(tag: Tag, block: bool, data_line: str) -> str:
    name = html.escape(tag.get(0))
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in tag.named[:40])
    params = f"<dl>{rows}</dl>" if rows else ""
    if not block:
        return f'<span class="kosei-liquid kosei-include"><span class="kosei-label">include</span> {name}</span>'
    return (
        f'<div class="kosei-liquid kosei-include"{data_line}><div class="kosei-tag-head">'
        f'<span class="kosei-label">include</span> <code>{name}</code></div>{params}</div>\n'
    )


def _label(tag: Tag, css: str, block: bool, data_line: str) -> str:
    source = html.escape(tag.source)
    if block:
        return f'<div class="{css}"{data_line}><code>{source}</code></div>\n'
    return f'<span class="{css}"><code>{source}</code></span>'
