from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.markdown.render import content_security_policy, page_html, render_text
from tests.paths import FIXTURES

CASES = sorted((FIXTURES / "render").glob("*.md"))


@pytest.mark.parametrize("source", CASES, ids=lambda p: p.stem)
def test_render_fixture(source: Path) -> None:
    expected = source.with_suffix(".html").read_text(encoding="utf-8")
    assert render_text(source.read_text(encoding="utf-8")).html == expected


def test_every_block_carries_its_file_line() -> None:
    text = "---\na: 1\n---\n\n# H\n\ntext\n"
    html = render_text(text).body_html
    assert '<h1 data-line="5">' in html
    assert '<p data-line="7">' in html


def test_front_matter_is_not_shown_as_text() -> None:
    html = render_text("---\nsecret_key: value\n---\nBody\n").html
    assert "secret_key" not in html


def test_unknown_language_is_not_guessed() -> None:
    html = render_text("```\nx = 1\n```\n").html
    assert "highlight" not in html


def test_page_has_pygments_css_and_strict_csp() -> None:
    page = page_html(render_text("hi"), base_dir=Path("/tmp/posts"))
    assert ".highlight" in page
    assert "script-src 'none'" in page
    assert '<base href="file:///tmp/posts/">' in page
    assert "https:" not in content_security_policy(allow_remote=False)
    assert "https:" in content_security_policy(allow_remote=True)
