"""Tag and category chips with completion from the values sibling posts use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.app.i18n import tr
from editor.ui.form.fields import Field


class FlowLayout(QLayout):
    """Lays widgets left to right and wraps them, like words in a line of text."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and row_height > 0:
                x, y, row_height = rect.x(), y + row_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class ChipsField(Field):
    """A list of short strings shown as removable chips plus an entry with completion.

    ``completions`` is called the first time the entry gets focus (it may scan
    sibling posts, so it is not called on every refresh).
    """

    def __init__(
        self,
        key: str,
        completions: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, parent)
        self._items: list[Any] = []
        self._read_only = False
        self._completions = completions
        self._completion_model = QStringListModel(self)
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("Add and press Enter"))
        completer = QCompleter(self._completion_model, self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chips)
        layout.addWidget(self.entry)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.entry.installEventFilter(self)
        self._rebuild()

    # -- Field ------------------------------------------------------------------------------------
    def value(self) -> Any:
        return list(self._items)

    def accepts(self, value: Any) -> bool:
        scalar = (str, int, float)
        if isinstance(value, list):
            return all(isinstance(item, scalar) for item in value)
        # "rust ssg" may mean two tags to the generator (Jekyll splits on spaces):
        # only a single-word string is safe to turn into a list.
        if isinstance(value, str):
            return not any(char in value for char in " ,\t")
        return value is None or isinstance(value, scalar)

    def _normal(self, value: Any) -> Any:
        if value is None or value == "":
            return []
        return list(value) if isinstance(value, list) else [value]

    def set_value(self, value: Any) -> None:
        self._shown = self._normal(value)
        if self._shown != self._items:
            self._items = list(self._shown)
            self._rebuild()

    def set_read_only(self, read_only: bool) -> None:
        if read_only == self._read_only:
            return
        self._read_only = read_only
        self.entry.setReadOnly(read_only)
        self._rebuild()

    def chip_texts(self) -> list[str]:
        return [str(item) for item in self._items]

    # -- chips ------------------------------------------------------------------------------------
    def add(self, text: str) -> None:
        text = text.strip()
        if not text or text in self.chip_texts() or self._read_only:
            return
        self._items.append(text)
        self._rebuild()
        self.commit()

    def remove(self, index: int) -> None:
        if self._read_only or not 0 <= index < len(self._items):
            return
        del self._items[index]
        self._rebuild()
        self.commit()

    def chip_button(self, index: int) -> QToolButton:
        item = self.flow.itemAt(index)
        assert item is not None
        widget = item.widget()
        assert isinstance(widget, QToolButton)
        return widget

    def _rebuild(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, text in enumerate(self.chip_texts()):
            button = QToolButton(self.chips)
            button.setText(f"{text}  ×" if not self._read_only else text)
            button.setToolTip(tr("Remove “{tag}”").format(tag=text))
            button.setEnabled(not self._read_only)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, i=index: self.remove(i))
            self.flow.addWidget(button)
            button.show()
        self.chips.setVisible(bool(self._items))
        self.chips.updateGeometry()

    def _load_completions(self) -> None:
        if self._completions is None:
            return
        values = self._completions()
        self._completions = None  # once per field: the scan is bounded but not free
        self._completion_model.setStringList(values)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt name)
        if watched is self.entry and event.type() == QEvent.Type.FocusIn:
            self._load_completions()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_entry_return_pressed(self) -> None:
        text = self.entry.text()
        self.entry.clear()
        self.add(text)
