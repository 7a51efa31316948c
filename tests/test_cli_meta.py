"""``kosei meta get|set|delete`` on real files: lossless, atomic, clear exit codes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from editor.cli import run_headless

COMMENTED = (
    '---\n# Post settings\ntitle: "Hello"  # shown in lists\ndate: 2026-02-11 13:49:15 +0000\n'
    "tags: [a, b]\ndraft: true\ncount: 3\n---\nBody\n"
)


def _post(
    tmp_path: Path, text: str = COMMENTED, newline: str = "\n", name: str = "post.md"
) -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_get_prints_scalar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_headless(["meta", "get", str(_post(tmp_path)), "title"]) == 0
    assert capsys.readouterr().out == "Hello\n"


def test_get_prints_list_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_headless(["meta", "get", str(_post(tmp_path)), "tags"]) == 0
    assert capsys.readouterr().out == '["a", "b"]\n'


def test_get_absent_key_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_headless(["meta", "get", str(_post(tmp_path)), "author"]) == 1
    assert "author" in capsys.readouterr().err


def test_set_changes_only_that_line_and_keeps_crlf(tmp_path: Path) -> None:
    path = _post(tmp_path, newline="\r\n")
    assert run_headless(["meta", "set", str(path), "title", "こんにちは"]) == 0
    expected = COMMENTED.replace('"Hello"', '"こんにちは"').replace("\n", "\r\n")
    assert path.read_bytes() == expected.encode("utf-8")


def test_set_keeps_type_of_current_value(tmp_path: Path) -> None:
    path = _post(tmp_path)
    assert run_headless(["meta", "set", str(path), "draft", "false"]) == 0
    assert run_headless(["meta", "set", str(path), "count", "4"]) == 0
    assert run_headless(["meta", "set", str(path), "tags", "x, y"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "draft: false\ncount: 4\n" in text and "tags: [x, y]\n" in text


def test_set_date_keeps_written_format(tmp_path: Path) -> None:
    path = _post(tmp_path)
    assert run_headless(["meta", "set", str(path), "date", "2026-03-01 08:00"]) == 0
    assert "date: 2026-03-01 08:00:00 +0000\n" in path.read_text(encoding="utf-8")


def test_set_explicit_type_for_new_key(tmp_path: Path) -> None:
    path = _post(tmp_path)
    assert run_headless(["meta", "set", str(path), "weight", "7", "--type", "int"]) == 0
    assert run_headless(["meta", "set", str(path), "code", "7"]) == 0
    assert "count: 3\nweight: 7\ncode: '7'\n---\n" in path.read_text(encoding="utf-8")


def test_set_creates_yaml_front_matter(tmp_path: Path) -> None:
    path = _post(tmp_path, "Just a body.\n")
    assert run_headless(["meta", "set", str(path), "title", "New"]) == 0
    assert path.read_text(encoding="utf-8") == "---\ntitle: New\n---\nJust a body.\n"


def test_set_bad_value_for_type_exits_2_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _post(tmp_path)
    before = _digest(path)
    assert run_headless(["meta", "set", str(path), "count", "many"]) == 2
    assert "not a valid int" in capsys.readouterr().err
    assert _digest(path) == before


def test_delete_removes_key_lines(tmp_path: Path) -> None:
    path = _post(tmp_path)
    assert run_headless(["meta", "delete", str(path), "draft"]) == 0
    assert path.read_text(encoding="utf-8") == COMMENTED.replace("draft: true\n", "")


def test_delete_absent_key_exits_1(tmp_path: Path) -> None:
    path = _post(tmp_path)
    before = _digest(path)
    assert run_headless(["meta", "delete", str(path), "nope"]) == 1
    assert _digest(path) == before


@pytest.mark.parametrize("action", [["get", "title"], ["set", "title", "x"], ["delete", "title"]])
def test_invalid_front_matter_exits_2_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], action: list[str]
) -> None:
    path = _post(tmp_path, "---\ntitle: [unclosed\ndate: 2026-01-01\n---\nBody\n")
    before = _digest(path)
    assert run_headless(["meta", action[0], str(path), *action[1:]]) == 2
    err = capsys.readouterr().err
    assert "invalid front matter" in err and f"{path}:" in err
    assert _digest(path) == before


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_headless(["meta", "get", str(tmp_path / "missing.md"), "title"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_binary_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\x00\x00data")
    assert run_headless(["meta", "set", str(path), "title", "x"]) == 2
    assert path.read_bytes() == b"\x89PNG\x00\x00data"


def test_toml_front_matter_is_edited_in_toml(tmp_path: Path) -> None:
    path = _post(tmp_path, "+++\ntitle = 'Old'  # c\n+++\nBody\n")
    assert run_headless(["meta", "set", str(path), "title", "New"]) == 0
    assert path.read_text(encoding="utf-8") == "+++\ntitle = 'New'  # c\n+++\nBody\n"
