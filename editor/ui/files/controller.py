"""New, Open, Save, Save As, Recent and the unsaved-changes prompt, for MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot

from editor.core.document.document import save_document
from editor.core.errors import DocumentWriteError, FileChangedOnDiskError, UnencodableTextError
from editor.ui.app.i18n import tr
from editor.ui.dialogs import questions as dialogs
from editor.ui.files import messages
from editor.ui.window_host import WindowHost


class FileActionsMixin(WindowHost):
    """File handling for :class:`MainWindow`; keeps the window module short."""

    # -- loading -----------------------------------------------------------------------------
    def load_path(self, path: Path) -> bool:
        """Open ``path`` in this window; on error show one message and change nothing."""
        document = self.read_document(path)  # asks for an encoding / reports errors itself
        if document is None:
            return False
        self.set_document(document)
        self.settings.add_recent(path.resolve())
        self.rebuild_recent_menu()
        return True

    @property
    def is_pristine(self) -> bool:
        """An untitled, empty, unmodified window that a newly opened file may replace."""
        return self.document.path is None and not self.is_modified and not self.editor.text()

    @property
    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def new_document(self) -> None:
        self.new_window_requested.emit()

    @Slot()
    def open_dialog(self) -> None:
        folder = str(self.document.path.parent) if self.document.path else ""
        paths = dialogs.ask_open_paths(self, folder)
        if paths:
            self.open_requested.emit(paths)

    @Slot()
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    @Slot()
    def save_as(self) -> bool:
        suggested = str(self.document.path) if self.document.path else tr("untitled") + ".md"
        path = dialogs.ask_save_path(self, suggested)
        if path is None:
            return False
        return self._write(path)

    def _write(self, path: Path, force: bool = False) -> bool:
        text = self.editor.text()
        try:
            save_document(self.document, text, path, force=force)
        except UnencodableTextError as error:
            return self._on_unencodable(path, error)
        except FileChangedOnDiskError:
            if dialogs.ask_overwrite_changed(self, path.name):
                return self._write(path, force=True)
            return False
        except DocumentWriteError as error:
            dialogs.show_error(self, tr("Could not save file"), messages.write_error_text(error))
            return False
        self.editor.document().setModified(False)
        self.settings.add_recent(path.resolve())
        self.rebuild_recent_menu()
        self.update_title()
        self.document_saved.emit(path)
        return True

    def maybe_save(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if not self.is_modified:
            return True
        name = self.document.path.name if self.document.path else tr("untitled")
        choice = dialogs.ask_save_changes(self, name)
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    def rebuild_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for name in self.settings.recent_files:
            action = menu.addAction(name)
            action.triggered.connect(
                lambda _checked=False, p=name: self.open_requested.emit([Path(p)])
            )
        menu.setEnabled(bool(self.settings.recent_files))
