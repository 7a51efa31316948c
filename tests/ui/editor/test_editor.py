from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCharFormat

from editor.ui.editor.markdown_editor import MarkdownEditor


def make_editor(qtbot: Any, text: str = "") -> MarkdownEditor:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text(text)
    editor.show()
    return editor


def test_text_keeps_non_breaking_spaces(qtbot: Any) -> None:
    editor = make_editor(qtbot, "a\u00a0b\nc")
    assert editor.text() == "a\u00a0b\nc"


def test_minimal_replace_is_one_undo_step_and_touches_only_the_difference(qtbot: Any) -> None:
    editor = make_editor(qtbot, "one\ntwo\nthree\n")
    editor.replace_text_minimal("one\nTWO!\nthree\n")
    assert editor.text() == "one\nTWO!\nthree\n"
    editor.undo()
    assert editor.text() == "one\ntwo\nthree\n"


def test_line_and_column_follow_the_cursor(qtbot: Any) -> None:
    editor = make_editor(qtbot, "first\n日本語の行")
    moves: list[tuple[int, int]] = []
    editor.cursor_moved.connect(lambda line, column: moves.append((line, column)))
    cursor = editor.textCursor()
    cursor.setPosition(len("first\n日本"))
    editor.setTextCursor(cursor)
    assert editor.line_column() == (2, 3)
    assert moves[-1] == (2, 3)


def test_preedit_is_shown_but_not_in_the_text_until_committed(qtbot: Any) -> None:
    editor = make_editor(qtbot, "前")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.setFocus()
    underline = QTextCharFormat()
    underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    attributes = [
        QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat, 0, 3, underline)
    ]
    editor.inputMethodEvent(QInputMethodEvent("にほん", attributes))
    assert editor.text() == "前"
    assert editor.textCursor().block().layout().preeditAreaText() == "にほん"
    commit = QInputMethodEvent("", [])
    commit.setCommitString("日本")
    editor.inputMethodEvent(commit)
    assert editor.text() == "前日本"
    assert editor.textCursor().block().layout().preeditAreaText() == ""


def test_candidate_window_rectangle_counts_the_viewport_margin(qtbot: Any) -> None:
    editor = make_editor(qtbot, "テキスト")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    rect = editor.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).toRect()  # type: ignore[union-attr]
    assert editor.viewport().pos().x() >= 12
    assert rect == editor.cursorRect().translated(editor.viewport().pos())


def test_scroll_to_line_does_not_move_the_cursor(qtbot: Any) -> None:
    editor = make_editor(qtbot, "\n".join(f"line {i}" for i in range(500)))
    editor.resize(400, 300)
    position = editor.textCursor().position()
    editor.scroll_to_line(250)
    assert abs(editor.top_line() - 250) <= 1
    assert editor.textCursor().position() == position
