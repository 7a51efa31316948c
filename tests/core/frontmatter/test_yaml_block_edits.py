"""YAML block lists and block scalars: an edit keeps the bytes of what it did not change."""

from __future__ import annotations

from editor.core.frontmatter.edit import get_value, set_key

LIST_POST = """---
title: T
tags:
  # first tag
  - static-sites   # inline comment
  - b  # second tag
  - 'c'
---
Body
"""


def test_adding_a_tag_keeps_the_comments_of_the_other_items() -> None:
    new = set_key(LIST_POST, "tags", ["static-sites", "b", "c", "web"])
    assert new == LIST_POST.replace("  - 'c'\n", "  - 'c'\n  - web\n")


def test_removing_a_tag_keeps_the_other_items_lines() -> None:
    new = set_key(LIST_POST, "tags", ["static-sites", "c"])
    assert new == LIST_POST.replace("  - b  # second tag\n", "")


def test_reordering_tags_moves_each_item_with_its_comments() -> None:
    new = set_key(LIST_POST, "tags", ["c", "static-sites", "b"])
    assert (
        "tags:\n  - 'c'\n  # first tag\n  - static-sites   # inline comment\n  - b  # second tag\n"
        in (new)
    )
    assert get_value(new, "tags") == ["c", "static-sites", "b"]


def test_an_item_of_another_type_is_written_afresh() -> None:
    text = "---\nx:\n  - 1  # one\n  - true  # yes\n---\n"
    new = set_key(text, "x", ["1", True])
    assert get_value(new, "x") == ["1", True]
    assert "  - true  # yes\n" in new and "# one" not in new


def test_nested_list_items_are_kept_whole() -> None:
    text = "---\nx:\n  - a: 1  # a\n    b: 2\n  - plain\n---\n"
    new = set_key(text, "x", [{"a": 1, "b": 2}, "plain", "more"])
    assert new.startswith("---\nx:\n  - a: 1  # a\n    b: 2\n  - plain\n  - more\n---")


FOLDED = """---
title: T
description: >
    A folded
    description.
notes: |-
  line one
  line two
---
"""


def test_editing_a_folded_value_keeps_it_folded_with_its_indent_and_newline() -> None:
    new = set_key(FOLDED, "description", "A new description.\n")
    assert new == FOLDED.replace("    A folded\n    description.\n", "    A new description.\n")
    assert get_value(new, "description") == "A new description.\n"


def test_a_value_without_final_newline_gets_the_strip_indicator() -> None:
    new = set_key(FOLDED, "description", "No newline")
    assert "description: >-\n    No newline\nnotes:" in new
    assert get_value(new, "description") == "No newline"


def test_editing_a_literal_value_keeps_it_literal() -> None:
    new = set_key(FOLDED, "notes", "only one line")
    assert "notes: |-\n  only one line\n---" in new
