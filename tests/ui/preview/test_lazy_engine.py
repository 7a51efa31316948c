"""The window reaches the screen before QtWebEngine starts; all windows share one profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.ui.app.windows import WindowManager
from editor.ui.preview.view import shared_profile
from tests.ui.conftest import preview_text


def test_window_is_shown_before_the_preview_exists(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    [window] = manager.open_paths([post])
    assert window.isVisible()
    assert window.preview.web_view is None  # created on the next turn of the event loop
    assert "First paragraph." in window.editor.text()
    qtbot.waitUntil(lambda: window.preview.ready, timeout=10000)
    assert window.preview.window_was_visible_first
    qtbot.waitUntil(lambda: window.preview.shown_generation > 0, timeout=10000)
    assert "First paragraph." in preview_text(qtbot, window)  # content given early is shown


def test_two_windows_share_one_off_the_record_profile(
    manager: WindowManager, qtbot: Any, post: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere" / "other.md"
    other.parent.mkdir()
    other.write_text("# Other\n\nText.\n", encoding="utf-8")
    first, second = manager.open_paths([post, other])
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.preview.ready, timeout=10000)
    pages = [w.preview.web_view.page() for w in (first, second)]  # type: ignore[union-attr]
    assert pages[0] is not pages[1]
    assert pages[0].profile() is shared_profile() and pages[1].profile() is shared_profile()
    assert shared_profile().isOffTheRecord()
    # Each page keeps its own request guard, rooted in its own document's folder.
    assert first.preview.guard is not second.preview.guard
    assert first.preview.guard.root == post.parent.resolve()
    assert second.preview.guard.root == other.parent.resolve()
