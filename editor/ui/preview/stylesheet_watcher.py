"""Notices when the writer saves their own preview stylesheet, so the preview restyles itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from editor.core.document.safe_read import read_regular
from editor.core.errors import DocumentReadError
from editor.core.markdown.preview_style import MAX_CUSTOM_CSS_BYTES as MAX_CSS_BYTES
from editor.ui.files.file_watch import FileWatcher

SETTLE_MS = 200  # editors often write a file in several steps; wait for them to finish


class StyleSheetWatcher(QObject):
    changed = Signal()  # the watched file was written (or replaced)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        # Made on first use: most writers never set a stylesheet, and an idle inotify
        # watcher is one more object that must be destroyed on the thread that made it.
        self._watcher: FileWatcher | None = None
        self._seen: bytes | None = None  # the stylesheet's bytes when last announced

    @property
    def path(self) -> str:
        return self._path

    def watch(self, path: str) -> None:
        """Watch ``path`` ("" watches nothing)."""
        self._path = path.strip()
        if self._watcher is None:
            if not self._path:
                return
            self._watcher = FileWatcher(self, SETTLE_MS)  # re-arms itself after a replace
            self._watcher.changed.connect(self._on_watcher_changed)
        self._watcher.watch(self._file())
        self._seen = self._read()

    def _file(self) -> Path | None:
        return Path(self._path).expanduser() if self._path else None

    def _read(self) -> bytes | None:
        file = self._file()
        try:
            return read_regular(file, MAX_CSS_BYTES) if file is not None else None
        except (OSError, DocumentReadError):
            return None

    @Slot()
    def _on_watcher_changed(self) -> None:
        # The folder is watched too (to survive replaces): announce only a real change, so
        # other files saved beside the stylesheet do not restyle every window.
        current = self._read()
        if current != self._seen:
            self._seen = current
            self.changed.emit()
