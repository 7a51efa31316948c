"""Site presets (which keys a post has and what type each is) and their detection.

A preset is a list of typed fields; the form shows them in this order and new
keys are inserted in this order. Detection looks at the file name, the front
matter format and the site configuration found up the folder tree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from editor.core.document.safe_read import is_regular_file, read_regular
from editor.core.errors import DocumentReadError
from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.split import FrontMatter

Kind = Literal["text", "multiline", "date", "tags", "bool", "number"]

JEKYLL_POST_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)\.(md|markdown|mkd|mdown|html)$")
# Limits for every scan of sibling posts, so a huge folder cannot stall the form.
MAX_SCAN_FILES = 400
MAX_SCAN_BYTES = 64 * 1024
MAX_SCAN_DEPTH = 6
POST_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind
    count: bool = False  # show a character count
    # For a switch: what the generator does when the key is absent (None: not a switch
    # with a meaningful absence). Jekyll publishes a post without ``published``.
    absent: bool | None = None


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    fields: tuple[Field, ...]
    default_format: str = "yaml"

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)


_TITLE = Field("title", "text", count=True)
_DATE = Field("date", "date")
_TAGS = Field("tags", "tags")
_CATEGORIES = Field("categories", "tags")

PRESETS: dict[str, Preset] = {
    "jekyll": Preset(
        "jekyll",
        "Jekyll",
        (
            Field("layout", "text"),
            _TITLE,
            _DATE,
            _CATEGORIES,
            _TAGS,
            Field("author", "text"),
            Field("excerpt", "multiline", count=True),
            Field("permalink", "text"),
            Field("published", "bool", absent=True),
        ),
    ),
    "hugo": Preset(
        "hugo",
        "Hugo",
        (
            _TITLE,
            _DATE,
            Field("lastmod", "date"),
            Field("draft", "bool", absent=False),
            _TAGS,
            _CATEGORIES,
            Field("description", "multiline", count=True),
            Field("slug", "text"),
            Field("aliases", "tags"),
        ),
    ),
    "generic": Preset(
        "generic",
        "Generic",
        (
            _TITLE,
            _DATE,
            _TAGS,
            _CATEGORIES,
            Field("author", "text"),
            Field("description", "multiline", count=True),
            Field("draft", "bool", absent=False),
        ),
    ),
}


def detect_preset(
    path: Path | None, front_matter: FrontMatter | Mapping[str, Any] | None = None
) -> str:
    """``"jekyll"``, ``"hugo"`` or ``"generic"`` for the post at ``path``."""
    if path is not None:
        path = Path(path)
        if path.parent.name == "_posts" or (
            JEKYLL_POST_NAME.match(path.name) and _has_jekyll_config(path)
        ):
            return "jekyll"
        if _hugo_site(path) is not None:
            return "hugo"
        if _has_jekyll_config(path):
            return "jekyll"
    if isinstance(front_matter, FrontMatter) and front_matter.format == "toml":
        return "hugo"
    return "generic"


def site_folder_key(path: Path) -> str:
    """The key a site choice made for ``path`` is remembered under: its folder."""
    return str(Path(path).absolute().parent)


def remembered_preset(path: Path | None, memory: Mapping[str, str]) -> str | None:
    """The site the writer chose for ``path``'s folder or the nearest folder above it."""
    if path is None or not memory:
        return None
    folder = Path(site_folder_key(path))
    for depth, candidate in enumerate([folder, *folder.parents]):
        if depth > MAX_SCAN_DEPTH:
            break
        chosen = memory.get(str(candidate))
        if chosen in PRESETS:
            return chosen
    return None


def _parents(path: Path) -> Iterator[Path]:
    for depth, folder in enumerate(path.resolve().parents):
        if depth >= MAX_SCAN_DEPTH:
            return
        yield folder


def _hugo_site(path: Path) -> Path | None:
    """The Hugo site root above ``path``: a hugo.* config, or config.toml naming contentDir."""
    for folder in _parents(path):
        for name in ("hugo.toml", "hugo.yaml", "hugo.json"):
            if (folder / name).is_file():
                return folder
        config = folder / "config.toml"
        if config.is_file() and _mentions(config, "contentdir"):
            return folder
        if (
            config.is_file()
            and (folder / "content").is_dir()
            and not (folder / "_config.yml").exists()
        ):
            return folder
    return None


def site_folder(path: Path, preset: str) -> Path | None:
    """The root of the Hugo or Jekyll site holding ``path`` (None when there is none)."""
    if preset == "hugo":
        return _hugo_site(Path(path))
    if preset == "jekyll":
        return next((f for f in _parents(Path(path)) if (f / "_config.yml").is_file()), None)
    return None


def _has_jekyll_config(path: Path) -> bool:
    return any((folder / "_config.yml").is_file() for folder in _parents(path))


def _mentions(config: Path, word: str) -> bool:
    try:
        head = read_regular(config, MAX_SCAN_BYTES, truncate=True)
    except (OSError, DocumentReadError):
        return False
    return word in head.decode("utf-8", "replace").lower()


def jekyll_name_date(path: Path) -> str | None:
    """The ``YYYY-MM-DD`` a Jekyll post's file name gives, if it has one."""
    found = JEKYLL_POST_NAME.match(Path(path).name)
    return "-".join(found.groups()[:3]) if found else None


# -- sibling posts -----------------------------------------------------------------------------
def site_root(path: Path) -> Path:
    """The folder whose tree holds the sibling posts of ``path`` (bounded)."""
    path = Path(path)
    hugo = _hugo_site(path)
    if hugo is not None:
        return hugo / "content" if (hugo / "content").is_dir() else hugo
    if path.parent.name == "_posts":
        return path.parent
    return path.parent


def iter_posts(
    root: Path, exclude: Path | None = None, limit: int = MAX_SCAN_FILES
) -> Iterator[Path]:
    """Markdown files under ``root``, breadth first, at most ``limit`` of them."""
    queue = [Path(root)]
    seen = 0
    excluded = exclude.resolve() if exclude else None
    while queue and seen < limit:
        folder = queue.pop(0)
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            if entry.is_dir():
                queue.append(entry)
            elif (
                entry.suffix.lower() in POST_SUFFIXES
                and is_regular_file(entry)  # a FIFO named post.md would hang the reader
                and entry.resolve() != excluded
            ):
                seen += 1
                yield entry
                if seen >= limit:
                    return


# Parsed front matter of sibling posts keyed by (path, mtime, size): the form and
# the publish checks rescan on every edit, and most siblings never change.
_CACHE: dict[Path, tuple[int, int, dict[str, Any] | None]] = {}
_CACHE_LIMIT = 4 * MAX_SCAN_FILES


def read_front_matter(path: Path) -> dict[str, Any] | None:
    """The parsed front matter of a post, reading only its first bytes; None when unreadable."""
    path = Path(path)
    try:
        info = path.stat()
        cached = _CACHE.get(path)
        if cached is not None and cached[:2] == (info.st_mtime_ns, info.st_size):
            return cached[2]
        head = read_regular(path, MAX_SCAN_BYTES, truncate=True)
    except (OSError, DocumentReadError):  # a FIFO or device: never waited on
        return None
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    fm = frontmatter.split(text.replace("\r\n", "\n").replace("\r", "\n")).front_matter
    data = fm.data if fm is not None and fm.data is not None else None
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[path] = (info.st_mtime_ns, info.st_size, data)
    return data


def sibling_values(path: Path, key: str, limit: int = MAX_SCAN_FILES) -> list[str]:
    """Values other posts use for ``key`` (tags, categories...), most used first."""
    counts: Counter[str] = Counter()
    for post in iter_posts(site_root(Path(path)), exclude=Path(path), limit=limit):
        data = read_front_matter(post)
        if not data or key not in data:
            continue
        value = data[key]
        items = value if isinstance(value, list) else [value]
        counts.update(str(item) for item in items if item is not None and str(item).strip())
    return [value for value, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def site_asset_roots(path: Path) -> list[Path]:
    """Folders a site-absolute URL (``/images/a.png``) may point into; empty when unknown."""
    path = Path(path)
    hugo = _hugo_site(path)
    if hugo is not None:
        return [hugo / "static", hugo / "assets", hugo]
    for folder in _parents(path):
        if (folder / "_config.yml").is_file():
            return [folder]
    return []


def preferred_format(path: Path | None, preset: str) -> str:
    """Front matter format for a new block: what sibling posts use for Hugo, else YAML."""
    if path is None or preset != "hugo":
        return PRESETS.get(preset, PRESETS["generic"]).default_format
    counts: Counter[str] = Counter()
    for post in iter_posts(site_root(Path(path)), exclude=Path(path), limit=50):
        try:
            first = read_regular(post, 64, truncate=True).split(b"\n", 1)[0].strip()
        except (OSError, DocumentReadError):
            continue
        counts["toml" if first == b"+++" else "yaml"] += 1
    return "toml" if counts["toml"] > counts["yaml"] else "yaml"
