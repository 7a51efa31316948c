from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QTextCharFormat

from editor.ui.app.windows import WindowManager
from tests.ui.conftest import open_window


def _format_at(window: Any, column: int) -> tuple[bool, bool]:
    """(bold, italic) of the highlighting at ``column`` of the first line."""
    block = window.editor.document().firstBlock()
    ranges = [r for r in block.layout().formats() if r.start <= column < r.start + r.length]
    assert ranges
    char_format = QTextCharFormat(ranges[-1].format)
    return char_format.fontWeight() == QFont.Weight.Bold, char_format.fontItalic()


def test_bold_text_is_coloured_bold_not_italic(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bold.md"
    path.write_text("Some **bold** text and *slanted* text\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    assert _format_at(window, len("Some **b")) == (True, False)
    assert _format_at(window, len("Some **bold** text and *s")) == (False, True)


def _colours(editor: Any) -> list[tuple[int, list[tuple[int, int, str, bool]]]]:
    """Each block's state and format ranges (start, length, colour, bold)."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        ranges = [
            (r.start, r.length, r.format.foreground().color().name(), r.format.fontWeight() > 500)
            for r in block.layout().formats()
        ]
        found.append((block.userState(), ranges))
        block = block.next()
    return found


def _fresh(qtbot: Any, text: str) -> list[tuple[int, list[tuple[int, int, str, bool]]]]:
    from editor.ui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text(text)
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=30000)
    return _colours(editor)


LONG = "# Title\n\n" + "\n\n".join(f"Paragraph **{i}** with `code`." for i in range(400)) + "\n"


def _sliced_editor(qtbot: Any) -> Any:
    from editor.ui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text(LONG)
    editor.highlighter.slice_seconds = 0.0  # stop after the first block past each edit
    return editor


def _insert(editor: Any, position: int, text: str, remove: int = 0) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    cursor.setPosition(position + remove, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def test_opening_a_fence_colours_the_rest_in_slices_ending_as_a_full_pass(qtbot: Any) -> None:
    editor = _sliced_editor(qtbot)
    top = LONG.index("Paragraph **0")
    _insert(editor, top, "```\n")
    assert editor.highlighter.busy  # the key's own run stopped early
    assert editor.document().lastBlock().previous().userState() == 0  # not reached yet
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=20000)
    assert _colours(editor) == _fresh(qtbot, editor.text())
    _insert(editor, top, "", remove=4)  # and closing it again
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=20000)
    assert _colours(editor) == _fresh(qtbot, LONG)


def test_edits_while_slices_are_pending_end_in_full_colours(qtbot: Any) -> None:
    editor = _sliced_editor(qtbot)
    _insert(editor, LONG.index("Paragraph **0"), "```\n")
    stopped = editor.highlighter._queued[0].block()
    # Delete the block where the run stopped, and type elsewhere before the slices run.
    _insert(editor, stopped.position() - 1, "", remove=stopped.length())
    _insert(editor, editor.document().characterCount() - 1, "\n```\nafter\n")
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=20000)
    assert _colours(editor) == _fresh(qtbot, editor.text())


def test_a_big_paste_is_coloured_in_slices_ending_as_a_full_pass(qtbot: Any) -> None:
    from editor.ui.editor.highlighter import BIG_EDIT, LATER
    from editor.ui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text("# Kept\n\nBefore the paste.\n")
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=30000)
    pasted = "\n\n".join(
        f"## Part {i}\n\nSome **bold** text and `code`.\n\n```python\nx = {i}\n```"
        for i in range(BIG_EDIT // 60)
    )
    assert len(pasted) >= BIG_EDIT
    editor.highlighter.slice_seconds = 0.0  # a slice is one block
    _insert(editor, len("# Kept\n\n"), pasted + "\n\n")
    # The paste's own run left most of it for the timer: typing goes on meanwhile.
    assert editor.highlighter.busy
    states = []
    block = editor.document().firstBlock()
    while block.isValid():
        states.append(block.userState())
        block = block.next()
    assert states.count(LATER) > len(states) // 2
    editor.highlighter.slice_seconds = 0.005
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=60000)
    assert _colours(editor) == _fresh(qtbot, editor.text())
