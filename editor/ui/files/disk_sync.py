"""Keeps a window's text and the file on disk in step when another program changes the file.

- Changed on disk, no unsaved edits: the disk version is loaded in place as one
  undo step (Undo shows the previous version), cursor and scroll stay on the
  same text.
- Changed with unsaved edits: the writer chooses (keep mine, load disk, compare).
  Loading the disk version is one undo step too, so nothing is ever lost.
- Deleted or moved away: the text stays, the window is marked and modified;
  Save writes the file back at the same path.

What counts as a change is decided by :mod:`editor.core.document.disk_state` on hashes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication

from editor.core.document.compare import map_lines
from editor.core.document.disk_state import (
    Action,
    Snapshot,
    decide,
    document_from_snapshot,
    take_snapshot,
)
from editor.core.document.document import Document
from editor.core.errors import DocumentReadError
from editor.ui.app.i18n import tr
from editor.ui.files import messages
from editor.ui.files.compare_dialog import CompareDialog
from editor.ui.files.external_change_dialog import Choice, ExternalChangeDialog
from editor.ui.files.file_watch import FileWatcher

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editor.ui.files.host import DocumentWindow

MESSAGE_MS = 10000


class DiskSync(QObject):
    def __init__(self, window: DocumentWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent  # the dialogs' parent
        self._window = window
        self.watcher = FileWatcher(parent)
        self.marked_deleted = False
        self._answered: str | None = None  # a disk version the writer chose to decide later
        self._busy = False
        # Set by the window's auto-save: a write of ours on its worker makes the disk move
        # before the document knows its new hash; look again once it is recorded.
        self.write_in_flight: Callable[[], bool] = lambda: False
        self.watcher.changed.connect(self._on_watcher_changed)
        window.document_saved.connect(self._on_window_document_saved)

    @property
    def title_note(self) -> str:
        return " " + tr("(deleted on disk)") if self.marked_deleted else ""

    def follow(self) -> None:
        """The window loaded or saved its document: watch that path, forget old marks."""
        self.marked_deleted = False
        self._answered = None
        self.watcher.watch(self._window.document.path)

    @Slot(Path)
    def _on_window_document_saved(self, _path: Path) -> None:
        self.follow()
        self._window.update_title()

    @Slot()
    def _on_watcher_changed(self) -> None:
        self.check_now()

    # -- deciding ----------------------------------------------------------------------------
    def check_now(self) -> None:
        path = self._window.document.path
        if path is None or self._busy:
            return
        if self.write_in_flight():
            self.watcher.schedule()
            return
        if QApplication.activeModalWidget() is not None:
            self.watcher.schedule()  # never stack a question on another dialog; look later
            return
        if self.watcher.path != path.absolute():
            self.watcher.watch(path)
        snapshot = take_snapshot(path)
        action = decide(
            self._window.document.disk_hash,
            snapshot,
            local_edits=self._window.editor.text() != self._window.document.text,
            marked_deleted=self.marked_deleted,
            answered_hash=self._answered,
        )
        if action is Action.RELOAD or action is Action.ASK:
            self._changed(snapshot, ask=action is Action.ASK)
        elif action is Action.MARK_DELETED:
            self._mark_deleted()
        elif action is Action.CLEAR_DELETED:
            self._clear_deleted(snapshot)

    def _changed(self, snapshot: Snapshot, ask: bool) -> None:
        try:
            disk = document_from_snapshot(snapshot, self._window.document)
        except DocumentReadError as error:
            self._answered = snapshot.hash  # don't repeat the message for these bytes
            self._show(
                tr("“%1” changed on disk, but the new version cannot be loaded: %2").replace(
                    "%2", messages.read_error_text(error)
                )
            )
            return
        if not ask:
            self._load(disk)
            self._show(tr("Reloaded “%1”: it changed on disk."))
        elif disk.text == self._window.editor.text():
            self._load(disk)  # the disk now holds exactly the unsaved text: nothing to ask
        else:
            self._ask(snapshot, disk)

    def _ask(self, snapshot: Snapshot, disk: Document) -> None:
        name = self._name()
        self._busy = True
        try:
            choice = ExternalChangeDialog.ask(self._parent, name)
            while choice is Choice.COMPARE:
                mine = self._window.editor.text()
                choice = CompareDialog.ask(self._parent, name, disk.text, mine)
                if choice is None:
                    choice = ExternalChangeDialog.ask(self._parent, name)
        finally:
            self._busy = False
        if choice is Choice.LOAD_DISK:
            self._load(disk)
            self._show(tr("Loaded the disk version of “%1”. Undo brings your version back."))
        elif choice is Choice.KEEP_MINE:
            self._keep_mine(snapshot)
        else:
            self._answered = snapshot.hash
            self.marked_deleted = False
            self._window.update_title()
            self._show(tr("“%1” changed on disk. Saving will ask before replacing it."))
        self.watcher.schedule()  # the disk may have moved again while the question was open

    # -- acting ------------------------------------------------------------------------------
    def _load(self, disk: Document) -> None:
        """Put the disk version in the editor as one undo step, keeping cursor and scroll."""
        window, editor = self._window, self._window.editor
        old = editor.text()
        line, column = editor.line_column()
        top = editor.top_line()
        window.document = disk
        self.marked_deleted = False
        editor.replace_text_minimal(disk.text)
        editor.document().setModified(False)
        new_line, new_top = map_lines(old, disk.text, [line, top])
        cursor = editor.textCursor()
        cursor.setPosition(editor.position_of(new_line, column))
        editor.setTextCursor(cursor)
        editor.scroll_to_line(new_top)
        window.status.show_file_format(disk.encoding_label, disk.newline_style)
        window.update_title()
        window.refresh_now()

    def _keep_mine(self, snapshot: Snapshot) -> None:
        """The writer chose their text over this disk version: Save may replace it."""
        self._window.document.disk_hash = snapshot.hash
        self.marked_deleted = False
        self._window.editor.document().setModified(True)  # stays modified even after Undo
        self._window.update_title()
        self._show(tr("Kept your version of “%1”. Saving will replace the version on disk."))

    def _mark_deleted(self) -> None:
        self.marked_deleted = True
        self._window.editor.document().setModified(
            True
        )  # Save (and closing) will offer to write it
        self._window.update_title()
        self._show(
            tr("“%1” was deleted or moved on disk. Your text is still here; Save writes it back.")
        )

    def _clear_deleted(self, snapshot: Snapshot) -> None:
        window = self._window
        self.marked_deleted = False
        in_step = snapshot.hash == window.document.disk_hash
        if in_step and window.editor.text() == window.document.text:
            window.editor.document().setModified(False)
        window.update_title()
        self._show(tr("“%1” is back on disk."))

    def _name(self) -> str:
        path = self._window.document.path
        return path.name if path is not None else tr("untitled")

    def _show(self, text: str) -> None:
        self._window.status.showMessage(text.replace("%1", self._name()), MESSAGE_MS)
