"""Format menu slots and pasted-image storage of one window's editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from editor.core.document.document import Document
from editor.core.document.pasted_images import save_pasted_image
from editor.core.errors import ImageWriteError
from editor.ui.app.i18n import tr
from editor.ui.dialogs import questions as dialogs
from editor.ui.editor.editing import EditingHelper
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.files import messages
from editor.ui.window.status import StatusBar

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (empty when Qt cannot encode it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; only str works
    buffer.close()
    return bytes(data.data()) if ok else b""


class FormatController(QObject):
    """Bold, italic, code, link, indent and image paste, for the window's editor."""

    def __init__(
        self,
        window: QWidget,
        editor: MarkdownEditor,
        status: StatusBar,
        document: Callable[[], Document],
    ) -> None:
        super().__init__(window)
        self._window = window  # where the focus is asked, and the dialogs' parent
        self.editor = editor
        self._status = status
        self._document = document
        editor.editing.image_paste_requested.connect(self._on_editing_image_paste_requested)

    def _editing(self) -> EditingHelper | None:
        """The editor's helper, unless the writer is typing in another field (form, find bar)."""
        focus = self._window.focusWidget()
        if focus is not None and focus is not self.editor and isinstance(focus, _TEXT_INPUTS):
            return None
        return self.editor.editing

    @Slot()
    def format_bold(self) -> None:
        if helper := self._editing():
            helper.toggle_marker("**")

    @Slot()
    def format_italic(self) -> None:
        if helper := self._editing():
            helper.toggle_marker("*")

    @Slot()
    def format_code(self) -> None:
        if helper := self._editing():
            helper.toggle_marker("`")

    @Slot()
    def format_link(self) -> None:
        if helper := self._editing():
            helper.toggle_link()

    # -- Edit menu: the clipboard acts on whichever field has the focus --------------------------
    def _focused(self) -> QWidget:
        focus = self._window.focusWidget()
        return focus if isinstance(focus, _TEXT_INPUTS[:3]) else self.editor

    @Slot()
    def cut(self) -> None:
        self._focused().cut()  # type: ignore[attr-defined]

    @Slot()
    def copy(self) -> None:
        self._focused().copy()  # type: ignore[attr-defined]

    @Slot()
    def paste(self) -> None:
        self._focused().paste()  # type: ignore[attr-defined]

    @Slot()
    def select_all(self) -> None:
        self._focused().selectAll()  # type: ignore[attr-defined]

    # -- blocks ------------------------------------------------------------------------------
    def _heading(self, level: int) -> None:
        if helper := self._editing():
            helper.blocks.set_heading(level)

    @Slot()
    def heading_1(self) -> None:
        self._heading(1)

    @Slot()
    def heading_2(self) -> None:
        self._heading(2)

    @Slot()
    def heading_3(self) -> None:
        self._heading(3)

    @Slot()
    def plain_paragraph(self) -> None:
        self._heading(0)

    @Slot()
    def insert_table(self) -> None:
        if helper := self._editing():
            helper.blocks.insert_table()

    @Slot()
    def format_table(self) -> None:
        if (helper := self._editing()) and not helper.blocks.format_table():
            self._status.showMessage(tr("Put the cursor in a table to format it."), 5000)

    def _insert(self, text: str, select: str = "") -> None:
        """Insert ``text``; with ``select``, select that part of it for typing over."""
        helper = self._editing()
        if helper is None:
            return
        helper.insert_text(text)
        if select:
            cursor = self.editor.textCursor()
            end = cursor.position()
            start = end - len(text) + text.index(select)
            cursor.setPosition(start)
            cursor.setPosition(start + len(select), cursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)

    def _own_line(self) -> str:
        """A newline to put before a block inserted in the middle of a line."""
        return "\n\n" if self.editor.textCursor().positionInBlock() else ""

    @Slot()
    def insert_image(self) -> None:
        description = tr("description")
        self._insert(f"![{description}](images/)", description)

    @Slot()
    def code_block(self) -> None:
        selected = self.editor.textCursor().selectedText().replace("\u2029", "\n")
        code = selected or "code"
        self._insert(f"{self._own_line()}```\n{code}\n```\n", code)

    @Slot()
    def horizontal_rule(self) -> None:
        self._insert(f"{self._own_line()}\n---\n\n")

    @Slot()
    def footnote(self) -> None:
        """A ``[^n]`` reference at the cursor and its note at the end of the post, to type in."""
        helper = self._editing()
        if helper is None:
            return
        text = self.editor.text()
        number = 1
        while f"[^{number}]" in text:
            number += 1
        helper.insert_text(f"[^{number}]")
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        note = ("" if text.endswith("\n") else "\n") + f"\n[^{number}]: "
        cursor.insertText(note + tr("note"))
        cursor.setPosition(cursor.position() - len(tr("note")), cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    @Slot()
    def indent_lines(self) -> None:
        if helper := self._editing():
            helper.indent(outdent=False)

    @Slot()
    def outdent_lines(self) -> None:
        if helper := self._editing():
            helper.indent(outdent=True)

    @Slot(QImage)
    def _on_editing_image_paste_requested(self, image: QImage) -> None:
        """Store the image in ``images/`` next to the post and link it at the cursor."""
        title = tr("Could not paste the image")
        path = self._document().path
        if path is None:
            text = tr(
                "Save the post first: pasted images are stored in an “images” folder next to it."
            )
            dialogs.show_error(self._window, title, text)
            return
        png = png_bytes(image)
        if not png:
            dialogs.show_error(
                self._window, title, tr("The pasted image could not be converted to PNG.")
            )
            return
        try:
            saved = save_pasted_image(path, png, datetime.now())
        except ImageWriteError as error:
            dialogs.show_error(self._window, title, messages.image_write_error_text(error))
            return
        self.editor.editing.insert_text(saved.markdown)
        # The alt text is selected: the writer types a description over the file name.
        cursor = self.editor.textCursor()
        end = cursor.position()
        start, stop = saved.alt_range
        cursor.setPosition(end - len(saved.markdown) + start)
        cursor.setPosition(end - len(saved.markdown) + stop, cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self._status.showMessage(tr("Image saved as %1").replace("%1", str(saved.path)), 5000)
