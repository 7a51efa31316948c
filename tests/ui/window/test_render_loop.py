"""The live preview loop: analysis fed the editor's edits, and a notice for slow renders."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.core.markdown.analysis import analyse
from editor.ui.app.i18n import tr
from editor.ui.app.windows import WindowManager
from editor.ui.window import render_loop
from tests.ui.conftest import open_window


def _settle(qtbot: Any, window: Any) -> None:
    loop = window.render_loop
    qtbot.waitUntil(
        lambda: (
            not loop.runner.busy
            and not loop.timer.isActive()
            and window.preview.shown_generation == loop.runner.generation
        ),
        timeout=10000,
    )


def test_the_analysis_fed_the_edits_equals_a_fresh_one(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    paragraphs = "\n\n".join(f"Paragraph {i} with a [link][r]." for i in range(60))
    path.write_text(f"---\ntitle: T\n---\n\n{paragraphs}\n\n[r]: https://e.com/\n", "utf-8")
    window = open_window(manager, qtbot, path)
    editor = window.editor
    for position, keys in [(400, "more "), (900, "\n\n```\n"), (40, "# Head\n\n"), (901, "x")]:
        cursor = editor.textCursor()
        cursor.setPosition(position)
        editor.setTextCursor(cursor)
        for key in keys:  # keyClicks cannot send a newline
            if key == "\n":
                qtbot.keyClick(editor, Qt.Key.Key_Return)
            else:
                qtbot.keyClicks(editor, key)
        _settle(qtbot, window)
        assert window.render_loop.analysis_box[0].blocks == analyse(editor.text()).blocks
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    _settle(qtbot, window)
    assert window.render_loop.analysis_box[0].blocks == analyse(editor.text()).blocks


def test_a_slow_render_says_the_preview_is_updating(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, post)
    real = render_loop.analyse

    def slow(*args: Any) -> Any:
        time.sleep(0.6)
        return real(*args)

    monkeypatch.setattr(render_loop, "analyse", slow)
    qtbot.keyClicks(window.editor, "x")
    notice = tr("Updating the preview…")
    qtbot.waitUntil(lambda: window.status.currentMessage() == notice, timeout=5000)
    _settle(qtbot, window)
    assert window.status.currentMessage() != notice
