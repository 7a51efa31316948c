from __future__ import annotations

from pathlib import Path

from editor.core.site.config import find_site, load_site, open_site, site_config
from tests.core.site.helpers import jekyll_site, write


def test_jekyll_root_found_from_a_post_with_posts_drafts_and_collections(tmp_path: Path) -> None:
    jekyll_site(tmp_path)
    write(tmp_path / "_config.yml", "lang: ja\ncollections:\n  recipes:\n    output: true\n")
    write(tmp_path / "_recipes" / "soup.md", "---\ntitle: Soup\n---\n")
    site = find_site(tmp_path / "_posts" / "2026-01-01-one.md")
    assert site is not None
    assert site.generator == "jekyll"
    assert site.root == tmp_path.resolve()
    names = [p.name for p in site.content_dirs]
    assert names == ["_posts", "_recipes", "_drafts"]
    assert site.language == "ja"


def test_hugo_toml_config_with_content_dir_and_language(tmp_path: Path) -> None:
    write(
        tmp_path / "config.toml",
        'baseURL = "https://example.org/"\nlanguageCode = "ja-jp"\ncontentDir = "posts_src"\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
    )
    write(tmp_path / "posts_src" / "blog" / "a.md", "+++\ntitle = 'A'\n+++\n")
    site = find_site(tmp_path / "posts_src" / "blog" / "a.md")
    assert site is not None and site.generator == "hugo"
    assert site.content_dirs == [(tmp_path / "posts_src").resolve()]
    assert site.language == "ja-jp"
    assert site.config_value("markup.goldmark.renderer.unsafe") is True
    assert site_config(tmp_path)["generator"] == "hugo"


def test_hugo_config_folder_merges_markup_file(tmp_path: Path) -> None:
    write(tmp_path / "config" / "_default" / "hugo.toml", 'title = "x"\n')
    write(tmp_path / "config" / "_default" / "markup.toml", "[goldmark.renderer]\nunsafe = true\n")
    (tmp_path / "content").mkdir()
    site = load_site(tmp_path)
    assert site.generator == "hugo"
    assert site.config_value("markup.goldmark.renderer.unsafe") is True
    assert site.config_value("title") == "x"


def test_hugo_yaml_config(tmp_path: Path) -> None:
    write(
        tmp_path / "hugo.yaml",
        "defaultContentLanguage: en\ntaxonomies:\n  tag: tags\n  series: series\n",
    )
    (tmp_path / "content").mkdir()
    site = load_site(tmp_path)
    assert site.generator == "hugo"
    assert site.language == "en"
    assert site.taxonomies == ("tags", "series")


def test_eleventy_root_and_input_folder(tmp_path: Path) -> None:
    write(tmp_path / "eleventy.config.js", "export default function () {}\n")
    write(tmp_path / "src" / "posts" / "a.md", "---\ntitle: A\n---\n")
    site = find_site(tmp_path / "src" / "posts" / "a.md")
    assert site is not None and site.generator == "eleventy"
    assert site.content_dirs == [(tmp_path / "src").resolve()]


def test_zola_is_told_apart_from_hugo(tmp_path: Path) -> None:
    write(
        tmp_path / "config.toml", 'base_url = "https://x.org"\n[markdown]\nhighlight_code = true\n'
    )
    (tmp_path / "content").mkdir()
    assert load_site(tmp_path).generator == "zola"


def test_plain_git_folder_with_markdown(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / "notes" / "a.md", "# A\n")
    site = find_site(tmp_path / "notes" / "a.md")
    assert site is not None and site.generator == "plain" and site.root == tmp_path.resolve()


def test_loose_file_is_in_no_site(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "# A\n")
    assert find_site(tmp_path / "a.md") is None
    assert open_site(tmp_path).generator == "plain"


def test_broken_config_still_opens_the_site(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "title: [unclosed\n")
    site = load_site(tmp_path)
    assert site.generator == "jekyll" and site.config == {} and site.config_error
