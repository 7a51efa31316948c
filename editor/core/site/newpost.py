"""Where a new post goes and what it starts with, the way the site does it.

- Jekyll: ``_posts/YYYY-MM-DD-slug.md`` (or ``_drafts/slug.md``) with YAML
  front matter (``layout: post`` when other posts use it);
- Hugo: ``content/<section>/slug.md``, or ``slug/index.md`` when most posts of
  the section are page bundles, from ``archetypes/<section>.md`` (or
  ``archetypes/<section>/index.md``) or ``archetypes/default.md``, with
  ``{{ .Name }}``, ``{{ .Date }}`` and the title expressions filled in and the
  rest left as written; without an archetype, Hugo's own default
  (title, date, draft);
- Zola, Eleventy, plain folders: ``slug.md`` in the first content folder.

Slugs come from the title in ASCII; a title with no ASCII letters (Japanese)
cannot be transliterated, so the slug is the date and a short id, which the
writer may edit before the file is created.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.core.frontmatter.edit.values import format_value
from editor.core.site.config import SiteInfo
from editor.core.site.scan import iter_markdown

_TITLE_EXPR = re.compile(
    r"\{\{-?\s*(?:replace\s+\.File\.ContentBaseName\s+\"-\"\s+\" \"\s*\|\s*title|\.Name\s*\|\s*humanize\s*\|\s*title|\.Title)\s*-?\}\}"
)
_NAME_EXPR = re.compile(r"\{\{-?\s*(?:\.Name|\.File\.ContentBaseName)\s*-?\}\}")
_DATE_EXPR = re.compile(r"\{\{-?\s*\.Date\s*-?\}\}")


@dataclass(frozen=True)
class NewPost:
    path: Path
    text: str
    slug: str


def slugify(title: str) -> str:
    """ASCII slug of ``title`` ("" when it has no ASCII letters or digits)."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def default_slug(title: str, now: datetime) -> str:
    """The slug for ``title``; Japanese titles get the date and a short id."""
    slug = slugify(title)
    non_ascii = sum(1 for c in title if ord(c) > 127)
    if slug and non_ascii <= len(title) // 3:
        return slug
    return f"{now:%Y-%m-%d}-{secrets.token_hex(2)}"


def sections(site: SiteInfo) -> list[str]:
    """Hugo/Zola sections (folders under the content folder), most posts first."""
    if not site.content_dirs:
        return []
    content = site.content_dirs[0]
    counts: Counter[str] = Counter()
    for path in iter_markdown(site.root, [content], limit=5000):
        parts = path.relative_to(content).parts
        if len(parts) > 1:
            counts[parts[0]] += 1
    return [name for name, _ in counts.most_common()]


def plan_new_post(
    site: SiteInfo,
    title: str,
    now: datetime | None = None,
    slug: str | None = None,
    section: str | None = None,
    draft: bool = False,
) -> NewPost:
    """The path and starting text of a new post titled ``title`` (nothing is written)."""
    now = (now or datetime.now()).astimezone()
    slug = slug or default_slug(title, now)
    if site.generator == "jekyll":
        return _jekyll(site, title, slug, now, draft)
    if site.generator == "hugo":
        return _hugo(site, title, slug, now, section)
    folder = site.content_dirs[0] if site.content_dirs else site.root
    if section:
        folder = folder / section
    text = f"---\ntitle: {format_value(title)}\ndate: {now:%Y-%m-%d}\n---\n\n"
    return NewPost(folder / f"{slug}.md", text, slug)


def create_post(post: NewPost) -> None:
    """Write the new post; refuses (FileExistsError) to replace an existing file."""
    post.path.parent.mkdir(parents=True, exist_ok=True)
    with open(post.path, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(post.text)


def _jekyll(site: SiteInfo, title: str, slug: str, now: datetime, draft: bool) -> NewPost:
    base = site.root / str(site.config.get("collections_dir") or "")
    if draft:
        path = base / "_drafts" / f"{slug}.md"
    else:
        name = slug if re.match(r"\d{4}-\d{2}-\d{2}-", slug) else f"{now:%Y-%m-%d}-{slug}"
        path = base / "_posts" / f"{name}.md"
    lines = ["---"]
    if _uses_layout(base / "_posts"):
        lines.append("layout: post")
    lines += [f"title: {format_value(title)}", f"date: {now:%Y-%m-%d %H:%M:%S %z}", "---", "", ""]
    return NewPost(path, "\n".join(lines), slug)


def _uses_layout(folder: Path) -> bool:
    for path in iter_markdown(folder, [folder], limit=5):
        try:
            with path.open("rb") as handle:
                if b"\nlayout:" in handle.read(2048):
                    return True
        except OSError:
            continue
    return False


def _hugo(site: SiteInfo, title: str, slug: str, now: datetime, section: str | None) -> NewPost:
    content = site.content_dirs[0] if site.content_dirs else site.root / "content"
    if section is None:
        known = sections(site)
        section = known[0] if known else "posts"
    folder = content / section if section else content
    archetypes = site.root / "archetypes"
    bundle_archetype = archetypes / section / "index.md" if section else None
    bundle = _uses_bundles(site, folder) or bool(bundle_archetype and bundle_archetype.is_file())
    path = folder / slug / "index.md" if bundle else folder / f"{slug}.md"
    template = None
    for candidate in (bundle_archetype, archetypes / f"{section}.md", archetypes / "default.md"):
        if candidate is not None and candidate.is_file():
            try:
                template = candidate.read_text(encoding="utf-8")[:65536]
            except (OSError, UnicodeDecodeError):
                continue
            break
    if template is None:
        quoted = title.replace("\\", "\\\\").replace("'", "\\'")
        text = f"+++\ntitle = '{quoted}'\ndate = {now.isoformat(timespec='seconds')}\ndraft = true\n+++\n\n"
        return NewPost(path, text, slug)
    return NewPost(path, fill_archetype(template, title, slug, now), slug)


def fill_archetype(template: str, title: str, slug: str, now: datetime) -> str:
    """Fill Hugo's common archetype expressions; every other byte stays as written.

    The title expressions get the title the writer typed (what they compute from the
    file name in Hugo), quoted by the surrounding quotes of the archetype."""
    text = _TITLE_EXPR.sub(lambda _m: title.replace('"', '\\"'), template)
    text = _NAME_EXPR.sub(slug, text)
    return _DATE_EXPR.sub(now.isoformat(timespec="seconds"), text)


def _uses_bundles(site: SiteInfo, folder: Path) -> bool:
    bundles = leaves = 0
    for path in iter_markdown(site.root, [folder], limit=200):
        if path.name == "_index.md":
            continue
        if path.stem == "index":
            bundles += 1
        else:
            leaves += 1
    return bundles > leaves
