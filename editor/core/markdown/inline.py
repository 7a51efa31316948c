"""Markdown for short values inside a shortcode or tag (a figure caption): inline only.

No raw HTML, so a parameter can run nothing. Kept apart from the main parser,
which installs the shortcode renderers that use it.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def inline_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.enable(["strikethrough"])
    return md
