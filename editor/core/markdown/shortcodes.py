"""Hugo shortcodes as the reader will see them, made without running a template.

The built-ins (``figure``, ``highlight``, ``ref``/``relref``, ``param``,
``details`` and the embeds) are drawn as Hugo's own templates draw them, except
that an embed is a labelled box with a link instead of a player: nothing is
fetched. The site's own shortcodes become a labelled block with their
parameters. Every value is escaped; captions are Markdown without raw HTML.
"""

from __future__ import annotations

import html
import re
from typing import Any

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.util import ClassNotFound

from editor.core.markdown.resolve import MISSING_URL, find_post, tag_value
from editor.core.markdown.tags import Tag, escaped_literal

EMBEDS = {
    "youtube": ("YouTube video", "https://www.youtube.com/watch?v={id}"),
    "vimeo": ("Vimeo video", "https://vimeo.com/{id}"),
    "x": ("Post on X", "https://x.com/{user}/status/{id}"),
    "twitter": ("Post on X", "https://x.com/{user}/status/{id}"),
    "tweet": ("Post on X", "https://x.com/{user}/status/{id}"),
    "instagram": ("Instagram post", "https://www.instagram.com/p/{id}/"),
    "gist": ("GitHub gist", "https://gist.github.com/{user}/{id}"),
}
BUILTINS = frozenset(
    {"figure", "highlight", "ref", "relref", "param", "details", "comment", *EMBEDS}
)
_SAFE_ID = re.compile(r"[\w\-]{1,100}")
_SAFE_URL = re.compile(r"^(?:https?://|/|\.{0,2}/|#|[\w\-./%]+(?:[?#].*)?$)", re.I)


def known(tag: Tag, shortcodes: frozenset[str]) -> bool:
    return tag.name in BUILTINS or tag.name in shortcodes


def safe_url(value: str) -> str:
    """A link or image address that cannot be ``javascript:`` or ``data:`` (else ``#``)."""
    value = value.strip()
    return value if _SAFE_URL.match(value) and ":" not in value.split("/", 1)[0][:-1] else "#"


def inline_markdown(text: str, env: Any) -> str:
    """Markdown of a shortcode parameter (``caption``) without raw HTML, as Hugo's markdownify."""
    from editor.core.markdown.inline import inline_parser

    return inline_parser().renderInline(text, {})


def render_shortcode(tag: Tag, env: Any, block: bool, line: str, inner: bool = False) -> str:
    """HTML for one shortcode; ``inner`` for the opening of a paired one (its close follows)."""
    data_line = f' data-line="{line}"' if line else ""
    if tag.escaped:
        return html.escape(escaped_literal(tag))
    if tag.closing:
        return _closing(tag) if block else ""
    name = tag.name
    if name == "figure":
        return _figure(tag, env, data_line)
    if name in EMBEDS:
        return _embed(tag, data_line, block)
    if name in ("ref", "relref"):
        return _ref(tag, env)
    if name == "param":
        value = tag_value(tag, env)
        if value is not None:
            return html.escape(value)
    if name == "details":
        summary = html.escape(tag.get("summary", "Details"))
        opened = " open" if tag.get("open", "false").lower() in ("true", "1") else ""
        body = f"<details{data_line}{opened}><summary>{summary}</summary>\n"
        return body if inner else body + "</details>\n"
    if name == "comment":
        return ""
    return _labelled(tag, env, block, data_line, inner)


def render_highlight(tag: Tag, code: str, line: str) -> str:
    """``{{< highlight lang "opts" >}}``: code with Pygments, Hugo's ``highlight`` markup."""
    language = tag.get(0) or tag.get("lang")
    options = dict(
        part.split("=", 1)
        for part in (tag.get(1) or tag.get("options")).replace(" ", ",").split(",")
        if "=" in part
    )
    hl_lines: list[int] = []
    for piece in options.get("hl_lines", "").replace(",", " ").split():
        first, _, last = piece.partition("-")
        if first.isdigit():
            hl_lines.extend(range(int(first), int(last or first) + 1)[:500])
    linenos = options.get("linenos", "false").lower() in ("true", "table", "inline")
    body = html.escape(code)
    from pygments.lexers import get_lexer_by_name  # the lexer table: on the first tag

    try:
        lexer = get_lexer_by_name(language) if language else None
    except ClassNotFound:
        lexer = None
    if lexer is not None:
        formatter = HtmlFormatter(
            nowrap=not linenos and not hl_lines,
            hl_lines=hl_lines,
            linenos="inline" if linenos else False,
        )
        body = highlight(code, lexer, formatter)
    data_line = f' data-line="{line}"' if line else ""
    lang = html.escape(language)
    return (
        f'<div class="highlight"{data_line}><pre class="chroma"><code class="language-{lang}"'
        f' data-lang="{lang}">{body}</code></pre></div>\n'
    )


def _figure(tag: Tag, env: Any, data_line: str) -> str:
    css = tag.get("class")
    out = [f"<figure{data_line}" + (f' class="{html.escape(css)}"' if css else "") + ">"]
    link = tag.get("link")
    if link:
        out.append(f'<a href="{html.escape(safe_url(link))}">')
    alt = tag.get("alt") or _plain(tag.get("caption"))
    img = f'<img src="{html.escape(safe_url(tag.get("src")))}"'
    if alt:
        img += f' alt="{html.escape(alt)}"'
    for name in ("width", "height"):
        if tag.get(name):
            img += f' {name}="{html.escape(tag.get(name))}"'
    out.append(img + ">")
    if link:
        out.append("</a>")
    title, caption, attr = tag.get("title"), tag.get("caption"), tag.get("attr")
    if title or caption or attr:
        out.append("<figcaption>")
        if title:
            out.append(f"<h4>{html.escape(title)}</h4>")
        if caption or attr:
            out.append("<p>" + inline_markdown(caption, env))
            if attr:
                attr_html = inline_markdown(attr, env)
                attrlink = tag.get("attrlink")
                if attrlink:
                    attr_html = f'<a href="{html.escape(safe_url(attrlink))}">{attr_html}</a>'
                out.append(attr_html)
            out.append("</p>")
        out.append("</figcaption>")
    out.append("</figure>\n")
    return "".join(out)


def _plain(text: str) -> str:
    return re.sub(r"[*_`]|<[^>]*>", "", text)


def _embed(tag: Tag, data_line: str, block: bool) -> str:
    label, pattern = EMBEDS[tag.name]
    ident = tag.get("id") or (tag.get(1) if tag.name in ("gist", "tweet", "x") else tag.get(0))
    user = tag.get("user") or (tag.get(0) if tag.name in ("gist", "tweet", "x") else "")
    if tag.name in ("tweet", "x", "twitter") and not tag.get("user") and len(tag.positional) == 1:
        ident, user = tag.get(0), "i/web"
    ok = _SAFE_ID.fullmatch(ident or "") and (not user or _SAFE_ID.fullmatch(user.replace("/", "")))
    url = pattern.format(id=ident, user=user) if ok else ""
    link = f'<a href="{html.escape(url)}">{html.escape(ident)}</a>' if url else html.escape(ident)
    element = "div" if block else "span"
    return (
        f'<{element} class="kosei-embed" data-embed="{tag.name}"{data_line if block else ""}>'
        f'<span class="kosei-label">{label}</span> {link}</{element}>' + ("\n" if block else "")
    )


def _ref(tag: Tag, env: Any) -> str:
    dialect = env.get("kosei_dialect") if isinstance(env, dict) else None
    post = find_post(dialect, tag) if dialect is not None else None
    href = post.as_uri() if post is not None else MISSING_URL
    missing = "" if post is not None else " kosei-missing"
    return f'<a class="kosei-ref{missing}" href="{html.escape(href)}">{html.escape(tag.get(0))}</a>'


def _params_text(tag: Tag) -> str:
    parts = [f'"{p}"' if " " in p else p for p in tag.positional]
    parts += [f'{k}="{v}"' for k, v in tag.named]
    return " ".join(parts)


def _labelled(tag: Tag, env: Any, block: bool, data_line: str, inner: bool) -> str:
    dialect = env.get("kosei_dialect") if isinstance(env, dict) else None
    own = dialect is not None and tag.name in dialect.shortcodes
    css = "kosei-shortcode" + ("" if own or tag.name in BUILTINS else " kosei-unknown")
    name = html.escape(tag.name)
    params = html.escape(_params_text(tag))
    label = f'<span class="kosei-label">{name}</span>' + (
        f" <code>{params}</code>" if params else ""
    )
    if not block:
        return f'<span class="{css}" data-shortcode="{name}">{label}</span>'
    head = f'<div class="{css}" data-shortcode="{name}"{data_line}><div class="kosei-tag-head">{label}</div>\n'
    return head if inner else head + "</div>\n"


def _closing(tag: Tag) -> str:
    name = html.escape(tag.name)
    return (
        f'<div class="kosei-shortcode kosei-unpaired" data-shortcode="{name}">'
        f'<span class="kosei-label">/{name}</span></div>\n'
    )
