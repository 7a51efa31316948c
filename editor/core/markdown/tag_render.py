"""Renderer rules for template-tag tokens: each tag goes to the Hugo or the Liquid renderer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from editor.core.markdown.liquid import render_liquid, render_liquid_verbatim
from editor.core.markdown.shortcodes import render_highlight, render_shortcode
from editor.core.markdown.tags import Tag


def tag_render_plugin(md: MarkdownIt) -> None:
    md.add_render_rule("kosei_tag", _inline)
    md.add_render_rule("kosei_tag_block", _block)
    md.add_render_rule("kosei_tag_open", _open)
    md.add_render_rule("kosei_tag_close", _close)
    md.add_render_rule("kosei_tag_verbatim", _verbatim)


def _tag(token: Token) -> Tag:
    return token.meta["tag"]


def _line(token: Token) -> str:
    value = token.attrGet("data-line")
    return str(value) if value else ""


def _inline(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, env: Any) -> str:
    tag = _tag(tokens[idx])
    if tag.kind == "shortcode":
        return render_shortcode(tag, env, block=False, line="")
    return render_liquid(tag, env, block=False, line="")


def _block(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, env: Any) -> str:
    token = tokens[idx]
    if token.hidden:
        return ""
    tag = _tag(token)
    if tag.kind == "shortcode":
        return render_shortcode(tag, env, block=True, line=_line(token))
    return render_liquid(tag, env, block=True, line=_line(token))


def _open(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, env: Any) -> str:
    token = tokens[idx]
    return render_shortcode(_tag(token), env, block=True, line=_line(token), inner=True)


def _close(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, _env: Any) -> str:
    depth = 0
    for j in range(idx, -1, -1):
        depth += tokens[j].nesting
        if depth == 0 and tokens[j].type == "kosei_tag_open":
            name = _tag(tokens[j]).name
            if name == "details":
                return "</details>\n"
            if name == "comment":
                return ""
            return "</div>\n"
    return "</div>\n"


def _verbatim(_r: Any, tokens: Sequence[Token], idx: int, _o: Any, _env: Any) -> str:
    token = tokens[idx]
    tag = _tag(token)
    if tag.kind == "shortcode":
        if tag.name == "comment":
            return ""
        return render_highlight(tag, token.content, _line(token))
    return render_liquid_verbatim(tag, token.content, _line(token))
