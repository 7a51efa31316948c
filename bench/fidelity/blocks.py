"""Split an HTML fragment into top-level blocks and normalise each for comparison.

Normalised: whitespace, attribute order, entities, void-element spelling, our
``data-*`` and ``kosei-*`` marks; code blocks compare by language and text
(Pygments, Chroma and Rouge colour differently); a formula compares by its TeX
(MathML's annotation on our side, ``\\(…\\)`` on kramdown's).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"br", "hr", "img", "input", "meta", "link", "col", "source", "wbr"}
_WS = re.compile(r"\s+")
_DROP_ATTRS = {"tabindex", "style", "data-line", "data-lang", "role", "xmlns", "title"}


@dataclass
class Node:
    tag: str  # "" for text, "!" for a comment
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def text_content(self) -> str:
        if self.tag == "":
            return self.text
        if self.tag == "!":
            return ""
        return "".join(c.text_content() for c in self.children)

    def find(self, tag: str) -> Node | None:
        if self.tag == tag:
            return self
        for child in self.children:
            found = child.find(tag)
            if found is not None:
                return found
        return None

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def any_class(self, prefix: str) -> bool:
        return any(c.startswith(prefix) for c in self.classes()) or any(
            child.any_class(prefix) for child in self.children if child.tag not in ("", "!")
        )


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(Node("", text=data))

    def handle_comment(self, data: str) -> None:
        self.stack[-1].children.append(Node("!", text=data.strip()))


def parse(fragment: str) -> Node:
    builder = _Builder()
    builder.feed(fragment)
    builder.close()
    return builder.root


def blocks(fragment: str) -> list[Node]:
    """Top-level elements and comments; loose text becomes a paragraph-like block."""
    out = []
    for node in parse(fragment).children:
        if node.tag == "" and not node.text.strip():
            continue
        out.append(node)
    return out


def normalise(node: Node) -> str:
    code = _code_block(node)
    if code is not None:
        return code
    return _norm(node).strip()


def _code_block(node: Node) -> str | None:
    if node.tag in ("", "!"):
        return None
    pre = node.find("pre")
    if pre is None or (node.tag not in ("pre", "div", "figure")):
        return None
    code = pre.find("code") or pre
    language = ""
    for holder in (code, pre, node):
        for css in holder.classes():
            if css.startswith("language-"):
                language = css[9:]
        language = language or holder.attrs.get("data-lang", "")
    text = _code_text(pre)
    return f"CODE[{language}]{text.strip()}"


def _code_text(pre: Node) -> str:
    # Line-number cells and Pygments' inline numbers are not code.
    parts = []
    for child in pre.children:
        if child.tag not in ("", "!") and child.classes() & {"lnt", "ln", "linenos", "lineno"}:
            continue
        parts.append(_code_text(child) if child.tag not in ("", "!") else child.text)
    return "".join(parts)


def _norm(node: Node) -> str:
    if node.tag == "":
        return _WS.sub(" ", node.text)
    if node.tag == "!":
        return f"<!--{node.text}-->"
    if node.tag == "math":
        annotation = node.find("annotation")
        tex = annotation.text_content() if annotation else node.text_content()
        return f"MATH[{_WS.sub(' ', tex).strip()}]"
    attrs = []
    for key, value in sorted(node.attrs.items()):
        if key in _DROP_ATTRS or key.startswith("data-"):
            continue
        if key == "href" and value == "#kosei-missing":
            value = ""  # our mark for a link target that does not exist; the generators print ""
        if key == "class":
            value = " ".join(sorted(c for c in value.split() if not c.startswith("kosei-")))
            if not value:
                continue
        attrs.append(f' {key}="{html.escape(value)}"')
    inner = "".join(_norm(child) for child in node.children)
    inner = re.sub(r"\\\((.+?)\\\)", lambda m: f"MATH[{m.group(1).strip()}]", inner)
    if node.tag in VOID:
        return f"<{node.tag}{''.join(attrs)}>"
    inner = inner.strip() if node.tag in _BLOCKISH else inner
    return f"<{node.tag}{''.join(attrs)}>{inner}</{node.tag}>"


_BLOCKISH = {
    "p",
    "li",
    "ul",
    "ol",
    "div",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "section",
    "details",
    "summary",
}
