"""Debounced journaling of a window's unsaved text (a few seconds after typing pauses).

The text is read on the UI thread (from the editor's text mirror) and written on a
worker thread: a journal write is an atomic replace with two fsyncs, 16 ms median and
over half a second on a busy disk (bench/bench_typing_stall.py), which stalled
typing when it ran on the UI thread. One worker per window keeps the writes and
the discard of its entry in order. A pause that comes while a write is still running
does not wait for it: the newest text is written when that write ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.document.journal import Journal, new_entry_id
from editor.core.errors import DocumentWriteError
from editor.ui.app.collector import confine_collection_to_ui_thread
from editor.ui.editor.exact_text import current_text

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
        self._again = False  # a pause came while a write was still on the worker
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        editor.textChanged.connect(self._on_editor_text_changed)
        confine_collection_to_ui_thread()  # Python runs on the journal thread too
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
        self._pending: Future[DocumentWriteError | None] | None = None
        # The worker touches no Qt object: the UI thread looks for its result here.
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._on_poll_timeout)

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self.timer.start()  # restarting is the debounce

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._flush(wait=False)
        self.typing_paused.emit()

    def flush(self) -> None:
        """Journal now and wait for the write (or discard when nothing is unsaved)."""
        self._flush(wait=True)

    def _flush(self, wait: bool) -> None:
        self.timer.stop()
        if wait:
            self._again = False  # this write takes the newest text
        if self._editor is None:
            return  # stopped: the window closed
        if not self._editor.document().isModified():
            self.discard()
            return
        if not wait and self._pending is not None and not self._pending.done():
            # A write is still on the worker (a big post on a busy disk): never wait for it
            # here; the newest text is journaled as soon as it ends (see _on_poll_timeout).
            self._again = True
            return
        path, encoding = self._describe()
        text = current_text(self._editor)
        self._settle()
        if wait:
            self._report(self._write(text, path, encoding))
            return
        self._pending = self._worker.submit(self._write, text, path, encoding)
        self._poll.start()

    def _write(self, text: str, path: Path | None, encoding: str) -> DocumentWriteError | None:
        try:
            self._journal.write(self.entry_id, text, path, encoding)
        except DocumentWriteError as error:
            return error
        return None

    @Slot()
    def _on_poll_timeout(self) -> None:
        pending = self._pending
        if pending is None or pending.done():
            self._poll.stop()
            if pending is not None:
                self._pending = None
                self._report(pending.result())
            if self._again:
                self._again = False
                self._flush(wait=False)

    def _report(self, error: DocumentWriteError | None) -> None:
        if error is None:
            self._failing = False
            return
        log.warning("journal write failed: %s", error)
        if not self._failing:
            self.journal_failed.emit(error.reason)
        self._failing = True

    def _settle(self) -> None:
        """Wait for a write still on the worker, so writes and the discard stay in order."""
        if self._pending is not None:
            self._poll.stop()
            result = self._pending.result()
            self._pending = None
            self._report(result)

    def discard(self) -> None:
        """Forget the entry: after a save, or when the window closes cleanly.

        Behind a write still on the worker the discard is queued, not waited for: an
        auto-save to the file right after the typing pause must not wait for the fsyncs.
        """
        self.timer.stop()
        if self._pending is not None and not self._pending.done():
            self._pending = self._worker.submit(self._discard_entry)
            self._poll.start()
            return
        self._pending = None
        self._journal.discard(self.entry_id)

    def discard_later(self) -> None:
        """Forget the entry on the worker (after a save): the unlink took 6 ms median on
        the UI thread on a busy disk, right after each auto-save to the file."""
        self.timer.stop()
        self._pending = self._worker.submit(self._discard_entry)
        self._poll.start()

    def _discard_entry(self) -> DocumentWriteError | None:
        self._journal.discard(self.entry_id)
        return None

    def stop(self) -> None:
        """The window is going away cleanly: forget the entry and ignore later edits."""
        if self._editor is not None:
            self._editor.textChanged.disconnect(self._on_editor_text_changed)
            self._editor = None
        self.discard()
        self._settle()  # the window is closing: its entry is gone when this returns
        self._worker.shutdown(wait=False)
