"""Notices when the writer saves their own preview stylesheet, so the preview restyles itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

SETTLE_MS = 200  # editors often write a file in several steps; wait for them to finish


class StyleSheetWatcher(QObject):
    changed = Signal()  # the watched file was written (or replaced)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        # Made on first use: most writers never set a stylesheet, and an idle inotify
        # watcher is one more object that must be destroyed on the thread that made it.
        self._watcher: QFileSystemWatcher | None = None
        self._timer: QTimer | None = None

    @property
    def path(self) -> str:
        return self._path

    def watch(self, path: str) -> None:
        """Watch ``path`` ("" watches nothing)."""
        self._path = path.strip()
        self._rewatch()

    def _rewatch(self) -> None:
        if self._watcher is None:
            if not self._path:
                return
            self._watcher = QFileSystemWatcher(self)
            self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
            self._watcher.fileChanged.connect(self._on_watcher_file_changed)
            self._timer.timeout.connect(self._on_timer_timeout)
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        if self._path and Path(self._path).expanduser().is_file():
            self._watcher.addPath(str(Path(self._path).expanduser()))

    @Slot(str)
    def _on_watcher_file_changed(self, _path: str) -> None:
        if self._timer is not None:
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        # Saving through a temporary file replaces the file: the watch is gone, so set it again.
        self._rewatch()
        self.changed.emit()
