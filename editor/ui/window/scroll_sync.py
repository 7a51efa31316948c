"""Keeps the editor and the preview on the same line: scrolling, clicks and Outline jumps."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.preview.view import PreviewView
from editor.ui.window.outline_panel import OutlinePanel


class ScrollSync(QObject):
    """Each side follows the other's top line and ignores the echo of its own move.

    A window resize re-wraps both sides. The editor keeps its top block by itself; the
    page keeps the line both agreed on and does not report the scroll the re-wrap causes
    (preview.js ``keepAnchor``), so neither side drags the other off its place.
    """

    def __init__(
        self, parent: QObject, editor: MarkdownEditor, preview: PreviewView, outline: OutlinePanel
    ) -> None:
        super().__init__(parent)
        self._editor, self._preview = editor, preview
        self._syncing = False
        editor.top_line_changed.connect(self._on_editor_top_line_changed)
        preview.line_scrolled.connect(self._on_preview_line_scrolled)
        preview.line_activated.connect(self.go_to_line)
        outline.heading_activated.connect(self._on_outline_heading_activated)

    @Slot(int)
    def go_to_line(self, line: int) -> None:
        """The caret to the start of ``line`` (a click in the preview), focus in the editor."""
        cursor = self._editor.textCursor()
        cursor.setPosition(self._editor.position_of(line, 1))
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    @Slot(int)
    def _on_outline_heading_activated(self, line: int) -> None:
        self.go_to_line(line)
        # Both sides put the heading at the top (the editor used to centre it: out of step).
        self._editor.scroll_to_line(line)
        self._preview.scroll_to_line(line)

    @Slot(int)
    def _on_editor_top_line_changed(self, line: int) -> None:
        if not self._syncing:
            self._preview.scroll_to_line(line)

    @Slot(int)
    def _on_preview_line_scrolled(self, line: int) -> None:
        self._syncing = True
        try:
            self._editor.scroll_to_line(line)
        finally:
            self._syncing = False
