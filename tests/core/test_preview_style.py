from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.errors import StyleSheetError
from editor.core.preview_style import (
    PYGMENTS_STYLES,
    preview_css,
    pygments_css,
    read_custom_css,
    resolve_theme,
    theme_css,
)
from editor.core.render import page_html, render_text


@pytest.mark.parametrize(
    ("preference", "system_dark", "expected"),
    [
        ("system", True, "dark"),
        ("system", False, "light"),
        ("light", True, "light"),
        ("dark", False, "dark"),
        ("purple", True, "dark"),
    ],
)
def test_theme_preference_resolves_against_the_system(
    preference: str, system_dark: bool, expected: str
) -> None:
    assert resolve_theme(preference, system_dark) == expected


def test_light_and_dark_use_different_code_colours() -> None:
    assert PYGMENTS_STYLES["light"] != PYGMENTS_STYLES["dark"]
    assert pygments_css(PYGMENTS_STYLES["dark"]) in theme_css("dark")
    assert pygments_css(PYGMENTS_STYLES["dark"]) not in theme_css("light")


def test_code_colours_leave_plain_pre_rules_alone() -> None:
    # Pygments' get_style_defs adds an unscoped "pre { line-height: 125% }".
    for style in PYGMENTS_STYLES.values():
        css = pygments_css(style)
        assert all(line.startswith(".highlight") for line in css.splitlines() if line.strip())


def test_dark_variables_are_defined_for_the_dark_body_class() -> None:
    css = theme_css("dark")
    assert "body.kosei-dark" in css and "--kosei-bg: #0d1117" in css


def test_writer_css_comes_after_ours(tmp_path: Path) -> None:
    site = tmp_path / "site.css"
    site.write_text("h1 { color: rgb(1, 2, 3); }\n", encoding="utf-8")
    css = preview_css("light", site)
    assert css.startswith(theme_css("light"))
    assert css.rstrip().endswith("h1 { color: rgb(1, 2, 3); }")


def test_no_custom_path_gives_our_css_alone() -> None:
    assert preview_css("dark", "") == theme_css("dark")
    assert read_custom_css(None) == ""


def test_missing_custom_css_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(StyleSheetError) as caught:
        read_custom_css(tmp_path / "gone.css")
    assert caught.value.path.name == "gone.css"


def test_remote_custom_css_is_refused() -> None:
    with pytest.raises(StyleSheetError):
        read_custom_css("https://example.com/site.css")


def test_non_utf8_custom_css_is_a_typed_error(tmp_path: Path) -> None:
    site = tmp_path / "site.css"
    site.write_bytes(b"body { font-family: \xff; }")
    with pytest.raises(StyleSheetError):
        read_custom_css(site)


def test_custom_css_cannot_close_its_style_element(tmp_path: Path) -> None:
    site = tmp_path / "site.css"
    site.write_text("p{}</style><script>alert(1)</script>", encoding="utf-8")
    assert "</style" not in read_custom_css(site)


def test_page_puts_writer_css_after_ours(tmp_path: Path) -> None:
    page = page_html(render_text("hi"), theme="dark", extra_css="p { color: red }")
    assert page.index('id="kosei-style"') < page.index('id="kosei-user-style"')
    assert 'class="kosei-dark"' in page
