"""Files the OS asks us to open through ``QEvent.FileOpen`` (macOS).

On macOS a document double-clicked in Finder or dropped on the Dock icon never
reaches ``argv``: the system sends the running application a ``QFileOpenEvent``.
The first ones can arrive while ``app.exec()`` starts, before any window
exists, so the collector keeps them until :meth:`FileOpenCollector.start_delivery`
is called and then emits them in one batch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent


def path_from_event(event: QFileOpenEvent) -> Path | None:
    """The local file an event names, or None for a non-file URL."""
    name = event.file() or event.url().toLocalFile()
    return Path(name) if name else None


class FileOpenCollector(QObject):
    """Event filter on the application that turns FileOpen events into ``files_opened``.

    ``files_opened`` carries ``list[Path]``. Events that arrive close together
    (Finder sends one per selected file) are delivered as one list.
    """

    files_opened = Signal(list)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._pending: list[Path] = []
        self._delivering = False
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._on_batch_timer_timeout)
        app.installEventFilter(self)

    def pending(self) -> list[Path]:
        """Paths received but not yet delivered."""
        return list(self._pending)

    def start_delivery(self) -> None:
        """Emit what arrived so far (on the next event-loop turn) and all later files."""
        self._delivering = True
        if self._pending:
            self._batch_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = path_from_event(event)
        if path is None:
            return False
        self._pending.append(path)
        if self._delivering:
            self._batch_timer.start()
        return True

    @Slot()
    def _on_batch_timer_timeout(self) -> None:
        paths, self._pending = self._pending, []
        if paths:
            self.files_opened.emit(paths)
