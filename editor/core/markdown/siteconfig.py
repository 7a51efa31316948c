"""The few site settings the renderer needs, read from a Hugo or Jekyll configuration.

This is the one place that reads a site's configuration for rendering; when the
site room (:mod:`editor.core.site`) offers a loader, :func:`site_settings` is
the one function to point at it. Reading is bounded and tolerant: a config that
cannot be read or parsed gives the generator's defaults.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

MAX_CONFIG_BYTES = 256 * 1024
HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml")
JEKYLL_CONFIGS = ("_config.yml", "_config.yaml")


@dataclass(frozen=True)
class SiteSettings:
    """What a site's configuration says about rendering (plain data, no paths opened later)."""

    generator: str  # "hugo", "jekyll" or "generic"
    root: Path | None = None
    config: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def site_settings(post: Path | None, generator: str, root: Path | None) -> SiteSettings:
    """The configuration of the site at ``root`` (found by the preset detection) as data."""
    if root is None:
        return SiteSettings(generator, None, {})
    names = HUGO_CONFIGS if generator == "hugo" else JEKYLL_CONFIGS
    for name in names:
        config = root / name
        if config.is_file():
            return SiteSettings(generator, root, read_config(config))
    return SiteSettings(generator, root, {})


def read_config(path: Path) -> dict[str, Any]:
    """A TOML, YAML or JSON config as a dict; {} when unreadable or not a mapping."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES)
        text = raw.decode("utf-8", "replace")
        if path.suffix == ".toml":
            data: Any = tomllib.loads(text)
        elif path.suffix == ".json":
            data = json.loads(text)
        else:
            data = YAML(typ="safe", pure=True).load(text)
    except Exception:  # noqa: BLE001 - any broken config falls back to defaults
        return {}
    return data if isinstance(data, dict) else {}


def lookup(config: dict[str, Any], dotted: str, default: Any = None) -> Any:
    """``lookup(cfg, "markup.goldmark.renderer.unsafe")`` with case-insensitive keys (as Hugo)."""
    node: Any = config
    for part in dotted.split("."):
        if not isinstance(node, dict):
            return default
        match = next((k for k in node if isinstance(k, str) and k.lower() == part.lower()), None)
        if match is None:
            return default
        node = node[match]
    return node
