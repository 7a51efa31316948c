from __future__ import annotations

import pytest

from editor.core.text.lists import Edit, Region, enter, indent, parse_prefix, region_of


def apply(lines: list[str], edit: Edit) -> str:
    """The text after ``edit`` with the cursor shown as "|"."""
    rows = list(lines)
    for change in reversed(edit.changes):
        text = rows[change.line]
        rows[change.line] = (
            text[: change.column] + change.insert + text[change.column + change.remove :]
        )
    result = "\n".join(rows).split("\n")
    line, column = edit.cursor
    result[line] = result[line][:column] + "|" + result[line][column:]
    return "\n".join(result)


def press_enter(text: str) -> str | None:
    """Enter at the "|" in ``text``; None when Enter is left to the editor."""
    lines = text.split("\n")
    line = next(i for i, row in enumerate(lines) if "|" in row)
    column = lines[line].index("|")
    lines[line] = lines[line].replace("|", "")
    edit = enter(lines, line, column)
    return None if edit is None else apply(lines, edit)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("- one|", "- one\n- |"),
        ("* one|", "* one\n* |"),
        ("+ one|", "+ one\n+ |"),
        ("1. one|", "1. one\n2. |"),
        ("9) nine|", "9) nine\n10) |"),
        ("- [x] done|", "- [x] done\n- [ ] |"),
        ("- [ ] todo|", "- [ ] todo\n- [ ] |"),
        ("> quoted|", "> quoted\n> |"),
        ("> > deeper|", "> > deeper\n> > |"),
        ("> - in a quote|", "> - in a quote\n> - |"),
        ("    - nested|", "    - nested\n    - |"),
        ("-   wide|", "-   wide\n-   |"),
        ("- split| here", "- split\n- |here"),
    ],
)
def test_enter_continues_the_list(before: str, after: str) -> None:
    assert press_enter(before) == after


@pytest.mark.parametrize("empty", ["- |", "1. |", "- [ ] |", "> |", "  * |", "> - |"])
def test_enter_on_an_empty_item_ends_the_list(empty: str) -> None:
    assert press_enter("- one\n" + empty) == "- one\n\n|"


@pytest.mark.parametrize(
    "text",
    [
        "plain text|",
        "|- at the start",
        "-| inside the marker",
        "* * *|",
        "- - -|",
        "```\n- in code|\n```",
        "~~~~\n```\n- still code|\n~~~~",
        "---\ntags:\n  - a|\n---",
        "---\ntags:\n  - unclosed front matter|",
        "```python|",
    ],
)
def test_enter_is_left_alone(text: str) -> None:
    assert press_enter(text) is None


def test_enter_after_a_closed_fence_continues_again() -> None:
    assert press_enter("```\ncode\n```\n- item|") == "```\ncode\n```\n- item\n- |"


def test_a_backtick_line_with_backticks_after_is_not_a_fence() -> None:
    assert region_of(["```inline``` text", "- item"], 1) == Region.TEXT


def test_front_matter_then_body() -> None:
    lines = ["---", "title: x", "---", "- item"]
    assert [region_of(lines, i) for i in range(4)] == [Region.FRONT_MATTER] * 3 + [Region.TEXT]


def test_prefix_of_a_task_item() -> None:
    prefix = parse_prefix("  - [x] done")
    assert prefix is not None
    assert (prefix.indent, prefix.marker, prefix.task) == ("  ", "-", "[x] ")


def tab(text: str, outdent: bool = False) -> str:
    """Tab at the "|" (or over the selection between "[" and "]" markers in the first column)."""
    lines = text.split("\n")
    line = next(i for i, row in enumerate(lines) if "|" in row)
    column = lines[line].index("|")
    lines[line] = lines[line].replace("|", "")
    return apply(lines, indent(lines, (line, column), (line, column), outdent))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("- a\n- b|", "- a\n  - b|"),
        ("1. a\n2. b|", "1. a\n   1. b|"),
        ("1. a\n   1. b\n2. c|", "1. a\n   1. b\n   2. c|"),
        ("10. a\n11. b|", "10. a\n    1. b|"),
        ("- a\n1. b|", "- a\n  1. b|"),
        ("- a\n  - b\n  - c|", "- a\n  - b\n    - c|"),
        ("- first|", "  - first|"),
        ("> - a\n> - b|", "> - a\n>   - b|"),
    ],
)
def test_tab_nests_a_list_item_under_the_previous_one(before: str, after: str) -> None:
    assert tab(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("- a\n  - b|", "- a\n- b|"),
        ("1. a\n   - b|", "1. a\n- b|"),
        ("1. a\n   1. b|", "1. a\n2. b|"),
        ("- a\n  1. b|", "- a\n1. b|"),
        ("- a\n  - b\n    - c|", "- a\n  - b\n  - c|"),
        ("- top|", "- top|"),
    ],
)
def test_shift_tab_moves_an_item_back_to_its_parent_level(before: str, after: str) -> None:
    assert tab(before, outdent=True) == after


def test_tab_outside_a_list_inserts_spaces_to_the_next_stop() -> None:
    assert tab("ab|c") == "ab  |c"


def test_tab_in_code_inserts_spaces_even_on_a_list_line() -> None:
    assert tab("```\n- x|\n```") == "```\n- x |\n```"


def test_shift_tab_outside_a_list_removes_up_to_four_spaces() -> None:
    assert tab("      text|", outdent=True) == "  text|"


def test_tab_over_several_lines_indents_each_non_blank_line() -> None:
    lines = ["- a", "- b", "", "- c", "after"]
    edit = indent(lines, (1, 0), (4, 0), outdent=False)
    assert apply(lines, edit) == "- a\n  - b\n\n  - c\n|after"
    assert edit.anchor == (1, 0)


def test_shift_tab_over_several_lines_keeps_their_relative_indent() -> None:
    lines = ["- a", "  - b", "    - c"]
    edit = indent(lines, (1, 1), (2, 7), outdent=True)
    assert apply(lines, edit) == "- a\n- b\n  - c|"
    assert edit.anchor == (1, 0)
