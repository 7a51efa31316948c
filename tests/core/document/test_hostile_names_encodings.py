"""UTF-16 without a byte-order mark is recognised; odd file names are shown on one line."""

from __future__ import annotations

import os

import pytest

from editor.core.document.document import Document
from editor.core.document.encodings import rank_encodings
from editor.core.document.names import escaped_name, shown_name
from editor.core.errors import BinaryFileError, Utf16WithoutBomError

TEXT = "# Title\n\nA post saved as UTF-16 by an old editor, without a BOM.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named_and_ranked_first(codec: str) -> None:
    data = TEXT.encode(codec)
    with pytest.raises(Utf16WithoutBomError) as raised:
        Document.from_bytes(data)
    assert raised.value.encoding == codec
    assert rank_encodings(data)[0].codec == codec
    assert Document.from_bytes(data, encoding=codec).text == TEXT


def test_binary_data_is_still_binary() -> None:
    with pytest.raises(BinaryFileError):
        Document.from_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0")


def test_names_are_shown_as_valid_utf8_on_one_line() -> None:
    latin1 = os.fsdecode(b"caf\xe9.md")
    assert shown_name(latin1) == "caf\ufffd.md"
    assert escaped_name("a\nb\tc\x1b[31m.md") == "a\\nb\\tc\\x1b[31m.md"
    assert escaped_name("plain/ファイル.md") == "plain/ファイル.md"
