"""Only regular files are read, always with a bound: FIFOs, devices and sockets are refused."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from editor.core.document.document import Document
from editor.core.document.journal import JournalEntry
from editor.core.document.safe_read import NotRegularFileError, read_regular
from editor.core.errors import DocumentReadError, FileTooLargeError
from editor.core.frontmatter import presets
from tests.hostile.helpers import make_fifo, needs_fifo, within


@needs_fifo
def test_loading_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "post.md")
    with pytest.raises(NotRegularFileError, match="named pipe"):
        within(5, lambda: Document.load(fifo), (fifo,))


def test_loading_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="device"):
        Document.load(Path("/dev/zero"))


def test_loading_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(DocumentReadError):
            Document.load(path)
    finally:
        server.close()


def test_read_is_bounded_even_when_the_size_lies(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 1000)
    with pytest.raises(FileTooLargeError):
        read_regular(path, 999)
    assert read_regular(path, 10, truncate=True) == b"x" * 10
    assert read_regular(path, 1000) == b"x" * 1000


@needs_fifo
def test_sibling_scan_skips_a_fifo_named_like_a_post(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("---\ntags: [mine]\n---\n", encoding="utf-8")
    (tmp_path / "other.md").write_text("---\ntags: [theirs]\n---\n", encoding="utf-8")
    fifo = make_fifo(tmp_path / "trap.md")
    values = within(5, lambda: presets.sibling_values(post, "tags"), (fifo,))
    assert values == ["theirs"]
    assert presets.read_front_matter(fifo) is None  # asked directly: refused, not waited on


@needs_fifo
def test_journal_entry_pointing_at_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "post.md")
    entry = JournalEntry("abc", "text", fifo)
    assert within(5, entry.disk_text, (fifo,)) is None
    assert within(5, entry.differs_from_disk, (fifo,)) is True
