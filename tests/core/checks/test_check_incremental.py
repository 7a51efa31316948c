"""A re-check with a kept CheckCache finds exactly what a check from scratch finds.

Random edits on real posts (tests/fixtures/real_posts and the shared sample, read
by path): typing, cutting, copying a paragraph elsewhere (a repeat across the
post), deleting one, opening a fence, adding a reference definition, an image,
a placeholder or an assistant's preamble.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.checks import CheckCache, run_checks
from editor.core.checks.context import CheckContext
from editor.core.checks.links import Target, body_targets
from editor.core.checks.markup import _blanked, _without_code
from editor.core.frontmatter.split import split
from tests.paths import FIXTURES, SHARED_SAMPLE

REAL_POSTS = sorted((FIXTURES / "real_posts").rglob("*.md"))
POSTS = [*REAL_POSTS, *([SHARED_SAMPLE] if SHARED_SAMPLE.is_file() else [])]
SMALL = [p for p in POSTS if p.stat().st_size <= 30_000]
SNIPPETS = [
    "x",
    " and a few more words typed here",
    "\n\n",
    "\n\n```python\n",
    "\n\n```\n\n",
    "\n\n[ref]: https://example.com/ref\n\n",
    " see [the page][ref] ",
    "\n\n![](images/shot-20261201-101500.png)\n\n",
    " [Your Name] ",
    "、そして",
    "\n\n---\n\n",
    "Sure! Here is the draft of your blog post:\n\n",
    "\n\n## A heading\n\n",
    "{{< note >}}",
]

edit = st.one_of(
    st.tuples(st.just("type"), st.integers(0, 1 << 20), st.sampled_from(SNIPPETS)),
    st.tuples(st.just("cut"), st.integers(0, 1 << 20), st.integers(1, 400)),
    st.tuples(st.just("copy"), st.integers(0, 1 << 20), st.integers(0, 1 << 20)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 20), st.just(0)),
)


def _edited(text: str, change: tuple) -> str:
    kind, a, b = change
    if kind == "type":
        at = a % (len(text) + 1)
        return text[:at] + b + text[at:]
    if kind == "cut":
        at = a % (len(text) + 1)
        return text[:at] + text[at + b :]
    paragraphs = text.split("\n\n")
    source = paragraphs[a % len(paragraphs)]
    if kind == "copy":
        paragraphs.insert(b % (len(paragraphs) + 1), source)
    elif len(paragraphs) > 1:
        del paragraphs[a % len(paragraphs)]
    return "\n\n".join(paragraphs)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(st.sampled_from(SMALL), st.lists(edit, min_size=1, max_size=5))
def test_recheck_with_cache_equals_check_from_scratch(post: Path, edits: list) -> None:
    text = post.read_text(encoding="utf-8")
    cache = CheckCache()
    assert run_checks(text, cache=cache) == run_checks(text)
    for change in edits:
        text = _edited(text, change)
        assert run_checks(text, cache=cache) == run_checks(text), change


def test_recheck_after_copying_paragraphs_across_real_posts_equals_from_scratch() -> None:
    """Three posts in one text: copies land far from their source, then go again."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SMALL[10:13])
    cache = CheckCache()
    run_checks(text, cache=cache)
    for step in range(6):
        text = _edited(text, ("copy", step * 7919, step * 104729))
        assert run_checks(text, cache=cache) == run_checks(text)
    for step in range(3):
        text = _edited(text, ("delete", step * 7919, 0))
        assert run_checks(text, cache=cache) == run_checks(text)


def test_a_one_paragraph_edit_parses_one_chunk_and_recounts_one_segment() -> None:
    text = POSTS[-1].read_text(encoding="utf-8")
    cache = CheckCache()
    run_checks(text, cache=cache)
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] += " One more sentence typed here."
    cache.misses = 0
    run_checks("\n\n".join(paragraphs), cache=cache)
    assert cache.misses == 1
    assert all(tally.counted <= 1 for tally in cache.tallies.values())


def _whole_body_targets(text: str) -> list[Target]:
    """Images and local links as one CommonMark parse of the whole body finds them (the old
    way), links to other sites left out."""
    from markdown_it import MarkdownIt

    parts = split(text)
    out = []
    for token in MarkdownIt("commonmark").parse(parts.body):
        if token.map is None:
            continue
        line = parts.body_start_line + token.map[0]
        for child in token.children or []:
            if child.type == "image":
                out.append(Target("image", str(child.attrs.get("src", "")), child.content, line))
            elif child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                url = urlsplit(href)
                if not (url.scheme or url.netloc):
                    out.append(Target("link", href, "", line))
    return out


@pytest.mark.parametrize("post", POSTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_chunked_links_and_blanked_code_equal_a_whole_body_pass(post: Path) -> None:
    text = post.read_text(encoding="utf-8")
    ctx = CheckContext(text)
    assert body_targets(ctx) == _whole_body_targets(text)
    assert _blanked(ctx) == _without_code("\n".join(ctx.lines[ctx.body_start_line :]))


def test_local_links_are_found_inline_and_by_reference_remote_ones_are_left_out() -> None:
    text = (
        "See [the file](files/a.pdf) and [the site](https://example.com/b.pdf).\n\n"
        "Also [the notes][n] and <https://example.com/c.pdf>.\n\n"
        "[n]: ../notes.txt\n"
    )
    found = [(t.kind, t.url, t.line) for t in body_targets(CheckContext(text))]
    assert found == [("link", "files/a.pdf", 0), ("link", "../notes.txt", 2)]


def test_a_reference_defined_at_the_end_links_an_image_in_an_earlier_chunk() -> None:
    text = "---\ntitle: T\n---\n![][logo]\n\nText.\n\n[logo]: /img/logo.png\n"
    [target] = body_targets(CheckContext(text))
    assert target == Target("image", "/img/logo.png", "", 3)


TRICKY_CHUNKS = [
    "One line.\n",
    "Two lines\nof one paragraph.\n\n",
    "Lazy\n    continuation\n",
    "Text\n\n    code after a blank line\n",
    "Title\n===\n",
    "Text\n- a list\n",
    "Text\n1986. a year, or a list\n",
    "Text\n> quote\n",
    "A | B\n--|--\n",
    "Text\n<div>\n",
    "Text\n[^1]: a note\n",
    "**Bold line**\n",
    "Ends with NBSP\u00a0\n\u00a0\nmore\n",
    "Tab\tinside\n\t\n",
    "# Heading\n",
    "## Heading ##\n\n",
    "### Heading#\n",
    "# Heading \\#\n",
    "####### seven\n",
    "#no space\n",
    "#\n",
    "# #\n",
    "## ###  \t\n",
    "#\tTab\t#\t\n",
    "# Heading\nwith a second line\n",
    "# Heading\n\n   \n\t\n",
    "# Heading\n\r\n",
    "# \u3000full-width space\u3000\n",
    "# **Bold** heading [link](x.md) #\n",
]


@pytest.mark.parametrize("chunk", TRICKY_CHUNKS)
def test_a_plain_paragraph_or_heading_is_read_as_markdown_it_reads_it(
    chunk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor.core.checks.blocks as blocks

    fast = blocks.parse_chunk(chunk)
    monkeypatch.setattr(blocks, "plain_paragraph", lambda _text, _lines: 0)
    monkeypatch.setattr(blocks, "single_heading", lambda _lines: None)
    assert fast == blocks.parse_chunk(chunk)


def test_every_chunk_of_the_real_posts_reads_the_same_without_the_shortcuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import editor.core.checks.blocks as blocks

    chunks = [t for p in POSTS for _l, t in CheckContext(p.read_text(encoding="utf-8")).chunks]
    fast = [blocks.parse_chunk(t) for t in chunks]
    monkeypatch.setattr(blocks, "plain_paragraph", lambda _text, _lines: 0)
    monkeypatch.setattr(blocks, "single_heading", lambda _lines: None)
    assert fast == [blocks.parse_chunk(t) for t in chunks]


CHUNK_PIECES = [
    "Plain paragraph.",
    "Two\nlines",
    "```python\nx = 1\n\ny = 2\n```",
    "```",
    "~~~~",
    "<!-- open comment",
    "-->",
    "<pre>\n\nkept\n</pre>",
    "- one\n\n  two",
    "    indented",
    "\u00a0",
    "",
]
chunk_edit = st.tuples(
    st.integers(0, 5_000), st.integers(0, 30), st.sampled_from([*CHUNK_PIECES, "\n", "\n\n", "x"])
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(CHUNK_PIECES), max_size=16).map("\n\n".join),
    st.lists(chunk_edit, min_size=1, max_size=6),
)
def test_chunks_found_again_after_an_edit_equal_a_scan_of_the_whole_body(
    body: str, edits: list
) -> None:
    from editor.core.checks.chunking import rechunk

    chunking = rechunk(body, body.split("\n"))
    for position, length, inserted in edits:
        at = position % (len(body) + 1)
        body = body[:at] + inserted + body[at + length :]
        lines = body.split("\n")
        chunking = rechunk(body, lines, chunking)
        assert chunking == rechunk(body, lines)


@pytest.mark.parametrize("post", POSTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_reading_time_counted_by_chunks_equals_a_whole_body_count(post: Path) -> None:
    from editor.core.checks.front_matter import reading_minutes
    from editor.core.markdown.stats import compute_stats

    text = post.read_text(encoding="utf-8")
    cache = CheckCache()
    ctx = CheckContext(text, cache=cache)
    assert reading_minutes(ctx) == compute_stats(ctx.split.body).reading_minutes
    for step in range(3):
        text = _edited(text, ("copy", step * 7919, step * 104729))
        ctx = CheckContext(text, cache=cache)
        assert reading_minutes(ctx) == compute_stats(ctx.split.body).reading_minutes
