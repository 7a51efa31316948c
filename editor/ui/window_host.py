"""The typed base of MainWindow's mixins: what the mixins may use of the window.

At run time ``WindowHost`` is plain ``object`` so the mixins stay light and the
MRO of ``MainWindow`` is unchanged. For the type checker it is a ``QMainWindow``
that declares the attributes and methods ``MainWindow`` (or another mixin)
provides; mypy then checks that ``MainWindow`` really defines them with these
types, and the mixins need no ``self: MainWindow`` annotations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenu

    from editor.core.document.document import Document
    from editor.core.errors import UnencodableTextError
    from editor.core.settings import Settings
    from editor.ui.checks.controller import ChecksController
    from editor.ui.checks.panel import ChecksPanel
    from editor.ui.editor.markdown_editor import MarkdownEditor
    from editor.ui.form import FrontMatterForm
    from editor.ui.preview.view import PreviewView
    from editor.ui.window.status import StatusBar

    class WindowHost(QMainWindow):
        # Signals and widgets that MainWindow creates.
        open_requested: Signal
        new_window_requested: Signal
        document_saved: Signal
        settings: Settings
        document: Document
        editor: MarkdownEditor
        form: FrontMatterForm
        preview: PreviewView
        panel: ChecksPanel
        checks: ChecksController
        status: StatusBar
        actions_by_name: dict[str, QAction]
        menus: dict[str, QMenu]
        _preview_timer: QTimer

        # Defined by MainWindow.
        def _theme(self) -> str: ...
        @property
        def document_folder(self) -> Path | None: ...
        def set_document(self, document: Document) -> None: ...
        def update_title(self) -> None: ...
        def _on_preview_timer_timeout(self) -> None: ...

        # Defined by one mixin, used by another.
        @property
        def is_modified(self) -> bool: ...
        def _write(self, path: Path, force: bool = False) -> bool: ...
        def read_document(self, path: Path, encoding: str | None = None) -> Document | None: ...
        def _on_unencodable(self, path: Path, error: UnencodableTextError) -> bool: ...

else:
    WindowHost = object
