"""Front matter nested to blow the recursion limit is a finding, never a crash."""

from __future__ import annotations

import pytest

from editor.core.frontmatter.split import split


@pytest.mark.parametrize(
    "text",
    [
        "+++\na = " + "[" * 100_000 + "]" * 100_000 + "\n+++\nBody\n",
        "+++\na = " + "[" * 500 + "]" * 500 + "\n+++\nBody\n",  # under Python's limit, over ours
        "+++\n" + "a = {b = " * 300 + "1" + "}" * 300 + "\n+++\nBody\n",
        '{"a": ' + "[" * 100_000 + "]" * 100_000 + "\n}\nBody\n",
        '{"a": ' + "[" * 500 + "]" * 500 + "\n}\nBody\n",
    ],
    ids=["toml-200k", "toml-500", "toml-inline-tables", "json-200k", "json-500"],
)
def test_deep_front_matter_is_an_error_not_an_exception(text: str) -> None:
    front = split(text).front_matter
    assert front is not None and front.data is None
    assert front.error is not None and "nested too deeply" in front.error.message


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = '+++\ntitle = "' + "[" * 200 + '"\n[[menu]]\nname = "a"\n+++\n'
    front = split(text).front_matter
    assert front is not None and front.error is None
    assert front.data == {"title": "[" * 200, "menu": [{"name": "a"}]}
