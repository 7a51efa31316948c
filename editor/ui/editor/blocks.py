"""Format menu block edits on the editor: headings, tables (insert, Tab between cells, align).

The decisions are in :mod:`editor.core.text.tables`; each edit here is one undo
step. Columns are converted between Python indices and Qt's UTF-16 positions.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.text.tables import SKELETON, cell_start, format_table, set_heading, table_at
from editor.core.text.utf16 import index_of_utf16, utf16_len
from editor.ui.editor.exact_text import current_text

Move = QTextCursor.MoveMode.KeepAnchor


class BlockEditor:
    """Block-level edits of one editor (the window's Format menu and Tab in tables)."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self._editor = editor

    def _where(self) -> tuple[list[str], int, int]:
        lines = current_text(self._editor).split("\n")  # exact: keeps NBSPs (QTBUG-57552)
        cursor = self._editor.textCursor()
        block = cursor.block()
        column = index_of_utf16(lines[block.blockNumber()], cursor.positionInBlock())
        return lines, block.blockNumber(), column

    def _place(self, line: int, column: int, length: int = 0) -> None:
        block = self._editor.document().findBlockByNumber(line)
        start = block.position() + utf16_len(block.text()[:column])
        cursor = self._editor.textCursor()
        cursor.setPosition(start)
        if length:
            cursor.setPosition(start + utf16_len(block.text()[column : column + length]), Move)
        self._editor.setTextCursor(cursor)

    def _replace_lines(self, start: int, end: int, new: list[str]) -> None:
        doc = self._editor.document()
        cursor = QTextCursor(doc)
        first, last = doc.findBlockByNumber(start), doc.findBlockByNumber(end - 1)
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, Move)
        cursor.insertText("\n".join(new))

    def set_heading(self, level: int) -> None:
        lines, line, _column = self._where()
        new = set_heading(lines[line], level)
        if new != lines[line]:
            self._replace_lines(line, line + 1, [new])
        self._place(line, len(new))

    def insert_table(self) -> None:
        """A two-column skeleton on its own lines, the first header cell selected."""
        cursor = self._editor.textCursor()
        before = "" if cursor.positionInBlock() == 0 else "\n\n"
        cursor.insertText(before + SKELETON)
        self._editor.setTextCursor(cursor)
        _lines, line, _column = self._where()
        self._place(line - 3, 2, len("Column 1"))

    def move_cell(self, backwards: bool) -> bool:
        """Tab / Shift+Tab inside a table: the next or previous cell; False outside tables."""
        lines, line, column = self._where()
        region = table_at(lines, line)
        if region is None:
            return False
        target = cell_start(lines[line], column, backwards)
        row = line
        while target is None:
            row += -1 if backwards else 1
            if not region[0] <= row < region[1]:
                return True  # the first or last cell: stay
            starts = [cell_start(lines[row], -1)]
            if backwards:
                found = starts[0]
                while found is not None and (nxt := cell_start(lines[row], found)) is not None:
                    found = nxt
                target = found
            else:
                target = starts[0]
            line = row
        end = lines[line].find(" |", target)
        self._place(line, target, max(0, (end if end >= 0 else target) - target))
        return True

    def format_table(self) -> bool:
        """Line up the pipes of the table under the cursor; False when there is none."""
        lines, line, column = self._where()
        region = table_at(lines, line)
        if region is None:
            return False
        start, end = region
        formatted = format_table(lines[start:end])
        if formatted != lines[start:end]:
            self._replace_lines(start, end, formatted)
        self._place(line, min(column, len(formatted[line - start])))
        return True
