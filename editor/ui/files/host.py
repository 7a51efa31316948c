"""What the file features may use of the window they serve, as a protocol (no import of it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from editor.core.document.document import Document
    from editor.core.settings import Settings
    from editor.ui.editor.markdown_editor import MarkdownEditor
    from editor.ui.window.status import StatusBar


class DocumentWindow(Protocol):
    """One post's window as disk sync and the journal see it."""

    document: Document
    settings: Settings
    editor: MarkdownEditor
    status: StatusBar
    document_saved: SignalInstance
    closed: SignalInstance

    @property
    def is_modified(self) -> bool: ...

    def update_title(self) -> None: ...

    def refresh_now(self) -> None: ...
