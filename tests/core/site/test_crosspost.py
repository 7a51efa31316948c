from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.checks import run_checks
from editor.core.site import crosspost
from editor.core.site.config import load_site
from editor.core.site.index import SiteIndex
from editor.core.site.site_check import finding_counts
from tests.core.site.helpers import SHARED_JA, jekyll_site, write


@pytest.fixture
def site(tmp_path: Path):
    root = jekyll_site(tmp_path)
    index = SiteIndex(load_site(root))
    index.list_posts()
    index.build()
    crosspost.attach(index)
    yield root, index
    crosspost.detach(index)


def cross(findings):
    return [f for f in findings if f.kind.startswith("cross-post")]


def test_passage_repeated_from_another_post_points_at_its_line(site) -> None:
    root, _ = site
    two = root / "_posts" / "2026-01-02-two.md"
    found = [f for f in run_checks(two.read_text(encoding="utf-8"), two) if f.kind == "cross-post"]
    assert len(found) == 1
    finding = found[0]
    assert finding.rule == "duplicate"
    assert (finding.span.line, finding.span.end_line) == (11, 11)
    [related] = finding.related
    assert related.path == (root / "_posts" / "2026-01-01-one.md").resolve()
    assert related.line == 8
    assert "_posts/2026-01-01-one.md" in finding.message_en
    assert finding.to_json()["related"][0]["path"].endswith("2026-01-01-one.md")


def test_post_mostly_contained_in_another_gets_one_body_finding(site) -> None:
    root, _ = site
    one = root / "_posts" / "2026-01-01-one.md"
    kinds = [f.kind for f in cross(run_checks(one.read_text(encoding="utf-8"), one))]
    assert sorted(kinds) == ["cross-post", "cross-post-body"]
    two = root / "_posts" / "2026-01-02-two.md"
    assert [f.kind for f in cross(run_checks(two.read_text(encoding="utf-8"), two))] == [
        "cross-post"
    ]


def test_japanese_passage_found_and_unrelated_posts_quiet(site) -> None:
    root, index = site
    a = write(
        root / "_posts" / "2026-03-01-a.md", f"---\ntitle: A\n---\n\n前置きの文。\n\n{SHARED_JA}\n"
    )
    b = write(
        root / "_posts" / "2026-03-02-b.md",
        f"---\ntitle: B\n---\n\n{SHARED_JA}\n\n別の締めくくりの文章をここに長めに書いておく。とても長く、関係のない話をする。\n",
    )
    index.refresh()
    found = cross(run_checks(b.read_text(encoding="utf-8"), b))
    assert [f.related[0].path.name for f in found if f.kind == "cross-post"] == [a.name]
    three = root / "_posts" / "2026-01-03-three.md"
    assert cross(run_checks(three.read_text(encoding="utf-8"), three)) == []


def test_short_shared_phrases_are_not_reported(site) -> None:
    root, index = site
    c = write(
        root / "_posts" / "2026-04-01-c.md",
        "---\ntitle: C\n---\n\nThis paragraph about writing careful drafts is mine.\n",
    )
    index.refresh()
    assert cross(run_checks(c.read_text(encoding="utf-8"), c)) == []


def test_without_an_attached_index_nothing_is_compared(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    two = root / "_posts" / "2026-01-02-two.md"
    assert cross(run_checks(two.read_text(encoding="utf-8"), two)) == []


def test_background_counts_per_post(site) -> None:
    _, index = site
    counts = finding_counts(index)
    assert counts["_posts/2026-01-01-one.md"] == 1
    assert counts["_posts/2026-01-02-two.md"] == 1
    assert counts["_posts/2026-01-03-three.md"] == 0


def test_lightly_edited_paragraph_from_another_post_is_a_near_copy(site) -> None:
    root, index = site
    original = (
        "Generated drafts about one topic tend to reuse whole paragraphs, with a word changed "
        "here and there so that a plain comparison misses them, and readers notice it at once."
    )
    edited = (
        original.replace("tend to reuse", "often reuse")
        .replace("with a word", "with one word")
        .replace("plain comparison", "plain diff")
        .replace("at once", "quickly")
    )
    write(root / "_posts" / "2026-06-01-a.md", f"---\ntitle: A\n---\n\n{original}\n")
    b = write(
        root / "_posts" / "2026-06-02-b.md",
        f"---\ntitle: B\n---\n\nOther opening words.\n\n{edited}\n",
    )
    index.refresh()
    found = [f for f in run_checks(b.read_text(encoding="utf-8"), b) if f.kind == "cross-post"]
    assert [f.related[0].path.name for f in found] == ["2026-06-01-a.md"]
    assert found[0].span.line == 7
