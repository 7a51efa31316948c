"""What a template tag stands for, found without running it: a local post, a site or page value.

Used by the renderers (a ``{{< ref >}}`` link opens the local post in Kosei)
and by the ``markup`` check (a target that does not exist is a finding).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from editor.core.markdown.dialects import DEFAULT, Dialect
from editor.core.markdown.tags import Tag

MISSING_URL = "#kosei-missing"
_LITERAL = re.compile(r"""^(?:"([^"]*)"|'([^']*)')$""")
_POST_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown", ".html")


def _dialect(env: Any) -> Dialect:
    found = env.get("kosei_dialect") if isinstance(env, dict) else None
    return found if isinstance(found, Dialect) else DEFAULT


def find_post(dialect: Dialect, tag: Tag) -> Path | None:
    """The local file a ``ref``/``relref``/``post_url``/``link`` tag names; None when missing."""
    if not dialect.content_root:
        return None
    name = tag.get(0) or tag.get("path")
    name = name.split("#", 1)[0].strip().lstrip("/")
    if not name:
        return None
    root = Path(dialect.content_root)
    if tag.name == "post_url":
        folder, _, stem = name.rpartition("/")
        wanted = {f"{folder + '/' if folder else ''}_posts/{stem}{s}" for s in _POST_SUFFIXES}
        hits = [p for p in dialect.posts if p in wanted or _under_posts(p, folder, stem)]
    elif tag.name == "link":
        hits = [p for p in dialect.posts if p == name]
    else:
        hits = [p for p in dialect.posts if _ref_matches(p, name)]
    return root / sorted(hits)[0] if hits else None


def _under_posts(post: str, folder: str, stem: str) -> bool:
    parts = post.split("/")
    return (
        len(parts) >= 2
        and parts[-2] == "_posts"
        and parts[-1].rsplit(".", 1)[0] == stem
        and (not folder or post.startswith(folder + "/"))
    )


def _ref_matches(post: str, name: str) -> bool:
    if post == name or post.endswith("/" + name):
        return True
    stem = post.rsplit(".", 1)[0]
    if stem == name or stem.endswith("/" + name):
        return True
    bundle = post.rsplit("/", 1)[0] if post.endswith(("/index.md", "/_index.md")) else ""
    return bool(bundle) and (bundle == name.rstrip("/") or bundle.endswith("/" + name.rstrip("/")))


def is_link_tag(tag: Tag) -> bool:
    return (tag.kind == "shortcode" and tag.name in ("ref", "relref")) or (
        tag.kind == "liquid" and tag.name in ("post_url", "link")
    )


def tag_url(tag: Tag, env: Any) -> str:
    """The address a tag inside a link or image address stands for."""
    dialect = _dialect(env)
    if is_link_tag(tag):
        post = find_post(dialect, tag)
        return post.as_uri() if post is not None else MISSING_URL
    value = tag_value(tag, env)
    return value if value is not None else ""


def tag_value(tag: Tag, env: Any) -> str | None:
    """The text a ``{{ site.x }}``/``{{ page.x }}``/``{{< param x >}}`` stands for, if known."""
    dialect = _dialect(env)
    page = env.get("kosei_page") if isinstance(env, dict) else None
    page = page if isinstance(page, dict) else {}
    if tag.kind == "shortcode" and tag.name == "param":
        key = tag.get(0)
        value = _dig(page, key)
        return value if value is not None else dialect.site_value(f"params.{key}")
    if tag.kind != "output":
        return None
    expr, *filters = [part.strip() for part in tag.name.split("|")]
    value = _expression(expr, dialect, page)
    for name in filters:
        if value is None:
            return None
        value = _filter(name, value, dialect)
    return value


def _expression(expr: str, dialect: Dialect, page: dict[str, Any]) -> str | None:
    literal = _LITERAL.match(expr)
    if literal:
        return literal.group(1) if literal.group(1) is not None else literal.group(2)
    if expr.startswith("site."):
        key = expr[5:]
        value = dialect.site_value(key)
        if value is None and key in ("baseurl", "url"):
            return ""
        return value
    if expr.startswith("page."):
        return _dig(page, expr[5:])
    return None


def _filter(name: str, value: str, dialect: Dialect) -> str | None:
    base = (dialect.site_value("baseurl") or "").rstrip("/")
    if name == "relative_url":
        return base + ("/" + value.lstrip("/") if value else "")
    if name == "absolute_url":
        return (dialect.site_value("url") or "").rstrip("/") + base + "/" + value.lstrip("/")
    if name in ("upcase", "downcase", "strip", "escape", "xml_escape"):
        return {"upcase": value.upper(), "downcase": value.lower(), "strip": value.strip()}.get(
            name, value
        )
    return None


def _dig(data: dict[str, Any], dotted: str) -> str | None:
    node: Any = data
    for part in dotted.split("."):
        if isinstance(node, dict):
            match = next((k for k in node if str(k).lower() == part.lower()), None)
            if match is None:
                return None
            node = node[match]
        else:
            return None
    if isinstance(node, list):
        return ", ".join(str(v) for v in node)
    return None if isinstance(node, dict) or node is None else str(node)
