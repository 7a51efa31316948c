"""Debounced journaling of a window's unsaved text (a few seconds after typing pauses)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.document.journal import Journal, new_entry_id
from editor.core.errors import DocumentWriteError
from editor.ui.editor.exact_text import exact_text

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 3000


class Autosaver(QObject):
    """Writes the editor's text to the journal when it is modified and typing pauses.

    ``describe`` returns (path, encoding) of the current document; an unmodified
    editor has nothing to lose, so its entry is discarded instead.
    """

    journal_failed = Signal(str)  # the reason, once per failure streak
    typing_paused = Signal()  # after each debounced journal write (auto-save to file hooks in)

    def __init__(
        self,
        editor: QPlainTextEdit,
        journal: Journal,
        describe: Callable[[], tuple[Path | None, str]],
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry_id = new_entry_id()
        self._editor: QPlainTextEdit | None = editor
        self._journal, self._describe = journal, describe
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        editor.textChanged.connect(self._on_editor_text_changed)

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self.timer.start()  # restarting is the debounce

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.flush()
        self.typing_paused.emit()

    def flush(self) -> None:
        """Journal now (or discard when nothing is unsaved)."""
        self.timer.stop()
        if self._editor is None:
            return  # stopped: the window closed
        if not self._editor.document().isModified():
            self.discard()
            return
        path, encoding = self._describe()
        try:
            self._journal.write(self.entry_id, exact_text(self._editor), path, encoding)
        except DocumentWriteError as error:
            log.warning("journal write failed: %s", error)
            if not self._failing:
                self.journal_failed.emit(error.reason)
            self._failing = True
            return
        self._failing = False

    def discard(self) -> None:
        """Forget the entry: after a save, or when the window closes cleanly."""
        self.timer.stop()
        self._journal.discard(self.entry_id)

    def stop(self) -> None:
        """The window is going away cleanly: forget the entry and ignore later edits."""
        if self._editor is not None:
            self._editor.textChanged.disconnect(self._on_editor_text_changed)
            self._editor = None
        self.discard()
