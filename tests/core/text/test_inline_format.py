from __future__ import annotations

import pytest

from editor.core.text.inline_format import (
    Replacement,
    is_web_url,
    link_for_paste,
    toggle_link,
    toggle_marker,
)


def run(text: str, marker: str) -> str:
    """Toggle ``marker`` over the part of ``text`` between "[" and "]"; show the new selection."""
    start, end = text.index("["), text.index("]")
    before, selected, after = text[:start], text[start + 1 : end], text[end + 1 :]
    result = toggle_marker(before, selected, after, marker)
    return show(before, after, result)


def show(before: str, after: str, result: Replacement) -> str:
    head = before[: len(before) - result.left]
    tail = after[result.right :]
    body = result.text
    marked = (
        body[: result.select_start]
        + "["
        + body[result.select_start : result.select_end]
        + "]"
        + body[result.select_end :]
    )
    return head + marked + tail


@pytest.mark.parametrize(
    ("before", "marker", "after"),
    [
        ("a [word] b", "**", "a **[word]** b"),
        ("a **[word]** b", "**", "a [word] b"),
        ("a [**word**] b", "**", "a [word] b"),
        ("a [word] b", "*", "a *[word]* b"),
        ("a *[word]* b", "*", "a [word] b"),
        ("a **[word]** b", "*", "a ***[word]*** b"),
        ("a ***[word]*** b", "*", "a **[word]** b"),
        ("a ***[word]*** b", "**", "a *[word]* b"),
        ("a [word] b", "`", "a `[word]` b"),
        ("a `[word]` b", "`", "a [word] b"),
        ("a[ word ]b", "**", "a **[word]** b"),
        ("a [] b", "**", "a **[]** b"),
        ("a **[]** b", "**", "a [] b"),
    ],
)
def test_toggle_marker(before: str, marker: str, after: str) -> None:
    assert run(before, marker) == after


def test_link_wraps_the_selection_and_selects_the_url_placeholder() -> None:
    assert show("", "", toggle_link("text")) == "[text]([url])"


def test_link_without_selection_selects_the_url_placeholder() -> None:
    assert show("", "", toggle_link("")) == "[]([url])"


def test_link_again_unwraps_it() -> None:
    assert show("", "", toggle_link("[text](https://example.com)")) == "[text]"


def test_link_on_a_selected_address_puts_the_cursor_in_the_text() -> None:
    assert show("", "", toggle_link("https://example.com")) == "[[]](https://example.com)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com/a?b=c", True),
        ("HTTP://example.com", True),
        ("  https://example.com\n", True),
        ("ftp://example.com", False),
        ("https://", False),
        ("see https://example.com", False),
        ("example.com", False),
    ],
)
def test_is_web_url(text: str, expected: bool) -> None:
    assert is_web_url(text) is expected


def test_pasting_a_url_over_a_selection_makes_a_link() -> None:
    assert link_for_paste("Kosei", "https://example.com\n") == "[Kosei](https://example.com)"


@pytest.mark.parametrize(
    ("selected", "pasted"),
    [
        ("", "https://example.com"),
        ("two\nlines", "https://example.com"),
        ("text", "not a url"),
        ("https://old.example", "https://example.com"),
    ],
)
def test_other_pastes_are_plain(selected: str, pasted: str) -> None:
    assert link_for_paste(selected, pasted) is None
