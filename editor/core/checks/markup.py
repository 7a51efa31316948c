"""Rule ``markup``: Markdown and template tags that will not render as the writer meant.

Read from the same token stream the preview is made from, in the site's dialect:

- ``emphasis``: ``**``/``__`` (and paired ``*``/``_``) that the site's renderer
  prints literally, usually because CommonMark's flanking rules refuse a
  delimiter next to punctuation such as ``「」`` (commonmark-spec #650);
- ``unclosed-tag``: a shortcode or Liquid block that is never closed, or a tag
  missing its ``>}}``/``%}``;
- ``wrong-generator``: a Liquid tag in a Hugo post, a shortcode in a Jekyll post;
- ``unknown-shortcode``, ``missing-target`` (a ``ref``/``post_url`` to no post),
  ``math`` (a formula that does not convert), ``raw-html`` (Hugo drops it).

The wording lives here rather than in ``messages.py`` because every message is
specific to one kind of this rule.
"""

from __future__ import annotations

import re
from collections import Counter

from markdown_it.token import Token

from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register
from editor.core.markdown.dialects import Dialect, cached_dialect_for
from editor.core.markdown.math import math_error
from editor.core.markdown.parser import parser
from editor.core.markdown.resolve import find_post, is_link_tag
from editor.core.markdown.shortcodes import BUILTINS
from editor.core.markdown.tags import LIQUID_PAIRED, SHORTCODE, Tag, find_tags

_LITERAL_STRONG = re.compile(r"(?<![*_\\])(\*\*|__)(?![*_\s])(.+?)(?<=\S)(?<![*_])\1(?![*_])")
_OPEN_ONLY = re.compile(r"\{\{[<%]\s*/?\s*\w(?:(?!\}\}).)*$|\{%-?\s+[a-z](?:(?!%\}).)*$")
_PUNCT_EDGE = re.compile(r"^[\W_]|[\W_]$")
_HTML_TYPES = ("html_block", "html_inline")
# Past this size the post is in large-file mode: only the cheap tag scan runs (a full parse
# of a megabyte costs seconds, and the preview has already paused).
MAX_PARSED = 300_000


@register("markup")
def check_markup(ctx: CheckContext) -> list[Finding]:
    dialect = cached_dialect_for(ctx.path, ctx.text) if ctx.path else Dialect()
    body_start = ctx.body_start_line
    body = "\n".join(ctx.lines[body_start:])
    out: list[Finding] = []
    if "{" in body:
        out += _tags(ctx, dialect, body, body_start)
    hugo_html = dialect.hugo and not dialect.html and "<" in body
    needs_parse = any(mark in body for mark in ("**", "__", "$", "\\(", "\\[")) or hugo_html
    if not needs_parse or len(body) > MAX_PARSED:
        return out
    env = {"kosei_dialect": dialect, "kosei_page": {}}
    tokens = parser(dialect).parse(body, env)
    out += _emphasis(ctx, tokens, body_start)
    out += _math(ctx, tokens, body_start)
    if hugo_html:
        out += _raw_html(ctx, tokens, body_start)
    return out


# -- emphasis ----------------------------------------------------------------------------------
def _emphasis(ctx: CheckContext, tokens: list[Token], base: int) -> list[Finding]:
    out = []
    for token in tokens:
        if token.type != "inline" or not token.children or token.map is None:
            continue
        literal = "".join(c.content if c.type == "text" else "\x00" for c in token.children)
        for match in _LITERAL_STRONG.finditer(literal):
            if "\x00" in match.group(0):
                continue
            found = _locate(ctx, base + token.map[0], base + token.map[1], match.group(0))
            if found is None:
                continue
            line, column = found
            out.append(_emphasis_finding(line, column, match.group(0), match.group(2)))
    return out


def _emphasis_finding(line: int, column: int, source: str, inner: str) -> Finding:
    span = Span(line, line, column, column + len(source) - 1)
    punct = bool(_PUNCT_EDGE.search(inner))
    fix = Fix(
        "Use <strong> instead",
        "<strong> に置き換える",
        span,
        f"<strong>{inner}</strong>",
    )
    if punct:
        en = (
            f"“{source}” will show its asterisks: the site's Markdown does not accept emphasis "
            "that starts or ends with punctuation next to other text. Add a space outside the "
            "marks, move the punctuation outside, or use <strong>."
        )
        ja = (
            f"「{source}」は記号のまま表示されます。約物（「」など）で始まる・終わる強調は前後に文字が続くと"
            "認識されません。記号の外側に空白を入れるか、約物を外に出すか、<strong> を使ってください。"
        )
    else:
        en = f"“{source}” will show its marks instead of bold text: check the spaces around them."
        ja = f"「{source}」は太字にならず記号のまま表示されます。前後の空白を確認してください。"
    return Finding(
        "markup",
        Severity.WARNING,
        en,
        ja,
        span,
        fix=fix,
        kind="emphasis",
        key=content_key("markup", "emphasis", source),
    )


def _locate(ctx: CheckContext, first: int, last: int, needle: str) -> tuple[int, int] | None:
    for row in range(first, min(last, len(ctx.lines))):
        column = ctx.lines[row].find(needle)
        if column >= 0:
            return row + 1, column + 1
    return None


# -- template tags -----------------------------------------------------------------------------
def _tags(ctx: CheckContext, dialect: Dialect, body: str, base: int) -> list[Finding]:
    hugo_like = dialect.generator in ("hugo", "generic")
    liquid_like = dialect.generator in ("jekyll", "eleventy", "generic")
    blanked = _blanked(ctx)
    found = find_tags(blanked, True, True)
    out: list[Finding] = []
    opened: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    first_open: dict[str, int] = {}
    for start, _end, tag in found:
        if tag.escaped or tag.kind == "output":
            continue
        offset = ctx.line_starts[base] + start
        span = ctx.span(offset, offset + len(tag.source))
        if tag.kind == "shortcode" and not hugo_like:
            out.append(_wrong(span, tag, "Hugo shortcode", "Hugo のショートコード", dialect))
            continue
        if tag.kind == "liquid" and not liquid_like:
            out.append(_wrong(span, tag, "Liquid tag", "Liquid タグ", dialect))
            continue
        key = f"{tag.kind}:{tag.name.removeprefix('end') if tag.kind == 'liquid' else tag.name}"
        if tag.closing:
            closed[key] += 1
        elif not tag.self_closing:
            opened[key] += 1
            first_open.setdefault(key, offset)
        if tag.kind == "shortcode" and not tag.closing and dialect.site_root:
            if tag.name not in BUILTINS and tag.name not in dialect.shortcodes:
                out.append(_unknown(span, tag))
        if is_link_tag(tag) and dialect.content_root and find_post(dialect, tag) is None:
            out.append(_missing(span, tag))
    for key, count in opened.items():
        kind, name = key.split(":", 1)
        needs_close = (kind == "liquid" and name in LIQUID_PAIRED) or (
            kind == "shortcode" and (closed[key] > 0 or name in ("highlight", "details"))
        )
        if needs_close and count > closed[key]:
            offset = first_open[key]
            out.append(_unclosed(ctx.span(offset, offset + 2), name, kind))
    out += _broken_tags(ctx, blanked, base, hugo_like, liquid_like)
    return out


def _without_code(body: str) -> str:
    """The body with fenced and inline code blanked out (same length, same lines)."""
    return _blank_from(body, "")[0]


def _blanked(ctx: CheckContext) -> str:
    """:func:`_without_code` of the body, chunk by chunk: a chunk's result depends only on its
    text and the fence open when it starts, so both key the result kept between runs."""
    found = ctx.shared.get("markup-blanked")
    if found is not None:
        return found
    old, used = ctx.store("markup-blanked")
    parts: list[str] = []
    fence = ""
    for _line, text in ctx.chunks:
        key = (text, fence)
        done = used.get(key) or old.get(key) or _blank_from(text, fence)
        used[key] = done
        parts.append(done[0])
        fence = done[1]
    found = "\n".join(parts)
    ctx.shared["markup-blanked"] = found
    return found


def _blank_from(body: str, fence: str) -> tuple[str, str]:
    """``body`` blanked as :func:`_without_code` does when ``fence`` is open at its start,
    and the fence open at its end."""
    out = []
    for line in body.split("\n"):
        stripped = line.lstrip(" ")
        marker = _FENCE_MARK.match(stripped) if len(line) - len(stripped) < 4 else None
        if fence:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = ""
            out.append(" " * len(line))
        elif marker:
            fence = marker.group(1)
            out.append(" " * len(line))
        elif "`" in line:
            out.append(_INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line))
        else:
            out.append(line)
    return "\n".join(out), fence


_FENCE_MARK = re.compile(r"(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"`[^`\n]+`")


def _broken_tags(
    ctx: CheckContext, blanked: str, base: int, hugo_like: bool, liquid_like: bool
) -> list[Finding]:
    out = []
    for row, line in _rows_with_tags(blanked):
        match = _OPEN_ONLY.search(line)
        if match is None or SHORTCODE.search(line[match.start() :]):
            continue
        if not (hugo_like if match.group(0).startswith("{{") else liquid_like):
            continue
        rest = "\n".join(ctx.lines[base + row + 1 : base + row + 4])
        if ("}}" if match.group(0).startswith("{{") else "%}") in rest:
            continue  # the tag goes on over the next lines
        column = match.start() + 1
        span = Span(base + row + 1, base + row + 1, column, len(line))
        source = match.group(0)[:40]
        out.append(
            Finding(
                "markup",
                Severity.WARNING,
                f"“{source}” is never closed: the site will fail to build or print it as text.",
                f"「{source}」が閉じられていません。サイトの生成が失敗するか、文字のまま表示されます。",
                span,
                kind="unclosed-tag",
                key=content_key("markup", "unclosed-tag", source),
            )
        )
    return out


def _rows_with_tags(text: str) -> list[tuple[int, str]]:
    """(row, line) of the lines of ``text`` with a "{{" or "{%" (where a tag can open)."""
    out: list[tuple[int, str]] = []
    row = line_start = 0
    for opening in _TAG_START.finditer(text):
        at = opening.start()
        if at < line_start:
            continue  # a second opening on a line already taken
        row += text.count("\n", line_start, at)
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        out.append((row, text[line_start:line_end]))
        line_start = line_end + 1
        row += 1
    return out


_TAG_START = re.compile(r"\{[{%]")


def _wrong(span: Span, tag: Tag, what_en: str, what_ja: str, dialect: Dialect) -> Finding:
    site = {"hugo": "Hugo", "jekyll": "Jekyll", "eleventy": "Eleventy"}.get(
        dialect.generator, dialect.generator
    )
    return Finding(
        "markup",
        Severity.WARNING,
        f"“{tag.source[:60]}” is a {what_en}, but this is a {site} post: it will show as text "
        "or break the build.",
        f"「{tag.source[:60]}」は{what_ja}ですが、この記事は {site} 用です。文字のまま表示されるか、生成が失敗します。",
        span,
        kind="wrong-generator",
        key=content_key("markup", "wrong-generator", tag.source),
    )


def _unknown(span: Span, tag: Tag) -> Finding:
    return Finding(
        "markup",
        Severity.WARNING,
        f"The site has no shortcode “{tag.name}” (not built in, not in layouts/shortcodes): "
        "Hugo will stop with an error.",
        f"ショートコード「{tag.name}」はサイトにありません（組み込みでも layouts/shortcodes にもない）。"
        "Hugo はエラーで止まります。",
        span,
        kind="unknown-shortcode",
        key=content_key("markup", "unknown-shortcode", tag.name),
    )


def _missing(span: Span, tag: Tag) -> Finding:
    target = tag.get(0)
    return Finding(
        "markup",
        Severity.WARNING,
        f"“{tag.name} {target}” points to no post in this site.",
        f"「{tag.name} {target}」の指す記事がサイト内にありません。",
        span,
        kind="missing-target",
        key=content_key("markup", "missing-target", tag.source),
    )


def _unclosed(span: Span, name: str, kind: str) -> Finding:
    closing = f"{{{{< /{name} >}}}}" if kind == "shortcode" else f"{{% end{name} %}}"
    return Finding(
        "markup",
        Severity.WARNING,
        f"“{name}” is opened but never closed with {closing}.",
        f"「{name}」が開かれたまま {closing} で閉じられていません。",
        span,
        kind="unclosed-tag",
        key=content_key("markup", "unclosed-tag", name),
    )


# -- math and raw HTML -------------------------------------------------------------------------
def _math(ctx: CheckContext, tokens: list[Token], base: int) -> list[Finding]:
    out = []
    for token in tokens:
        items = [token] if token.type.startswith("math_block") else []
        if token.type == "inline":
            items = [c for c in token.children or [] if c.type.startswith("math_inline")]
        for item in items:
            error = math_error(item.content, item.type != "math_inline")
            if error is None or token.map is None:
                continue
            line = base + token.map[0] + 1
            span = Span(line, base + token.map[1], 1, 0)
            out.append(
                Finding(
                    "markup",
                    Severity.WARNING,
                    f"This formula will not render ({error}): {item.content.strip()[:60]}",
                    f"この数式は表示できません（{error}）：{item.content.strip()[:60]}",
                    span,
                    kind="math",
                    key=content_key("markup", "math", item.content),
                )
            )
    return out


def _raw_html(ctx: CheckContext, tokens: list[Token], base: int) -> list[Finding]:
    for token in tokens:
        children = token.children or []
        html = token.type == "html_block" or any(c.type == "html_inline" for c in children)
        if not html or token.map is None:
            continue
        if token.type == "html_block" and re.match(r"\s*<!--", token.content):
            continue  # comments are dropped anyway
        line = base + token.map[0] + 1
        return [
            Finding(
                "markup",
                Severity.INFO,
                "Hugo drops raw HTML from this site's posts (markup.goldmark.renderer.unsafe is "
                "off): it will not appear on the page.",
                "このサイトの Hugo は記事中の HTML を出力しません（markup.goldmark.renderer.unsafe が無効）。"
                "ページには表示されません。",
                Span(line, line, 1, 0),
                kind="raw-html",
                key=content_key("markup", "raw-html", ""),
            )
        ]
    return []
