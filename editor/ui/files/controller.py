"""New, Open, Save, Save As, Recent, other encodings and the unsaved-changes prompt of one window.

A file that is not UTF-8/UTF-16 opens only through the encoding dialog; the
document remembers the codec and saves back in it (or, when the new text cannot
be written in it, offers UTF-8 and otherwise writes nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from editor.core.document.document import Document, save_document
from editor.core.document.encodings import rank_encodings
from editor.core.document.names import shown_name
from editor.core.document.safe_read import read_regular
from editor.core.errors import (
    DecodeError,
    DocumentReadError,
    DocumentWriteError,
    FileChangedOnDiskError,
    UnencodableTextError,
)
from editor.core.frontmatter.naming import suggested_name
from editor.core.settings import Settings
from editor.ui.app.i18n import tr
from editor.ui.dialogs import questions as dialogs
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.files import messages
from editor.ui.files.encoding_dialog import EncodingDialog
from editor.ui.window.status import StatusBar

_SAMPLE_BYTES = 64 * 1024  # what the encoding dialog previews and guesses from


class FileController(QObject):
    """The window's file actions; the window gives it the widgets and document it may touch."""

    open_requested = Signal(list)  # list[Path]
    new_window_requested = Signal()
    document_saved = Signal(Path)
    title_changed = Signal()  # saved or renamed: the window title must follow
    # Set by the site feature: where an untitled post of the window's site would go.
    suggest_path: Callable[[str], Path | None] | None = None
    # Set by the auto-save: wait for its background write before this reads or writes the file.
    settle_writes: Callable[[], None] | None = None

    def __init__(
        self,
        window: QWidget,
        editor: MarkdownEditor,
        settings: Settings,
        status: StatusBar,
        document: Callable[[], Document],
        set_document: Callable[[Document], None],
        preset: Callable[[], str] = lambda: "generic",
    ) -> None:
        super().__init__(window)
        self._preset = preset  # the site the form shows: names a new post Jekyll- or Hugo-style
        # The folder of the window this one was opened from (Ctrl+N): where a new post is saved.
        self.origin_folder: Path | None = None
        self._window = window  # parent of the dialogs
        self._editor = editor
        self._settings = settings
        self._status = status
        self._document = document
        self._set_document = set_document
        self._recent_menu: QMenu | None = None

    # -- loading -----------------------------------------------------------------------------
    def load_path(self, path: Path) -> bool:
        """Open ``path`` in this window; on error show one message and change nothing."""
        document = self.read_document(path)  # asks for an encoding / reports errors itself
        if document is None:
            return False
        self._set_document(document)
        self._settings.add_recent(path.resolve())
        self.rebuild_recent_menu()
        return True

    @property
    def is_pristine(self) -> bool:
        """An untitled, empty, unmodified window that a newly opened file may replace."""
        return self._document().path is None and not self.is_modified and not self._editor.text()

    @property
    def is_modified(self) -> bool:
        return self._editor.document().isModified()

    def read_document(self, path: Path, encoding: str | None = None) -> Document | None:
        """Load ``path``; on a decode error ask for an encoding; on others show one message."""
        self._settle_writes()
        try:
            return Document.load(path, encoding, max_bytes=self._settings.max_file_bytes)
        except DecodeError as error:
            if encoding is not None:  # the writer's own choice does not fit either
                self._show_read_error(error)
                return None
            return self._load_with_chosen_encoding(path, messages.decode_choice_text(error))
        except DocumentReadError as error:
            self._show_read_error(error)
            return None

    def _show_read_error(self, error: DocumentReadError) -> None:
        dialogs.show_error(self._window, tr("Could not open file"), messages.read_error_text(error))

    def _load_with_chosen_encoding(self, path: Path, message: str) -> Document | None:
        self._settle_writes()
        try:
            sample = read_regular(path, _SAMPLE_BYTES, truncate=True)
        except DocumentReadError as error:  # a FIFO: refused, never waited on
            self._show_read_error(error)
            return None
        except OSError as error:
            self._show_read_error(DocumentReadError(path, error.strerror or str(error)))
            return None
        codec = EncodingDialog.ask(self._window, path.name, rank_encodings(sample), sample, message)
        if codec is None:
            return None
        return self.read_document(path, codec)

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def new_document(self) -> None:
        self.new_window_requested.emit()

    @Slot()
    def open_dialog(self) -> None:
        path = self._document().path
        paths = dialogs.ask_open_paths(self._window, str(path.parent) if path else "")
        if paths:
            self.open_requested.emit(paths)

    @Slot()
    def reopen_with_encoding(self) -> None:
        path = self._document().path
        if path is None:
            self._status.showMessage(tr("Only a saved file can be reopened."), 5000)
            return
        message = messages.reopen_text(path.name, self.is_modified)
        document = self._load_with_chosen_encoding(path, message)
        if document is not None:
            self._set_document(document)

    @Slot()
    def save(self) -> bool:
        path = self._document().path
        if path is None:
            return self.save_as()
        return self.write(path)

    @Slot()
    def save_as(self) -> bool:
        current = self._document().path
        proposed = self.suggest_path(self._editor.text()) if self.suggest_path else None
        suggested = str(current or proposed or self._new_post_path())
        path = dialogs.ask_save_path(self._window, suggested)
        if path is None:
            return False
        return self.write(path)

    def _new_post_path(self) -> Path:
        """Title and date make the name; the origin window's or the last used folder holds it."""
        name = suggested_name(self._editor.text(), self._preset(), date.today())
        folders = [self.origin_folder] if self.origin_folder else []
        folders += [Path(p).parent for p in self._settings.recent_files[:1]]
        folder = next((f for f in folders if f.is_dir()), Path.home())
        return folder / name

    def write(self, path: Path, force: bool = False) -> bool:
        """Save the editor's text to ``path``; asks when the file changed on disk."""
        self._settle_writes()  # an earlier auto-save may not land after this one
        text = self._editor.verified_text()
        try:
            save_document(self._document(), text, path, force=force)
        except UnencodableTextError as error:
            return self._on_unencodable(path, error)
        except FileChangedOnDiskError:
            if dialogs.ask_overwrite_changed(self._window, path.name):
                return self.write(path, force=True)
            return False
        except DocumentWriteError as error:
            dialogs.show_error(
                self._window, tr("Could not save file"), messages.write_error_text(error)
            )
            return False
        self._editor.document().setModified(False)
        self._settings.add_recent(path.resolve())
        self.rebuild_recent_menu()
        self.title_changed.emit()
        self.document_saved.emit(path)
        return True

    def _on_unencodable(self, path: Path, error: UnencodableTextError) -> bool:
        """Offer UTF-8 when the text no longer fits the file's encoding; else write nothing."""
        if not dialogs.ask_save_as_utf8(self._window, messages.unencodable_text(error)):
            return False
        document = self._document()
        before = document.encoding, document.bom
        document.encoding, document.bom = "utf-8", b""
        if not self.write(path):
            document.encoding, document.bom = before
            return False
        self._status.show_file_format(document.encoding_label, document.newline_style)
        return True

    def maybe_save(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        self._settle_writes()  # closing mid-write: the write finishes and counts first
        if not self.is_modified:
            return True
        path = self._document().path
        if path is not None and not path.exists():
            choice = dialogs.ask_save_deleted(self._window, path.name)  # nothing else is left
        else:
            choice = dialogs.ask_save_changes(self._window, path.name if path else tr("untitled"))
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    def _settle_writes(self) -> None:
        if self.settle_writes is not None:
            self.settle_writes()

    # -- recent files ------------------------------------------------------------------------
    def set_recent_menu(self, menu: QMenu) -> None:
        self._recent_menu = menu
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self) -> None:
        menu = self._recent_menu
        if menu is None:
            return
        menu.clear()
        for name in self._settings.recent_files:
            action = menu.addAction(shown_name(name))
            action.triggered.connect(
                lambda _checked=False, p=name: self.open_requested.emit([Path(p)])
            )
        menu.setEnabled(bool(self._settings.recent_files))
