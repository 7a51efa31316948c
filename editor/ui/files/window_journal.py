"""One window's safety net: journal its unsaved text, and optionally save it to the file.

The journal entry lives while the window has unsaved text: a save or a clean
close (saved, or the writer chose not to save) discards it; a close the writer
cancelled keeps it. With ``Settings.autosave_to_file`` a window that has a file
also saves itself a few seconds after typing pauses, through the same safe save
as Ctrl+S; when the file changed on disk it stops and says so instead of
overwriting, until the writer saves by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from editor.core.document.document import save_document
from editor.core.document.journal import Journal
from editor.core.errors import (
    DocumentWriteError,
    FileChangedOnDiskError,
    UnencodableTextError,
)
from editor.ui.app.i18n import tr
from editor.ui.files import messages
from editor.ui.files.autosave import DEFAULT_DELAY_MS, Autosaver

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
        window.document_saved.connect(self._on_window_document_saved)
        window.closed.connect(self._on_window_closed)

    def _describe(self) -> tuple[Path | None, str]:
        return self._window.document.path, self._window.document.encoding

    @Slot(Path)
    def _on_window_document_saved(self, _path: Path) -> None:
        self.autosaver.discard()
        self.autosave_paused = False  # a deliberate save settles any conflict

    @Slot()
    def _on_window_closed(self) -> None:
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
        """Save without asking anything; on refusal pause auto-saving and say why."""
        window = self._window
        path = window.document.path
        if path is None:
            return False
        try:
            save_document(window.document, window.editor.verified_text(), path)
        except FileChangedOnDiskError:
            self._pause(
                tr(
                    "“%1” was changed by another program, so it was not saved automatically. Save to choose which version to keep."
                ).replace("%1", path.name)
            )
            return False
        except UnencodableTextError as error:  # Save offers UTF-8; saving on its own may not
            self._pause(messages.unencodable_text(error))
            return False
        except DocumentWriteError as error:
            self._pause(messages.write_error_text(error))
            return False
        window.editor.document().setModified(False)
        window.update_title()
        window.document_saved.emit(path)
        return True

    def _pause(self, text: str) -> None:
        self.autosave_paused = True
        self._window.status.showMessage(text)
