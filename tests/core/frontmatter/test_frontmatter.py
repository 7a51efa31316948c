from __future__ import annotations

import datetime as dt

from editor.core.frontmatter.split import split


def test_yaml_block_is_kept_verbatim_and_parsed() -> None:
    text = "---\ntitle: Hi  # note\ntags: [a, b]\n---\nBody\n"
    parts = split(text)
    assert parts.front_matter is not None
    assert parts.front_matter.format == "yaml"
    assert parts.front_matter.raw == "---\ntitle: Hi  # note\ntags: [a, b]\n---"
    assert parts.front_matter.data == {"title": "Hi", "tags": ["a", "b"]}
    assert parts.body == "Body\n"
    assert parts.body_start_line == 4


def test_toml_block_between_plus_lines() -> None:
    parts = split('+++\ntitle = "T"\ndate = 2026-02-03\n+++\n\nText')
    assert parts.front_matter is not None and parts.front_matter.format == "toml"
    assert parts.front_matter.data == {"title": "T", "date": dt.date(2026, 2, 3)}
    assert parts.body_start_line == 4


def test_json_object_at_the_top() -> None:
    parts = split('{\n  "title": "J",\n  "n": 2\n}\nText\n')
    assert parts.front_matter is not None and parts.front_matter.format == "json"
    assert parts.front_matter.data == {"title": "J", "n": 2}
    assert parts.body == "Text\n"


def test_no_front_matter() -> None:
    parts = split("# Title\n\n---\n\nA rule above is not front matter.")
    assert parts.front_matter is None
    assert parts.body_start_line == 0


def test_unclosed_block_is_plain_text() -> None:
    parts = split("---\ntitle: never closed\n\nBody")
    assert parts.front_matter is None


def test_invalid_yaml_reports_file_line_and_column() -> None:
    parts = split("---\ntitle: ok\ntags: [a, b\ndate: 1\n---\nBody")
    fm = parts.front_matter
    assert fm is not None and fm.data is None and fm.error is not None
    assert fm.error.line == 3  # the line that opened the unclosed list, not where PyYAML gave up
    assert fm.error.column == 7
    assert parts.body == "Body"


def test_invalid_toml_and_json_have_positions() -> None:
    toml_error = split('+++\ntitle = "x"\nbad line\n+++\n').front_matter.error  # type: ignore[union-attr]
    assert toml_error is not None and toml_error.line == 3
    json_error = split('{\n  "a": 1,\n}\n').front_matter.error  # type: ignore[union-attr]
    assert json_error is not None and json_error.line == 3


def test_yaml_that_is_not_a_mapping_is_an_error() -> None:
    fm = split("---\n- just\n- a list\n---\n").front_matter
    assert fm is not None and fm.error is not None


def test_alias_bomb_fails_fast() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for index in range(1, 200):
        lines.append(f"a{index}: &a{index} [*a{index - 1 if index > 1 else ''}, *a, *a, *a]")
    fm = split("---\n" + "\n".join(lines) + "\n---\n").front_matter
    assert fm is not None and fm.error is not None
    assert "alias" in fm.error.message


def test_deep_nesting_fails_fast() -> None:
    fm = split("---\nx: " + "[" * 500 + "]" * 500 + "\n---\n").front_matter
    assert fm is not None and fm.error is not None


def _alias_bomb(width: int = 9, levels: int = 9) -> str:
    names = [chr(97 + i) for i in range(levels + 1)]
    lines = [f"a: &a [{', '.join(['lol'] * width)}]"]
    for previous, name in zip(names, names[1:], strict=False):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * width)}]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_under_the_alias_count_is_refused_by_its_expansion() -> None:
    from editor.core.frontmatter.split import split

    fm = split(f"---\n{_alias_bomb()}---\nBody\n").front_matter
    assert fm is not None and fm.data is None
    assert fm.error is not None and "expand" in fm.error.message


def test_self_referring_alias_is_refused() -> None:
    from editor.core.frontmatter.split import split

    fm = split("---\na: &a [1, *a]\n---\nBody\n").front_matter
    assert fm is not None and fm.error is not None and "refers to itself" in fm.error.message


def test_shared_aliases_of_modest_size_still_parse() -> None:
    from editor.core.frontmatter.split import split

    fm = split("---\nbase: &b {x: 1}\none: *b\ntwo: *b\n---\nBody\n").front_matter
    assert fm is not None and fm.data == {"base": {"x": 1}, "one": {"x": 1}, "two": {"x": 1}}


def test_an_unclosed_flow_list_is_reported_where_it_was_opened() -> None:
    keys = "".join(f"k{i}: {i}\n" for i in range(6))
    text = f"---\n{keys}broken: [unclosed, value\nnext: x\n---\nBody\n"
    error = split(text).front_matter.error  # type: ignore[union-attr]
    assert error is not None and (error.line, error.column) == (8, 9)
    assert "never closed" in error.message


def test_an_unclosed_quote_is_reported_where_it_was_opened() -> None:
    error = split('---\ntitle: "open\nnext: x\n---\n').front_matter.error  # type: ignore[union-attr]
    assert error is not None and (error.line, error.column) == (2, 8)
