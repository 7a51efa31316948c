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
_SIMPLE = re.compile(r"(!?)\[([^\[\]\n]*)\]\(([^\x00-\x20\x7f()<>\\`]+)\)")
# Characters that start a construct which could take a bracket away from a link (autolink
# or HTML, escape, entity) or change a label (a NUL or CR the parser replaces); one of them
# anywhere sends the text to the parser. Code spans are blanked first (:func:`_blank_code`).
_UNSURE = re.compile(r"[<\\&\x00\r]")
# A scheme or "//": another site, unless the parser refuses the link (then it is text)
_REMOTE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//")
_REFUSED = re.compile(r"(?:vbscript|javascript|file|data):", re.IGNORECASE)
# A destination markdown-it's normalisation keeps as it is (a path and an anchor)
_PLAIN = re.compile(r"(?!//)[A-Za-z0-9/._~#-]*")
_TICKS = re.compile(r"`+")
_MOST_TICKS = 200  # more: blanking would take quadratic time (the parser keeps a cache)


def simple_targets(md: MarkdownIt, content: str) -> list[tuple[str, str, str]] | None:
    """(kind, url, alt) of every image and of every link that is not to another site
    (:func:`~editor.core.checks.links.is_local`) of ``content`` (a block's inline text) in
    order, as ``md`` (CommonMark, no extra inline rules) parses them; None when unsure."""
    if _UNSURE.search(content) or content.count("`") > _MOST_TICKS:
        return None
    blanked = _blank_code(content) if "`" in content else content
    out: list[tuple[str, str, str]] = []
    last = 0
    for match in _SIMPLE.finditer(blanked):
        if "[" in blanked[last : match.start()] or "]" in blanked[last : match.start()]:
            return None
        bang, destination = match.group(1), match.group(3)
        last = match.end()
        if not bang and _REMOTE.match(destination) and not _REFUSED.match(destination):
            continue  # a link to another site (normalising keeps its scheme or "//")
        href = destination if _PLAIN.fullmatch(destination) else md.normalizeLink(destination)
        if not md.validateLink(href):
            return None
        label = content[match.start(2) : match.end(2)]  # with its code spans
        out.append(("image" if bang else "link", href, label if bang else ""))
    tail = blanked[last:]
    if "[" in tail or "]" in tail:
        return None
    return out


def _blank_code(content: str) -> str:
    """``content`` with its code spans (as CommonMark finds them from the left: a run of
    backticks up to the next run of the same length) turned into spaces, newlines kept.

    A span the parser would not see (its opening run inside a link destination) blanks a
    destination's end or a bracket, so :func:`simple_targets` gives up on that text.
    """
    parts: list[str] = []
    last = 0
    pos = 0
    while True:
        opener = _TICKS.search(content, pos)
        if opener is None:
            break
        length = len(opener.group(0))
        closer = _TICKS.search(content, opener.end())
        while closer is not None and len(closer.group(0)) != length:
            closer = _TICKS.search(content, closer.end())
        if closer is None:
            pos = opener.end()  # no closing run: the backticks are text
            continue
        parts.append(content[last : opener.start()])
        parts.append(re.sub(r"[^\n]", " ", content[opener.start() : closer.end()]))
        last = pos = closer.end()
    parts.append(content[last:])
    return "".join(parts)
