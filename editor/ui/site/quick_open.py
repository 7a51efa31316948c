"""Quick open (Ctrl+P): type part of a title or file name, Enter opens the post."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor.core.site.fuzzy import rank
from editor.core.site.posts import PostEntry
from editor.ui.app.i18n import tr

ROLE = Qt.ItemDataRole.UserRole


class QuickOpenDialog(QDialog):
    def __init__(self, entries: list[PostEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Quick Open"))
        self.resize(560, 420)
        self.entries = entries
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(tr("Title or file name"))
        self.results = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results)
        self.query_edit.textChanged.connect(self._on_query_edit_text_changed)
        self.query_edit.returnPressed.connect(self.accept)
        self.query_edit.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self._on_query_edit_text_changed("")

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[PostEntry]) -> str | None:
        """The key of the chosen post, or None."""
        dialog = cls(entries, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(ROLE)) if item is not None else None

    @Slot(str)
    def _on_query_edit_text_changed(self, text: str) -> None:
        self.results.clear()
        if text.strip():
            order = rank(text, ((e.display_title, e.name) for e in self.entries))
        else:
            order = sorted(
                range(len(self.entries)), key=lambda i: self.entries[i].date, reverse=True
            )[:50]
        for number in order:
            entry = self.entries[number]
            item = QListWidgetItem(f"{entry.display_title}    {entry.path}")
            item.setData(ROLE, entry.path)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.query_edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
            ):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
