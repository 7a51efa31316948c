"""Preset detection from file and folder, sibling values, and new-block format."""

from __future__ import annotations

from pathlib import Path

from editor.core.frontmatter import presets
from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.presets import PRESETS, detect_preset, preferred_format, sibling_values


def _write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_presets_have_the_documented_keys_in_order() -> None:
    assert PRESETS["jekyll"].keys == (
        "layout",
        "title",
        "date",
        "categories",
        "tags",
        "author",
        "excerpt",
        "permalink",
        "published",
    )
    assert PRESETS["hugo"].keys == (
        "title",
        "date",
        "lastmod",
        "draft",
        "tags",
        "categories",
        "description",
        "slug",
        "aliases",
    )
    assert PRESETS["generic"].keys[:2] == ("title", "date")


def test_jekyll_posts_folder(tmp_path: Path) -> None:
    path = _write(tmp_path / "_posts" / "2026-02-11-hello.md")
    assert detect_preset(path, None) == "jekyll"


def test_jekyll_dated_name_with_config_up_the_tree(tmp_path: Path) -> None:
    _write(tmp_path / "_config.yml", "title: x\n")
    path = _write(tmp_path / "blog" / "2026-02-11-hello.md")
    assert detect_preset(path, None) == "jekyll"


def test_hugo_config_with_content_dir(tmp_path: Path) -> None:
    _write(tmp_path / "config.toml", "contentDir = 'posts'\n")
    path = _write(tmp_path / "posts" / "a.md")
    assert detect_preset(path, None) == "hugo"


def test_hugo_toml_config(tmp_path: Path) -> None:
    _write(tmp_path / "hugo.toml", "title = 's'\n")
    assert detect_preset(_write(tmp_path / "content" / "post" / "a.md"), None) == "hugo"


def test_config_toml_without_content_dir_is_not_hugo(tmp_path: Path) -> None:
    _write(tmp_path / "config.toml", "name = 'other tool'\n")
    assert detect_preset(_write(tmp_path / "notes" / "a.md"), None) == "generic"


def test_toml_front_matter_means_hugo() -> None:
    fm = frontmatter.split("+++\ntitle = 'x'\n+++\n").front_matter
    assert detect_preset(None, fm) == "hugo"


def test_plain_file_is_generic(tmp_path: Path) -> None:
    assert detect_preset(_write(tmp_path / "notes.md"), None) == "generic"


def test_sibling_values_most_used_first_excluding_self(tmp_path: Path) -> None:
    me = _write(tmp_path / "me.md", "---\ntags: [mine]\n---\n")
    _write(tmp_path / "a.md", "---\ntags: [python, qt]\n---\n")
    _write(tmp_path / "sub" / "b.md", "---\ntags: [python]\ncategories: notes\n---\n")
    _write(tmp_path / "c.md", "---\ntags: [bad\n---\n")  # invalid: skipped
    assert sibling_values(me, "tags") == ["python", "qt"]
    assert sibling_values(me, "categories") == ["notes"]


def test_sibling_scan_is_bounded(tmp_path: Path) -> None:
    me = _write(tmp_path / "me.md")
    for index in range(30):
        _write(tmp_path / f"p{index:02d}.md", f"---\ntags: [t{index:02d}]\n---\n")
    assert len(sibling_values(me, "tags", limit=10)) == 10


def test_front_matter_cache_notices_changes(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "---\ntitle: one\n---\n")
    assert presets.read_front_matter(path) == {"title": "one"}
    path.write_text("---\ntitle: second\n---\n", encoding="utf-8")
    assert presets.read_front_matter(path) == {"title": "second"}


def test_hugo_new_block_follows_siblings(tmp_path: Path) -> None:
    _write(tmp_path / "hugo.toml")
    _write(tmp_path / "content" / "a.md", "+++\ntitle = 'a'\n+++\n")
    _write(tmp_path / "content" / "b.md", "+++\ntitle = 'b'\n+++\n")
    me = tmp_path / "content" / "new.md"
    assert preferred_format(me, "hugo") == "toml"
    assert preferred_format(me, "generic") == "yaml"
