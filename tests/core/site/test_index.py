from __future__ import annotations

import os
from pathlib import Path

from editor.core.site.config import load_site
from editor.core.site.index import SiteIndex, cache_folder
from tests.core.site.helpers import SHARED, jekyll_site, write


def built(root: Path, cache: Path | None = None) -> SiteIndex:
    index = SiteIndex(load_site(root), cache)
    index.list_posts()
    index.build()
    return index


def test_rows_for_every_post_then_fingerprints(tmp_path: Path) -> None:
    jekyll_site(tmp_path)
    index = SiteIndex(load_site(tmp_path))
    index.list_posts()
    assert sorted(index.entries) == [
        "_drafts/idea.md",
        "_posts/2026-01-01-one.md",
        "_posts/2026-01-02-two.md",
        "_posts/2026-01-03-three.md",
    ]
    assert len(index.prints.hashes) == 0
    index.build()
    assert index.indexed == set(index.entries)
    assert len(index.prints.hashes) > 0
    assert list(index.prints.hashes) == sorted(index.prints.hashes)


def test_cache_round_trip_gives_the_same_rows_and_fingerprints(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path / "site")
    cache = cache_folder(tmp_path / "data", site)
    first = built(site, cache)
    first.save()
    second = SiteIndex(load_site(site), cache)
    assert second.load()
    assert second.entries == first.entries
    assert second.refresh() == []
    assert sorted(second.prints.hashes.tolist()) == sorted(first.prints.hashes.tolist())


def test_refresh_reads_only_changed_added_and_removed_posts(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    index = built(site)
    one = site / "_posts" / "2026-01-01-one.md"
    one.write_text("---\ntitle: One again\ntags: [rust]\n---\n\nNew body.\n", encoding="utf-8")
    os.utime(one, ns=(1, 1))  # a different time even on coarse file systems
    write(site / "_posts" / "2026-02-01-four.md", "---\ntitle: Four\n---\n\nFour.\n")
    (site / "_drafts" / "idea.md").unlink()
    changed = index.refresh()
    assert sorted(changed) == [
        "_drafts/idea.md",
        "_posts/2026-01-01-one.md",
        "_posts/2026-02-01-four.md",
    ]
    assert index.entries["_posts/2026-01-01-one.md"].title == "One again"
    assert "_drafts/idea.md" not in index.entries
    assert index.term_counts("tags")["rust"] == 1


def test_update_replaces_one_posts_fingerprints(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    index = built(site)
    one = site / "_posts" / "2026-01-01-one.md"
    hashes, _ = _fingerprints_of(SHARED)
    query, posts, _ = index.lookup(hashes, 50)
    assert index.ids["_posts/2026-01-01-one.md"] in set(posts.tolist())
    one.write_text("---\ntitle: One\n---\n\nNothing shared now.\n", encoding="utf-8")
    assert index.update(one)
    query, posts, _ = index.lookup(hashes, 50)
    assert index.ids["_posts/2026-01-01-one.md"] not in set(posts.tolist())
    assert index.ids["_posts/2026-01-02-two.md"] in set(posts.tolist())
    index.compact()
    query, posts, _ = index.lookup(hashes, 50)
    assert set(posts.tolist()) == {index.ids["_posts/2026-01-02-two.md"]}


def test_files_outside_the_content_folders_are_not_posts(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    readme = write(site / "README.md", "# readme\n")
    index = built(site)
    assert "README.md" not in index.entries
    assert not index.update(readme)


def _fingerprints_of(text: str):
    from editor.core.site.fingerprints import body_prose, fingerprints

    return fingerprints(body_prose(text, 0).norm)


def test_hugo_page_bundles_are_posts_and_section_lists_are_not(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", 'title = "x"\n')
    write(tmp_path / "content" / "posts" / "_index.md", "+++\ntitle = 'Posts'\n+++\n")
    write(
        tmp_path / "content" / "posts" / "trip" / "index.md",
        "+++\ntitle = 'Trip'\ndraft = true\n+++\n",
    )
    write(tmp_path / "content" / "posts" / "trip" / "photo.jpg", "jpg")
    write(tmp_path / "content" / "notes" / "short.md", "---\ntitle: Short\n---\n")
    index = built(tmp_path)
    assert sorted(index.entries) == ["content/notes/short.md", "content/posts/trip/index.md"]
    trip = index.entries["content/posts/trip/index.md"]
    assert (trip.title, trip.state, trip.section) == ("Trip", "draft", "posts")
    assert index.entries["content/notes/short.md"].section == "notes"
