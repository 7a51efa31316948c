"""Scroll sync across a window resize: both sides keep the line that was at the top (#16 item 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.ui.app.windows import WindowManager
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window, run_js

WORDS = "a sentence of several plain words that wraps in the editor and in the preview"


def _long_post(tmp_path: Path) -> Path:
    path = tmp_path / "long.md"
    paragraphs = [f"Paragraph {i}: " + " ".join([WORDS] * 4) for i in range(200)]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _scrolled_to_the_middle(manager: WindowManager, qtbot: Any, tmp_path: Path) -> MainWindow:
    window = open_window(manager, qtbot, _long_post(tmp_path))
    window.resize(1300, 700)
    qtbot.wait(300)
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # as the writer's wheel does: the preview follows
    line = window.editor.top_line()
    qtbot.waitUntil(lambda: abs(_preview_top(qtbot, window) - line) <= 1, timeout=5000)
    return window


def _preview_top(qtbot: Any, window: MainWindow) -> int:
    return int(run_js(qtbot, window, "window.kosei.topLine()"))


def _drag_to(qtbot: Any, window: MainWindow, width: int, height: int) -> None:
    """Resize in ten steps, one a frame, as dragging the window's edge does."""
    w0, h0 = window.width(), window.height()
    for k in range(1, 11):
        window.resize(w0 + (width - w0) * k // 10, h0 + (height - h0) * k // 10)
        qtbot.wait(16)
    qtbot.wait(500)  # the layout settles (the preview re-wraps in its own process)


def test_dragging_the_window_narrower_and_wider_keeps_the_editors_top_line(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _scrolled_to_the_middle(manager, qtbot, tmp_path)
    line = window.editor.top_line()
    for width, height in [(800, 700), (700, 500), (1200, 700), (1400, 850)]:
        _drag_to(qtbot, window, width, height)
        assert window.editor.top_line() == line, (width, height)
        assert abs(_preview_top(qtbot, window) - line) <= 1, (width, height)


def test_one_resize_brings_the_preview_back_to_the_editors_top_line(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _scrolled_to_the_middle(manager, qtbot, tmp_path)
    line = window.editor.top_line()
    for width, height in [(700, 500), (1300, 700), (760, 820)]:
        window.resize(width, height)
        qtbot.wait(500)
        assert window.editor.top_line() == line, (width, height)
        assert abs(_preview_top(qtbot, window) - line) <= 1, (width, height)


def test_after_a_resize_the_writers_own_preview_scroll_still_moves_the_editor(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _scrolled_to_the_middle(manager, qtbot, tmp_path)
    line = window.editor.top_line()
    _drag_to(qtbot, window, 900, 600)
    run_js(qtbot, window, "window.scrollBy(0, 2000); 1")
    qtbot.waitUntil(lambda: window.editor.top_line() > line + 4, timeout=5000)
    assert abs(_preview_top(qtbot, window) - window.editor.top_line()) <= 1
