from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor.core.document.fileio import write_atomic
from editor.core.errors import DocumentWriteError


def test_write_creates_file_and_returns_hash(tmp_path: Path) -> None:
    target = tmp_path / "new.md"
    digest = write_atomic(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert len(digest) == 64


def test_disk_full_leaves_original_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "post.md"
    target.write_bytes(b"original")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(DocumentWriteError, match="disk is full") as caught:
        write_atomic(target, b"new text")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EACCES, "permission denied"), (errno.EROFS, "read-only"), (errno.EDQUOT, "quota")],
)
def test_refused_writes_are_clear_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    # Injected because CI runs as root, which ignores folder permissions.
    target = tmp_path / "post.md"
    target.write_bytes(b"original")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("editor.core.document.fileio.tempfile.mkstemp", refuse)
    with pytest.raises(DocumentWriteError, match=reason):
        write_atomic(target, b"x")
    assert target.read_bytes() == b"original"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentWriteError, match="does not exist"):
        write_atomic(tmp_path / "gone" / "post.md", b"x")
