"""Find a blog's root and generator and read its configuration.

The one entry point other features use is :func:`find_site` (from any file or
folder inside the site) or :func:`load_site` (from the root), which return a
:class:`SiteInfo`; :func:`site_config` gives the same facts as a plain dict::

    info = find_site(Path("content/posts/hello.md"))
    info.generator        # "jekyll", "hugo", "eleventy", "zola" or "plain"
    info.config           # the parsed config file (Hugo: config/_default/* merged in)
    info.config_value("markup.goldmark.renderer.unsafe")   # dotted look-up, None if absent
    info.language         # "ja", "en-us"... or None

Config files are read with a size bound and never executed (``.eleventy.js``
only marks the root). A config that does not parse gives ``config == {}`` and
``config_error`` set: the site still opens.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor.core.site.scan import iter_markdown

MAX_CONFIG_BYTES = 1024 * 1024
MAX_DEPTH = 32  # folders walked up looking for a root

JEKYLL_CONFIGS = ("_config.yml", "_config.yaml")
HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
HUGO_LEGACY = ("config.toml", "config.yaml", "config.yml", "config.json")
ELEVENTY_CONFIGS = (
    ".eleventy.js",
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
    "eleventy.config.ts",
)


@dataclass
class SiteInfo:
    """What Kosei knows about a site folder."""

    root: Path
    generator: str  # jekyll, hugo, eleventy, zola, plain
    config_path: Path | None = None
    config: dict[str, Any] = field(default_factory=dict)
    config_error: str | None = None
    content_dirs: list[Path] = field(default_factory=list)  # where posts live
    drafts_dir: Path | None = None  # Jekyll _drafts
    language: str | None = None
    taxonomies: tuple[str, ...] = ("tags", "categories")

    def config_value(self, dotted: str, default: Any = None) -> Any:
        """``config_value("markup.goldmark.renderer.unsafe")``: case-insensitive per part."""
        node: Any = self.config
        for part in dotted.split("."):
            if not isinstance(node, dict):
                return default
            found = next((k for k in node if str(k).lower() == part.lower()), None)
            if found is None:
                return default
            node = node[found]
        return node

    def to_dict(self) -> dict[str, Any]:
        return {
            "root": str(self.root),
            "generator": self.generator,
            "config_path": str(self.config_path) if self.config_path else None,
            "config": self.config,
            "content_dirs": [str(p) for p in self.content_dirs],
            "language": self.language,
            "taxonomies": list(self.taxonomies),
        }


def site_config(root: Path) -> dict[str, Any]:
    """The facts of :func:`load_site` as a plain dict (generator, root, content dirs, language,
    config values): the form other features (spelling language, preview options) read."""
    return load_site(Path(root)).to_dict()


def find_site(path: Path) -> SiteInfo | None:
    """The site holding ``path`` (a file or folder), or None when it is in no site.

    A generator's config file marks the root; failing that, the nearest git root
    that has Markdown files (a plain folder of posts).
    """
    start = Path(path).resolve()
    folder = start if start.is_dir() else start.parent
    git_root: Path | None = None
    for depth, candidate in enumerate([folder, *folder.parents]):
        if depth > MAX_DEPTH:
            break
        if detect_generator(candidate) is not None:
            return load_site(candidate)
        if git_root is None and (candidate / ".git").exists():
            git_root = candidate
            break
    if git_root is not None and _has_markdown(git_root):
        return load_site(git_root)
    return None


def open_site(folder: Path) -> SiteInfo:
    """The site a writer opened as a folder: its own root when it has one, else the folder."""
    found = find_site(folder)
    folder = Path(folder).resolve()
    if found is not None and (found.root == folder or found.generator != "plain"):
        return found
    return load_site(folder)


def detect_generator(folder: Path) -> str | None:
    """The generator whose config file sits in ``folder``, or None."""
    if any(_is_file(folder / name) for name in JEKYLL_CONFIGS):
        return "jekyll"
    if any(_is_file(folder / name) for name in HUGO_CONFIGS):
        return "hugo"
    if any(_is_file(folder / name) for name in ELEVENTY_CONFIGS):
        return "eleventy"
    if _is_file(folder / "config.toml"):
        data = _read_config(folder / "config.toml")[0]
        # Zola: base_url and a [markdown] table; Hugo spells it baseURL and has no [markdown]
        if "markdown" in data or ("base_url" in data and "baseURL" not in data):
            return "zola"
        return "hugo"
    if any(_is_file(folder / name) for name in HUGO_LEGACY[1:]) and _is_dir(folder / "content"):
        return "hugo"
    if _is_dir(folder / "config" / "_default"):
        return "hugo"
    return None


def load_site(root: Path) -> SiteInfo:
    """Read the site rooted at ``root`` (a plain folder when no generator is found)."""
    root = Path(root).resolve()
    generator = detect_generator(root) or "plain"
    info = SiteInfo(root, generator)
    loader = {"jekyll": _jekyll, "hugo": _hugo, "zola": _zola, "eleventy": _eleventy}
    loader.get(generator, _plain)(info)
    return info


# -- per generator --------------------------------------------------------------------------------
def _jekyll(info: SiteInfo) -> None:
    _use_config(info, [info.root / name for name in JEKYLL_CONFIGS])
    base = info.root / str(info.config.get("collections_dir") or "")
    dirs = [base / "_posts"]
    collections = info.config.get("collections")
    names = collections.keys() if isinstance(collections, dict) else collections or []
    if isinstance(names, list | type({}.keys())):
        dirs += [base / f"_{name}" for name in names if isinstance(name, str) and name != "posts"]
    info.drafts_dir = base / "_drafts"
    info.content_dirs = [d for d in [*dirs, info.drafts_dir] if _is_dir(d)]
    info.language = _text(info.config.get("lang") or info.config.get("locale"))


def _hugo(info: SiteInfo) -> None:
    _use_config(info, [info.root / name for name in (*HUGO_CONFIGS, *HUGO_LEGACY)])
    _merge_hugo_config_dir(info)
    content = info.config_value("contentDir") or "content"
    dirs = [info.root / str(content)]
    languages = info.config_value("languages")
    if isinstance(languages, dict):  # multilingual sites may give each language its own folder
        for settings in languages.values():
            if isinstance(settings, dict) and settings.get("contentDir"):
                dirs.append(info.root / str(settings["contentDir"]))
    info.content_dirs = [d for d in dict.fromkeys(dirs) if _is_dir(d)]
    info.language = _text(
        info.config_value("languageCode") or info.config_value("defaultContentLanguage")
    )
    taxonomies = info.config_value("taxonomies")
    if isinstance(taxonomies, dict) and taxonomies:
        # Hugo maps singular -> plural; front matter uses the plural
        info.taxonomies = tuple(str(v) for v in taxonomies.values() if isinstance(v, str))


def _merge_hugo_config_dir(info: SiteInfo) -> None:
    """Hugo's config/_default/: hugo.toml or config.toml is the root, other files are keys."""
    folder = info.root / "config" / "_default"
    if not _is_dir(folder):
        return
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".toml", ".yaml", ".yml", ".json") or not _is_file(path):
            continue
        data, _ = _read_config(path)
        if path.stem in ("hugo", "config"):
            info.config = {**data, **info.config}
        else:
            info.config.setdefault(path.stem, data)
        if info.config_path is None:
            info.config_path = path


def _zola(info: SiteInfo) -> None:
    _use_config(info, [info.root / "config.toml"])
    info.content_dirs = [d for d in [info.root / "content"] if _is_dir(d)]
    info.language = _text(info.config.get("default_language"))


def _eleventy(info: SiteInfo) -> None:
    # The config is JavaScript (never run here): take the usual input folders when present.
    info.config_path = next(
        (info.root / n for n in ELEVENTY_CONFIGS if _is_file(info.root / n)), None
    )
    dirs = [info.root / name for name in ("src", "content", "posts")]
    found = [d for d in dirs if _is_dir(d)]
    info.content_dirs = found[:1] if found else [info.root]
    _package_language(info)


def _plain(info: SiteInfo) -> None:
    info.content_dirs = [info.root]


def _package_language(info: SiteInfo) -> None:
    data, _ = _read_config(info.root / "_data" / "site.json")
    info.language = _text(data.get("lang") or data.get("language"))


# -- reading --------------------------------------------------------------------------------------
def _use_config(info: SiteInfo, candidates: list[Path]) -> None:
    for path in candidates:
        if _is_file(path):
            info.config_path = path
            info.config, info.config_error = _read_config(path)
            return


def _read_config(path: Path) -> tuple[dict[str, Any], str | None]:
    """Parsed config (empty on any problem) and the problem, if any."""
    try:
        if not _is_file(path):
            return {}, None
        if path.stat().st_size > MAX_CONFIG_BYTES:
            return {}, f"over {MAX_CONFIG_BYTES} bytes"
        raw = path.read_bytes().decode("utf-8", "replace").lstrip("\ufeff")
        if path.suffix == ".toml":
            data: Any = tomllib.loads(raw)
        elif path.suffix == ".json":
            data = json.loads(raw)
        else:
            data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, ValueError, yaml.YAMLError, RecursionError) as error:
        return {}, str(error)
    return (data, None) if isinstance(data, dict) else ({}, None)


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir() and not path.is_symlink()
    except OSError:
        return False


def _has_markdown(root: Path, limit: int = 2000) -> bool:
    return next(iter(iter_markdown(root, [root], limit=limit)), None) is not None
