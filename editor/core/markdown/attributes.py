"""Heading ids as the generator makes them, and attribute lists (``{#id .class}``, kramdown ``{: …}``).

Hugo (Goldmark) makes GitHub-style ids and reads ``{#id .class}`` after a
heading; Jekyll's kramdown makes GFM-style or kramdown-style ids and applies
``{: …}`` attribute lists to the block or span before them, hiding
``{::comment}`` and ``{::options}``. All of it is token post-processing.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_ATTR_PART = re.compile(r"""#([\w\-:.]+)|\.([\w\-]+)|([\w\-:]+)=("[^"]*"|'[^']*'|[^\s}]+)""")
_HEADING_ATTRS = re.compile(r"\s*\{([^{}\n]*)\}\s*$")
_IAL_TAIL = re.compile(r"\n\{:([^{}\n]*)\}\s*$")
_IAL_WHOLE = re.compile(r"^\{:([^{}\n]*)\}\s*$")
_IAL_SPAN = re.compile(r"^\{:([^{}\n]*)\}")
_EXTENSIONS = re.compile(r"\{::comment\}.*?\{:/(?:comment)?\}|\{::options[^}]*/\}", re.S)
_SAFE_ATTR = re.compile(r"^(?!on)[\w\-:]+$", re.I)
_URL_ATTRS = frozenset({"href", "src", "action", "formaction", "srcdoc", "style"})


def parse_attributes(text: str) -> list[tuple[str, str]]:
    """``#id .a .b key="v"`` as attribute pairs (classes joined); unsafe names dropped."""
    out: list[tuple[str, str]] = []
    classes: list[str] = []
    for match in _ATTR_PART.finditer(text):
        ident, css, key, value = match.groups()
        if ident:
            out.append(("id", ident))
        elif css:
            classes.append(css)
        elif key and _SAFE_ATTR.match(key) and key.lower() not in _URL_ATTRS:
            out.append((key, value.strip("\"'")))
    if classes:
        out.append(("class", " ".join(classes)))
    return out


def _apply(token: Token, attrs: list[tuple[str, str]]) -> None:
    for key, value in attrs:
        if key == "class" and token.attrGet("class"):
            value = f"{token.attrGet('class')} {value}"
        token.attrSet(key, value)


def attributes_plugin(md: MarkdownIt, heading_ids: str, kramdown: bool, hugo: bool) -> None:
    if kramdown:
        md.core.ruler.before("inline", "kosei_kramdown_blocks", _kramdown_blocks)
        md.core.ruler.after("inline", "kosei_kramdown_spans", _kramdown_spans)
    if kramdown or hugo:
        md.core.ruler.before("inline", "kosei_heading_attrs", _heading_attrs)
    if heading_ids:

        def ids(state: StateCore) -> None:
            _heading_ids(state, heading_ids)

        md.core.ruler.push("kosei_heading_ids", ids)


def _heading_attrs(state: StateCore) -> None:
    tokens = state.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.type != "heading_open":
            continue
        inline = tokens[i + 1]
        match = _HEADING_ATTRS.search(inline.content)
        if match and ("#" in match.group(1) or "." in match.group(1) or "=" in match.group(1)):
            body = match.group(1).lstrip(":").strip()
            _apply(token, parse_attributes(body))
            inline.content = inline.content[: match.start()].rstrip()


def _kramdown_blocks(state: StateCore) -> None:
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        if "{::" in token.content:
            token.content = _EXTENSIONS.sub("", token.content).strip("\n")
        opening = tokens[i - 1] if i else None
        whole = _IAL_WHOLE.match(token.content)
        if whole and opening is not None and opening.type == "paragraph_open":
            target = _neighbour_block(tokens, i - 1)
            if target is not None:
                _apply(target, parse_attributes(whole.group(1)))
            token.content = ""
        tail = _IAL_TAIL.search(token.content)
        if tail and opening is not None and opening.nesting == 1:
            _apply(opening, parse_attributes(tail.group(1)))
            token.content = token.content[: tail.start()]
        if not token.content.strip() and opening is not None and opening.type == "paragraph_open":
            opening.hidden = True
            tokens[i + 1].hidden = True
            token.content = ""
            opening.meta = {**(opening.meta or {}), "kosei_empty": True}


def _neighbour_block(tokens: list[Token], para: int) -> Token | None:
    """The block an attribute-list paragraph belongs to: the one just before, else after."""
    spot = tokens[para].map
    here = spot[0] if spot else None
    level = tokens[para].level
    for j in range(para - 1, -1, -1):
        token = tokens[j]
        if token.level == level and token.nesting == -1:
            for k in range(j, -1, -1):
                if (
                    tokens[k].level == level
                    and tokens[k].nesting == 1
                    and tokens[k].tag == token.tag
                ):
                    opening = tokens[k]
                    if opening.map and here is not None and opening.map[1] == here:
                        return opening
                    break
            break
        if token.level == level and token.nesting == 0 and token.block:
            if token.map and here is not None and token.map[1] == here:
                return token
            break
    for j in range(para + 3, len(tokens)):
        if tokens[j].level == level and tokens[j].nesting >= 0:
            return tokens[j]
    return None


def _kramdown_spans(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children or "{:" not in token.content:
            continue
        children = token.children
        for k, child in enumerate(children):
            if k == 0 or child.type != "text" or not child.content.startswith("{:"):
                continue
            match = _IAL_SPAN.match(child.content)
            if not match:
                continue
            target = _span_opening(children, k - 1)
            if target is None:
                continue
            _apply(target, parse_attributes(match.group(1)))
            child.content = child.content[match.end() :]


def _span_opening(children: list[Token], k: int) -> Token | None:
    previous = children[k]
    if previous.nesting == 0:
        return previous if previous.type in ("image", "code_inline") else None
    if previous.nesting != -1:
        return None
    depth = 0
    for j in range(k, -1, -1):
        depth += children[j].nesting
        if depth == 0:
            return children[j]
    return None


def heading_text(inline: Token) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append("".join(c.content for c in child.children or []))
    return "".join(parts).strip()


def _heading_ids(state: StateCore, scheme: str) -> None:
    used: set[str] = set()
    tokens = state.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.type != "heading_open":
            continue
        given = token.attrGet("id")
        if isinstance(given, str):
            used.add(given)
            continue
        base = make_id(heading_text(tokens[i + 1]), scheme)
        ident, n = base, 0
        while ident in used:
            n += 1
            ident = f"{base}-{n}"
        used.add(ident)
        token.attrSet("id", ident)


def make_id(text: str, scheme: str) -> str:
    """The id ``scheme`` ("github" Hugo, "gfm" kramdown-GFM, "kramdown") makes for ``text``."""
    if scheme == "kramdown":
        text = re.sub(r"^[^a-zA-Z]+", "", text)
        text = re.sub(r"[^a-zA-Z0-9 \-]", "", text).replace(" ", "-").lower()
        return text or "section"
    if scheme == "gfm":
        text = text.lower()
        text = "".join(c for c in text if c in "- \t" or _is_word(c))
        return text.replace(" ", "-").replace("\t", "-")
    out = []
    for char in text:
        if char in "- ":
            out.append("-")
        elif char == "_" or unicodedata.category(char)[0] in "LN" and _is_digit_or_letter(char):
            out.append(char.lower())
    return "".join(out) or "heading"


def _is_word(char: str) -> bool:
    return (
        char == "_" or unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Pc"
    )


def _is_digit_or_letter(char: str) -> bool:
    category = unicodedata.category(char)
    return category.startswith("L") or category == "Nd"
