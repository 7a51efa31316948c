from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.core.document.disk_state import (
    Action,
    DiskState,
    Snapshot,
    decide,
    disk_state,
    document_from_snapshot,
    read_encoding,
    take_snapshot,
)
from editor.core.document.document import Document, save_document
from editor.core.errors import DecodeError


@pytest.fixture
def loaded(tmp_path: Path) -> Document:
    path = tmp_path / "post.md"
    path.write_text("# Title\n\nBody.\n", encoding="utf-8")
    return Document.load(path)


def snapshot_of(doc: Document) -> Snapshot:
    assert doc.path is not None
    return take_snapshot(doc.path)


def test_file_as_loaded_is_unchanged(loaded: Document) -> None:
    assert disk_state(loaded.disk_hash, snapshot_of(loaded)) is DiskState.UNCHANGED


def test_rewriting_identical_bytes_is_not_a_change(loaded: Document) -> None:
    assert loaded.path is not None
    data = loaded.path.read_bytes()
    loaded.path.unlink()
    loaded.path.write_bytes(data)
    assert disk_state(loaded.disk_hash, snapshot_of(loaded)) is DiskState.UNCHANGED


def test_other_bytes_are_a_change(loaded: Document) -> None:
    assert loaded.path is not None
    loaded.path.write_text("# Title\n\nEdited elsewhere.\n", encoding="utf-8")
    assert disk_state(loaded.disk_hash, snapshot_of(loaded)) is DiskState.CHANGED


def test_a_change_that_keeps_size_and_time_is_still_a_change(loaded: Document) -> None:
    assert loaded.path is not None
    before = loaded.path.stat()
    loaded.path.write_text("# Title\n\nBODY.\n", encoding="utf-8")
    os.utime(loaded.path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert disk_state(loaded.disk_hash, snapshot_of(loaded)) is DiskState.CHANGED


def test_our_own_save_is_unchanged(loaded: Document) -> None:
    save_document(loaded, "# Title\n\nSaved by us.\n")
    assert disk_state(loaded.disk_hash, snapshot_of(loaded)) is DiskState.UNCHANGED


def test_missing_file_is_deleted(loaded: Document) -> None:
    assert loaded.path is not None
    loaded.path.rename(loaded.path.with_name("moved.md"))
    assert disk_state(loaded.disk_hash, snapshot_of(loaded)) is DiskState.DELETED


def test_a_folder_in_place_of_the_file_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "post.md").mkdir()
    assert take_snapshot(tmp_path / "post.md").state_hint is DiskState.UNREADABLE


def changed(doc: Document) -> Snapshot:
    return Snapshot(DiskState.UNCHANGED, doc.to_bytes("# Title\n\nNew.\n"))


def test_change_without_edits_reloads(loaded: Document) -> None:
    action = decide(loaded.disk_hash, changed(loaded), local_edits=False, marked_deleted=False)
    assert action is Action.RELOAD


def test_change_with_edits_asks(loaded: Document) -> None:
    action = decide(loaded.disk_hash, changed(loaded), local_edits=True, marked_deleted=False)
    assert action is Action.ASK


def test_a_disk_version_already_answered_is_not_asked_again(loaded: Document) -> None:
    snapshot = changed(loaded)
    action = decide(
        loaded.disk_hash,
        snapshot,
        local_edits=True,
        marked_deleted=False,
        answered_hash=snapshot.hash,
    )
    assert action is Action.NOTHING


def test_a_newer_disk_version_is_asked_about_even_after_an_answer(loaded: Document) -> None:
    action = decide(
        loaded.disk_hash,
        changed(loaded),
        local_edits=True,
        marked_deleted=False,
        answered_hash="an older answer",
    )
    assert action is Action.ASK


def test_unchanged_does_nothing(loaded: Document) -> None:
    action = decide(loaded.disk_hash, snapshot_of(loaded), local_edits=True, marked_deleted=False)
    assert action is Action.NOTHING


def test_deleted_file_is_marked_once(loaded: Document) -> None:
    gone = Snapshot(DiskState.DELETED)
    first = decide(loaded.disk_hash, gone, local_edits=False, marked_deleted=False)
    again = decide(loaded.disk_hash, gone, local_edits=False, marked_deleted=True)
    assert (first, again) == (Action.MARK_DELETED, Action.NOTHING)


def test_file_back_with_known_bytes_clears_the_mark(loaded: Document) -> None:
    action = decide(loaded.disk_hash, snapshot_of(loaded), local_edits=False, marked_deleted=True)
    assert action is Action.CLEAR_DELETED


def test_file_back_with_new_bytes_is_a_change(loaded: Document) -> None:
    action = decide(loaded.disk_hash, changed(loaded), local_edits=True, marked_deleted=True)
    assert action is Action.ASK


def test_unreadable_file_does_nothing(loaded: Document) -> None:
    unreadable = Snapshot(DiskState.UNREADABLE)
    action = decide(loaded.disk_hash, unreadable, local_edits=True, marked_deleted=False)
    assert action is Action.NOTHING


def test_utf8_disk_version_is_detected_again(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"plain\n")
    doc = Document.load(path)
    path.write_bytes(b"\xef\xbb\xbfnow with a BOM\n")
    new = document_from_snapshot(take_snapshot(path), doc)
    assert (new.text, new.bom, new.path) == ("now with a BOM\n", b"\xef\xbb\xbf", path)


def test_legacy_encoding_is_kept_for_the_disk_version(tmp_path: Path) -> None:
    path = tmp_path / "sjis.md"
    path.write_bytes("日本語\n".encode("shift_jis"))
    doc = Document.load(path, encoding="shift_jis")
    path.write_bytes("更新\n".encode("shift_jis"))
    assert read_encoding(doc) == "shift_jis"
    assert document_from_snapshot(take_snapshot(path), doc).text == "更新\n"


def test_undecodable_disk_version_raises_a_typed_error(loaded: Document) -> None:
    with pytest.raises(DecodeError):
        document_from_snapshot(Snapshot(DiskState.UNCHANGED, b"caf\xe9 is not UTF-8"), loaded)
