from __future__ import annotations

from pathlib import Path

from editor.core.site.config import load_site
from editor.core.site.index import SiteIndex
from editor.core.site.taxonomy import LineChange, apply_plan, near_duplicates, plan_rename
from tests.core.site.helpers import jekyll_site, write


def index_of(root: Path) -> SiteIndex:
    index = SiteIndex(load_site(root))
    index.list_posts()
    return index


def test_rename_changes_exactly_the_tag_lines(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    plan = plan_rename(index_of(root), "tags", ["js"], "javascript")
    assert [(f.path.name, f.changes) for f in plan.files] == [
        ("2026-01-01-one.md", [LineChange(3, "tags: [js, python]", "tags: [javascript, python]")])
    ]
    one = root / "_posts" / "2026-01-01-one.md"
    before = one.read_text(encoding="utf-8")
    result = apply_plan(plan)
    assert result.written == [one] and result.refused == []
    after = one.read_text(encoding="utf-8")
    assert after == before.replace("tags: [js, python]", "tags: [javascript, python]")


def test_merge_across_block_lists_and_removes_duplicates(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    write(root / "_posts" / "2026-02-01-both.md", "---\ntitle: Both\ntags: [js, JavaScript]\n---\n")
    plan = plan_rename(index_of(root), "tags", ["js", "JavaScript"], "javascript")
    changes = {f.path.name: f.changes for f in plan.files}
    assert changes == {
        "2026-01-01-one.md": [LineChange(3, "tags: [js, python]", "tags: [javascript, python]")],
        "2026-01-02-two.md": [LineChange(4, "  - JavaScript", "  - javascript")],
        "2026-02-01-both.md": [LineChange(3, "tags: [js, JavaScript]", "tags: [javascript]")],
    }
    assert len(apply_plan(plan).written) == 3


def test_toml_and_crlf_files_keep_their_bytes(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", 'title = "x"\n')
    post = tmp_path / "content" / "posts" / "a.md"
    post.parent.mkdir(parents=True)
    post.write_bytes(b'+++\r\ntitle = "A" # keep\r\ntags = ["js", "go"]\r\n+++\r\n\r\nbody\r\n')
    plan = plan_rename(index_of(tmp_path), "tags", ["js"], "javascript")
    assert plan.files[0].changes == [
        LineChange(3, 'tags = ["js", "go"]', 'tags = ["javascript", "go"]')
    ]
    apply_plan(plan)
    assert (
        post.read_bytes()
        == b'+++\r\ntitle = "A" # keep\r\ntags = ["javascript", "go"]\r\n+++\r\n\r\nbody\r\n'
    )


def test_jekyll_space_separated_category_string(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    write(root / "_posts" / "2026-02-01-s.md", "---\ntitle: S\ncategories: dev web\n---\n")
    plan = plan_rename(index_of(root), "categories", ["dev"], "code")
    assert [f.changes for f in plan.files] == [
        [LineChange(6, "categories: dev", "categories: code")],
        [LineChange(3, "categories: dev web", "categories: code web")],
    ]


def test_invalid_front_matter_is_refused_and_others_still_planned(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    bad = write(root / "_posts" / "2026-02-01-bad.md", "---\ntitle: [oops\ntags: [js]\n---\n")
    index = index_of(root)
    index.entries["_posts/2026-02-01-bad.md"].tags = ("js",)  # as if listed before it broke
    plan = plan_rename(index, "tags", ["js"], "javascript")
    assert [p.name for p, _ in plan.refused] == [bad.name]
    assert [f.path.name for f in plan.files] == ["2026-01-01-one.md"]
    result = apply_plan(plan)
    assert bad.read_text(encoding="utf-8") == "---\ntitle: [oops\ntags: [js]\n---\n"
    assert [p.name for p, _ in result.refused] == [bad.name]


def test_file_changed_after_the_preview_is_refused(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    plan = plan_rename(index_of(root), "tags", ["js"], "javascript")
    one = root / "_posts" / "2026-01-01-one.md"
    one.write_text(one.read_text(encoding="utf-8") + "\nEdited elsewhere.\n", encoding="utf-8")
    result = apply_plan(plan)
    assert result.written == []
    assert [p for p, _ in result.refused] == [one]
    assert "tags: [js, python]" in one.read_text(encoding="utf-8")


def test_near_duplicate_tags() -> None:
    groups = near_duplicates(
        ["javascript", "JavaScript", "js", "ＪＳ", "生成AI", "生成 AI", "python"]
    )
    assert groups == [["JavaScript", "javascript", "js", "ＪＳ"], ["生成 AI", "生成AI"]]
