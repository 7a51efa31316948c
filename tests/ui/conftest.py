from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from editor.core.document.journal import Journal
from editor.core.settings import Settings
from editor.ui.app.windows import WindowManager
from editor.ui.window.main_window import MainWindow


@pytest.fixture
def manager(qtbot: Any, tmp_path: Path) -> Iterator[WindowManager]:
    journal = Journal(tmp_path / "data" / "journal", owner="tests")
    manager = WindowManager(Settings(), tmp_path / "config" / "settings.json", journal=journal)
    yield manager
    for window in list(manager.windows):
        # a check still running on a worker must finish before its window goes
        qtbot.waitUntil(lambda w=window: not w.checks.runner.busy, timeout=20000)
        window.editor.document().setModified(False)
        window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    # Delete on this thread: left to Python's GC, the manager (and its file watcher) could be
    # destroyed on a worker thread ("Socket notifiers cannot be enabled ... from another thread").
    manager.deleteLater()
    qtbot.wait(20)


def open_window(manager: WindowManager, qtbot: Any, path: Path) -> MainWindow:
    """Open ``path`` and wait until its rendered text is in the preview and checked."""
    [window] = manager.open_paths([path])
    qtbot.waitUntil(lambda: window.preview.ready, timeout=10000)
    qtbot.waitUntil(lambda: window.preview.shown_generation > 0, timeout=10000)
    # The first check starts once the preview shows the post (issue #19): let it finish, so
    # a test's own findings or edits are not overtaken by it.
    qtbot.waitUntil(
        lambda: (
            not (
                window.first_refresh.checks_pending
                or window.checks.runner.busy
                or window.spelling.runner.busy
            )
        ),
        timeout=10000,
    )
    return window


def run_js(qtbot: Any, window: MainWindow, script: str) -> Any:
    box: list[Any] = []
    window.preview.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


def preview_text(qtbot: Any, window: MainWindow) -> str:
    return str(run_js(qtbot, window, "window.kosei ? window.kosei.text() : ''"))


def wait_for_checks(qtbot: Any, window: MainWindow) -> None:
    window.checks.run_now()
    qtbot.waitUntil(lambda: not window.checks.runner.busy, timeout=10000)
    qtbot.wait(10)


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Test post\ntags: [a, b]\n---\n\n# Heading\n\nFirst paragraph.\n\nSecond paragraph.\n",
        encoding="utf-8",
    )
    return path
