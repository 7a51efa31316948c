"""Blog conventions: GitHub/Hugo alerts (``> [!NOTE]``) as callouts, ``<!--more-->`` as a divider."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

ALERTS = {
    "note": "Note",
    "tip": "Tip",
    "important": "Important",
    "warning": "Warning",
    "caution": "Caution",
}
_MARKER = re.compile(r"^\[!(\w+)\][ \t]*(?:\n|$)", re.I)
MORE = re.compile(r"^\s*<!--\s*more\s*-->\s*$", re.I)


def alerts_plugin(md: MarkdownIt) -> None:
    md.core.ruler.before("inline", "kosei_alerts", _alerts)


def _alerts(state: StateCore) -> None:
    tokens = state.tokens
    for i, token in enumerate(tokens[:-3]):
        if token.type != "blockquote_open" or tokens[i + 1].type != "paragraph_open":
            continue
        inline = tokens[i + 2]
        match = _MARKER.match(inline.content)
        if not match or match.group(1).lower() not in ALERTS:
            continue
        kind = match.group(1).lower()
        inline.content = inline.content[match.end() :]
        token.tag = "div"
        token.attrSet("class", f"markdown-alert markdown-alert-{kind}")
        close = _matching_close(tokens, i)
        if close is not None:
            tokens[close].tag = "div"
        if not inline.content.strip():
            tokens[i + 1].hidden = tokens[i + 3].hidden = True
            inline.content = ""
        title = Token("html_block", "", 0)
        title.content = f'<p class="markdown-alert-title">{ALERTS[kind]}</p>\n'
        title.meta = {"kosei_generated": True}
        tokens.insert(i + 1, title)


def _matching_close(tokens: list[Token], start: int) -> int | None:
    depth = 0
    for j in range(start, len(tokens)):
        if tokens[j].type == "blockquote_open":
            depth += 1
        elif tokens[j].type == "blockquote_close":
            depth -= 1
            if depth == 0:
                return j
    return None


def is_more(content: str) -> bool:
    return bool(MORE.match(content))


def more_divider(line: str) -> str:
    data_line = f' data-line="{line}"' if line else ""
    return f'<hr class="kosei-more"{data_line} title="The summary ends here">\n'
