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
                targets = _targets(text, refs)
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


def _targets(text: str, refs: dict[str, dict[str, Any]]) -> tuple[Target, ...]:
    env: dict[str, Any] = {"references": dict(refs)} if refs else {}
    out: list[Target] = []
    for token in _MD.parse(text, env):
        if token.map is None:
            continue
        for child in token.children or []:
            if child.type == "image":
                src = str(child.attrs.get("src", ""))
                out.append(Target("image", src, child.content, token.map[0]))
            elif child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                if is_local(href):
                    out.append(Target("link", href, "", token.map[0]))
    return tuple(out)


def is_local(url: str) -> bool:
    """No scheme and no host: a path on this site (or a page anchor)."""
    return _REMOTE.match(url) is None


_REMOTE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//")
# "](" starts an inline link's destination; one that is not remote may name a file
_LOCAL_INLINE = re.compile(r"\]\(\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|//)")
