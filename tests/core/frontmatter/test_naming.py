"""The name proposed when a new post is saved for the first time."""

from __future__ import annotations

from datetime import date

from editor.core.frontmatter.naming import slug, suggested_name

TODAY = date(2026, 12, 1)


def test_jekyll_and_generic_names_start_with_the_post_date() -> None:
    text = "---\ntitle: My First Post!\ndate: 2026-11-30 10:00:00 +0900\n---\nBody\n"
    assert suggested_name(text, "jekyll", TODAY) == "2026-11-30-my-first-post.md"
    assert suggested_name(text, "generic", TODAY) == "2026-11-30-my-first-post.md"


def test_hugo_names_are_the_slug() -> None:
    text = "+++\ntitle = 'My First Post'\ndate = 2026-11-30\n+++\n"
    assert suggested_name(text, "hugo", TODAY) == "my-first-post.md"


def test_without_a_date_today_is_used_and_without_a_title_the_heading() -> None:
    assert suggested_name("# Ferry notes\n\nText\n", "jekyll", TODAY) == (
        "2026-12-01-ferry-notes.md"
    )
    assert suggested_name("", "generic", TODAY) == "2026-12-01-untitled.md"


def test_slug_keeps_japanese_letters_and_folds_width() -> None:
    assert slug("港の朝　ＦＥＲＲＹ 2026") == "港の朝-ferry-2026"
    assert slug("!!!") == ""
