"""Property tests: rendering and checks return a result for any input, never raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.checks import run_checks
from editor.core.frontmatter.split import split
from editor.core.markdown.render import render_text

_MARKUP = st.sampled_from(
    [
        "---\n",
        "+++\n",
        "{\n",
        "}\n",
        "# ",
        "```\n",
        "* ",
        "1. ",
        "> ",
        "[a](",
        ")",
        "![x](y)",
        "<script>",
        "&amp;",
        "|a|b|\n|-|-|\n",
        "\n",
        "\r\n",
        "  \n",
        "\t",
        "*",
        "_",
        "`",
        "$",
        "[^1]",
        "日本語。",
        "、",
        "：",
        "key: &a [*a, *a]\n",
        "title: [\n",
        "- - - -\n",
    ]
)
_TEXT = st.lists(st.one_of(_MARKUP, st.text(max_size=12)), max_size=40).map("".join)

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(text=_TEXT)
def test_render_never_raises(text: str) -> None:
    assert isinstance(render_text(text).html, str)


@_SETTINGS
@given(text=_TEXT)
def test_split_never_raises(text: str) -> None:
    split(text)


@_SETTINGS
@given(text=_TEXT)
def test_checks_never_raise(text: str) -> None:
    assert isinstance(run_checks(text), list)
