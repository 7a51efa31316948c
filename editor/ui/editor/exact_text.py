"""Read a text widget's text exactly."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def current_text(editor: QPlainTextEdit) -> str:
    """The exact text, from the editor's text mirror when it keeps one (no whole read)."""
    mirror = getattr(editor, "mirror", None)
    return mirror.text if mirror is not None else exact_text(editor)


def exact_text(editor: QPlainTextEdit) -> str:
    """The text with "\\n" newlines and non-breaking spaces kept.

    Read through a document-wide cursor because toPlainText() turns non-breaking
    spaces into plain spaces (QTBUG-57552).
    """
    cursor = QTextCursor(editor.document())
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor.selectedText().replace("\u2029", "\n")
