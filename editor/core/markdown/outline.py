"""The headings of a post, from the shared Markdown parse (never from regexes)."""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.frontmatter.split import split
from editor.core.markdown.parser import parser


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for "#", 2 for "##"...
    text: str
    line: int  # 1-based file line


def outline(text: str) -> list[Heading]:
    parts = split(text)
    tokens = parser().parse(parts.body)
    headings: list[Heading] = []
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        inline = tokens[index + 1]
        label = "".join(
            c.content for c in inline.children or [] if c.type in ("text", "code_inline")
        )
        headings.append(Heading(int(token.tag[1]), label, token.map[0] + parts.body_start_line + 1))
    return headings


def heading_at(headings: list[Heading], line: int) -> Heading | None:
    """The heading whose section holds ``line``."""
    current = None
    for heading in headings:
        if heading.line > line:
            break
        current = heading
    return current
