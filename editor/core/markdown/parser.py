"""The one markdown-it-py configuration Kosei uses for preview, stats, outline and checks."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from editor.core.markdown.code import render_fence


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark plus tables, strikethrough, task lists, footnotes and bare-URL autolinks."""
    md = MarkdownIt("commonmark", {"html": True, "linkify": True, "typographer": False})
    md.enable(["table", "strikethrough", "linkify"])
    md.use(footnote_plugin)
    md.use(tasklists_plugin, enabled=False)
    md.add_render_rule("fence", render_fence)
    return md
