"""At start: offer back what a crashed or killed Kosei left in the journal."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from editor.core.document.document import Document
from editor.core.document.journal import Journal, JournalEntry
from editor.core.errors import DocumentReadError
from editor.ui.app.i18n import tr
from editor.ui.files.recovery_dialog import RecoveryChoice, RecoveryDialog

if TYPE_CHECKING:
    from editor.ui.app.windows import WindowManager
    from editor.ui.files.journal_session import JournalSession
    from editor.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

_DETECTED_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")  # found from the bytes on opening

TEST_TYPE_TEXT_VARIABLE = "KOSEI_TEST_TYPE_TEXT"


def recover_left_behind(manager: WindowManager, session: JournalSession) -> list[MainWindow]:
    """Ask about every entry whose writer is gone; return the windows that were restored.

    Entries with nothing to lose (the same text as the file, or an empty untitled
    document) are discarded without asking.
    """
    try:
        pending = []
        for entry in session.left_behind():
            if _nothing_lost(entry):
                session.journal.discard(entry.entry_id)
            else:
                pending.append(entry)
        if not pending:
            return []
        restored = []
        for entry, choice in RecoveryDialog.ask(None, pending):
            if choice is RecoveryChoice.RESTORE:
                restored.append(restore_entry(manager, entry, session.journal))
            elif choice is RecoveryChoice.DISCARD:
                session.journal.discard(entry.entry_id)
        return restored
    finally:
        session.release_claims()


def _nothing_lost(entry: JournalEntry) -> bool:
    if entry.path is None:
        return not entry.text
    return not entry.differs_from_disk()


def restore_entry(manager: WindowManager, entry: JournalEntry, journal: Journal) -> MainWindow:
    """A window with the entry's text as unsaved changes on top of its file (if any).

    The new window journals the text under its own id before the old entry is
    removed, so a crash during recovery still loses nothing.
    """
    window = manager.new_window()
    if entry.path is not None:
        if not (entry.path.is_file() and _load_file(window, entry.path, entry.encoding)):
            # Gone (or unreadable): keep the path so Save writes it; a file that is
            # there but unreadable is not overwritten without asking (no known hash).
            document = Document.from_text("", entry.path)
            document.encoding = entry.encoding
            window.set_document(document)
    window.editor.replace_text_minimal(entry.text)  # one undo step back to the file
    if window.journaling is not None:
        window.journaling.autosaver.flush()  # also stops the timer: no auto-save to file yet
    journal.discard(entry.entry_id)
    window.status.showMessage(tr("Recovered unsaved text. Review it and save to keep it."))
    # Once saved, the advice is done with.
    window.document_saved.connect(
        lambda _path: window.status.clearMessage(), Qt.ConnectionType.SingleShotConnection
    )
    return window


def _load_file(window: MainWindow, path: Path, encoding: str) -> bool:
    """Open the entry's file; one journaled in another encoding than UTF-8/16 reopens in it."""
    if encoding.lower() not in _DETECTED_ENCODINGS:
        try:
            document = Document.load(path, encoding, window.settings.max_file_bytes)
        except DocumentReadError:  # rewritten in another encoding since: ask as usual
            return window.files.load_path(path)
        window.set_document(document)
        return True
    return window.files.load_path(path)


def type_test_text(manager: WindowManager) -> None:
    """Test hook: ``KOSEI_TEST_TYPE_TEXT`` is typed at the end of the last window's text.

    Lets a test make a real Kosei process hold unsaved text before it kills it
    (offscreen there is no keyboard to type with). Does nothing when unset.
    """
    text = os.environ.get(TEST_TYPE_TEXT_VARIABLE)
    if not text or not manager.windows:
        return
    editor = manager.windows[-1].editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(text)
    log.info("typed %d test characters", len(text))
