"""A post's languages: front matter, then the site config, then the preference."""

from __future__ import annotations

from pathlib import Path

from editor.core.language.locale import post_languages


def test_front_matter_lang_wins(tmp_path: Path) -> None:
    text = "---\ntitle: x\nlang: en-GB\n---\nBody.\n"
    assert post_languages(text, tmp_path / "p.md", ["en-us"]) == ["en-gb"]


def test_front_matter_may_name_several_languages() -> None:
    text = "---\nlanguage: [ja, en_US]\n---\n本文\n"
    assert post_languages(text, None) == ["ja", "en-us"]
    assert post_languages("---\nlocale: fr_FR, en\n---\nx\n", None) == ["fr-fr", "en"]


def test_hugo_language_code_from_toml(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('languageCode = "en-gb"\ntitle = "x"\n', encoding="utf-8")
    (tmp_path / "content").mkdir()
    post = tmp_path / "content" / "p.md"
    assert post_languages("Plain English.", post, ["en-us"]) == ["en-gb"]


def test_hugo_default_content_language(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('defaultContentLanguage = "ja"\n', encoding="utf-8")
    assert post_languages("Hello", tmp_path / "p.md", ["en-us"]) == ["ja"]


def test_jekyll_lang_from_config(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("lang: en-GB\ntitle: Blog\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2024-01-01-a.md"
    assert post_languages("Hello", post, ["en-us"]) == ["en-gb"]


def test_preference_then_script(tmp_path: Path) -> None:
    assert post_languages("Hello world", tmp_path / "p.md", ["en-gb"]) == ["en-gb"]
    japanese = "これは日本語の記事です。" * 5
    assert post_languages(japanese, tmp_path / "p.md", ["en-us"]) == ["ja"]
