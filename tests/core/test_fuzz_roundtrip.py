"""Property tests: whatever text is on disk, load + save gives the same bytes back."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.document.document import Document, save_document

# Any Unicode except NUL (a NUL means "binary" and is refused on load) and lone surrogates.
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")
_NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
_LINES = st.lists(st.tuples(st.text(_CHARS, max_size=30), _NEWLINES), max_size=12)


def _join(lines: list[tuple[str, str]], tail: str) -> str:
    return "".join(line + newline for line, newline in lines) + tail


@settings(max_examples=150, deadline=None)
@given(lines=_LINES, tail=st.text(_CHARS, max_size=10))
def test_unedited_text_saves_byte_exact(tmp_path_factory, lines, tail) -> None:
    raw = _join(lines, tail).encode("utf-8")
    path = Path(tmp_path_factory.mktemp("rt")) / "post.md"
    path.write_bytes(raw)
    doc = Document.load(path)
    save_document(doc, doc.text)
    assert path.read_bytes() == raw


@settings(max_examples=150, deadline=None)
@given(
    fm=st.sampled_from(
        ["---\ntitle: t\n---\n", "+++\ntitle = 't'\n+++\n", '{\n"title": "t"\n}\n', ""]
    ),
    lines=_LINES,
    newline=_NEWLINES,
    bom=st.booleans(),
)
def test_front_matter_documents_round_trip(fm, lines, newline, bom) -> None:
    raw = (fm.replace("\n", newline) + _join(lines, "")).encode("utf-8")
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    doc = Document.from_bytes(raw)
    assert doc.to_bytes(doc.text) == raw


@settings(max_examples=100, deadline=None)
@given(lines=_LINES)
def test_utf16_round_trip(lines) -> None:
    raw = b"\xff\xfe" + _join(lines, "").encode("utf-16-le")
    doc = Document.from_bytes(raw)
    assert doc.to_bytes(doc.text) == raw
