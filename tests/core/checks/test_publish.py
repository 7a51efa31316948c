"""Publish checks (rule ``front-matter``) on real files in temporary site trees."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from editor.core.checks import apply_fix, run_checks
from editor.core.checks.findings import Finding
from editor.core.checks.publish import publish_checks

NOW = datetime(2026, 2, 20, 12, 0, tzinfo=timezone(timedelta(hours=9)))


def _kinds(findings: list[Finding]) -> list[str]:
    return sorted(f.kind for f in findings)


def _jekyll_post(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / "_config.yml").write_text("title: site\n", encoding="utf-8")
    posts = tmp_path / "_posts"
    posts.mkdir(exist_ok=True)
    path = posts / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_post_has_no_findings(tmp_path: Path) -> None:
    text = "---\ntitle: Fine\ndate: 2026-02-11\n---\nBody.\n"
    path = _jekyll_post(tmp_path, "2026-02-11-fine.md", text)
    assert publish_checks(text, path, NOW) == []


def test_missing_title_offers_first_heading_and_has_both_languages() -> None:
    text = "---\ndate: 2026-01-01\n---\n# 見出しです\n\nBody.\n"
    [finding] = publish_checks(text, None, NOW)
    assert finding.kind == "missing-title" and finding.rule == "front-matter"
    assert "title" in finding.message_en and "タイトル" in finding.message_ja
    assert finding.fix is not None
    fixed = apply_fix(text, finding.fix)
    assert fixed == "---\ndate: 2026-01-01\ntitle: 見出しです\n---\n# 見出しです\n\nBody.\n"


def test_post_without_front_matter_misses_title() -> None:
    assert _kinds(publish_checks("Just text.\n", None, NOW)) == ["missing-title"]


def test_draft_and_unpublished_are_reported_on_their_lines() -> None:
    text = "---\ntitle: T\ndraft: true\npublished: false\n---\n"
    findings = publish_checks(text, None, NOW)
    assert _kinds(findings) == ["draft", "unpublished"]
    assert [f.span.line for f in sorted(findings, key=lambda f: f.kind)] == [3, 4]
    draft = next(f for f in findings if f.kind == "draft")
    assert draft.fix is not None
    assert apply_fix(text, draft.fix) == "---\ntitle: T\ndraft: false\npublished: false\n---\n"


def test_future_date_string_with_offset_is_reported() -> None:
    text = "---\ntitle: T\ndate: 2026-03-01 09:00:00 +0000\n---\n"
    [finding] = publish_checks(text, None, NOW)
    assert finding.kind == "future-date" and finding.span.line == 3
    assert "future" in finding.message_en and "未来" in finding.message_ja


def test_past_and_today_dates_are_fine() -> None:
    for value in ("2026-02-20", "2026-02-20T11:00:00+09:00", "2020-01-01 10:00"):
        assert publish_checks(f"---\ntitle: T\ndate: {value}\n---\n", None, NOW) == []


def test_jekyll_file_name_date_differs_from_date(tmp_path: Path) -> None:
    text = "---\ntitle: T\ndate: 2026-02-12 10:00:00 +0900\n---\n"
    path = _jekyll_post(tmp_path, "2026-02-11-post.md", text)
    [finding] = publish_checks(text, path, NOW)
    assert finding.kind == "name-date" and "2026-02-11" in finding.message_en
    assert finding.fix is not None
    assert "date: 2026-02-11 10:00:00 +0900\n" in apply_fix(text, finding.fix)


def test_missing_image_and_linked_file_but_not_pages_or_urls(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "there.png").write_bytes(b"png")
    body = (
        "![ok](img/there.png)\n\n![lost](img/gone.png)\n\n[pdf](files/paper.pdf)\n\n"
        "[page](/about/) [web](https://example.com/x.png) `![code](nope.png)`\n\n"
        "```\n![fenced](nope.png)\n```\n"
    )
    text = "---\ntitle: T\n---\n" + body
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    findings = publish_checks(text, path, NOW)
    assert _kinds(findings) == ["missing-image", "missing-link"]
    image = next(f for f in findings if f.kind == "missing-image")
    assert image.span.line == 6 and text.split("\n")[5][image.span.column - 1 :].startswith(
        "gone.png"
    )


def test_site_absolute_image_is_looked_up_in_hugo_static(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text("title = 's'\n", encoding="utf-8")
    (tmp_path / "static" / "images").mkdir(parents=True)
    (tmp_path / "static" / "images" / "a.png").write_bytes(b"png")
    (tmp_path / "content").mkdir()
    path = tmp_path / "content" / "post.md"
    text = "+++\ntitle = 'T'\n+++\n![first](/images/a.png) ![second](/images/b.png)\n"
    path.write_text(text, encoding="utf-8")
    findings = publish_checks(text, path, NOW)
    assert [f.kind for f in findings] == ["missing-image"]
    assert "/images/b.png" in findings[0].message_en
    assert "Hugo" in findings[0].message_en


def test_title_and_slug_used_by_another_post(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "first.md").write_text(
        "---\ntitle: Same Title\nslug: same\n---\n", encoding="utf-8"
    )
    (tmp_path / "other.md").write_text("---\ntitle: Different\n---\n", encoding="utf-8")
    text = "---\ntitle: same  title\nslug: same\n---\n"
    path = tmp_path / "new.md"
    path.write_text(text, encoding="utf-8")
    findings = publish_checks(text, path, NOW)
    assert _kinds(findings) == ["duplicate-slug", "duplicate-title"]
    assert all("old/first.md" in f.message_en for f in findings)


def test_invalid_front_matter_is_left_to_the_parser_rule() -> None:
    assert publish_checks("---\ntitle: [oops\n---\n", None, NOW) == []


def test_registered_with_run_checks(tmp_path: Path) -> None:
    text = "---\ndraft: true\ntitle: T\n---\nBody.\n"
    findings = [f for f in run_checks(text) if f.rule == "front-matter"]
    assert "draft" in [f.kind for f in findings]


def test_finding_points_at_top_level_key_not_nested_one() -> None:
    text = "---\ntitle: T\nparams:\n  draft: false\ndraft: true\n---\n"
    [finding] = publish_checks(text, None, NOW)
    assert finding.kind == "draft" and finding.span.line == 5


def test_same_problem_keeps_its_key_after_edits_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    text = "---\ntitle: T\n---\n![a](gone.png)\n"
    path.write_text(text, encoding="utf-8")
    before = publish_checks(text, path, NOW)
    after = publish_checks(text.replace("title: T", "title: T2\nauthor: A"), path, NOW)
    assert [f.key for f in before] == [f.key for f in after] and before[0].span != after[0].span


def test_draft_on_a_jekyll_site_says_jekyll_ignores_it(tmp_path: Path) -> None:
    text = "---\ntitle: T\ndraft: true\n---\nBody.\n"
    path = _jekyll_post(tmp_path, "2026-02-11-t.md", text)
    [finding] = publish_checks(text, path, NOW)
    assert finding.kind == "draft-ignored" and "Jekyll ignores" in finding.message_en
    assert "Hugo" not in finding.message_en and finding.fix is not None
    assert "published: false" in apply_fix(text, finding.fix)


def test_the_site_chosen_by_the_writer_wins_over_detection() -> None:
    text = "---\ntitle: T\ndraft: true\n---\nBody.\n"
    [detected] = publish_checks(text, None, NOW)
    [chosen] = publish_checks(text, None, NOW, preset="jekyll")
    assert detected.kind == "draft" and chosen.kind == "draft-ignored"


def test_a_remembered_site_applies_to_the_folder_and_below(tmp_path: Path) -> None:
    from editor.core.frontmatter.presets import remembered_preset, site_folder_key

    post = tmp_path / "blog" / "a.md"
    memory = {site_folder_key(post): "jekyll"}
    assert remembered_preset(tmp_path / "blog" / "b.md", memory) == "jekyll"
    assert remembered_preset(tmp_path / "blog" / "2026" / "c.md", memory) == "jekyll"
    assert remembered_preset(tmp_path / "other.md", memory) is None
    assert remembered_preset(None, memory) is None


def test_images_without_alt_text_or_with_a_file_name_as_alt_are_reported() -> None:
    text = (
        "---\ntitle: T\n---\n\n"
        "![](a.png) ![post-20261201-101500](images/post-20261201-101500.png)\n\n"
        "![IMG_1234.JPG](photos/IMG_1234.JPG) ![A red ferry at dawn](ferry.png)\n"
    )
    findings = [f for f in publish_checks(text, None, NOW) if f.kind.startswith("image-alt")]
    assert [(f.kind, f.span.line) for f in findings] == [
        ("image-alt-missing", 5),
        ("image-alt-file-name", 5),
        ("image-alt-file-name", 7),
    ]
    lines = text.split("\n")
    stamp = findings[1].span
    assert lines[4][stamp.column - 1 : stamp.end_column] == "post-20261201-101500"
    assert "describe" in findings[1].message_en and "代替テキスト" in findings[1].message_ja


def test_a_described_image_and_a_word_that_is_no_file_name_are_fine() -> None:
    text = "---\ntitle: T\n---\n\n![Ferry 2](ferry-2.png) ![2026年の港](harbour.jpg)\n"
    assert [f for f in publish_checks(text, None, NOW) if f.kind.startswith("image-alt")] == []
