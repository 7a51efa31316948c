from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.errors import StyleSheetError
from editor.core.markdown.preview_style import (
    PYGMENTS_STYLES,
    preview_css,
    pygments_css,
    read_custom_css,
    resolve_theme,
    theme_css,
)
from editor.core.markdown.render import page_html, render_text


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


def _luminance(hex_color: str) -> float:
    value = hex_color.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_code_token_colours_are_readable_on_the_code_background(theme: str) -> None:
    css = theme_css(theme)
    block = css.split("body.kosei-dark {")[1] if theme == "dark" else css.split("body {")[1]
    background = re.search(r"--kosei-code-bg: (#[0-9a-fA-F]{6})", block)
    assert background is not None
    for line in pygments_css(PYGMENTS_STYLES[theme]).splitlines():
        found = re.search(r"(?<!background-)color: (#[0-9A-Fa-f]{3,6})", line)
        if found and not line.startswith(".highlight .w "):  # whitespace tokens show nothing
            assert _contrast(found.group(1), background.group(1)) >= 4.5, line
