"""Read a text widget's text exactly."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def exact_text(editor: QPlainTextEdit) -> str:
    """The text with "\\n" newlines and non-breaking spaces kept.

    Read through a document-wide cursor because toPlainText() turns non-breaking
    spaces into plain spaces (QTBUG-57552).
    """
    cursor = QTextCursor(editor.document())
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor.selectedText().replace("\u2029", "\n")
