"""One window's safety net: journal its unsaved text, and optionally save it to the file.

The journal entry lives while the window has unsaved text: a save or a clean
close (saved, or the writer chose not to save) discards it; a close the writer
cancelled keeps it. With ``Settings.autosave_to_file`` a window that has a file
also saves itself a few seconds after typing pauses, through the same safe save
as Ctrl+S but with the write on a worker (``background_save``); when the file
changed on disk it stops and says so instead of overwriting, until the writer
saves by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from editor.core.document.journal import Journal
from editor.core.errors import FileChangedOnDiskError, UnencodableTextError
from editor.ui.app.i18n import tr
from editor.ui.files import messages
from editor.ui.files.autosave import DEFAULT_DELAY_MS, Autosaver
from editor.ui.files.background_save import BackgroundSave, SaveResult

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editor.ui.files.host import DocumentWindow


class WindowJournal(QObject):
    def __init__(
        self,
        window: DocumentWindow,
        parent: QWidget,
        journal: Journal,
        delay_ms: int = DEFAULT_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.autosave_paused = False  # set when auto-saving to the file was refused
        self.autosaver = Autosaver(window.editor, journal, self._describe, delay_ms, self)
        self.autosaver.journal_failed.connect(self._on_autosaver_journal_failed)
        self.autosaver.typing_paused.connect(self._on_autosaver_typing_paused)
        self.saver = BackgroundSave(self)  # the auto-save's file write, off the UI thread
        self.saver.finished.connect(self._on_saver_finished)
        self._save_again = False  # the typing paused again while a write was in flight
        self._recording = False  # document_saved comes from a background save's result
        window.document_saved.connect(self._on_window_document_saved)
        window.closed.connect(self._on_window_closed)

    def _describe(self) -> tuple[Path | None, str]:
        return self._window.document.path, self._window.document.encoding

    @Slot(Path)
    def _on_window_document_saved(self, _path: Path) -> None:
        if self._window.is_modified:
            pass  # typed on during a background save: the entry keeps the newer text
        elif self._recording:
            self.autosaver.discard_later()  # after an auto-save: not on the UI thread either
        else:
            self.autosaver.discard()  # a Save by hand: the entry is gone when it returns
        self.autosave_paused = False  # a deliberate save settles any conflict

    @Slot()
    def _on_window_closed(self) -> None:
        self.saver.close()  # a write in flight is finished and recorded first
        self.autosaver.stop()

    @Slot(str)
    def _on_autosaver_journal_failed(self, reason: str) -> None:
        self._window.status.showMessage(
            tr("Could not keep a recovery copy of your text: %1. Save your work.").replace(
                "%1", reason
            )
        )

    @Slot()
    def _on_autosaver_typing_paused(self) -> None:
        window = self._window
        if (
            window.settings.autosave_to_file
            and window.document.path is not None
            and window.is_modified
            and not self.autosave_paused
        ):
            self.save_to_file()

    def save_to_file(self) -> bool:
        """Start a save without asking anything; on refusal pause auto-saving and say why.

        The write runs on a worker; ``_on_saver_finished`` records it. False when nothing
        was started (no file, a write still in flight, or the text cannot be encoded).
        """
        window = self._window
        if window.document.path is None:
            return False
        if self.saver.busy:
            self._save_again = True  # after the write in flight, never beside it
            return False
        try:
            self.saver.start(window.document, window.editor.verified_text())
        except UnencodableTextError as error:  # Save offers UTF-8; saving on its own may not
            self._pause(messages.unencodable_text(error))
            return False
        return True

    @Slot(object)
    def _on_saver_finished(self, result: SaveResult) -> None:
        window = self._window
        if result.document is not window.document:
            return  # the window moved on to another file; that document recorded its save
        path = result.save.target
        if result.error is not None:
            self._save_again = False
        if isinstance(result.error, FileChangedOnDiskError):
            self._pause(
                tr(
                    "“%1” was changed by another program, so it was not saved automatically. Save to choose which version to keep."
                ).replace("%1", path.name)
            )
            return
        if result.error is not None:
            self._pause(messages.write_error_text(result.error))
            return
        if window.editor.text() == result.save.text:  # nothing typed while it was written
            window.editor.document().setModified(False)
        window.update_title()
        self._recording = True
        try:
            window.document_saved.emit(path)
        finally:
            self._recording = False
        if self._save_again:
            # Not right here: this may run inside a Save's settle(), which writes next.
            self._save_again = False
            self.autosaver.timer.start()

    def _pause(self, text: str) -> None:
        self.autosave_paused = True
        self._window.status.showMessage(text)
