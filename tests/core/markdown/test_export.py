"""Standalone HTML export: the preview's rendering in one file, images made to work anywhere."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from editor.core.errors import DocumentWriteError
from editor.core.markdown.export import export_html, format_for, write_export
from editor.core.markdown.export_images import ImageMode, ImageProblem
from editor.core.markdown.render import preview_css, render_text

POST = (
    "---\ntitle: Export me\ntags: [one]\n---\n\n# Heading\n\nA paragraph with *emphasis*.\n\n"
    "```python\nx = 1\n```\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def _img_srcs(page: str) -> list[str]:
    return re.findall(r'<img[^>]*\ssrc="([^"]*)"', page)


def _post_with_image(folder: Path, reference: str = "images/pic.png") -> tuple[Path, str]:
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "pic.png").write_bytes(PNG)
    return folder, f"# Pics\n\n![a picture]({reference})\n"


def test_page_holds_the_previews_rendering_of_the_post() -> None:
    page = export_html(POST, base_dir=None, out_dir=None).html
    assert render_text(POST).html in page


def test_page_inlines_the_preview_css_and_pygments_colours() -> None:
    page = export_html(POST, base_dir=None, out_dir=None).html
    assert preview_css("light") in page
    assert "<link" not in page


def test_page_has_no_script_and_a_csp_that_forbids_scripts() -> None:
    page = export_html(POST + "\n<script>alert(1)</script>\n", base_dir=None, out_dir=None).html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None and "script-src 'none'" in csp.group(1)
    assert "default-src 'none'" in csp.group(1)
    # Raw HTML is sanitised as in the preview (#12); the policy is the second layer.
    assert page.count("<script") == 0


def test_title_comes_from_front_matter() -> None:
    assert "<title>Export me</title>" in export_html(POST, base_dir=None, out_dir=None).html


def test_title_falls_back_to_the_given_name() -> None:
    page = export_html("plain text\n", base_dir=None, out_dir=None, fallback_title="notes")
    assert "<title>notes</title>" in page.html


def test_mostly_japanese_post_is_lang_ja() -> None:
    page = export_html(
        "これは日本語の記事です。Kosei で書きました。\n", base_dir=None, out_dir=None
    )
    assert page.lang == "ja"
    assert '<html lang="ja">' in page.html


def test_mostly_english_post_with_a_japanese_line_is_lang_en() -> None:
    text = "An English post about writing, with one line in Japanese.\n\n日本語です。\n"
    assert '<html lang="en">' in export_html(text, base_dir=None, out_dir=None).html


def test_front_matter_lang_wins() -> None:
    text = "---\nlang: fr\n---\n\nBonjour à tous.\n"
    assert export_html(text, base_dir=None, out_dir=None).lang == "fr"


def test_dark_theme_uses_the_dark_body_class() -> None:
    page = export_html(POST, base_dir=None, out_dir=None, theme="dark").html
    assert 'class="kosei-dark"' in page


def test_an_export_ends_with_the_text_not_the_previews_scroll_room() -> None:
    from editor.core.markdown.render import page_html

    page = export_html(POST, base_dir=None, out_dir=None).html
    assert "kosei-preview" not in page.split("<body", 1)[1]
    assert 'class="kosei-light kosei-preview"' in page_html(None)
    css = page.split('<style id="kosei-style">', 1)[1]
    body_rule = css.split("body {", 1)[1].split("}", 1)[0]
    assert "40vh" not in body_rule and "body.kosei-preview { padding-bottom: 40vh; }" in css


def test_page_has_print_rules_that_keep_code_blocks_whole() -> None:
    page = export_html(POST, base_dir=None, out_dir=None).html
    assert "@media print" in page and "break-inside: avoid" in page


def test_local_image_is_rewritten_relative_to_another_output_folder(tmp_path: Path) -> None:
    folder, text = _post_with_image(tmp_path / "posts" / "2026")
    out_dir = tmp_path / "site" / "exports"
    out_dir.mkdir(parents=True)
    page = export_html(text, base_dir=folder, out_dir=out_dir)
    [src] = _img_srcs(page.html)
    assert src == "../../posts/2026/images/pic.png"
    assert (out_dir / unquote(src)).resolve() == (folder / "images" / "pic.png").resolve()
    assert page.warnings == ()


def test_image_path_with_spaces_and_japanese_stays_valid(tmp_path: Path) -> None:
    folder = tmp_path / "post"
    (folder / "写真").mkdir(parents=True)
    (folder / "写真" / "my pic.png").write_bytes(PNG)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    page = export_html("![x](<写真/my pic.png>)\n", base_dir=folder, out_dir=out_dir)
    [src] = _img_srcs(page.html)
    assert (out_dir / unquote(src)).resolve() == (folder / "写真" / "my pic.png").resolve()


def test_local_image_is_embedded_as_data_uri_when_asked(tmp_path: Path) -> None:
    folder, text = _post_with_image(tmp_path / "post")
    page = export_html(text, base_dir=folder, out_dir=tmp_path / "elsewhere", embed_images=True)
    [src] = _img_srcs(page.html)
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1]) == PNG


def test_missing_image_is_reported_and_still_linked(tmp_path: Path) -> None:
    page = export_html(
        "![gone](lost.png)\n", base_dir=tmp_path, out_dir=tmp_path, embed_images=True
    )
    [warning] = page.warnings
    assert (warning.src, warning.problem) == ("lost.png", ImageProblem.MISSING)
    assert "image not found: lost.png" in warning.message()
    assert _img_srcs(page.html) == ["lost.png"]


def test_image_over_the_size_cap_is_linked_with_a_warning(tmp_path: Path) -> None:
    folder, text = _post_with_image(tmp_path / "post")
    page = export_html(text, base_dir=folder, out_dir=folder, embed_images=True, max_image_bytes=8)
    assert [w.problem for w in page.warnings] == [ImageProblem.TOO_LARGE]
    assert _img_srcs(page.html) == ["images/pic.png"]


@pytest.mark.parametrize(
    "src", ["https://example.com/a.png", "data:image/png;base64,AAAA", "/images/site.png"]
)
def test_remote_data_and_site_root_images_are_left_as_written(tmp_path: Path, src: str) -> None:
    page = export_html(f"![x]({src})\n", base_dir=tmp_path, out_dir=tmp_path / "o")
    assert _img_srcs(page.html) == [src]
    assert page.warnings == ()


def test_absolute_mode_gives_file_urls_for_printing(tmp_path: Path) -> None:
    folder, text = _post_with_image(tmp_path / "post")
    page = export_html(text, base_dir=folder, out_dir=None, image_mode=ImageMode.ABSOLUTE)
    assert _img_srcs(page.html) == [(folder / "images" / "pic.png").as_uri()]


def test_format_comes_from_the_suffix_or_the_option() -> None:
    assert format_for(Path("a.HTML")) == "html"
    assert format_for(Path("a.pdf")) == "pdf"
    assert format_for(Path("a.md")) is None
    assert format_for(Path("a.md"), "pdf") == "pdf"


def test_write_export_into_a_missing_folder_fails_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.html"
    with pytest.raises(DocumentWriteError):
        write_export(target, b"<html></html>")
    assert not (tmp_path / "missing").exists()
