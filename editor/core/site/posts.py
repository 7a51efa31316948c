"""One row per post: title, date, state by the generator's own rules, taxonomies, slug.

Rows are made from the front matter only, read from the first bytes of the
file, so listing a site of thousands of posts stays fast. The state follows
the generator:

- Jekyll: files in ``_drafts/`` and ``published: false`` are drafts; a date in
  the future is ``scheduled`` (not built) unless ``future: true`` in the config;
- Hugo: ``draft: true``; ``date``/``publishDate`` in the future is
  ``scheduled`` unless ``buildFuture``; a past ``expiryDate`` is ``expired``
  unless ``buildExpired``;
- Zola, Eleventy and plain folders: ``draft: true``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from editor.core.frontmatter.edit.dates import parse_date_text
from editor.core.frontmatter.presets import jekyll_name_date
from editor.core.frontmatter.split import split
from editor.core.site.config import SiteInfo
from editor.core.site.quick_yaml import quick_load

HEAD_BYTES = 64 * 1024  # front matter beyond this is not read for the list

PUBLISHED = "published"
DRAFT = "draft"
SCHEDULED = "scheduled"
EXPIRED = "expired"
STATES = (PUBLISHED, DRAFT, SCHEDULED, EXPIRED)


@dataclass
class PostEntry:
    """What the posts panel shows for one post (``path`` relative to the site root)."""

    path: str
    title: str = ""
    date: str = ""  # ISO text, "" when unknown
    state: str = PUBLISHED
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    slug: str = ""
    section: str = ""
    error: str = ""  # the front matter does not parse
    mtime_ns: int = 0
    size: int = 0
    taxonomies: tuple[tuple[str, tuple[str, ...]], ...] = ()  # other taxonomies (Hugo config)

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def display_title(self) -> str:
        return self.title or Path(self.path).stem

    def terms(self, key: str) -> tuple[str, ...]:
        if key == "tags":
            return self.tags
        if key == "categories":
            return self.categories
        return dict(self.taxonomies).get(key, ())

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["taxonomies"] = [[k, list(v)] for k, v in self.taxonomies]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PostEntry:
        data = dict(data)
        data["tags"] = tuple(data.get("tags", ()))
        data["categories"] = tuple(data.get("categories", ()))
        data["taxonomies"] = tuple((k, tuple(v)) for k, v in data.get("taxonomies", ()))
        return cls(**data)


def entry_from_text(
    site: SiteInfo, path: Path, text: str, now: datetime | None = None, quick: bool = False
) -> tuple[PostEntry, int]:
    """The row for the post ``text`` at ``path``, and the 0-based line where its body starts.

    ``quick`` reads simple YAML with :func:`quick_load` (for the first list; see there)."""
    data: dict[str, Any] | None = None
    error = ""
    body_line = 0
    if quick and text.startswith("---\n"):
        end = text.find("\n---", 3)
        if end >= 0:
            data = quick_load(text[4:end])
            body_line = text.count("\n", 0, end) + 2
    if data is None:
        parts = split(_head(text))
        fm = parts.front_matter
        data = dict(fm.data or {}) if fm is not None else {}
        body_line = parts.body_start_line
        if fm is not None and fm.error is not None:
            error = str(fm.error)
    entry = PostEntry(_relative(site, path))
    entry.error = error
    title = data.get("title")
    entry.title = " ".join(str(title).split()) if isinstance(title, str | int | float) else ""
    when = _date(data.get("date")) or _name_date(site, path)
    entry.date = when.isoformat() if when else ""
    entry.tags = terms(data.get("tags"), site.generator == "jekyll")
    categories = data.get("categories", data.get("category"))
    entry.categories = terms(categories, site.generator == "jekyll")
    entry.taxonomies = tuple(
        (key, terms(data.get(key), False))
        for key in site.taxonomies
        if key not in ("tags", "categories") and data.get(key) is not None
    )
    slug = data.get("slug")
    entry.slug = str(slug).strip() if isinstance(slug, str | int) else ""
    entry.section = _section(site, path)
    entry.state = post_state(site, path, data, now or datetime.now(UTC))
    return entry, body_line


def _head(text: str) -> str:
    """``text`` cut after its front matter's closing line, so only the head is split."""
    for fence, closers in (("---", ("\n---", "\n...")), ("+++", ("\n+++",))):
        if text.startswith(fence):
            ends = [e for e in (text.find(c, 3) for c in closers) if e >= 0]
            if ends:
                stop = text.find("\n", min(ends) + 1)
                return text if stop < 0 else text[: stop + 1]
    return text


def terms(value: Any, space_separated: bool) -> tuple[str, ...]:
    """Taxonomy terms of a front matter value (Jekyll also splits a string at spaces)."""
    if value is None or value == "":
        return ()
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, dict | list) or item is None:
            continue
        text = str(item).strip()
        pieces = text.split() if space_separated and not isinstance(value, list) else [text]
        out.extend(p for p in pieces if p and p not in out)
    return tuple(out)


def post_state(site: SiteInfo, path: Path, data: dict[str, Any], now: datetime) -> str:
    generator = site.generator
    if generator == "jekyll":
        if site.drafts_dir is not None and _under(path, site.drafts_dir):
            return DRAFT
        if data.get("published") is False:
            return DRAFT
        when = _date(data.get("date")) or _name_date(site, path)
        if when and _after(when, now) and site.config_value("future") is not True:
            return SCHEDULED
        return PUBLISHED
    if _truthy(data.get("draft")):
        return DRAFT
    if generator == "hugo":
        when = _date(data.get("publishDate") or data.get("publishdate") or data.get("date"))
        if when and _after(when, now) and not _truthy(site.config_value("buildFuture")):
            return SCHEDULED
        expiry = _date(data.get("expiryDate") or data.get("expirydate"))
        if expiry and not _after(expiry, now) and not _truthy(site.config_value("buildExpired")):
            return EXPIRED
    return PUBLISHED


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def _date(value: Any) -> date | datetime | None:
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str):
        return parse_date_text(value)
    return None


def _after(when: date | datetime, now: datetime) -> bool:
    if isinstance(when, datetime):
        if when.tzinfo is None:
            return when > now.astimezone().replace(tzinfo=None)
        return when > now
    return when > now.astimezone().date()


def _name_date(site: SiteInfo, path: Path) -> date | None:
    if site.generator != "jekyll":
        return None
    found = jekyll_name_date(path)
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def _relative(site: SiteInfo, path: Path) -> str:
    text, root = str(path), str(site.root)
    if text.startswith(root + "/"):
        return text[len(root) + 1 :]
    try:
        return Path(path).relative_to(site.root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _under(path: Path, folder: Path) -> bool:
    try:
        Path(path).relative_to(folder)
    except ValueError:
        return False
    return True


def _section(site: SiteInfo, path: Path) -> str:
    """Hugo/Zola: the first folder under the content folder; Jekyll: the collection folder."""
    text = str(path)
    for folder in site.content_dirs:
        prefix = str(folder) + "/"
        if text.startswith(prefix):
            rel = text[len(prefix) :].split("/")
            if site.generator in ("hugo", "zola"):
                return rel[0] if len(rel) > 1 else ""
            return folder.name
    return ""


def is_bundle(path: Path) -> bool:
    """A Hugo leaf bundle: ``slug/index.md``."""
    return Path(path).stem == "index"


def is_list_page(path: Path) -> bool:
    """Hugo's ``_index.md``: a section's list page, not a post."""
    return Path(path).stem == "_index"
