"""A file name for a new post, made from its title and date in the site's style.

Jekyll wants ``_posts/2026-12-01-my-first-post.md`` (the date in the name is
part of the URL); Hugo content is named by its slug (``my-first-post.md``). A
post without a title is ``untitled``. Letters of any script are kept
(``2026-12-01-日記.md``); everything else becomes one dash.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.edit.dates import parse_date_text

MAX_SLUG = 60  # characters: long titles make unwieldy names
_NOT_WORD = re.compile(r"[\W_]+")


def slug(title: str) -> str:
    """``"My First Post!"`` -> ``"my-first-post"``; empty when the title has no letters."""
    text = unicodedata.normalize("NFKC", title).casefold()
    words = _NOT_WORD.sub("-", text).strip("-")
    return words[:MAX_SLUG].rstrip("-")


def suggested_name(text: str, preset: str, today: date) -> str:
    """The file name to propose when the post ``text`` is saved for the first time."""
    fm = frontmatter.split(text).front_matter
    data = fm.data if fm is not None and fm.data else {}
    title = data.get("title")
    stem = slug(str(title)) if title not in (None, "") else ""
    stem = stem or _heading_slug(text) or "untitled"
    if preset == "hugo":
        return f"{stem}.md"
    return f"{_post_date(data.get('date'), today).isoformat()}-{stem}.md"


def _heading_slug(text: str) -> str:
    for line in frontmatter.split(text).body.split("\n")[:50]:
        if line.startswith("# "):
            return slug(line[2:])
    return ""


def _post_date(value: object, today: date) -> date:
    if isinstance(value, str):
        value = parse_date_text(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return today
