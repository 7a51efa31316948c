"""Outline dock: the post's headings; shows where the cursor is, jumps on click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

if TYPE_CHECKING:  # the Markdown parser loads with the first render, not with the window
    from editor.core.markdown.outline import Heading

ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QListWidget):
    heading_activated = Signal(int)  # 1-based file line of the heading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headings: list[Heading] = []
        self.itemClicked.connect(self._on_self_item_clicked)

    def set_headings(self, headings: list[Heading]) -> None:
        if headings == self._headings:
            return  # emit and redraw only on change
        self._headings = headings
        self.blockSignals(True)
        self.clear()
        for heading in headings:
            item = QListWidgetItem("    " * (heading.level - 1) + heading.text)
            item.setData(ROLE, heading.line)
            self.addItem(item)
        self.blockSignals(False)

    def show_cursor_line(self, line: int) -> None:
        if not self._headings:
            self.clearSelection()
            return
        from editor.core.markdown.outline import heading_at

        current = heading_at(self._headings, line)
        if current is None:
            self.clearSelection()
            return
        self.setCurrentRow(self._headings.index(current))

    @Slot(QListWidgetItem)
    def _on_self_item_clicked(self, item: QListWidgetItem) -> None:
        self.heading_activated.emit(int(item.data(ROLE)))
