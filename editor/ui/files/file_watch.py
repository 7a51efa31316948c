"""Notices when a file may have changed on disk (the open post, the writer's stylesheet).

Watches the file AND its folder: editors (and our own atomic save) replace a
file by renaming a new one over it, which silently drops a watch on the file
itself; the folder watch still fires, and the file watch is re-armed after
every burst. Bursts (write, rename, chmod...) are debounced into one
``changed`` signal; what changed is decided elsewhere, on content hashes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

DEBOUNCE_MS = 150


class FileWatcher(QObject):
    changed = Signal()  # the file or its folder was touched; compare the content now

    def __init__(self, parent: QObject, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        if isinstance(parent, QWidget):
            # Also look when the writer comes back to the window: a network drive or a
            # full inotify table can miss events, and a look costs one hash.
            parent.installEventFilter(self)

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` (None: stop watching)."""
        self.path = Path(path).absolute() if path is not None else None
        stale = self._watcher.files() + self._watcher.directories()
        if stale:
            self._watcher.removePaths(stale)
        self.rearm()

    def rearm(self) -> None:
        """Add the file and folder again if a replace or delete dropped them."""
        if self.path is None:
            return
        wanted = [str(self.path.parent)] if self.path.parent.is_dir() else []
        if self.path.is_file():
            wanted.append(str(self.path))
        watched = set(self._watcher.files() + self._watcher.directories())
        missing = [name for name in wanted if name not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def watched_paths(self) -> list[str]:
        return sorted(self._watcher.files() + self._watcher.directories())

    def schedule(self) -> None:
        """Compare soon (restarting the wait is the debounce)."""
        if self.path is not None:
            self._timer.start()

    @Slot(str)
    def _on_watcher_file_changed(self, _path: str) -> None:
        self.schedule()

    @Slot(str)
    def _on_watcher_directory_changed(self, _path: str) -> None:
        self.schedule()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.rearm()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.WindowActivate:
            self.schedule()
        return False
