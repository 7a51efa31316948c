"""The body's images and links, found chunk by chunk with CommonMark and kept per chunk.

The publish checks look at every image (alt text) and link (files that do not
exist). Parsing a 1 MB body inline takes about a second, so the body is parsed in
the check's independent chunks (:func:`~editor.core.checks.blocks.chunk_lines`):
only chunks with a ``[`` can hold one, and a chunk is parsed again only when its
text or the document's reference definitions change (autolinks need a ``<``). Reference definitions are
document-wide (``![a][logo]`` may use a definition at the end of the post), so
they are gathered first from the chunks that can hold one (``]:``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor.core.checks.blocks import BlockTemplate
from editor.core.checks.link_scan import simple_targets

if TYPE_CHECKING:
    from editor.core.checks.context import CheckContext

_MD = MarkdownIt("commonmark")


class Target(NamedTuple):
    kind: str  # "image" or "link"
    url: str  # the image's src or the link's href
    alt: str  # an image's alt text ("" for links)
    line: int  # 0-based file line of the block (or table row) it is in


def body_targets(ctx: CheckContext) -> list[Target]:
    """Every image and link of the body, in document order."""
    found = ctx.shared.get("targets")
    if found is not None:
        return found
    refs = _references(ctx)
    fingerprint = repr(sorted((k, v["href"], v["title"]) for k, v in refs.items()))
    local_refs = any(is_local(value["href"]) for value in refs.values())
    old, used = ctx.store("targets")
    out: list[Target] = []
    for line, text in ctx.chunks:
        if "![" not in text and not _LOCAL_INLINE.search(text):
            if not (local_refs and "[" in text):
                continue
        key = (text, fingerprint)
        targets = used.get(key)
        if targets is None:
            targets = old.get(key)
            if targets is None:
                targets = _targets(text, refs, ctx.chunk_blocks(text))
            used[key] = targets
        out.extend(target._replace(line=line + target.line) for target in targets)
    ctx.shared["targets"] = out
    return out


def _references(ctx: CheckContext) -> dict[str, dict[str, Any]]:
    """The document's reference definitions (the first definition of a label wins)."""
    old, used = ctx.store("references")
    refs: dict[str, dict[str, Any]] = {}
    for _line, text in ctx.chunks:
        if "]:" not in text:
            continue
        found = used.get(text)
        if found is None:
            found = old.get(text)
            if found is None:
                found = _definitions(text)
            used[text] = found
        for label, value in found.items():
            refs.setdefault(label, value)
    return refs


def _definitions(text: str) -> dict[str, dict[str, Any]]:
    env: dict[str, Any] = {}
    state = StateCore(text, _MD, env)
    for rule in _MD.core.ruler.getRules(""):
        rule(state)
        if rule.__name__ == "block":
            break
    return dict(env.get("references", {}))


def _targets(
    text: str, refs: dict[str, dict[str, Any]], blocks: tuple[BlockTemplate, ...] | None = None
) -> tuple[Target, ...]:
    """Targets of one chunk as a CommonMark parse finds them; inline text that
    :func:`~editor.core.checks.link_scan.simple_targets` reads surely is not parsed.

    ``blocks``, the check's blocks of the chunk, have the same paragraphs and headings as a
    CommonMark parse when the chunk cannot hold a table or a footnote: then no parse at all.
    """
    if blocks is not None and not _OTHER_BLOCKS.search(text):
        quick: list[Target] = []
        for block in blocks:
            if block.kind in ("paragraph", "heading"):
                simple = simple_targets(_MD, block.inline)
                if simple is None:
                    break
                quick.extend(_kept(simple, block.start))
        else:
            return tuple(quick)
    env: dict[str, Any] = {"references": dict(refs)} if refs else {}
    state = StateCore(text, _MD, env)
    for rule in _MD.core.ruler.getRules(""):
        rule(state)  # normalize, then the block rules: inline text is read below
        if rule.__name__ == "block":
            break
    out: list[Target] = []
    for token in state.tokens:
        if token.map is None or token.type != "inline":
            continue
        found = simple_targets(_MD, token.content)
        if found is None:
            found = _parsed(token.content, env)
        out.extend(_kept(found, token.map[0]))
    return tuple(out)


def _parsed(content: str, env: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(kind, url, alt) of the images and links of inline text, by the inline parser."""
    children: list[Token] = []
    _MD.inline.parse(content, _MD, env, children)
    out: list[tuple[str, str, str]] = []
    for child in children:
        if child.type == "image":
            out.append(("image", str(child.attrs.get("src", "")), child.content))
        elif child.type == "link_open":
            out.append(("link", str(child.attrs.get("href", "")), ""))
    return out


def _kept(found: list[tuple[str, str, str]], line: int) -> list[Target]:
    """Every image, and the links that may name a file of the site."""
    return [
        Target(kind, url, alt, line) for kind, url, alt in found if kind == "image" or is_local(url)
    ]


def is_local(url: str) -> bool:
    """No scheme and no host: a path on this site (or a page anchor)."""
    return _REMOTE.match(url) is None


# What the check's block parser reads otherwise than CommonMark (tables, footnotes) or
# replaces before parsing (NUL, CR)
_OTHER_BLOCKS = re.compile(r"[|\x00\r]|\[\^")
_REMOTE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//")
# "](" starts an inline link's destination; one that is not remote may name a file
_LOCAL_INLINE = re.compile(r"\]\(\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|//)")
