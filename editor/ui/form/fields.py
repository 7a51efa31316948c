"""Typed field widgets of the front-matter form.

Each field shows one value and emits ``value_committed(object)`` with the new
Python value when the writer changes it (after a short pause in typing, on
Enter or when focus leaves). ``set_value`` never emits. The form turns a
committed value into a lossless edit through the core.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.ui.app.i18n import tr

TYPING_PAUSE_MS = 700  # a pause this long in typing commits the text (one undo step)


class Absent:
    """Committed by a field to say "remove the key" (the generator's default applies)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = Absent()


class Field(QWidget):
    """Base: the committed-value signal, read-only state and "is it being edited"."""

    value_committed = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._shown: Any = None  # the value last shown (compared before committing)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def accepts(self, value: Any) -> bool:
        """True when this widget can show and edit ``value`` without losing anything."""
        return value is None or isinstance(value, (str, int, float, date))

    def is_editing(self) -> bool:
        return self.isAncestorOf(self.focusWidget()) if self.focusWidget() else False

    def shows(self, value: Any) -> bool:
        """True when the field already shows ``value`` (so a refresh can leave it alone)."""
        return self._normal(value) == self._normal(self.value())

    def _normal(self, value: Any) -> Any:
        return value

    def commit(self) -> None:
        current = self.value()
        if current is not None and not self.shows(self._shown):
            self._shown = current
            self.value_committed.emit(current)


def _count_label() -> QLabel:
    label = QLabel()
    label.setObjectName("charCount")
    label.setEnabled(False)  # drawn dimmed: a hint, not a control
    return label


class TextField(Field):
    """Single-line text, optionally with a character count."""

    def __init__(self, key: str, count: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(False)
        self.count = _count_label() if count else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        if self.count is not None:
            layout.addWidget(self.count)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)

    def value(self) -> Any:
        return self.edit.text()

    def _normal(self, value: Any) -> Any:
        return "" if value is None else str(value)

    def set_value(self, value: Any) -> None:
        self._timer.stop()
        self._shown = self._normal(value)
        self.edit.setText(self._shown)
        self._update_count()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def _update_count(self) -> None:
        if self.count is not None:
            self.count.setText(tr("{count} chars").format(count=len(self.edit.text())))

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self._update_count()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.commit()

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        self._timer.stop()
        self.commit()


class NumberField(TextField):
    """An int or float typed as text; text that is no number is not committed."""

    def value(self) -> Any:
        text = self.edit.text().strip()
        try:
            return int(text)
        except ValueError:
            pass
        try:
            return float(text)
        except ValueError:
            return None

    def _normal(self, value: Any) -> Any:
        return None if value is None or value == "" else value

    def set_value(self, value: Any) -> None:
        super().set_value("" if value is None else str(value))
        self._shown = self._normal(value)


class MultiLineField(Field):
    """Multi-line text (excerpt, description) with a character count."""

    def __init__(self, key: str, count: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.count = _count_label() if count else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        if self.count is not None:
            layout.addWidget(self.count)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.installEventFilter(self)
        self._loading = False
        self._tail = ""

    def value(self) -> Any:
        text = self.edit.toPlainText()
        # The final newline of a "description: >" block was never shown: give it back,
        # so the block keeps its chomping indicator.
        return text + self._tail if text.strip() else text

    def accepts(self, value: Any) -> bool:
        return value is None or isinstance(value, str)

    def _normal(self, value: Any) -> Any:
        # YAML block scalars end in a newline the writer never typed.
        return "" if value is None else str(value).rstrip("\n")

    def set_value(self, value: Any) -> None:
        self._timer.stop()
        self._shown = self._normal(value)
        text = "" if value is None else str(value)
        self._tail = "\n" if text.endswith("\n") and not text.endswith("\n\n") else ""
        self._loading = True
        self.edit.setPlainText(self._shown)
        self._loading = False
        self._update_count()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def _update_count(self) -> None:
        if self.count is not None:
            self.count.setText(tr("{count} chars").format(count=len(self.edit.toPlainText())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self._timer.stop()
            self.commit()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_edit_text_changed(self) -> None:
        self._update_count()
        if not self._loading:
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.commit()


class BoolField(Field):
    """A check box (draft, published); a click commits at once."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.box = QCheckBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.clicked.connect(self._on_box_clicked)

    def value(self) -> Any:
        return self.box.isChecked()

    def accepts(self, value: Any) -> bool:
        return value is None or isinstance(value, bool)

    def _normal(self, value: Any) -> Any:
        return bool(value) if isinstance(value, bool) else None

    def set_value(self, value: Any) -> None:
        self._shown = self._normal(value)
        self.box.setChecked(bool(self._shown))

    def set_read_only(self, read_only: bool) -> None:
        self.box.setEnabled(not read_only)

    @Slot(bool)
    def _on_box_clicked(self, _checked: bool) -> None:
        self.commit()
