"""Rendering in the site generator's dialect: settings, shortcodes, Liquid, conventions."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.markdown.dialects import DEFAULT, Dialect, dialect_for
from editor.core.markdown.render import render_text
from tests.core.markdown.sites import hugo_site, jekyll_site


def _render(path: Path, body: str) -> str:
    text = "---\ntitle: Post\nsubtitle: Sub\n---\n" + body
    path.write_text(text, encoding="utf-8")
    return render_text(text, dialect_for(path, text)).body_html


# -- Hugo settings ----------------------------------------------------------------------------
def test_hugo_drops_raw_html_unless_unsafe(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    html = _render(posts / "a.md", "<div>raw</div>\n\nText <span>x</span>\n")
    assert "<div>raw</div>" not in html and "<!-- raw HTML omitted -->" in html


def test_hugo_keeps_raw_html_with_unsafe(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path, "[markup.goldmark.renderer]\nunsafe = true\n")
    assert "<div>raw</div>" in _render(posts / "a.md", "<div>raw</div>\n")


def test_hugo_typographer_and_its_switch(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    assert "\u201cquoted\u201d \u2013 dash\u2026" in _render(
        posts / "a.md", '"quoted" -- dash...\n'
    )
    off = hugo_site(tmp_path / "off", "[markup.goldmark.extensions]\ntypographer = false\n")
    assert '"quoted" -- dash...' in _render(off / "a.md", '"quoted" -- dash...\n').replace(
        "&quot;", '"'
    )


def test_hugo_hard_wraps(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path, "[markup.goldmark.renderer]\nhardWraps = true\n")
    assert "one<br" in _render(posts / "a.md", "one\ntwo\n")


def test_hugo_heading_ids_are_github_style_and_unique(tmp_path: Path) -> None:
    html = _render(hugo_site(tmp_path) / "a.md", "## A B & c!\n\n## A B & c!\n\n## Own {#mine}\n")
    assert 'id="a-b--c"' in html and 'id="a-b--c-1"' in html and 'id="mine"' in html


def test_hugo_passthrough_enables_dollar_math(tmp_path: Path) -> None:
    config = (
        "[markup.goldmark.extensions.passthrough]\nenable = true\n"
        "[markup.goldmark.extensions.passthrough.delimiters]\n"
        "inline = [['$', '$'], ['\\\\(', '\\\\)']]\nblock = [['$$', '$$']]\n"
    )
    html = _render(hugo_site(tmp_path, config) / "a.md", "Formula $x^2$ here.\n")
    assert "<math" in html
    assert "<math" not in _render(hugo_site(tmp_path / "plain") / "a.md", "Formula $x^2$ here.\n")


def test_hugo_cjk_line_breaks(tmp_path: Path) -> None:
    config = "[markup.goldmark.extensions.cjk]\nenable = true\neastAsianLineBreaks = true\n"
    assert "日本語の文章" in _render(hugo_site(tmp_path, config) / "a.md", "日本語の\n文章\n")


# -- Hugo shortcodes --------------------------------------------------------------------------
def test_figure_shortcode_is_an_image_with_caption(tmp_path: Path) -> None:
    html = _render(
        hugo_site(tmp_path) / "a.md",
        '{{< figure src="/i.png" alt="Alt" caption="A *cap*" link="/big.png" width="300" >}}\n',
    )
    assert '<a href="/big.png"><img src="/i.png" alt="Alt" width="300"></a>' in html
    assert "<figcaption><p>A <em>cap</em></p></figcaption>" in html


def test_highlight_shortcode_is_code_with_options(tmp_path: Path) -> None:
    html = _render(
        hugo_site(tmp_path) / "a.md",
        '{{< highlight python "hl_lines=2" >}}\na = 1\nb = 2\n{{< /highlight >}}\n',
    )
    assert 'class="language-python"' in html and 'class="hll"' in html


def test_ref_links_the_local_post(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    html = _render(
        posts / "a.md", '[Other]({{< ref "other.md" >}}) and [No]({{< ref "no.md" >}})\n'
    )
    assert f'href="{(posts / "other.md").as_uri()}"' in html
    assert 'href="#kosei-missing"' in html


@pytest.mark.parametrize(
    ("source", "url"),
    [
        ("{{< youtube w7Ft2ymGmfc >}}", "https://www.youtube.com/watch?v=w7Ft2ymGmfc"),
        ("{{< vimeo 146022717 >}}", "https://vimeo.com/146022717"),
        ('{{< x user="SanDiegoZoo" id="1453110110599868418" >}}', "https://x.com/SanDiegoZoo/"),
        ('{{< tweet user="a" id="123" >}}', "https://x.com/a/status/123"),
        ("{{< instagram BWNjjyYFxVx >}}", "https://www.instagram.com/p/BWNjjyYFxVx/"),
        ("{{< gist spf13 7896402 >}}", "https://gist.github.com/spf13/7896402"),
    ],
)
def test_embeds_are_labelled_links_not_players(tmp_path: Path, source: str, url: str) -> None:
    html = _render(hugo_site(tmp_path) / "a.md", source + "\n")
    assert 'class="kosei-embed"' in html and url in html
    assert "<iframe" not in html and "<script" not in html


def test_param_and_details(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path)
    html = _render(posts / "a.md", "By {{< param author >}}, {{< param subtitle >}}.\n")
    assert "By Ann, Sub." in html
    html = _render(posts / "b.md", '{{< details summary="More" >}}\nInner *md*\n{{< /details >}}\n')
    assert "<details" in html and "<summary>More</summary>" in html and "<em>md</em>" in html


def test_site_shortcode_is_a_labelled_block_with_markdown_inside(tmp_path: Path) -> None:
    html = _render(
        hugo_site(tmp_path) / "a.md", '{{< notice kind="tip" >}}\nSome **bold**\n{{< /notice >}}\n'
    )
    assert 'data-shortcode="notice"' in html and "kosei-unknown" not in html
    assert "<strong>bold</strong>" in html and "kind=&quot;tip&quot;" in html


def test_unknown_shortcode_is_marked(tmp_path: Path) -> None:
    html = _render(hugo_site(tmp_path) / "a.md", "{{< nosuch 1 >}}\n")
    assert "kosei-unknown" in html


def test_escaped_shortcode_is_shown_literally(tmp_path: Path) -> None:
    html = _render(hugo_site(tmp_path) / "a.md", "Write {{</* figure src=x */>}} like this.\n")
    assert "{{&lt; figure src=x &gt;}}" in html


# -- Jekyll -----------------------------------------------------------------------------------
def test_kramdown_attribute_lists_and_extensions(tmp_path: Path) -> None:
    html = _render(
        jekyll_site(tmp_path) / "2024-02-02-a.md",
        'Lead text.\n{: .lead}\n\n![pic](p.png){: width="50%"}\n\n'
        '{::comment}\nhidden words\n{:/comment}\n\n{::options parse_block_html="true" /}\n',
    )
    assert '<p class="lead"' in html and 'width="50%"' in html
    assert "hidden words" not in html and "{::" not in html and "{:" not in html


def test_kramdown_header_ids(tmp_path: Path) -> None:
    html = _render(
        jekyll_site(tmp_path) / "2024-02-02-a.md", "## Héllo wörld & Co.\n\n## Héllo wörld & Co.\n"
    )
    assert 'id="héllo-wörld--co"' in html and 'id="héllo-wörld--co-1"' in html


def test_liquid_raw_highlight_and_values(tmp_path: Path) -> None:
    html = _render(
        jekyll_site(tmp_path) / "2024-02-02-a.md",
        "{% raw %}\nShown {{ as_is }}\n{% endraw %}\n\n"
        "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n"
        "Site {{ site.title }}, page {{ page.title }}, "
        'url {{ "/x.png" | relative_url }}, unknown {{ foo.bar }}.\n',
    )
    assert "Shown {{ as_is }}" in html
    assert 'data-lang="ruby"' in html
    assert "Site My Site, page Post, url /blog/x.png" in html
    assert 'kosei-output"><code>{{ foo.bar }}</code>' in html


def test_post_url_and_link_resolve_to_local_posts(tmp_path: Path) -> None:
    posts = jekyll_site(tmp_path)
    html = _render(
        posts / "2024-02-02-a.md",
        "[o]({% post_url 2024-01-01-other %}) [n]({% post_url 2024-01-01-none %}) "
        "[l]({% link _posts/2024-01-01-other.md %})\n",
    )
    uri = (posts / "2024-01-01-other.md").as_uri()
    assert html.count(f'href="{uri}"') == 2 and 'href="#kosei-missing"' in html


def test_include_is_a_labelled_block_with_parameters(tmp_path: Path) -> None:
    html = _render(jekyll_site(tmp_path) / "2024-02-02-a.md", '{% include note.html text="hi" %}\n')
    assert "kosei-include" in html and "<code>note.html</code>" in html and "<dd>hi</dd>" in html


def test_other_liquid_tags_are_labelled_never_run(tmp_path: Path) -> None:
    html = _render(jekyll_site(tmp_path) / "2024-02-02-a.md", "{% if x %}\nYes\n{% endif %}\n")
    assert "<code>{% if x %}</code>" in html and "Yes" in html


def test_jekyll_renders_cjk_emphasis_as_kramdown_does(tmp_path: Path) -> None:
    html = _render(
        jekyll_site(tmp_path) / "2024-02-02-a.md", "太郎は**「こんにちは」**と言った。\n"
    )
    assert "<strong>「こんにちは」</strong>" in html


def test_plain_commonmark_does_not(tmp_path: Path) -> None:
    assert "<strong>" not in render_text("太郎は**「こんにちは」**と言った。\n").body_html


def test_eleventy_with_cjk_friendly_plugin(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(
        '{"devDependencies": {"@11ty/eleventy": "2", "markdown-it-cjk-friendly": "1"}}'
    )
    path = tmp_path / "posts" / "a.md"
    path.parent.mkdir()
    assert dialect_for(path).generator == "eleventy"
    assert "<strong>「こんにちは」</strong>" in _render(
        path, "太郎は**「こんにちは」**と言った。\n"
    )


# -- conventions --------------------------------------------------------------------------------
def test_more_divider_and_alerts() -> None:
    html = render_text("Intro\n\n<!--more-->\n\n> [!WARNING]\n> Careful now.\n").body_html
    assert 'class="kosei-more"' in html
    assert 'class="markdown-alert markdown-alert-warning"' in html and "Careful now." in html
    assert "[!WARNING]" not in html


def test_default_dialect_is_kosei_own() -> None:
    assert dialect_for(None) == DEFAULT == Dialect()


def test_standalone_toml_post_uses_the_hugo_preset(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    assert dialect_for(path, "+++\ntitle = 'x'\n+++\nText\n").generator == "hugo"
