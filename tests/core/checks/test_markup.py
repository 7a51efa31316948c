"""Rule ``markup``: emphasis that will not render, broken or foreign template tags, bad math."""

from __future__ import annotations

from pathlib import Path

from editor.core.checks import CheckOptions, run_checks
from editor.core.checks.findings import Finding
from tests.core.markdown.sites import hugo_site, jekyll_site

ONLY = CheckOptions(rules=frozenset({"markup"}))


def _findings(path: Path | None, body: str) -> list[Finding]:
    text = "---\ntitle: Post\n---\n" + body
    if path is not None:
        path.write_text(text, encoding="utf-8")
    return run_checks(text, path, ONLY)


def _kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


def test_cjk_punctuation_emphasis_is_found_with_a_fix() -> None:
    [finding] = _findings(None, "太郎は**「こんにちは」**と言った。\n")
    assert finding.kind == "emphasis" and finding.span.line == 4 and finding.span.column == 4
    assert finding.fix is not None and finding.fix.replacement == "<strong>「こんにちは」</strong>"
    assert "punctuation" in finding.message_en


def test_emphasis_that_renders_is_not_a_finding() -> None:
    assert _findings(None, "This is **bold**, and 太郎は **「こんにちは」** と言った。\n") == []


def test_emphasis_in_code_is_not_a_finding() -> None:
    assert _findings(None, "`**「x」**の`\n\n```\n**「x」**の\n```\n") == []


def test_jekyll_renders_cjk_emphasis_so_no_finding(tmp_path: Path) -> None:
    posts = jekyll_site(tmp_path)
    assert _findings(posts / "2024-02-02-a.md", "太郎は**「こんにちは」**と言った。\n") == []


def test_unclosed_liquid_block(tmp_path: Path) -> None:
    posts = jekyll_site(tmp_path)
    found = _findings(posts / "2024-02-02-a.md", "{% highlight ruby %}\nputs 1\n")
    assert _kinds(found) == ["unclosed-tag"]


def test_unclosed_shortcode_and_unterminated_tag(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    found = _findings(posts / "a.md", "{{< highlight go >}}\ncode\n\nText {{< figure src=x\n")
    assert sorted(_kinds(found)) == ["unclosed-tag", "unclosed-tag"]


def test_liquid_in_hugo_post_and_shortcode_in_jekyll_post(tmp_path: Path) -> None:
    hugo = hugo_site(tmp_path / "h")
    assert _kinds(_findings(hugo / "a.md", "{% include x.html %}\n")) == ["wrong-generator"]
    jekyll = jekyll_site(tmp_path / "j")
    found = _findings(jekyll / "2024-02-02-a.md", '{{< figure src="x.png" >}}\n')
    assert _kinds(found) == ["wrong-generator"]


def test_unknown_shortcode_and_missing_ref(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    found = _findings(
        posts / "a.md",
        "{{< nosuch >}}\n\n{{< notice >}}\nok\n{{< /notice >}}\n\n"
        '[a]({{< ref "other.md" >}}) [b]({{< ref "gone.md" >}})\n',
    )
    assert sorted(_kinds(found)) == ["missing-target", "unknown-shortcode"]


def test_missing_post_url(tmp_path: Path) -> None:
    posts = jekyll_site(tmp_path)
    found = _findings(posts / "2024-02-02-a.md", "[x]({% post_url 2024-01-01-gone %})\n")
    assert _kinds(found) == ["missing-target"]


def test_formula_that_does_not_convert() -> None:
    [finding] = _findings(None, "Bad $\\begin{matrix} a$ here.\n")
    assert finding.kind == "math" and finding.span.line == 4


def test_raw_html_dropped_by_hugo_is_a_note(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    assert _kinds(_findings(posts / "a.md", "<div>raw</div>\n")) == ["raw-html"]
    unsafe = hugo_site(tmp_path / "u", "[markup.goldmark.renderer]\nunsafe = true\n")
    assert _findings(unsafe / "a.md", "<div>raw</div>\n") == []


def test_ordinary_posts_have_no_markup_findings() -> None:
    body = (
        "# Title\n\nSome *emphasis*, **strong**, a price of $5 and 50% off {not a tag}.\n\n"
        '```go\nfmt.Printf("{%d}\\n", x)\n```\n\n- a list\n- of things\n'
    )
    assert _findings(None, body) == []
