"""Targeted behaviour of the lossless editor: formats, errors, ordering, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from editor.core.errors import FrontMatterError
from editor.core.frontmatter.edit import (
    KeyExistsError,
    KeyNotFoundError,
    RawScalar,
    add_front_matter,
    convert,
    delete_key,
    get_value,
    rename_key,
    set_key,
)
from editor.core.frontmatter.edit.dates import format_like, parse_date_text

JST = timezone(timedelta(hours=9))


def test_invalid_yaml_raises_with_file_position() -> None:
    text = "---\ntitle: ok\ntags: [open\n---\nBody\n"
    with pytest.raises(FrontMatterError) as caught:
        set_key(text, "title", "x")
    assert caught.value.line >= 3


def test_duplicate_yaml_keys_are_refused_not_merged() -> None:
    with pytest.raises(FrontMatterError):
        set_key("---\ntitle: a\ntitle: b\n---\n", "title", "c")


def test_new_key_goes_after_preset_predecessor() -> None:
    text = "---\ntitle: T\ntags: [a]\nextra: 1\n---\n"
    assert set_key(text, "date", date(2026, 1, 2), preset="hugo") == (
        "---\ntitle: T\ndate: 2026-01-02\ntags: [a]\nextra: 1\n---\n"
    )


def test_new_key_without_preset_goes_last_before_trailing_comment() -> None:
    text = "---\ntitle: T\n# draft: true\n---\n"
    assert set_key(text, "author", "A") == "---\ntitle: T\nauthor: A\n# draft: true\n---\n"


def test_yaml_11_words_are_quoted_so_they_stay_strings() -> None:
    text = "---\ntitle: T\n---\n"
    assert set_key(text, "title", "yes") == '---\ntitle: "yes"\n---\n'
    assert get_value(set_key(text, "title", "no"), "title") == "no"


def test_raw_scalar_is_written_verbatim() -> None:
    assert set_key("---\na: 1\n---\n", "a", RawScalar("!!str 12")) == "---\na: !!str 12\n---\n"


def test_rename_keeps_value_and_comment_and_refuses_conflicts() -> None:
    text = "---\nold: [x, y]  # keep\nnew: 1\n---\n"
    assert rename_key(text, "old", "renamed") == "---\nrenamed: [x, y]  # keep\nnew: 1\n---\n"
    with pytest.raises(KeyExistsError):
        rename_key(text, "old", "new")
    with pytest.raises(KeyNotFoundError):
        rename_key(text, "missing", "other")


def test_delete_absent_key_returns_same_text() -> None:
    text = "---\na: 1\n---\n"
    assert delete_key(text, "b") == text


def test_deleting_an_anchor_in_use_is_refused() -> None:
    text = "---\nbase: &b 1\nother: *b\n---\n"
    with pytest.raises(FrontMatterError):
        delete_key(text, "base")


def test_toml_keeps_literal_quotes_comment_and_multiline_array_indent() -> None:
    text = "+++\ntitle = 'Old'  # c\ntags = [\n    \"a\",\n]\n\n[params]\nx = 1\n+++\n"
    out = set_key(set_key(text, "title", "New"), "tags", ["a", "b"])
    assert (
        out
        == '+++\ntitle = \'New\'  # c\ntags = [\n    "a",\n    "b",\n]\n\n[params]\nx = 1\n+++\n'
    )


def test_toml_new_key_goes_before_tables() -> None:
    text = "+++\ntitle = 'T'\n\n[params]\nx = 1\n+++\n"
    assert (
        set_key(text, "draft", True) == "+++\ntitle = 'T'\ndraft = true\n\n[params]\nx = 1\n+++\n"
    )


def test_toml_datetime_keeps_offset_style() -> None:
    text = "+++\ndate = 2026-02-01T10:00:00+09:00\n+++\n"
    out = set_key(text, "date", datetime(2026, 3, 1, 7, 30, tzinfo=JST))
    assert out == "+++\ndate = 2026-03-01T07:30:00+09:00\n+++\n"


def test_invalid_toml_raises() -> None:
    with pytest.raises(FrontMatterError):
        set_key("+++\ntitle = \n+++\n", "title", "x")


def test_json_keeps_indent_and_compact_lists() -> None:
    text = '{\n    "title": "x",\n    "tags": ["a","b"]\n}\nBody\n'
    out = set_key(text, "tags", ["a", "b", "c"])
    assert out == '{\n    "title": "x",\n    "tags": ["a","b","c"]\n}\nBody\n'


def test_json_multiline_object_value_is_reindented() -> None:
    text = '{\n  "params": {\n    "toc": true\n  }\n}\n'
    out = set_key(text, "params", {"toc": False, "math": True})
    assert out == '{\n  "params": {\n    "toc": false,\n    "math": true\n  }\n}\n'


def test_json_date_string_keeps_z() -> None:
    text = '{\n  "date": "2026-01-20T08:00:00Z"\n}\n'
    out = set_key(text, "date", datetime(2026, 1, 21, 8, 0, tzinfo=UTC))
    assert '"date": "2026-01-21T08:00:00Z"' in out


def test_json_rename_and_delete_only_member() -> None:
    text = '{\n  "a": 1\n}\n'
    assert rename_key(text, "a", "b") == '{\n  "b": 1\n}\n'
    assert delete_key(text, "a") == "{\n}\n"


def test_add_front_matter_orders_by_preset_in_each_format() -> None:
    values = {"tags": ["a"], "title": "T", "date": date(2026, 1, 1)}
    assert add_front_matter("Body\n", "yaml", values, "jekyll") == (
        "---\ntitle: T\ndate: 2026-01-01\ntags:\n  - a\n---\nBody\n"
    )
    assert add_front_matter("Body\n", "toml", values, "hugo") == (
        '+++\ntitle = "T"\ndate = 2026-01-01\ntags = ["a"]\n+++\nBody\n'
    )
    assert add_front_matter("Body\n", "json", values, "hugo").startswith('{\n  "title": "T",\n')


def test_add_front_matter_refuses_when_one_exists() -> None:
    with pytest.raises(FrontMatterError):
        add_front_matter("---\na: 1\n---\n", "yaml", {})


def test_set_key_on_post_without_front_matter_creates_yaml() -> None:
    assert set_key("Body\n", "title", "T") == "---\ntitle: T\n---\nBody\n"


@pytest.mark.parametrize(
    ("template", "value", "expected"),
    [
        (
            "2026-02-11 13:49:15 +0000",
            datetime(2026, 3, 1, 1, 2, 3, tzinfo=UTC),
            "2026-03-01 01:02:03 +0000",
        ),
        (
            "2026-02-11T13:49:15+09:00",
            datetime(2026, 3, 1, 1, 2, 3, tzinfo=JST),
            "2026-03-01T01:02:03+09:00",
        ),
        ("2026-02-11T13:49:15Z", datetime(2026, 3, 1, 1, 2, 3, tzinfo=UTC), "2026-03-01T01:02:03Z"),
        ("2026-02-11 13:49", datetime(2026, 3, 1, 1, 2), "2026-03-01 01:02"),
        (
            "2026-02-11T13:49:15.250+09:00",
            datetime(2026, 3, 1, 1, 2, 3, 500000, tzinfo=JST),
            "2026-03-01T01:02:03.500+09:00",
        ),
        ("2026-02-11 13:49:15 +0900", datetime(2026, 3, 1, 1, 2, 3), "2026-03-01 01:02:03 +0900"),
        (None, date(2026, 3, 1), "2026-03-01"),
    ],
)
def test_format_like_keeps_the_written_shape(
    template: str | None, value: datetime, expected: str
) -> None:
    assert format_like(value, template) == expected


def test_parse_date_text_reads_jekyll_offsets() -> None:
    moment = parse_date_text("2026-02-11 13:49:15 +0900")
    assert moment == datetime(2026, 2, 11, 13, 49, 15, tzinfo=JST)
    assert parse_date_text("not a date") is None
    assert parse_date_text("2026-02-30") is None


def test_convert_uses_current_type() -> None:
    assert convert("false", None, True) is False
    assert convert("3", None, 1) == 3
    assert convert("a, b", None, ["x"]) == ["a", "b"]
    assert convert("2026-01-02", None, date(2026, 1, 1)) == date(2026, 1, 2)
    assert convert("12", None, None) == "12"


def test_quoted_keys_with_escapes_are_found() -> None:
    text = "---\n\"a\\\"b\": 1\n'it''s': 3  # x\n---\n"
    assert set_key(text, 'a"b', 5) == "---\n\"a\\\"b\": 5\n'it''s': 3  # x\n---\n"
    assert set_key(text, "it's", 7) == "---\n\"a\\\"b\": 1\n'it''s': 7  # x\n---\n"


def test_aligned_values_keep_their_alignment_and_long_values_stay_on_one_line() -> None:
    text = "---\nlayout:   post\ntitle:    Hi   # c\n---\n"
    assert set_key(text, "layout", "page") == "---\nlayout:   page\ntitle:    Hi   # c\n---\n"
    long_title = "word " * 2000 + "end"
    assert set_key(text, "title", long_title).count("\n") == text.count("\n")
