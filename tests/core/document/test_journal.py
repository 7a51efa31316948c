from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor.core.document.journal import Journal, new_entry_id
from editor.core.errors import DocumentWriteError


def test_written_entry_is_listed_with_text_and_path(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    entry_id = new_entry_id()
    journal.write(entry_id, "こんにちは\nworld", tmp_path / "post.md", "shift_jis")
    [entry] = journal.entries()
    assert entry.entry_id == entry_id
    assert entry.text == "こんにちは\nworld"
    assert entry.path == tmp_path / "post.md"
    assert entry.encoding == "shift_jis"


def test_untitled_entry_has_no_path(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.write(new_entry_id(), "draft", None)
    [entry] = journal.entries()
    assert entry.path is None
    assert entry.title == "untitled"
    assert "+draft" in entry.diff()


def test_rewrite_replaces_entry(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    entry_id = new_entry_id()
    journal.write(entry_id, "one", None)
    journal.write(entry_id, "two", None)
    assert [e.text for e in journal.entries()] == ["two"]


def test_discard_removes_entry_and_leaves_folder_empty(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j")
    entry_id = new_entry_id()
    journal.write(entry_id, "x", None)
    journal.discard(entry_id)
    journal.discard(entry_id)  # twice is harmless
    assert journal.is_empty()
    assert list((tmp_path / "j").iterdir()) == []


def test_diff_shows_change_against_disk(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"title\r\nold line\r\n")
    journal = Journal(tmp_path / "j")
    journal.write(new_entry_id(), "title\nnew line\n", post)
    [entry] = journal.entries()
    diff = entry.diff()
    assert "-old line" in diff and "+new line" in diff
    assert entry.differs_from_disk()


def test_diff_of_texts_without_a_final_newline_keeps_lines_apart(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("Body\n---END---", encoding="utf-8")
    journal = Journal(tmp_path / "j")
    journal.write(new_entry_id(), "Body\n---END---\nmore", post)
    [entry] = journal.entries()
    lines = entry.diff().splitlines()
    assert lines[-5:] == [
        "----END---",
        "\\ No newline at end of file",
        "+---END---",
        "+more",
        "\\ No newline at end of file",
    ]


def test_a_line_separator_inside_a_line_is_no_line_break_in_the_diff(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j")
    journal.write(new_entry_id(), "a\u2028b\n", None)
    [entry] = journal.entries()
    assert "+a\u2028b\n" in entry.diff()


def test_same_text_as_disk_does_not_differ(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"a\r\nb\r\n")
    journal = Journal(tmp_path / "j")
    journal.write(new_entry_id(), "a\nb\n", post)
    assert not journal.entries()[0].differs_from_disk()


def test_corrupt_entry_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "abc.json").write_text("{not json", "utf-8")
    journal = Journal(tmp_path)
    journal.write(new_entry_id(), "kept", None)
    assert [e.text for e in journal.entries()] == ["kept"]


def test_bad_id_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Journal(tmp_path).write("../escape", "x", None)


def test_full_disk_raises_typed_error_and_keeps_old_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path)
    entry_id = new_entry_id()
    journal.write(entry_id, "old", None)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DocumentWriteError):
        journal.write(entry_id, "new", None)
    monkeypatch.undo()
    assert [e.text for e in journal.entries()] == ["old"]
    assert [p.name for p in tmp_path.iterdir()] == [f"{entry_id}.json"]


def test_entry_records_the_writing_owner(tmp_path: Path) -> None:
    Journal(tmp_path, owner="abc123").write(new_entry_id(), "x", None)
    assert [e.owner for e in Journal(tmp_path).entries()] == ["abc123"]
