"""Which Markdown dialect a post is rendered in: the generator's parser settings and site data.

:class:`Dialect` is plain, hashable data, so rendering stays a pure function of
``(text, dialect)``. :func:`dialect_for` derives it from the post's site (Hugo
``markup.goldmark.*``, Jekyll ``kramdown``/``markdown`` keys, an Eleventy
``package.json``) and, for a standalone post, from the preset the form detects.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.core.frontmatter.presets import detect_preset, iter_posts, site_folder
from editor.core.frontmatter.split import split
from editor.core.markdown.siteconfig import SiteSettings, lookup, read_config, site_settings

MAX_SITE_POSTS = 2000
MAX_SITE_VALUES = 200


@dataclass(frozen=True)
class Dialect:
    """How the generator turns this post into HTML. The default is Kosei's own (markdown-it)."""

    generator: str = "generic"  # "hugo", "jekyll", "eleventy" or "generic"
    html: bool = True  # raw HTML kept (Hugo drops it unless renderer.unsafe)
    typographer: bool = False
    hard_wraps: bool = False
    linkify: bool = True
    cjk_emphasis: bool = False  # CJK-friendly emphasis flanking
    cjk_breaks: bool = False  # no space for a line break between two CJK characters
    escaped_space: bool = False  # Goldmark's ``\ `` (an invisible space)
    heading_ids: str = ""  # "github" (Hugo), "gfm" (Jekyll/kramdown GFM), "kramdown" or ""
    math_dollar: bool = True  # $…$ and $$…$$
    math_brackets: bool = True  # \(…\) and \[…\]
    kramdown: bool = False  # attribute lists, {::comment}, {::options}
    site_root: str = ""  # folder of the site (posts and shortcodes are looked up there)
    content_root: str = ""  # where the posts live (Hugo content/, Jekyll the site root)
    posts: frozenset[str] = frozenset()  # post files relative to content_root, POSIX
    shortcodes: frozenset[str] = frozenset()  # the site's own (layouts/shortcodes/*.html)
    includes: frozenset[str] = frozenset()  # Jekyll _includes/*
    site_values: tuple[tuple[str, str], ...] = ()  # flattened scalar site config ("title", …)

    @property
    def parser_key(self) -> tuple[Any, ...]:
        """The fields that change the markdown-it configuration (one cached parser per key)."""
        return (
            self.generator,
            self.html,
            self.typographer,
            self.hard_wraps,
            self.linkify,
            self.cjk_emphasis,
            self.cjk_breaks,
            self.escaped_space,
            self.heading_ids,
            self.math_dollar,
            self.math_brackets,
            self.kramdown,
        )

    @property
    def hugo(self) -> bool:
        return self.generator == "hugo"

    @property
    def jekyll(self) -> bool:
        return self.generator == "jekyll"

    def site_value(self, dotted: str) -> str | None:
        return dict(self.site_values).get(dotted)


DEFAULT = Dialect()


def dialect_for(path: Path | None, text: str = "") -> Dialect:
    """The dialect of the post at ``path`` (its site's settings); Kosei's default without one."""
    front = split(text).front_matter if text else None
    preset = detect_preset(path, front)
    root = site_folder(path, preset) if path is not None else None
    if preset == "hugo":
        return hugo_dialect(site_settings(path, "hugo", root))
    if preset == "jekyll":
        return jekyll_dialect(site_settings(path, "jekyll", root))
    if path is not None:
        eleventy = _eleventy_root(Path(path))
        if eleventy is not None:
            return eleventy_dialect(eleventy)
    return DEFAULT


_CACHE: dict[tuple[str, bool], tuple[float, Dialect]] = {}
CACHE_SECONDS = 5.0


def cached_dialect_for(path: Path | None, text: str = "") -> Dialect:
    """:func:`dialect_for`, re-read at most every few seconds per post (it scans the site)."""
    if path is None:
        return dialect_for(None, text)
    toml = text.startswith("+++")
    key = (str(path), toml)
    now = time.monotonic()
    hit = _CACHE.get(key)
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    found = dialect_for(path, text)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[key] = (now, found)
    return found


def hugo_dialect(settings: SiteSettings) -> Dialect:
    cfg = settings.config
    goldmark = lookup(cfg, "markup.goldmark", {}) or {}
    ext = lookup(goldmark, "extensions", {}) or {}
    typographer = lookup(ext, "typographer", True)
    if isinstance(typographer, dict):  # Hugo ≥ 0.112: [typographer] disable = false
        typographer = not bool(lookup(typographer, "disable", False))
    passthrough = lookup(ext, "passthrough", {}) or {}
    inline, block = _passthrough_delimiters(passthrough)
    cjk = bool(lookup(ext, "cjk.enable", False))
    root = settings.root
    content = root / str(lookup(cfg, "contentDir", "content")) if root else None
    return Dialect(
        generator="hugo",
        html=bool(lookup(goldmark, "renderer.unsafe", False)),
        typographer=bool(typographer),
        hard_wraps=bool(lookup(goldmark, "renderer.hardWraps", False)),
        linkify=bool(lookup(ext, "linkify", True)),
        cjk_breaks=cjk and bool(lookup(ext, "cjk.eastAsianLineBreaks", False)),
        escaped_space=cjk and bool(lookup(ext, "cjk.escapedSpace", False)),
        heading_ids="github" if lookup(goldmark, "parser.autoHeadingID", True) else "",
        # Hugo itself renders no math: without passthrough, $…$ is plain Markdown text.
        math_dollar=bool(lookup(passthrough, "enable", False)) and ("$" in inline or "$$" in block),
        math_brackets=bool(lookup(passthrough, "enable", False)) and ("\\(" in inline),
        **_site_data(root, content, _hugo_shortcodes(root, cfg), frozenset(), cfg),
    )


def jekyll_dialect(settings: SiteSettings) -> Dialect:
    cfg = settings.config
    found = cfg.get("kramdown")
    kramdown: dict[str, Any] = found if isinstance(found, dict) else {}
    engine = str(cfg.get("markdown", "kramdown")).lower()
    input_format = str(lookup(kramdown, "input", "GFM"))
    auto_ids = bool(lookup(kramdown, "auto_ids", True))
    math_engine = lookup(kramdown, "math_engine", "mathjax")
    root = settings.root
    includes = _names(root / "_includes", None) if root else frozenset()
    return Dialect(
        generator="jekyll",
        html=True,
        typographer=engine == "kramdown",  # kramdown's smart quotes and typographic symbols
        hard_wraps=bool(lookup(kramdown, "hard_wrap", False)),
        linkify=False,
        cjk_emphasis=engine == "kramdown",  # kramdown's emphasis is not CommonMark's
        heading_ids=("gfm" if input_format.upper() == "GFM" else "kramdown") if auto_ids else "",
        math_dollar=math_engine not in (None, "", False, "none"),
        math_brackets=False,
        kramdown=engine == "kramdown",
        **_site_data(root, root, frozenset(), includes, cfg),
    )


def eleventy_dialect(root: Path) -> Dialect:
    package = read_config(root / "package.json")
    deps = {**(package.get("dependencies") or {}), **(package.get("devDependencies") or {})}
    cjk = "markdown-it-cjk-friendly" in deps
    return Dialect(
        generator="eleventy",
        linkify=False,
        cjk_emphasis=cjk,
        math_dollar=any("math" in str(name) or "katex" in str(name) for name in deps),
        math_brackets=False,
    )


def _passthrough_delimiters(passthrough: dict[str, Any]) -> tuple[set[str], set[str]]:
    delims = lookup(passthrough, "delimiters", {}) or {}
    inline = {str(p[0]) for p in lookup(delims, "inline", []) or [] if isinstance(p, list) and p}
    block = {str(p[0]) for p in lookup(delims, "block", []) or [] if isinstance(p, list) and p}
    return inline, block


def _hugo_shortcodes(root: Path | None, cfg: dict[str, Any]) -> frozenset[str]:
    if root is None:
        return frozenset()
    found = set(_names(root / "layouts" / "shortcodes", ".html"))
    themes = cfg.get("theme") or []
    for theme in [themes] if isinstance(themes, str) else list(themes):
        found |= _names(root / "themes" / str(theme) / "layouts" / "shortcodes", ".html")
    return frozenset(found)


def _names(folder: Path, suffix: str | None) -> frozenset[str]:
    try:
        entries = sorted(folder.iterdir())[:MAX_SITE_VALUES]
    except OSError:
        return frozenset()
    out = set()
    for entry in entries:
        if entry.is_file() and (suffix is None or entry.name.endswith(suffix)):
            out.add(entry.name[: -len(suffix)] if suffix else entry.name)
    return frozenset(out)


def _site_data(
    root: Path | None,
    content: Path | None,
    shortcodes: frozenset[str],
    includes: frozenset[str],
    cfg: dict[str, Any],
) -> dict[str, Any]:
    posts: set[str] = set()
    if content is not None and content.is_dir():
        for post in iter_posts(content, limit=MAX_SITE_POSTS):
            posts.add(post.relative_to(content).as_posix())
    return {
        "site_root": str(root) if root else "",
        "content_root": str(content) if content else "",
        "posts": frozenset(posts),
        "shortcodes": shortcodes,
        "includes": includes,
        "site_values": tuple(sorted(_flatten(cfg))),
    }


def _flatten(cfg: dict[str, Any], prefix: str = "", depth: int = 0) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, value in list(cfg.items())[:MAX_SITE_VALUES]:
        name = f"{prefix}{key}"
        if isinstance(value, dict) and depth < 3:
            out.extend(_flatten(value, name + ".", depth + 1))
        elif isinstance(value, str | int | float | bool) and not isinstance(value, bool):
            out.append((name, str(value)))
        elif isinstance(value, bool):
            out.append((name, "true" if value else "false"))
    return out


def _eleventy_root(path: Path) -> Path | None:
    for depth, folder in enumerate(path.resolve().parents):
        if depth >= 6:
            return None
        for name in (".eleventy.js", "eleventy.config.js", "eleventy.config.mjs"):
            if (folder / name).is_file():
                return folder
        package = folder / "package.json"
        if package.is_file():
            try:
                data = json.loads(package.read_bytes()[:262144])
            except (OSError, ValueError):
                return None
            deps = {**(data.get("dependencies") or {}), **(data.get("devDependencies") or {})}
            return folder if "@11ty/eleventy" in deps else None
    return None
