"""Real-world front-matter styles: every single-key edit changes only that key's lines.

The oracle for "that key's lines" is PyYAML's composer (node start/end marks),
a different parser from the ruamel.yaml the editor uses.
"""

from __future__ import annotations

import difflib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from editor.core.document.document import Document
from editor.core.errors import FrontMatterError
from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.edit import delete_key, rename_key, set_key

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "frontmatter"
YAML_FILES = ["jekyll_commented.md", "hugo_anchors.md", "japanese.md", "no_indent_lists.md"]
# Keys whose anchor another key aliases: changing them must be refused.
ANCHORED = {("hugo_anchors.md", "defaults")}


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _regions(text: str) -> dict[str, tuple[int, int]]:
    """0-based file lines [first, last] of each top-level YAML key, from PyYAML's marks."""
    fm = frontmatter.split(text).front_matter
    assert fm is not None
    root = yaml.compose(fm.inner)
    out = {}
    for key_node, value_node in root.value:
        end = value_node.end_mark
        last = end.line - 1 if end.column == 0 else end.line
        out[key_node.value] = (
            fm.inner_start_line + key_node.start_mark.line,
            fm.inner_start_line + last,
        )
    return out


def _changed_old_lines(old: str, new: str) -> list[tuple[int, int]]:
    matcher = difflib.SequenceMatcher(None, old.split("\n"), new.split("\n"), autojunk=False)
    return [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]


def _bumped(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 0.5
    if isinstance(value, datetime):
        return value + timedelta(hours=1)
    if isinstance(value, date):
        return value + timedelta(days=1)
    if isinstance(value, list):
        return [*value, "追加"]
    if isinstance(value, dict):
        return {**value, "extra": 1}
    if value is None:
        return "now set"
    return f"{value} — 編集"


def _data(text: str) -> dict[str, Any]:
    fm = frontmatter.split(text).front_matter
    assert fm is not None and fm.error is None, fm and fm.error
    return dict(fm.data or {})


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for name in YAML_FILES:
        for key in _regions(_read(name)):
            for op in ("set", "delete", "rename"):
                cases.append((name, key, op))
    return cases


@pytest.mark.parametrize(("name", "key", "op"), _cases())
def test_single_key_edit_changes_only_that_key(name: str, key: str, op: str) -> None:
    text = _read(name)
    old = _data(text)
    first, last = _regions(text)[key]
    if (name, key) in ANCHORED and op != "rename":
        with pytest.raises(FrontMatterError):
            set_key(text, key, 1) if op == "set" else delete_key(text, key)
        return
    if op == "set":
        new_text = set_key(text, key, _bumped(old[key]))
        expected = {**old, key: _bumped(old[key])}
    elif op == "delete":
        new_text = delete_key(text, key)
        expected = {k: v for k, v in old.items() if k != key}
    else:
        new_text = rename_key(text, key, key + "_renamed")
        expected = {(k + "_renamed" if k == key else k): v for k, v in old.items()}
    for i1, i2 in _changed_old_lines(text, new_text):
        assert first <= i1 and i2 - 1 <= last, (i1, i2, first, last, new_text)
    assert _data(new_text) == expected


@pytest.mark.parametrize("name", YAML_FILES + ["hugo_post.md", "json_post.md"])
def test_new_key_is_inserted_without_touching_other_lines(name: str) -> None:
    text = _read(name)
    new_text = set_key(text, "summary", "要約です")
    old_lines, new_lines = text.split("\n"), new_text.split("\n")
    # JSON needs a comma after the member that was last: that line may gain one.
    added = [line for line in new_lines if line not in old_lines and line[:-1] not in old_lines]
    assert len(added) == 1 and "要約です" in added[0]
    touched = [i for i, _ in _changed_old_lines(text, new_text) if i < len(old_lines)]
    assert len(touched) <= 1
    assert _data(new_text)["summary"] == "要約です"


def test_comment_after_value_is_kept_when_the_value_changes() -> None:
    new_text = set_key(_read("jekyll_commented.md"), "layout", "page")
    assert "layout: page   # the default layout\n" in new_text


def test_commented_out_list_item_stays_after_the_list() -> None:
    new_text = set_key(_read("jekyll_commented.md"), "tags", ["rust"])
    assert "tags:\n  - rust\n  # - draft-tag\n" in new_text


def test_string_date_keeps_its_written_format_and_offset() -> None:
    new_text = set_key(_read("jekyll_commented.md"), "date", datetime(2026, 3, 1, 8, 5, 0))
    assert "date: 2026-03-01 08:05:00 +0000\n" in new_text


def test_quoted_date_string_stays_quoted_date() -> None:
    new_text = set_key(_read("japanese.md"), "date", date(2026, 1, 2))
    assert 'date: "2026-01-02"\n' in new_text


def test_single_quoted_flow_list_keeps_its_style() -> None:
    new_text = set_key(_read("japanese.md"), "tags", ["日記", "新年"])
    assert "tags: ['日記', '新年']\n" in new_text


def test_column_zero_block_list_keeps_its_indent() -> None:
    new_text = set_key(_read("no_indent_lists.md"), "tags", ["one", "three"])
    assert "tags:\n- one\n- three\ncategories:\n" in new_text


def test_literal_block_with_hash_line_is_replaced_whole() -> None:
    text = _read("hugo_anchors.md")
    new_text = set_key(text, "description", "Short.")
    assert "description: |-\n  Short.\nweight: 10\n" in new_text
    assert "# this line is text" not in new_text


def test_crlf_file_keeps_crlf_and_other_bytes(tmp_path: Path) -> None:
    raw = _read("jekyll_commented.md").replace("\n", "\r\n").encode("utf-8")
    path = tmp_path / "crlf.md"
    path.write_bytes(raw)
    doc = Document.load(path)
    data = doc.to_bytes(set_key(doc.text, "title", "New title"))
    expected = raw.replace('title: "Rust で書く静的サイト: part 2"'.encode(), b'title: "New title"')
    assert data == expected


def test_dot_dot_dot_closer_is_kept() -> None:
    new_text = set_key(_read("japanese.md"), "draft", False)
    assert "draft: false\n...\n本文です。" in new_text


SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"


def test_shared_generated_sample_edits_stay_local() -> None:
    sample = SAMPLES / "generated_post_ja.md"
    if not sample.is_file():
        pytest.skip(f"shared sample not present at {sample}")
    text = Document.load(sample).text
    old = _data(text)
    for key, (first, last) in _regions(text).items():
        new_text = set_key(text, key, _bumped(old[key]))
        for i1, i2 in _changed_old_lines(text, new_text):
            assert first <= i1 and i2 - 1 <= last, key
        assert _data(new_text) == {**old, key: _bumped(old[key])}
    # Double-quoted flow lists keep their quotes when a tag is added.
    assert 'tags: ["OpenAI", "Google"]' in set_key(text, "tags", ["OpenAI", "Google"])
