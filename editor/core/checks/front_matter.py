"""Rule ``front-matter``: invalid front matter, excerpt equal to the title, stale reading_time."""

from __future__ import annotations

import re
import unicodedata

from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register
from editor.core.frontmatter.split import FrontMatter

_SUMMARY_KEYS = ("excerpt", "description", "summary")
_ACROSS_BLOCKS = ("{", "$", "\\")
_READING_KEYS = ("reading_time", "readingTime", "reading-time", "readtime", "read_time")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _same(a: str, b: str) -> bool:
    def fold(s: str) -> str:
        return "".join(unicodedata.normalize("NFKC", s).casefold().split())

    return fold(a) == fold(b)


def key_line(ctx: CheckContext, fm: FrontMatter, key: str) -> int | None:
    """0-based file line where ``key`` is set at the top level of the front matter."""
    pattern = re.compile(rf"^\s{{0,1}}[\"']?{re.escape(key)}[\"']?\s*[:=]")
    for row in range(fm.inner_start_line, fm.end_line + (1 if fm.format == "json" else 0)):
        if row < len(ctx.lines) and pattern.match(ctx.lines[row]):
            return row
    return None


@register("front-matter")
def check_front_matter(ctx: CheckContext) -> list[Finding]:
    fm = ctx.split.front_matter
    if fm is None:
        return []
    if fm.error is not None:
        error = fm.error
        span = Span(error.line, error.line, error.column, error.column)
        en = f"The front matter is not valid {fm.format.upper()}: {error.message}"
        ja = f"フロントマター（{fm.format.upper()}）を解析できません：{error.message}"
        key = content_key("front-matter", "invalid", error.message)
        return [Finding("front-matter", Severity.ERROR, en, ja, span, (), None, "invalid", key)]
    data = fm.data or {}
    out: list[Finding] = []
    found = _excerpt_is_title(ctx, fm, data)
    if found is not None:
        out.append(found)
    found = _reading_time(ctx, fm, data)
    if found is not None:
        out.append(found)
    return out


def _excerpt_is_title(ctx: CheckContext, fm: FrontMatter, data: dict) -> Finding | None:
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        return None
    for key in _SUMMARY_KEYS:
        value = data.get(key)
        if isinstance(value, str) and _same(value, title):
            row = key_line(ctx, fm, key)
            title_row = key_line(ctx, fm, "title")
            if row is None:
                continue
            span = Span(row + 1, row + 1, 1, len(ctx.lines[row]))
            related = (
                (Span(title_row + 1, title_row + 1, 1, len(ctx.lines[title_row])),)
                if title_row is not None
                else ()
            )
            en = f"The {key} is identical to the title; write a summary instead."
            ja = f"{key} がタイトルと同じです。記事の要約を書いてください。"
            return Finding(
                "front-matter",
                Severity.WARNING,
                en,
                ja,
                span,
                related,
                None,
                "excerpt-title",
                content_key("front-matter", "excerpt-title", value),
            )
    return None


def _reading_time(ctx: CheckContext, fm: FrontMatter, data: dict) -> Finding | None:
    for key in _READING_KEYS:
        if key in data:
            break
    else:
        return None
    value = data[key]
    if isinstance(value, bool):
        return None
    number = _NUMBER.search(str(value)) if isinstance(value, str | int | float) else None
    if number is None:
        return None
    stated = float(number.group(0))
    minutes = reading_minutes(ctx)
    computed = max(1, round(minutes)) if minutes > 0 else 0
    tolerance = max(ctx.options.reading_time_minutes, ctx.options.reading_time_ratio * minutes)
    if abs(stated - minutes) <= tolerance:
        return None
    row = key_line(ctx, fm, key)
    if row is None:
        return None
    span = Span(row + 1, row + 1, 1, len(ctx.lines[row]))
    fix = _number_fix(ctx.lines[row], row, key, computed)
    shown = number.group(0)
    unit = "minute" if computed == 1 else "minutes"
    en = f"{key} says {shown} minutes but the text reads in about {computed} {unit}."
    ja = f"{key} は{shown}分ですが、本文から計算した読了時間は約{computed}分です。"
    return Finding(
        "front-matter",
        Severity.WARNING,
        en,
        ja,
        span,
        (),
        fix,
        "reading-time",
        content_key("front-matter", "reading-time", key),
    )


def _number_fix(line: str, row: int, key: str, computed: int) -> Fix | None:
    """Replace only the number after the key (comments and quoting stay as written)."""
    colon = re.search(r"[:=]", line)
    at = _NUMBER.search(line, colon.end() if colon else 0)
    if at is None:
        return None
    span = Span(row + 1, row + 1, at.start() + 1, at.end())
    return Fix(f"Set {key} to {computed}", f"{key} を {computed} に更新", span, str(computed))


def reading_minutes(ctx: CheckContext) -> float:
    """Reading time of the body as :func:`~editor.core.markdown.stats.compute_stats` counts it.

    Counted on the preview's chunks (:mod:`editor.core.markdown.chunks`), kept in the cache
    between runs, so a re-check parses only the chunks the edit touched. Some syntax reaches
    across blocks (footnotes number across the body; a Liquid ``{% highlight %}`` pair, math
    and templates may span blank lines, where a chunked parse splits them), so a body with
    ``[^``, ``{``, ``$`` or a backslash is parsed whole, as before.
    """
    # lazily: the render parser is only needed when the post states a reading time
    from editor.core.markdown.chunks import ParseContext, chunk_body
    from editor.core.markdown.parser import parser
    from editor.core.markdown.stats import CJK_PER_MINUTE, WORDS_PER_MINUTE, compute_stats

    body = ctx.split.body
    if "[^" in body or any(mark in body for mark in _ACROSS_BLOCKS):
        return compute_stats(body).reading_minutes
    cache = ctx.cache
    previous = cache.reading if cache is not None else None
    chunking = chunk_body(body, previous, ParseContext(parser()))  # type: ignore[arg-type]
    if cache is not None:
        cache.reading = chunking
    cjk = words = 0
    for span in chunking.spans:
        if span.chunk is not None:
            cjk += span.chunk.counts[1]
            words += span.chunk.counts[2]
    return cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE
