"""Which languages a post is written in: front matter, then the site, then the preference.

Front matter ``lang``, ``language`` or ``locale`` (a string, a comma-separated
string or a list) wins; then the site config's language; then the writer's
preference. With none of them, the script decides: a body that is mostly
kana/kanji is Japanese, anything else is the preferred spelling language.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor.core.frontmatter.split import split
from editor.core.language.dictionaries import language_tag
from editor.core.language.site_files import site_language, site_root

_KEYS = ("lang", "language", "locale")
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)*$")
_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")


def front_matter_languages(text: str) -> list[str]:
    fm = split(text).front_matter
    if fm is None or not fm.data:
        return []
    for key in _KEYS:
        value = fm.data.get(key)
        items = value if isinstance(value, list) else str(value or "").split(",")
        tags = [language_tag(str(v).strip()) for v in items if _TAG.match(str(v).strip())]
        if tags:
            return tags
    return []


def looks_japanese(text: str) -> bool:
    sample = text[:20000]
    kana = len(_KANA_KANJI.findall(sample))
    return kana >= 5 and kana * 2 >= len(_LATIN.findall(sample))


def post_languages(
    text: str,
    path: Path | None = None,
    preference: list[str] | None = None,
    root: Path | None = None,
) -> list[str]:
    """Language tags of the post, e.g. ["en-us"], ["ja"], ["ja", "en-us"]."""
    tags = front_matter_languages(text)
    if tags:
        return tags
    if root is None and path is not None:
        root = site_root(path)
    declared = site_language(root)
    if declared:
        return [language_tag(declared)]
    if looks_japanese(text):
        return ["ja"]
    return [language_tag(p) for p in (preference or ["en-us"]) if p]


def is_japanese(tags: list[str]) -> bool:
    return any(t.split("-")[0] == "ja" for t in tags)
