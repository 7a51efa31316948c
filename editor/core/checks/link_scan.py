"""Images and inline links of plain inline text read with one regular expression, no parse.

Most paragraphs that hold an image or a local link hold it in its simplest form,
``![alt](path)`` or ``[text](path)``, with nothing around it that CommonMark could read
otherwise. For such text the targets markdown-it would find are known without an inline
parse: :func:`simple_targets` returns them, or None as soon as anything could change the
reading (another bracket, a code span, HTML or an autolink, an escape or an entity, a
space, parenthesis or control character in a destination, a destination the parser would
refuse); the caller then parses. The result must equal the parse's: the tests compare the
two over the corpus and over generated tricky text.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

# One image or inline link: a label with no bracket or newline, a destination of at least
# one character the destination parser takes as it is (no space, control character,
# parenthesis, "<" or backslash) and the closing parenthesis right after it (no title).
_SIMPLE = re.compile(r"(!?)\[([^\[\]\n]*)\]\(([^\x00-\x20\x7f()<>\\]+)\)")
# Characters that start a construct which could take a bracket away from a link (code
# span, autolink or HTML, escape, entity) or change a label (a NUL or CR the parser
# replaces); one of them anywhere sends the text to the parser.
_UNSURE = re.compile(r"[`<\\&\x00\r]")


def simple_targets(md: MarkdownIt, content: str) -> list[tuple[str, str, str]] | None:
    """(kind, url, alt) of every image and link of ``content`` (a block's inline text) in
    order, as ``md`` (CommonMark, no extra inline rules) parses them; None when unsure."""
    if _UNSURE.search(content):
        return None
    out: list[tuple[str, str, str]] = []
    last = 0
    for match in _SIMPLE.finditer(content):
        if "[" in content[last : match.start()] or "]" in content[last : match.start()]:
            return None
        bang, label, destination = match.groups()
        href = md.normalizeLink(destination)
        if not md.validateLink(href):
            return None
        out.append(("image" if bang else "link", href, label if bang else ""))
        last = match.end()
    tail = content[last:]
    if "[" in tail or "]" in tail:
        return None
    return out
