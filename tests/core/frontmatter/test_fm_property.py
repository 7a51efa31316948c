"""Property tests: generated front matter + any single-key edit leaves every other line alone.

The generators write each format by hand and record which lines belong to which
key, so the oracle does not depend on the code under test.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.edit import delete_key, rename_key, set_key
from editor.core.frontmatter.edit.dates import format_like

# YAML 1.1 reads these plain keys as booleans (on: 1 is {True: 1}): not string keys.
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
KEYS = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True).filter(
    lambda key: key not in _YAML11_WORDS
)
WORDS = st.from_regex(r"w[a-z]{0,6}", fullmatch=True)  # plain-safe in YAML and TOML arrays
TEXT = st.text(
    alphabet=st.sampled_from(
        list("abcXYZ 019:#-'\",[]{}&*!|>%@`?\\/") + list("日本語のテスト「」、。")
    ),
    max_size=20,
)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
VALUES = st.one_of(
    TEXT,
    st.integers(-(10**9), 10**9),
    st.booleans(),
    DATES,
    st.lists(WORDS, max_size=4),
)
NEW_VALUES = st.one_of(
    TEXT,
    st.text(max_size=30).filter(lambda s: "\r" not in s and "\x85" not in s),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    DATES,
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 1, 1)).map(
        lambda moment: moment.replace(microsecond=0)
    ),
    st.lists(TEXT, max_size=4),
    st.dictionaries(KEYS, st.one_of(TEXT, st.integers(), st.lists(TEXT, max_size=2)), max_size=3),
)
PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("KOSEI_FM_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@dataclass
class Generated:
    text: str
    data: dict[str, Any]
    regions: dict[str, tuple[int, int]]  # 0-based file lines [start, end)


def _yaml_scalar(value: Any, style: int) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, date)):
        return str(value) if not isinstance(value, date) else value.isoformat()
    if style % 2:
        return "'" + value.replace("'", "''") + "'"
    return json.dumps(value, ensure_ascii=False)


@st.composite
def yaml_posts(draw: st.DrawFn) -> Generated:
    mapping = draw(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6))
    lines, regions = ["---"], {}
    if draw(st.booleans()):
        lines.append("# a comment at the top")
    for key, value in mapping.items():
        start = len(lines)
        style = draw(st.integers(0, 3))
        if isinstance(value, list) and value and style >= 2:
            lines.append(f"{key}:")
            lines += [" " * (2 * (style - 2)) + f"- {item}" for item in value]
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(value)}]")
        else:
            comment = "  # note" if style == 3 else ""
            lines.append(f"{key}: {_yaml_scalar(value, style)}{comment}")
        regions[key] = (start, len(lines))
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(["", "# between keys", "  # indented comment"])))
    lines += ["---", "Body line", ""]
    return Generated("\n".join(lines), mapping, regions)


def _toml_value(value: Any, style: int) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, date)):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(i) for i in value) + "]"
    if style % 2 and "'" not in value:
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False)


@st.composite
def toml_posts(draw: st.DrawFn) -> Generated:
    mapping = draw(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6))
    lines, regions = ["+++"], {}
    for key, value in mapping.items():
        start = len(lines)
        style = draw(st.integers(0, 3))
        if isinstance(value, list) and value and style >= 2:
            lines.append(f"{key} = [")
            lines += [f"  {json.dumps(item)}," for item in value]
            lines.append("]")
        else:
            comment = "  # note" if style == 3 else ""
            lines.append(f"{key} = {_toml_value(value, style)}{comment}")
        regions[key] = (start, len(lines))
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(["", "# between keys"])))
    lines += ["+++", "Body", ""]
    return Generated("\n".join(lines), mapping, regions)


@st.composite
def json_posts(draw: st.DrawFn) -> Generated:
    raw = draw(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6))
    mapping = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in raw.items()}
    indent = " " * draw(st.sampled_from([2, 4]))
    lines, regions = ["{"], {}
    for index, (key, value) in enumerate(mapping.items()):
        comma = "," if index + 1 < len(mapping) else ""
        regions[key] = (len(lines), len(lines) + 1)
        lines.append(f"{indent}{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines += ["}", "Body", ""]
    return Generated("\n".join(lines), mapping, regions)


def _parsed(text: str) -> dict[str, Any]:
    fm = frontmatter.split(text).front_matter
    assert fm is not None and fm.error is None, (fm and fm.error, text)
    return dict(fm.data or {})


def _assert_only_region_changed(old: str, new: str, region: tuple[int, int], fmt: str) -> None:
    old_lines, new_lines = old.split("\n"), new.split("\n")
    start, end = region
    assert new_lines[:start] == old_lines[:start] or fmt == "json"
    tail = len(old_lines) - end
    assert new_lines[len(new_lines) - tail :] == old_lines[end:]
    if fmt == "json":
        # Only the member before may lose or gain its trailing comma.
        assert new_lines[: start - 1] == old_lines[: start - 1]
        assert new_lines[start - 1].rstrip(",") == old_lines[start - 1].rstrip(",")


def _assert_only_insertion(old: str, new: str) -> None:
    old_lines, new_lines = old.split("\n"), new.split("\n")
    stripped = [line.rstrip(",") for line in new_lines]
    prefix = 0
    while prefix < len(old_lines) and stripped[prefix] == old_lines[prefix].rstrip(","):
        prefix += 1
    added = len(new_lines) - len(old_lines)
    assert added >= 1
    assert new_lines[prefix + added :] == old_lines[prefix:]


def _expect(value: Any, fmt: str) -> Any:
    if fmt == "json" and isinstance(value, date):
        return format_like(value, None)
    return value


def _check_edit(post: Generated, fmt: str, data: st.DataObject) -> None:
    key = data.draw(st.sampled_from(sorted(post.data)))
    op = data.draw(st.sampled_from(["set", "delete", "rename", "add"]))
    if op == "set":
        value = data.draw(NEW_VALUES)
        new = set_key(post.text, key, value)
        expected = {**post.data, key: _expect(value, fmt)}
    elif op == "delete":
        new = delete_key(post.text, key)
        expected = {k: v for k, v in post.data.items() if k != key}
    elif op == "rename":
        target = data.draw(KEYS.filter(lambda k: k not in post.data))
        new = rename_key(post.text, key, target)
        expected = {(target if k == key else k): v for k, v in post.data.items()}
    else:
        key = data.draw(KEYS.filter(lambda k: k not in post.data))
        value = data.draw(NEW_VALUES)
        new = set_key(post.text, key, value)
        _assert_only_insertion(post.text, new)
        assert _parsed(new) == {**post.data, key: _expect(value, fmt)}
        return
    _assert_only_region_changed(post.text, new, post.regions[key], fmt)
    assert _parsed(new) == expected


@PROPERTY_SETTINGS
@given(post=yaml_posts(), data=st.data())
def test_yaml_single_key_edit_is_local_and_round_trips(
    post: Generated, data: st.DataObject
) -> None:
    _check_edit(post, "yaml", data)


@PROPERTY_SETTINGS
@given(post=toml_posts(), data=st.data())
def test_toml_single_key_edit_is_local_and_round_trips(
    post: Generated, data: st.DataObject
) -> None:
    _check_edit(post, "toml", data)


@PROPERTY_SETTINGS
@given(post=json_posts(), data=st.data())
def test_json_single_key_edit_is_local_and_round_trips(
    post: Generated, data: st.DataObject
) -> None:
    _check_edit(post, "json", data)
