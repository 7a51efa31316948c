from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.markdown.analysis import analyse
from editor.core.markdown.outline import outline
from editor.core.markdown.render import render_with_stats

PIECES = [
    "# Title",
    "## Section [link][ref]",
    "Plain paragraph with *emphasis* and a [link][ref].",
    "日本語の段落です。https://example.com も。",
    "- one\n- two",
    "- loose\n\n- list",
    "1. first\n2. second",
    "```python\nx = 1\n\ny = 2\n```",
    "```",
    "~~~",
    "    indented code",
    "> quote\n> more",
    "<div>\nraw\n</div>",
    "<!-- open comment",
    "-->",
    "[ref]: https://example.com/ref",
    "[ref]: https://example.com/other",
    "Text with a note[^n].",
    "[^n]: The note.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "---",
    "Setext\n===",
    "",
]

text_strategy = st.lists(st.sampled_from(PIECES), max_size=14).map("\n\n".join)
front = st.sampled_from(["", "---\ntitle: T\ntags: [a]\n---\n"])
edit = st.tuples(st.integers(0, 10_000), st.integers(0, 40), st.sampled_from(PIECES + ["\n", "x"]))


def _full(text: str) -> tuple[str, object, list[object]]:
    rendered, stats = render_with_stats(text)
    return rendered.html, stats, list(outline(text))


def _same_as_full(text: str, analysis: object) -> None:
    from editor.core.markdown.analysis import Analysis

    assert isinstance(analysis, Analysis)
    html, stats, headings = _full(text)
    assert analysis.html == html
    assert analysis.stats == stats
    assert list(analysis.headings) == headings
    assert analysis.blocks == analyse(text).blocks  # incremental equals from scratch


@settings(max_examples=80, deadline=None)
@given(front, text_strategy, st.lists(edit, min_size=1, max_size=6))
def test_incremental_analysis_equals_a_full_parse(head: str, body: str, edits: list) -> None:
    text = head + body
    analysis = analyse(text)
    _same_as_full(text, analysis)
    for position, length, inserted in edits:
        at = position % (len(text) + 1)
        text = text[:at] + inserted + text[at + length :]
        analysis = analyse(text, analysis)
        _same_as_full(text, analysis)


def test_opening_a_fence_near_the_top_changes_every_block_below() -> None:
    text = "# T\n\nfirst\n\nsecond\n\nthird\n"
    before = analyse(text)
    after = analyse(text.replace("first", "```\nfirst"), before)
    assert "<p " not in after.html  # everything below the fence is code now
    assert len(after.blocks) == 2
    closed = analyse(after_text := text.replace("first", "```\nfirst\n```"), after)
    _same_as_full(after_text, closed)


def test_adding_a_reference_definition_relinks_earlier_blocks() -> None:
    text = "See [the docs][d].\n\nMore text.\n"
    before = analyse(text)
    assert "<a " not in before.html
    after = analyse(text + "\n[d]: https://example.com/docs\n", before)
    assert '<a href="https://example.com/docs">the docs</a>' in after.html
    assert before.blocks[1].key == after.blocks[1].key  # "More text." kept its id


def test_footnotes_number_across_the_document() -> None:
    text = "A[^x].\n\nB[^y].\n\n[^x]: first\n\n[^y]: second\n"
    before = analyse(text)
    after = analyse("Z[^y].\n\n" + text, before)
    _same_as_full("Z[^y].\n\n" + text, after)
    assert 'href="#fn2"' in after.blocks[1].html  # A's note is now the second


def test_block_lines_count_front_matter() -> None:
    analysis = analyse("---\ntitle: T\n---\n\n# H\n\ntext\n")
    assert [block.line for block in analysis.blocks] == [1, 5, 7]
    assert '<p data-line="7">' in analysis.blocks[2].html


def test_keys_are_unique_for_equal_blocks() -> None:
    analysis = analyse("same\n\nsame\n\nsame\n")
    keys = [block.key for block in analysis.blocks]
    assert len(set(keys)) == 3
    assert len({key.rsplit("-", 1)[0] for key in keys}) == 1


def _apply(old: list[tuple[str, int]], patch: object) -> list[tuple[str, int]]:
    from editor.core.markdown.block_diff import BlockPatch

    assert isinstance(patch, BlockPatch)
    new = old[: patch.start] + [(b.key, b.line) for b in patch.inserted]
    new += old[patch.start + patch.removed :]
    for first, count, delta in patch.shifts:
        for index in range(first, first + count):
            new[index] = (new[index][0], new[index][1] + delta)
    return new


@settings(max_examples=60, deadline=None)
@given(text_strategy, st.lists(edit, min_size=1, max_size=4))
def test_applying_the_patch_gives_the_new_blocks(body: str, edits: list) -> None:
    from editor.core.markdown.block_diff import diff_blocks

    text, analysis = body, analyse(body)
    screen = [(b.key, b.line) for b in analysis.blocks]
    for position, length, inserted in edits:
        at = position % (len(text) + 1)
        text = text[:at] + inserted + text[at + length :]
        analysis = analyse(text, analysis)
        screen = _apply(screen, diff_blocks(screen, analysis.blocks))
        assert screen == [(b.key, b.line) for b in analysis.blocks]


def test_typing_in_one_paragraph_replaces_only_that_block() -> None:
    from editor.core.markdown.block_diff import diff_blocks

    text = "# T\n\none\n\ntwo\n\nthree\n"
    before = analyse(text)
    after = analyse(text.replace("two", "two and more\nlines"), before)
    patch = diff_blocks([(b.key, b.line) for b in before.blocks], after.blocks)
    assert (patch.start, patch.removed, len(patch.inserted)) == (2, 1, 1)
    assert patch.shifts == ((3, 1, 1),)


def test_an_edit_parses_only_the_chunk_it_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.core.markdown import chunks

    text = "---\ntitle: T\n---\n\n" + "\n\n".join(f"Paragraph {i} [x][r]." for i in range(300))
    text += "\n\n[r]: https://example.com/\n"
    before = analyse(text)
    parsed: list[str] = []
    original = chunks.parse
    monkeypatch.setattr(
        chunks, "parse", lambda source, *rest: parsed.append(source) or original(source, *rest)
    )
    after = analyse(text.replace("Paragraph 150 ", "Paragraph 150 edited "), before)
    assert parsed == ["Paragraph 150 edited [x][r].\n\n"]
    assert after.blocks[151].html.startswith('<p data-line="')
    assert "edited" in after.blocks[151].html
    parsed.clear()
    analyse(text.replace("https://example.com/", "https://example.org/"), before)
    assert len(parsed) == 301  # every chunk that may use the definition, and only those


@settings(max_examples=80, deadline=None)
@given(front, text_strategy, st.lists(edit, min_size=1, max_size=6), st.integers(0, 3))
def test_analysis_fed_the_edit_equals_a_full_parse(
    head: str, body: str, edits: list, slack: int
) -> None:
    """The editor tells where the text changed (prefix and suffix kept, maybe too modestly)."""
    text = head + body
    analysis = analyse(text)
    for position, length, inserted in edits:
        at = position % (len(text) + 1)
        new = text[:at] + inserted + text[at + length :]
        kept_end = len(text) - min(len(text), at + length)
        changed = (max(0, at - slack), max(0, kept_end - slack))
        analysis = analyse(new, analysis, changed=changed)
        text = new
        _same_as_full(text, analysis)


def test_closing_a_fence_again_finds_the_old_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.core.markdown import chunks

    text = "# T\n\n" + "\n\n".join(f"Paragraph {i}." for i in range(200)) + "\n"
    top = text.index("Paragraph 0")
    before = analyse(text)
    opened = text[:top] + "```\n" + text[top:]
    after = analyse(opened, before, changed=(top, len(text) - top))
    assert len(after.blocks) == 2  # the heading, then one code block to the end
    parsed: list[str] = []
    original = chunks.parse
    monkeypatch.setattr(
        chunks, "parse", lambda source, *rest: parsed.append(source) or original(source, *rest)
    )
    closed = analyse(text, after, changed=(top, len(text) - top))
    assert closed.blocks == before.blocks
    assert parsed == []  # every paragraph was remembered from before the fence opened


def test_typing_keeps_the_blocks_of_the_rest_as_they_were() -> None:
    text = "---\ntitle: T\n---\n\n" + "\n\n".join(f"Paragraph {i}." for i in range(300)) + "\n"
    before = analyse(text)
    at = text.index("Paragraph 150") + 3
    after = analyse(text[:at] + "x" + text[at:], before, changed=(at, len(text) - at))
    assert after.blocks[:151] == before.blocks[:151]
    assert all(a is b for a, b in zip(after.blocks[152:], before.blocks[152:], strict=True))
    _same_as_full(text[:at] + "x" + text[at:], after)


def test_text_after_an_unclosed_fence_at_the_end_stays_in_it() -> None:
    # The fence's chunk was the last one; typed text after its blank line is still code.
    for head in ("", "---\ntitle: T\ntags: [a]\n---\n"):
        text = head + "```\n\n"
        before = analyse(text)
        for typed in ("x", "# Title"):
            after_text = text + typed
            _same_as_full(after_text, analyse(after_text, before))
