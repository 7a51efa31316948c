from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.core.site.config import load_site
from editor.core.site.posts import entry_from_text
from tests.core.site.helpers import write

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def jekyll(tmp_path: Path, config: str = "title: x\n"):
    write(tmp_path / "_config.yml", config)
    (tmp_path / "_posts").mkdir(exist_ok=True)
    (tmp_path / "_drafts").mkdir(exist_ok=True)
    return load_site(tmp_path)


def hugo(tmp_path: Path, config: str = 'title = "x"\n'):
    write(tmp_path / "hugo.toml", config)
    (tmp_path / "content" / "posts").mkdir(parents=True, exist_ok=True)
    return load_site(tmp_path)


def state(site, rel: str, text: str) -> str:
    return entry_from_text(site, site.root / rel, text, NOW)[0].state


@pytest.mark.parametrize(
    ("rel", "front", "expected"),
    [
        ("_posts/2026-01-01-a.md", "title: a", "published"),
        ("_drafts/a.md", "title: a", "draft"),
        ("_posts/2026-01-01-a.md", "published: false", "draft"),
        ("_posts/2026-12-01-a.md", "title: a", "scheduled"),  # the file name's date
        ("_posts/2026-01-01-a.md", "date: 2027-01-01 10:00:00 +0900", "scheduled"),
        ("_posts/2026-01-01-a.md", "draft: true", "published"),  # not a Jekyll key
    ],
)
def test_jekyll_states(tmp_path: Path, rel: str, front: str, expected: str) -> None:
    assert state(jekyll(tmp_path), rel, f"---\n{front}\n---\nbody\n") == expected


def test_jekyll_future_true_builds_future_posts(tmp_path: Path) -> None:
    site = jekyll(tmp_path, "future: true\n")
    assert state(site, "_posts/2026-12-01-a.md", "---\ntitle: a\n---\n") == "published"


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("title = 'a'", "published"),
        ("draft = true", "draft"),
        ("date = 2027-01-01T00:00:00Z", "scheduled"),
        ("publishDate = 2027-01-01", "scheduled"),
        ("expiryDate = 2026-01-01", "expired"),
        ("expiryDate = 2027-01-01", "published"),
    ],
)
def test_hugo_states(tmp_path: Path, front: str, expected: str) -> None:
    assert state(hugo(tmp_path), "content/posts/a.md", f"+++\n{front}\n+++\nbody\n") == expected


def test_hugo_build_future_and_expired(tmp_path: Path) -> None:
    site = hugo(tmp_path, "buildFuture = true\nbuildExpired = true\n")
    text = "+++\ndate = 2027-01-01\nexpiryDate = 2026-01-01\n+++\n"
    assert state(site, "content/posts/a.md", text) == "published"


def test_row_fields_and_jekyll_space_separated_tags(tmp_path: Path) -> None:
    site = jekyll(tmp_path)
    text = "---\ntitle: 'Hello  world'\ntags: one two\ncategory: dev\nslug: hi\n---\n\nbody\n"
    entry, body = entry_from_text(site, site.root / "_posts/2026-01-01-a.md", text, NOW)
    assert entry.title == "Hello world"
    assert entry.tags == ("one", "two")
    assert entry.categories == ("dev",)
    assert entry.slug == "hi" and entry.date == "2026-01-01" and entry.section == "_posts"
    assert body == 6


@pytest.mark.parametrize(
    "front",
    [
        'title: "Post 1"\ndate: 2025-01-01T10:00:00+09:00\ndraft: yes\ntags: [python, 生成AI]\nslug: p',
        "title: Hello\ntags:\n  - a\n  - b\nempty:\ncategories: [x]",
        "title: a: b\ntags: [a]",  # not simple: the real parser decides
        "title: x # comment\ndraft: false",
    ],
)
def test_quick_rows_equal_full_rows(tmp_path: Path, front: str) -> None:
    site = hugo(tmp_path)
    text = f"---\n{front}\n---\n\nbody\n"
    path = site.root / "content/posts/a.md"
    quick = entry_from_text(site, path, text, NOW, quick=True)
    full = entry_from_text(site, path, text, NOW)
    assert quick == full


def test_invalid_front_matter_is_reported_in_the_row(tmp_path: Path) -> None:
    site = hugo(tmp_path)
    entry, _ = entry_from_text(site, site.root / "content/posts/a.md", "---\ntitle: [x\n---\n", NOW)
    assert entry.error
