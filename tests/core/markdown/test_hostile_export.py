"""Exports read only what the preview may read; exported HTML runs and fetches nothing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from editor.core.markdown.export import export_html
from editor.core.markdown.export_images import ImageProblem
from editor.core.markdown.local_files import sniff_image
from editor.core.markdown.sanitize import sanitize_html

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 24
SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n"


@pytest.fixture
def layout(tmp_path: Path) -> Path:
    """home/.ssh/id_rsa beside home/blog/post/ (the post's folder)."""
    ssh = tmp_path / "home" / ".ssh"
    ssh.mkdir(parents=True)
    (ssh / "id_rsa").write_bytes(SECRET)
    (ssh / "id_rsa.png").write_bytes(PNG)  # an image, but outside: refused all the same
    post = tmp_path / "home" / "blog" / "post"
    (post / "images").mkdir(parents=True)
    (post / "images" / "ok.png").write_bytes(PNG)
    os.symlink(ssh / "id_rsa", post / "images" / "avatar.png")
    os.symlink(ssh, post / "linked")
    (post / "hostname.png").write_bytes(b"myhost\n")
    return post


OUTSIDE = [
    "../../.ssh/id_rsa.png",
    "%2e%2e/%2e%2e/.ssh/id_rsa.png",
    "..%2f..%2f.ssh%2fid_rsa.png",
    "images/avatar.png",
    "linked/id_rsa.png",
]


@pytest.mark.parametrize("src", OUTSIDE)
def test_embedding_refuses_files_outside_the_post_folder(layout: Path, src: str) -> None:
    page = export_html(f"![x]({src})\n", base_dir=layout, out_dir=layout, embed_images=True)
    assert "base64" not in page.html
    assert [w.problem for w in page.warnings] == [ImageProblem.OUTSIDE]


@pytest.mark.parametrize("scheme", ["file://", "file://localhost"])
def test_embedding_refuses_file_urls_outside_the_folder(layout: Path, scheme: str) -> None:
    target = layout.parent.parent / ".ssh" / "id_rsa.png"
    text = f'<img src="{scheme}{target}">\n'
    page = export_html(text, base_dir=layout, out_dir=layout, embed_images=True)
    assert "base64" not in page.html
    assert [w.problem for w in page.warnings] == [ImageProblem.OUTSIDE]


def test_refused_image_is_reported_once(layout: Path) -> None:
    text = "![a](images/avatar.png) ![b](images/avatar.png)\n"
    page = export_html(text, base_dir=layout, out_dir=layout, embed_images=True)
    assert len(page.warnings) == 1


def test_type_comes_from_the_bytes_not_the_name(layout: Path) -> None:
    page = export_html(
        "![h](hostname.png) ![ok](images/ok.png)\n",
        base_dir=layout,
        out_dir=layout,
        embed_images=True,
    )
    assert [w.problem for w in page.warnings] == [ImageProblem.NOT_AN_IMAGE]
    assert page.html.count("data:image/png;base64,") == 1
    assert sniff_image(b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>")


HOSTILE_HTML = """\
<script>alert(1)</script>
<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">
<meta charset="utf-8">
<link rel="preconnect" href="http://127.0.0.1:9">
<link rel="prefetch" href="http://127.0.0.1:9/a">
<link rel="dns-prefetch" href="//example.invalid">
<link rel="preload" href="http://127.0.0.1:9/b" as="image">
<base href="http://127.0.0.1:9/">

Text <img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">a</a>
<a href="jav&#x09;ascript:alert(4)">b</a> <svg onload="alert(5)"><a xlink:href="javascript:x">c</a></svg>
"""


def test_exported_html_has_no_script_handler_refresh_hint_or_base() -> None:
    page = export_html(HOSTILE_HTML, base_dir=None, out_dir=None).html
    body = page.split("<body", 1)[1]
    assert "<script" not in page
    assert not re.search(r"\son\w+\s*=", page)
    assert "javascript" not in page.lower().replace("script-src", "")
    assert "refresh" not in page and "<link" not in page and "<base" not in page
    assert "Content-Security-Policy" in page  # the policy stays as the second layer
    assert "Text" in body and '<img src="x.png">' in body


def test_sanitiser_keeps_ordinary_html() -> None:
    html = '<div class="note"><p>Hi <em>there</em> &amp; <a href="https://a.example/?q=1&amp;r=2">link</a></p></div>'
    assert sanitize_html(html) == html
    assert (
        sanitize_html("<style>p > a { color: red }</style>")
        == "<style>p > a { color: red }</style>"
    )
    assert sanitize_html('<div title="unfinished') == '&lt;div title="unfinished'


def test_a_declaration_html_parser_refuses_is_shown_as_text() -> None:
    from editor.core.markdown.render import render_text

    # html.parser raises AssertionError on "<![ref]": the preview must still render.
    assert sanitize_html("<![ref]: x\n") == "&lt;![ref]: x\n"
    html = render_text("Before.\n\n<![ref]: https://example.com\n\nAfter.\n").html
    assert "After." in html and "&lt;![ref]" in html
