"""Qt objects caught in reference cycles are freed on the UI thread, never on a pool thread."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject

from editor.ui.app.collector import confine_collection_to_ui_thread
from editor.ui.app.workers import BackgroundRunner


class _InACycle(QObject):
    """Owned by Python, kept alive only by a cycle, with a child that has a socket notifier."""

    def __init__(self, folder: Path, died_on: list[threading.Thread]) -> None:
        super().__init__()
        self.died_on = died_on
        self.me = self
        self.watcher = QFileSystemWatcher([str(folder)], self)

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread())


def _leave_cyclic_garbage() -> int:
    # Each list refers to itself: only the cycle collector frees them, and their count
    # crosses the youngest generation's threshold (700) several times over.
    for _ in range(5000):
        junk: list[Any] = []
        junk.append(junk)
    return 5000


def test_a_qt_object_in_a_cycle_is_freed_on_the_ui_thread_while_a_worker_allocates(
    qtbot: Any, tmp_path: Path
) -> None:
    assert confine_collection_to_ui_thread()
    assert not gc.isenabled()
    runner = BackgroundRunner()
    gc.collect()  # start from empty generations, as an automatic collection would
    died_on: list[threading.Thread] = []
    _InACycle(tmp_path, died_on)  # garbage at once
    with qtbot.waitSignal(runner.finished, timeout=10000):
        runner.submit(_leave_cyclic_garbage)
    qtbot.waitUntil(lambda: bool(died_on), timeout=5000)
    assert died_on == [threading.main_thread()]
    runner.deleteLater()
