"""The Markdown text editor: exact text access, minimal edits, spans and scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from editor.core.checks.findings import Span
from editor.core.text.utf16 import Utf16Offsets
from editor.ui.editor.editing import EditingHelper
from editor.ui.editor.highlighter import MarkdownHighlighter
from editor.ui.editor.text_mirror import TextMirror

MARK_TEXT = "#1f2328"
_MARK_LAYERS = {"find_range": 0, "find": 2}  # every other mark name is layer 1


class MarkdownEditor(QPlainTextEdit):
    cursor_moved = Signal(int, int)  # 1-based line, 1-based column
    top_line_changed = Signal(int)  # 1-based first visible line, on user scrolling

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(self.wordWrapMode())
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(12)
        self.setFont(font)
        self.setViewportMargins(12, 0, 0, 0)  # breathing room left of the text
        self.setTabChangesFocus(False)
        self.mirror = TextMirror(self.document())  # before the highlighter: sees edits first
        self.highlighter = MarkdownHighlighter(self.document(), parent=self)
        self._extra: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._syncing_scroll = False
        self.cursorPositionChanged.connect(self._on_self_cursor_position_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scrollbar_value_changed)
        self.editing = EditingHelper(self)  # list Enter/Tab, inline toggles, smart paste

    def event(self, event: QEvent) -> bool:
        """Let Ctrl+Z / Ctrl+Shift+Z reach the window's Edit > Undo / Redo actions.

        QPlainTextEdit claims the undo keys for itself; the window's Undo also
        brings back a finding ignored last and keeps the place of an undone fix.
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                if self.window() is not self:  # inside a window: its actions handle the keys
                    event.ignore()
                    return False
        return super().event(event)

    # -- text --------------------------------------------------------------------------------
    def text(self) -> str:
        """The exact text with "\\n" newlines, non-breaking spaces kept (QTBUG-57552).

        Kept up to date from each edit (:mod:`editor.ui.editor.text_mirror`): reading it
        costs nothing however long the post.
        """
        return self.mirror.text

    def verified_text(self) -> str:
        """The text read whole from the document (for saving): corrects the mirror if needed."""
        return self.mirror.verify()

    def set_text(self, text: str) -> None:
        """Replace everything (a load): resets undo history and the modified flag."""
        self.setPlainText(text)
        self.document().setModified(False)

    def replace_text_minimal(self, new_text: str) -> bool:
        """Apply ``new_text`` as one undo step that touches only the part that differs."""
        old = self.text()
        if old == new_text:
            return False
        start = 0
        limit = min(len(old), len(new_text))
        while start < limit and old[start] == new_text[start]:
            start += 1
        end_old, end_new = len(old), len(new_text)
        while end_old > start and end_new > start and old[end_old - 1] == new_text[end_new - 1]:
            end_old -= 1
            end_new -= 1
        offsets = Utf16Offsets(old)  # Qt positions count UTF-16 units (emoji count twice)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end_old), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_text[start:end_new])
        cursor.endEditBlock()
        return True

    # -- positions ---------------------------------------------------------------------------
    def line_column(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.blockNumber() + 1, cursor.positionInBlock() + 1

    def position_of(self, line: int, column: int) -> int:
        """Document position of a 1-based line/column, clamped to the text."""
        doc = self.document()
        block = doc.findBlockByNumber(max(0, min(line - 1, doc.blockCount() - 1)))
        return block.position() + max(0, min(column - 1, block.length() - 1))

    def span_cursor(self, span: Span) -> QTextCursor:
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.setPosition(self.position_of(span.line, span.column))
        end_block = doc.findBlockByNumber(max(0, min(span.end_line - 1, doc.blockCount() - 1)))
        if span.end_column <= 0:
            end = end_block.position() + end_block.length() - 1
        else:
            end = end_block.position() + min(span.end_column, end_block.length() - 1)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_span(self, span: Span) -> None:
        """Select ``span`` with its first line in view (a long finding's start would scroll
        off-screen if the view followed the cursor to the selection's end)."""
        forward = self.span_cursor(span)
        cursor = QTextCursor(self.document())
        cursor.setPosition(forward.selectionEnd())
        cursor.setPosition(forward.selectionStart(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()  # on the first line: the cursor end is the span's start

    def mark_spans(self, name: str, spans: list[Span], color: str) -> None:
        """Background highlight for ``spans`` (e.g. the related copy of a finding)."""
        self._set_marks(name, [self.span_cursor(span) for span in spans], color)

    def mark_ranges(self, name: str, ranges: list[tuple[int, int]], color: str) -> None:
        """Background highlight for (start, end) Qt positions; other names' marks are kept."""
        cursors = []
        for start, end in ranges:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursors.append(cursor)
        self._set_marks(name, cursors, color)

    def mark_underlines(self, name: str, ranges: list[tuple[int, int]], color: str) -> None:
        """Wavy underline (the spell-check style) under (start, end) Qt positions."""
        selections = []
        for start, end in ranges:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = selection.format  # type: ignore[attr-defined]
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor(color))
            selections.append(selection)
        self._extra[name] = selections
        self._show_marks()

    def marks(self, name: str) -> list[tuple[int, int]]:
        """(start, end) Qt positions of the marks called ``name``."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd())  # type: ignore[attr-defined]
            for s in self._extra.get(name, [])
        ]

    def _set_marks(self, name: str, cursors: list[QTextCursor], color: str) -> None:
        selections = []
        for cursor in cursors:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format.setBackground(QColor(color))  # type: ignore[attr-defined]
            # Marks are pale in both themes: dark text keeps them readable on the dark theme.
            selection.format.setForeground(QColor(MARK_TEXT))  # type: ignore[attr-defined]
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)  # type: ignore[attr-defined]
            selections.append(selection)
        self._extra[name] = selections
        self._show_marks()

    def _show_marks(self) -> None:
        # Later selections paint over earlier ones: find matches go last, so a match stays
        # visible inside a finding's marks, and the find-in-selection range goes first.
        names = sorted(self._extra, key=lambda n: _MARK_LAYERS.get(n, 1))
        self.setExtraSelections([s for n in names for s in self._extra[n]])

    # -- scrolling ---------------------------------------------------------------------------
    def top_line(self) -> int:
        return self.firstVisibleBlock().blockNumber() + 1

    def scroll_to_line(self, line: int) -> None:
        """Put ``line`` at the top without moving the cursor (used by preview sync)."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        self._syncing_scroll = True
        try:
            self.verticalScrollBar().setValue(block.firstLineNumber())
        finally:
            self._syncing_scroll = False

    @Slot(int)
    def _on_scrollbar_value_changed(self, _value: int) -> None:
        if not self._syncing_scroll:
            self.top_line_changed.emit(self.top_line())

    @Slot()
    def _on_self_cursor_position_changed(self) -> None:
        line, column = self.line_column()
        self.cursor_moved.emit(line, column)

    # -- input methods -----------------------------------------------------------------------
    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:  # type: ignore[override]  # Qt's name
        """Place the IME candidate window at the cursor, counting the viewport margins.

        QPlainTextEdit reports the cursor rectangle in viewport coordinates; with
        viewport margins the candidate window would sit left of the text.
        """
        if query in (Qt.InputMethodQuery.ImCursorRectangle, Qt.InputMethodQuery.ImAnchorRectangle):
            cursor = self.textCursor()
            if query == Qt.InputMethodQuery.ImAnchorRectangle:
                cursor.setPosition(cursor.anchor())
            rect: QRect = self.cursorRect(cursor)
            return QRectF(rect.translated(self.viewport().pos()))
        return super().inputMethodQuery(query)

    def cursor_rect_in_widget(self) -> QRect:
        return self.cursorRect().translated(self.viewport().pos())

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFont(self.font())
        if family:
            font.setFamily(family)
        font.setPointSize(max(6, size))
        self.setFont(font)

    def viewport_origin(self) -> QPoint:
        return self.viewport().pos()

    # -- paste (smart paste lives in editor/ui/editor/editing.py) -----------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt's name
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt's name
        if not self.editing.insert_mime(source):
            super().insertFromMimeData(source)
