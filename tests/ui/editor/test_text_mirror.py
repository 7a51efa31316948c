"""The editor's text mirror equals a whole read of the document after any edit."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from editor.ui.editor.exact_text import exact_text
from editor.ui.editor.markdown_editor import MarkdownEditor

PIECES = ["a", "日本語", "\n", "\n\n", "\u00a0", "😀", "👍🏽 ok", "```\n", "- item\n", "é", ""]
edit = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "undo", "redo", "block"]),
    st.integers(0, 400),
    st.integers(0, 12),
    st.sampled_from(PIECES),
)


def _whole(text: str, position: int) -> int:
    """``position`` moved off the middle of a surrogate pair (where no caret goes)."""
    units = 0
    for char in text:
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > position:
            return units
        units += width
    return units


def _apply(editor: MarkdownEditor, action: str, at: int, length: int, piece: str) -> None:
    doc = editor.document()
    end = doc.characterCount() - 1
    text = exact_text(editor)
    cursor = QTextCursor(doc)
    cursor.setPosition(_whole(text, at % (end + 1)))
    if action == "undo":
        doc.undo()
        return
    if action == "redo":
        doc.redo()
        return
    if action in ("delete", "replace"):
        stop = _whole(text, min(end, cursor.position() + length))
        cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
    if action == "block":  # one undo step of several edits, as the Format menu makes them
        cursor.beginEditBlock()
        cursor.insertText(piece)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.insertText(piece + "x")
        cursor.endEditBlock()
        return
    if action == "delete":
        cursor.removeSelectedText()
    else:
        cursor.insertText(piece)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), st.lists(edit, max_size=12))
def test_the_mirror_follows_every_edit(qtbot: Any, start: str, edits: list) -> None:
    editor = MarkdownEditor()
    editor.set_text(start)
    tracker = editor.mirror.track()
    resyncs = editor.mirror.resyncs
    before = editor.text()
    for action, at, length, piece in edits:
        _apply(editor, action, at, length, piece)
        assert editor.text() == exact_text(editor)
        assert len(editor.mirror) == len(editor.text())
        changed = tracker.take(len(editor.text()))
        if changed is not None:  # what it says was kept is kept
            prefix, suffix = changed
            text = editor.text()
            assert prefix + suffix <= min(len(text), len(before))
            assert text[:prefix] == before[:prefix]
            assert text[len(text) - suffix :] == before[len(before) - suffix :]
        before = editor.text()
    assert editor.mirror.resyncs == resyncs  # edits never needed a whole read
    editor.deleteLater()


def test_loading_a_text_reads_it_whole_once(qtbot: Any) -> None:
    editor = MarkdownEditor()
    editor.set_text("first\u00a0line 😀\n")
    assert editor.text() == "first\u00a0line 😀\n"
    editor.set_text("")
    assert editor.text() == ""
    editor.deleteLater()


def test_positions_after_an_emoji_map_to_python_indices(qtbot: Any) -> None:
    editor = MarkdownEditor()
    editor.set_text("😀😀abc")
    assert editor.mirror.index(4) == 2  # two surrogate pairs before "a"
    cursor = QTextCursor(editor.document())
    cursor.setPosition(5)
    cursor.insertText("X")
    assert editor.text() == "😀😀aXbc"
    editor.deleteLater()
