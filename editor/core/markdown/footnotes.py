"""Footnote markup as Hugo (Goldmark) and Jekyll (kramdown) write it; markdown-it's is the default.

Only the renderer changes: the footnote tokens come from mdit-py-plugins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token


def footnote_style_plugin(md: MarkdownIt, style: str) -> None:
    """``style`` "hugo" or "kramdown"."""
    kramdown = style == "kramdown"

    def name(tokens: Sequence[Token], idx: int) -> str:
        meta = tokens[idx].meta
        if kramdown and meta.get("label"):
            return str(meta["label"])
        return str(meta["id"] + 1)

    def ref(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, _env: Any) -> str:
        meta = tokens[idx].meta
        ident = name(tokens, idx)
        number = meta["id"] + 1
        sub = meta.get("subId", -1)
        # Goldmark names a repeated reference fnref1:1, kramdown fnref:1:1.
        ref_id = f"fnref{sub}:{ident}" if sub > 0 and not kramdown else f"fnref:{ident}"
        if kramdown and sub > 0:
            ref_id += f":{sub}"
        if kramdown:
            return (
                f'<sup id="{ref_id}" role="doc-noteref"><a href="#fn:{ident}" '
                f'class="footnote" rel="footnote">{number}</a></sup>'
            )
        return (
            f'<sup id="{ref_id}"><a href="#fn:{ident}" class="footnote-ref" '
            f'role="doc-noteref">{number}</a></sup>'
        )

    def block_open(_r: Any, _t: Sequence[Token], _i: int, _o: Any, _env: Any) -> str:
        rule = "" if kramdown else "<hr>\n"
        return f'<div class="footnotes" role="doc-endnotes">\n{rule}<ol>\n'

    def block_close(_r: Any, _t: Sequence[Token], _i: int, _o: Any, _env: Any) -> str:
        return "</ol>\n</div>\n"

    def item_open(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, _env: Any) -> str:
        role = ' role="doc-endnote"' if kramdown else ""
        return f'<li id="fn:{name(tokens, idx)}"{role}>'

    def anchor(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, _env: Any) -> str:
        meta = tokens[idx].meta
        ident = name(tokens, idx)
        sub = meta.get("subId", -1)
        if kramdown:
            suffix = f":{sub}" if sub > 0 else ""
            return (
                f' <a href="#fnref:{ident}{suffix}" class="reversefootnote" '
                f'role="doc-backlink">&#8617;</a>'
            )
        return (
            f'&#160;<a href="#fnref{sub if sub > 0 else ""}:{ident}" class="footnote-backref" '
            f'role="doc-backlink">&#x21a9;&#xfe0e;</a>'
        )

    md.add_render_rule("footnote_ref", ref)
    md.add_render_rule("footnote_block_open", block_open)
    md.add_render_rule("footnote_block_close", block_close)
    md.add_render_rule("footnote_open", item_open)
    md.add_render_rule("footnote_anchor", anchor)
