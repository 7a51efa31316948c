"""What a site folder tells the language checks: its root, its language, its word files.

The root is the nearest folder above a post with a generator config (Jekyll
``_config.yml``, Hugo ``hugo.*``/``config.*``, Eleventy, Zola) or a ``.kosei``
folder, else the git root. The site language comes from Hugo's
``languageCode``/``defaultContentLanguage`` or Jekyll's ``lang``/``locale``.
The language is read through :mod:`editor.core.site.config` when it knows the
site, else from the config file directly.
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import lru_cache
from pathlib import Path

import yaml

CONFIGS = (
    "_config.yml",
    "_config.yaml",
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
    ".eleventy.js",
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
)
_LANG_KEYS = ("languageCode", "defaultContentLanguage", "lang", "locale", "language")
_MAX_CONFIG = 1024 * 1024


def site_root(post: Path) -> Path | None:
    """The site folder that holds ``post`` (or is ``post`` itself when it is a folder)."""
    start = post if post.is_dir() else post.parent
    start = start.resolve()
    git_root = None
    for folder in (start, *start.parents):
        if (folder / ".kosei").is_dir() or any((folder / name).is_file() for name in CONFIGS):
            return folder
        if git_root is None and (folder / ".git").exists():
            git_root = folder
    return git_root


@lru_cache(maxsize=64)
def _site_language(root: str, stamp: float) -> str | None:  # noqa: ARG001 - stamp busts the cache
    folder = Path(root)
    try:  # the site index's reading of the config (Hugo config dirs, multilingual sites)
        from editor.core.site.config import load_site

        language = load_site(folder).language
    except Exception:  # noqa: BLE001 - a broken config: fall back to the plain reading below
        language = None
    if language:
        return language
    for name in CONFIGS:
        path = folder / name
        if not path.is_file() or path.suffix == ".js" or path.suffix in (".mjs", ".cjs"):
            continue
        try:
            raw = path.read_bytes()[:_MAX_CONFIG].decode("utf-8", "replace")
            if path.suffix == ".toml":
                data = tomllib.loads(raw)
            elif path.suffix == ".json":
                data = json.loads(raw)
            else:
                data = yaml.safe_load(raw)
        except (OSError, ValueError, yaml.YAMLError, tomllib.TOMLDecodeError):
            continue
        if not isinstance(data, dict):
            continue
        for key in _LANG_KEYS:
            value = data.get(key)
            if isinstance(value, str) and re.match(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]+)*$", value):
                return value
    return None


def site_language(root: Path | None) -> str | None:
    """The language the site's config declares, or None."""
    if root is None:
        return None
    stamps = [(root / n).stat().st_mtime for n in CONFIGS if (root / n).is_file()]
    return _site_language(str(root), max(stamps, default=0.0))


def site_words_path(root: Path) -> Path:
    return root / ".kosei" / "words.txt"


def prh_paths(root: Path) -> list[Path]:
    """The site's prh dictionaries: ``prh.yml`` at the root, or those its .textlintrc names."""
    found: list[Path] = []
    for name in ("prh.yml", "prh.yaml", ".prh.yml"):
        if (root / name).is_file():
            found.append(root / name)
    for name in (".textlintrc", ".textlintrc.json", ".textlintrc.yml", ".textlintrc.yaml"):
        path = root / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = yaml.safe_load(text)  # JSON is YAML; comments in .textlintrc are not
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        rules = data.get("rules") if isinstance(data, dict) else None
        prh = rules.get("prh") if isinstance(rules, dict) else None
        files = prh.get("rulePaths") if isinstance(prh, dict) else None
        for item in files if isinstance(files, list) else []:
            candidate = (root / str(item)).resolve()
            if candidate.is_file() and candidate not in found and root in candidate.parents:
                found.append(candidate)
    return found
