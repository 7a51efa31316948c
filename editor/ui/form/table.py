"""Keys outside the preset: a two-column table (key, value) editable in place.

Scalars are edited as text and converted to the type they had; lists and maps
show a summary ("3 items") and are edited as JSON text. Renaming a key is
editing its name cell. The table only emits intents; the form makes the edits.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.frontmatter.edit import format_value
from editor.ui.app.i18n import tr

_EDIT_TEXT = Qt.ItemDataRole.UserRole  # the text an editor starts with (JSON for nested values)
_KEY = Qt.ItemDataRole.UserRole + 1  # the key a row stands for


def summary(value: Any) -> str:
    """One line for a value: nested lists and maps are counted, not spelled out."""
    if isinstance(value, dict):
        return tr("{count} keys").format(count=len(value)) if len(value) != 1 else tr("1 key")
    if isinstance(value, list) and any(isinstance(item, (list, dict)) for item in value):
        return tr("{count} items").format(count=len(value))
    return format_value(value)


def edit_text(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=format_value)
    return "" if value is None else format_value(value)


class _Delegate(QStyledItemDelegate):
    """Opens editors on the edit text, and hands the result to the table instead of the model."""

    def __init__(self, table: OtherKeysTable) -> None:
        super().__init__(table)
        self._table = table

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(_EDIT_TEXT) or ""))

    def setModelData(  # noqa: N802 (Qt name)
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QLineEdit) and editor.text() != index.data(_EDIT_TEXT):
            self._table.cell_edited(index.row(), index.column(), editor.text())

    def updateEditorGeometry(  # noqa: N802 (Qt name)
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]


class OtherKeysTable(QWidget):
    value_edited = Signal(str, str)  # key, text typed
    key_renamed = Signal(str, str)  # old, new
    key_added = Signal(str)
    key_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegate(_Delegate(self))
        self.new_key = QLineEdit()
        self.new_key.setPlaceholderText(tr("New key"))
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(tr("Add key"))
        self.remove_button = QToolButton()
        self.remove_button.setText("−")
        self.remove_button.setToolTip(tr("Remove selected key"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_key, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_key.returnPressed.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._read_only = False
        self._items: list[tuple[str, Any]] | None = None

    def is_editing(self) -> bool:
        return self.table.state() == QAbstractItemView.State.EditingState

    def set_items(self, items: list[tuple[str, Any]]) -> None:
        if items == self._items:
            return  # unchanged: keep the selection and scroll position
        self._items = list(items)
        self.table.setRowCount(len(items))
        for row, (key, value) in enumerate(items):
            self.table.setItem(row, 0, self._item(key, key, key))
            self.table.setItem(row, 1, self._item(summary(value), edit_text(value), key))
        rows = max(1, min(len(items), 6))  # compact: scroll beyond six keys
        height = self.table.horizontalHeader().sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    def _item(self, shown: str, editable: str, key: str) -> QTableWidgetItem:
        item = QTableWidgetItem(shown)
        item.setData(_EDIT_TEXT, editable)
        item.setData(_KEY, key)
        item.setToolTip(editable)
        if self._read_only:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def keys(self) -> list[str]:
        return [self._key_at(row) for row in range(self.table.rowCount())]

    def _key_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(_KEY)) if item is not None else ""

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self._items = None  # rebuild items with the right flags next time
        self._read_only = read_only
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.NoEditTriggers
            if read_only
            else triggers.DoubleClicked | triggers.EditKeyPressed
        )
        for widget in (self.new_key, self.add_button, self.remove_button):
            widget.setEnabled(not read_only)

    def cell_edited(self, row: int, column: int, text: str) -> None:
        key = self._key_at(row)
        if column == 0:
            if text.strip() and text.strip() != key:
                self.key_renamed.emit(key, text.strip())
        else:
            self.value_edited.emit(key, text)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        key = self.new_key.text().strip()
        if key:
            self.new_key.clear()
            self.key_added.emit(key)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.key_removed.emit(self._key_at(row))
