"""Auto-save's file write on a worker thread: the write, fsync and rename leave the UI thread.

Saving a 1.5 KB post to its file took 18-24 ms median and up to 188 ms on the UI
thread (bench/bench_typing_stall.py), long enough to drop keystrokes of fast
Japanese input. The UI thread still makes the bytes (``prepare_save``: the
document's newlines and encoding, fast) and records the result; the worker only
gets bytes and a path and touches no Qt object: the UI thread polls for its
result, as the journal worker does.

At most one write is in flight per window. Anything else that reads or writes
the file first calls ``settle()``, which waits for that write and records it, so
a later save is never overtaken by an earlier one and a change on disk is never
mistaken for another program's.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from editor.core.document.document import Document, PendingSave, prepare_save
from editor.core.errors import DocumentWriteError
from editor.ui.app.collector import confine_collection_to_ui_thread

log = logging.getLogger(__name__)

POLL_MS = 20


@dataclass(frozen=True)
class SaveResult:
    """One finished background save: what was written for which document, or why not."""

    document: Document
    save: PendingSave
    error: DocumentWriteError | None


class BackgroundSave(QObject):
    """Writes one window's file on its own worker; results arrive on the UI thread."""

    finished = Signal(object)  # SaveResult, after the document has recorded a success

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        confine_collection_to_ui_thread()  # Python runs on the save thread too
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="file-save")
        self._job: tuple[Document, PendingSave, Future[DocumentWriteError | None]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._closed = False

    @property
    def busy(self) -> bool:
        """A write is on the worker or its result is not recorded yet."""
        return self._job is not None

    def start(self, document: Document, text: str) -> None:
        """Save ``text`` to the document's own file in the background.

        Encoding happens here, so ``UnencodableTextError`` is raised now and nothing is
        written. A write still in flight is settled first (saves stay in order).
        """
        self.settle()
        save = prepare_save(document, text)
        if self._closed:  # the window is going: write now, nothing may be lost
            self._record(document, save, _write(save))
            return
        self._job = (document, save, self._worker.submit(_write, save))
        self._poll.start()

    def settle(self) -> None:
        """Wait for the write in flight (if any) and record its result now."""
        job = self._job
        if job is None:
            return
        self._job = None
        self._poll.stop()
        document, save, future = job
        self._record(document, save, future.result())

    def close(self) -> None:
        """The window closes: finish the write in flight and accept no more background work."""
        self.settle()
        self._closed = True
        self._worker.shutdown(wait=True)

    @Slot()
    def _on_poll_timeout(self) -> None:
        if self._job is None or self._job[2].done():
            self.settle()

    def _record(
        self, document: Document, save: PendingSave, error: DocumentWriteError | None
    ) -> None:
        if error is None:
            document.mark_saved(save.text, save.target, save.data)
        else:
            log.info("background save of %s refused: %s", save.target, error)
        self.finished.emit(SaveResult(document, save, error))


def _write(save: PendingSave) -> DocumentWriteError | None:
    """On the worker: plain data in, the error (not raised across threads) out."""
    try:
        save.write()
    except DocumentWriteError as error:
        return error
    return None
