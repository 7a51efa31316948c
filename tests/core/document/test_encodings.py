"""Legacy encodings: the guess, the byte-exact round trip, and text that no longer fits."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.document.document import Document, save_document
from editor.core.document.encodings import first_unencodable, label_of, rank_encodings
from editor.core.errors import DecodeError, FileTooLargeError, UnencodableTextError

JAPANESE = (
    "---\r\ntitle: 昔の記事\r\n---\r\n\r\n# 見出し\r\n\r\n日本語の本文です。①と髙橋さん。\r\n"
)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("昔の記事です。日本語のテキストと漢字。", "shift_jis", {"shift_jis", "cp932"}),
        (JAPANESE, "cp932", {"cp932"}),
        ("昔の記事です。日本語のテキスト", "euc_jp", {"euc_jp"}),
        ("昔の記事です", "iso2022_jp", {"iso2022_jp"}),
        ("中文的文章，简体字。我们是中国人。", "gb18030", {"gb18030"}),
        ("繁體中文的文章，我們是台灣人。", "big5", {"big5"}),
        ("한국어 텍스트입니다 안녕하세요 반갑습니다 여러분", "euc_kr", {"euc_kr"}),
        ("Café crème, naïve façade — déjà vu", "cp1252", {"cp1252"}),
    ],
)
def test_best_guess_is_the_encoding_the_text_was_written_in(
    text: str, codec: str, expected: set[str]
) -> None:
    best = rank_encodings(text.encode(codec))[0]
    assert best.decodes and best.codec in expected


def test_encodings_that_cannot_decode_are_listed_last() -> None:
    guesses = rank_encodings(JAPANESE.encode("cp932"))
    fits = [g.decodes for g in guesses]
    assert fits == sorted(fits, reverse=True)
    assert not next(g for g in guesses if g.codec == "utf-8").decodes


def test_shift_jis_file_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "old.md"
    path.write_bytes(JAPANESE.encode("cp932"))
    with pytest.raises(DecodeError):
        Document.load(path)


@pytest.mark.parametrize("codec", ["shift_jis", "cp932", "euc_jp"])
def test_legacy_file_round_trips_byte_exactly(tmp_path: Path, codec: str) -> None:
    text = JAPANESE if codec == "cp932" else JAPANESE.replace("①と髙橋", "と高橋")
    raw = text.encode(codec)
    path = tmp_path / "old.md"
    path.write_bytes(raw)
    doc = Document.load(path, encoding=codec)
    assert "日本語の本文です。" in doc.text and doc.newline_style == "CRLF"
    save_document(doc, doc.text)
    assert path.read_bytes() == raw


def test_edited_legacy_file_is_saved_in_its_encoding_with_its_newlines(tmp_path: Path) -> None:
    path = tmp_path / "old.md"
    path.write_bytes(JAPANESE.encode("cp932"))
    doc = Document.load(path, encoding="cp932")
    save_document(doc, doc.text + "追記しました。\n")
    assert path.read_bytes() == (JAPANESE + "追記しました。\r\n").encode("cp932")


def test_text_the_encoding_cannot_hold_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    raw = JAPANESE.encode("shift_jis", errors="replace")
    path = tmp_path / "old.md"
    path.write_bytes(raw)
    doc = Document.load(path, encoding="shift_jis")
    with pytest.raises(UnencodableTextError) as caught:
        save_document(doc, doc.text + "絵文字 😀\n")
    assert caught.value.char == "😀" and caught.value.encoding == "Shift_JIS"
    assert (caught.value.line, caught.value.column) == (8, 5)
    assert path.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.md"]


def test_first_unencodable_names_the_character() -> None:
    assert first_unencodable("abc😀", "shift_jis") == (3, "😀")
    assert first_unencodable("abc", "shift_jis") is None


def test_status_labels_use_the_names_people_know() -> None:
    assert label_of("shift_jis") == "Shift_JIS" and label_of("cp932") == "CP932"
    assert Document("x", encoding="euc_jp").encoding_label == "EUC-JP"


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(FileTooLargeError) as caught:
        Document.load(path, max_bytes=1024)
    assert (caught.value.size, caught.value.limit) == (2048, 1024)


def test_document_knows_its_size_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"# a\n" * 10)
    assert Document.load(path).size == 40
