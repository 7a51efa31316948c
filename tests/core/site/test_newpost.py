from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editor.core.site.config import load_site
from editor.core.site.newpost import create_post, default_slug, plan_new_post
from tests.core.site.helpers import jekyll_site, write

NOW = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=9)))


def test_jekyll_post_and_draft_paths(tmp_path: Path) -> None:
    site = load_site(jekyll_site(tmp_path))
    post = plan_new_post(site, "Hello, World!", NOW)
    assert post.path == site.root / "_posts" / "2026-03-04-hello-world.md"
    assert post.text == "---\ntitle: Hello, World!\ndate: 2026-03-04 05:06:07 +0900\n---\n\n"
    draft = plan_new_post(site, "Hello", NOW, draft=True)
    assert draft.path == site.root / "_drafts" / "hello.md"


def test_japanese_title_gets_the_date_and_a_short_id(tmp_path: Path) -> None:
    slug = default_slug("生成AIで記事を書く", NOW)
    assert slug.startswith("2026-03-04-") and len(slug) == len("2026-03-04-") + 4
    site = load_site(jekyll_site(tmp_path))
    post = plan_new_post(site, "生成AIで記事を書く", NOW, slug="seisei-ai")
    assert post.path.name == "2026-03-04-seisei-ai.md"
    assert "title: 生成AIで記事を書く\n" in post.text


def hugo(tmp_path: Path) -> Path:
    write(tmp_path / "hugo.toml", 'title = "x"\n')
    write(tmp_path / "content" / "posts" / "old.md", "+++\ntitle = 'old'\n+++\n")
    return tmp_path


def test_hugo_section_archetype_is_filled_and_the_rest_kept(tmp_path: Path) -> None:
    root = hugo(tmp_path)
    write(
        root / "archetypes" / "posts.md",
        '+++\ntitle = "{{ replace .File.ContentBaseName "-" " " | title }}"\n'
        "date = {{ .Date }}\nslug = '{{ .Name }}'\ndraft = true\n# {{ .Site.Title }} stays\n+++\n\nIntro\n",
    )
    write(root / "archetypes" / "default.md", "---\ntitle: default\n---\n")
    post = plan_new_post(load_site(root), "My First Post", NOW)
    assert post.path == root.resolve() / "content" / "posts" / "my-first-post.md"
    assert post.text == (
        '+++\ntitle = "My First Post"\ndate = 2026-03-04T05:06:07+09:00\n'
        "slug = 'my-first-post'\ndraft = true\n# {{ .Site.Title }} stays\n+++\n\nIntro\n"
    )


def test_hugo_default_archetype_and_page_bundles(tmp_path: Path) -> None:
    root = hugo(tmp_path)
    (root / "content" / "posts" / "old.md").unlink()
    write(root / "content" / "posts" / "one" / "index.md", "+++\n+++\n")
    write(root / "content" / "posts" / "two" / "index.md", "+++\n+++\n")
    write(root / "archetypes" / "default.md", "---\ntitle: '{{ .Name }}'\ndate: {{ .Date }}\n---\n")
    post = plan_new_post(load_site(root), "Bundle me", NOW)
    assert post.path == root.resolve() / "content" / "posts" / "bundle-me" / "index.md"
    assert post.text == "---\ntitle: 'bundle-me'\ndate: 2026-03-04T05:06:07+09:00\n---\n"


def test_hugo_without_archetype_uses_hugos_default(tmp_path: Path) -> None:
    post = plan_new_post(load_site(hugo(tmp_path)), "It's new", NOW)
    assert (
        post.text
        == "+++\ntitle = 'It\\'s new'\ndate = 2026-03-04T05:06:07+09:00\ndraft = true\n+++\n\n"
    )


def test_create_never_replaces_a_file(tmp_path: Path) -> None:
    post = plan_new_post(load_site(jekyll_site(tmp_path)), "One", NOW)
    create_post(post)
    assert post.path.read_text(encoding="utf-8") == post.text
    with pytest.raises(FileExistsError):
        create_post(post)
