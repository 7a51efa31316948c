from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from editor.core.document.document import Document, save_document
from editor.core.errors import (
    BinaryFileError,
    DecodeError,
    DocumentReadError,
    FileChangedOnDiskError,
)
from tests.paths import FIXTURES

CORPUS = sorted((FIXTURES / "roundtrip").glob("*.md"))


@pytest.mark.parametrize("source", CORPUS, ids=lambda p: p.name)
def test_unchanged_document_saves_byte_identical(source: Path, tmp_path: Path) -> None:
    target = tmp_path / source.name
    target.write_bytes(source.read_bytes())
    doc = Document.load(target)
    save_document(doc, doc.text)
    assert target.read_bytes() == source.read_bytes()


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 14


def test_crlf_file_keeps_crlf_for_new_lines() -> None:
    doc = Document.from_bytes(b"a\r\nb\r\n")
    assert doc.to_bytes("a\nnew\nb\n") == b"a\r\nnew\r\nb\r\n"


def test_mixed_newlines_keep_each_untouched_line_ending() -> None:
    doc = Document.from_bytes(b"one\r\ntwo\nthree\r\n")
    assert doc.newline_style == "mixed"
    assert doc.to_bytes("one\ntwo\nTHREE!\n") == b"one\r\ntwo\nTHREE!\r\n"


def test_utf16_is_detected_by_bom() -> None:
    doc = Document.from_bytes("\ufeff".encode("utf-16-le") + "é\n".encode("utf-16-le"))
    assert doc.text == "é\n"
    assert doc.encoding_label == "UTF-16 LE"


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(b"caf\xe9 au lait")
    with pytest.raises(DecodeError) as caught:
        Document.load(path)
    assert caught.value.offset == 3
    assert caught.value.path == path
    assert "latin1.md" in str(caught.value)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(BinaryFileError):
        Document.load(path)


def test_missing_file_and_folder_are_read_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="no such file"):
        Document.load(tmp_path / "nope.md")
    with pytest.raises(DocumentReadError, match="folder"):
        Document.load(tmp_path)


def test_save_keeps_permission_bits(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("x\n")
    os.chmod(path, 0o640)
    doc = Document.load(path)
    save_document(doc, "y\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text() == "y\n"


def test_save_refuses_when_the_file_changed_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("original\n")
    doc = Document.load(path)
    path.write_text("someone else's edit\n")
    with pytest.raises(FileChangedOnDiskError):
        save_document(doc, "mine\n")
    assert path.read_text() == "someone else's edit\n"
    save_document(doc, "mine\n", force=True)
    assert path.read_text() == "mine\n"
