"""Markdown editing helpers on the editor: list Enter/Tab, inline toggles, smart paste.

The decisions live in :mod:`editor.core.text.lists` and :mod:`editor.core.text.inline_format`;
this module reads the text around the cursor, applies the returned edit as ONE undo
step and places the selection. Columns are converted between Python indices and Qt's
UTF-16 positions, so characters outside the BMP (emoji, rare kanji) keep cursors right.

While an input method is composing (preedit text on the cursor's line) keys are left
alone: Enter and Tab belong to the IME then.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.text.inline_format import Replacement, link_for_paste, toggle_link, toggle_marker
from editor.core.text.lists import Edit, Region, enter, indent, region_of
from editor.core.text.utf16 import index_of_utf16, utf16_len
from editor.ui.editor.blocks import BlockEditor

Key = Qt.Key
Mod = Qt.KeyboardModifier
Move = QTextCursor.MoveMode.KeepAnchor


class EditingHelper(QObject):
    """Installed on a :class:`QPlainTextEdit` as an event filter; owned by it."""

    image_paste_requested = Signal(QImage)  # an image was pasted; the window stores it

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self.blocks = BlockEditor(editor)
        editor.installEventFilter(self)

    # -- keys --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is not self._editor:
            return False
        # Window shortcuts (Ctrl+K Insert Link included, although X11 also binds it to
        # "delete to end of line") win: QPlainTextEdit does not claim them (checked on xcb).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_press(event)
        return False

    def _key_press(self, event: QKeyEvent) -> bool:
        if self.composing():
            return False
        key = event.key()
        modifiers = event.modifiers() & ~Mod.KeypadModifier
        if key in (Key.Key_Return, Key.Key_Enter) and modifiers == Mod.NoModifier:
            return self.continue_list()
        if key == Key.Key_Tab and modifiers == Mod.NoModifier:
            if not self.blocks.move_cell(backwards=False):  # in a table: the next cell
                self.indent(outdent=False)
            return True
        if key == Key.Key_Backtab:
            if not self.blocks.move_cell(backwards=True):
                self.indent(outdent=True)
            return True
        return False

    def composing(self) -> bool:
        """Whether an input method has uncommitted (preedit) text at the cursor."""
        layout = self._editor.textCursor().block().layout()
        return bool(layout is not None and layout.preeditAreaText())

    # -- lists -------------------------------------------------------------------------------
    def continue_list(self) -> bool:
        """Enter: continue or end a list/quote. False when Enter should just be a newline."""
        cursor = self._editor.textCursor()
        if cursor.hasSelection():
            return False
        lines = self._lines()
        line = cursor.blockNumber()
        edit = enter(lines, line, index_of_utf16(lines[line], cursor.positionInBlock()))
        if edit is None:
            return False
        self.apply(edit, lines)
        return True

    def indent(self, outdent: bool) -> None:
        """Tab / Shift+Tab on the cursor's line or every selected line."""
        cursor = self._editor.textCursor()
        lines = self._lines()
        anchor = self._line_column(lines, cursor.anchor())
        position = self._line_column(lines, cursor.position())
        self.apply(indent(lines, anchor, position, outdent), lines)

    def apply(self, edit: Edit, lines: Sequence[str]) -> None:
        """Apply ``edit`` (computed on ``lines``) as one undo step and place the selection."""
        doc = self._editor.document()
        if edit.changes:
            before = {change.line: lines[change.line] for change in edit.changes}  # as computed
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            for change in reversed(edit.changes):
                text = before[change.line]
                start = doc.findBlockByNumber(change.line).position()
                start += utf16_len(text[: change.column])
                cursor.setPosition(start)
                removed = text[change.column : change.column + change.remove]
                cursor.setPosition(start + utf16_len(removed), Move)
                cursor.insertText(change.insert)
            cursor.endEditBlock()
        selection = QTextCursor(doc)
        selection.setPosition(self._position(*edit.anchor))
        selection.setPosition(self._position(*edit.cursor), Move)
        self._editor.setTextCursor(selection)
        self._editor.ensureCursorVisible()

    def _lines(self) -> Sequence[str]:
        """The text as lines, each read from its block when asked (an Enter in a 1 MB post
        reads a few lines, not the whole text; block text keeps NBSPs, QTBUG-57552 is only
        in toPlainText())."""
        return DocumentLines(self._editor.document())

    def _line_column(self, lines: Sequence[str], position: int) -> tuple[int, int]:
        block = self._editor.document().findBlock(position)
        line = block.blockNumber()
        return line, index_of_utf16(lines[line], position - block.position())

    def _position(self, line: int, column: int) -> int:
        block = self._editor.document().findBlockByNumber(line)
        return block.position() + utf16_len(block.text()[:column])

    # -- inline markers ----------------------------------------------------------------------
    def toggle_marker(self, marker: str) -> None:
        """Bold/italic/code: wrap the selection in ``marker``, unwrap it, or insert a pair."""
        before, selected, after = self._around_selection()
        self._replace(toggle_marker(before, selected, after, marker))

    def toggle_link(self) -> None:
        _before, selected, _after = self._around_selection()
        self._replace(toggle_link(selected))

    def _around_selection(self) -> tuple[str, str, str]:
        """The line text before the selection, the selection, and the line text after it."""
        cursor = self._editor.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        probe = QTextCursor(self._editor.document())
        probe.setPosition(start)
        probe.movePosition(QTextCursor.MoveOperation.StartOfBlock, Move)
        before = probe.selectedText()
        probe.setPosition(end)
        probe.movePosition(QTextCursor.MoveOperation.EndOfBlock, Move)
        after = probe.selectedText()
        return before, cursor.selectedText().replace("\u2029", "\n"), after

    def _replace(self, replacement: Replacement) -> None:
        cursor = self._editor.textCursor()
        start = cursor.selectionStart() - replacement.left
        cursor.setPosition(start)
        cursor.setPosition(self._editor.textCursor().selectionEnd() + replacement.right, Move)
        cursor.insertText(replacement.text)  # a single insertText is one undo step
        text = replacement.text
        cursor.setPosition(start + utf16_len(text[: replacement.select_start]))
        cursor.setPosition(start + utf16_len(text[: replacement.select_end]), Move)
        self._editor.setTextCursor(cursor)

    # -- paste -------------------------------------------------------------------------------
    def insert_mime(self, source: QMimeData) -> bool:
        """Smart paste; False leaves the paste to the editor.

        An image without plain text is handed to the window (spreadsheets put an image
        next to their text, and then the text is what the writer wants). A web address
        pasted over a selection on one line makes a link.
        """
        if source.hasImage() and not source.text():
            image = QImage(source.imageData())
            if not image.isNull():
                self.image_paste_requested.emit(image)
                return True
        if not source.hasText():
            return False
        cursor = self._editor.textCursor()
        if not cursor.hasSelection() or self._in_code(cursor):
            return False
        link = link_for_paste(cursor.selectedText(), source.text())
        if link is None:
            return False
        cursor.insertText(link)
        self._editor.setTextCursor(cursor)
        return True

    def _in_code(self, cursor: QTextCursor) -> bool:
        lines = self._lines()
        return region_of(lines, cursor.blockNumber()) != Region.TEXT

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor (replacing any selection) as one undo step."""
        cursor = self._editor.textCursor()
        cursor.insertText(text)
        self._editor.setTextCursor(cursor)


class DocumentLines(Sequence[str]):
    """The lines of a QTextDocument as a read-only sequence, read block by block."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document

    def __len__(self) -> int:
        return self._document.blockCount()

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        return self._document.findBlockByNumber(index).text()
