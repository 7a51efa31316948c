"""Typed field widgets of the front-matter form.

Each field shows one value and emits ``value_committed(object)`` with the new
Python value when the writer changes it (after a short pause in typing, on
Enter or when focus leaves). ``set_value`` never emits. The form turns a
committed value into a lossless edit through the core.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.frontmatter.edit.dates import parse_date_text
from editor.ui.app.i18n import tr

TYPING_PAUSE_MS = 700  # a pause this long in typing commits the text (one undo step)


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

    def value(self) -> Any:
        return self.edit.toPlainText()

    def accepts(self, value: Any) -> bool:
        return value is None or isinstance(value, str)

    def _normal(self, value: Any) -> Any:
        # YAML block scalars end in a newline the writer never typed.
        return "" if value is None else str(value).rstrip("\n")

    def set_value(self, value: Any) -> None:
        self._timer.stop()
        self._shown = self._normal(value)
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


class DateField(Field):
    """Date or date-time; the written format and offset are kept by the core.

    A value that is no recognisable date (``"yesterday"``) is shown as text.
    """

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QDateTimeEdit()
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.text = TextField(key)
        self.offset = QLabel()
        self.stack = QStackedWidget()
        for widget in (self.date_edit, self.time_edit, self.text):
            self.stack.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.now_button = QToolButton()
        self.now_button.setText(tr("Now"))
        self.now_button.setToolTip(tr("Set to the current date and time"))
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.offset)
        layout.addWidget(self.now_button)
        self.now_button.clicked.connect(self._on_now_button_clicked)
        self._zone: Any = None
        self.date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.time_edit.editingFinished.connect(self._on_time_edit_editing_finished)
        self.text.value_committed.connect(self._on_text_value_committed)

    def value(self) -> Any:
        if self.stack.currentWidget() is self.date_edit:
            day = self.date_edit.date()
            return date(day.year(), day.month(), day.day())
        if self.stack.currentWidget() is self.time_edit:
            micro = self._shown.microsecond if isinstance(self._shown, datetime) else 0
            shown = self.time_edit.dateTime()
            day, time = shown.date(), shown.time()
            return datetime(
                day.year(),
                day.month(),
                day.day(),
                time.hour(),
                time.minute(),
                time.second(),
                micro,
                self._zone,
            )
        text = self.text.value().strip()
        return (parse_date_text(text) or text) if text else None

    def _normal(self, value: Any) -> Any:
        if isinstance(value, str):
            return parse_date_text(value) or value
        return value

    def set_value(self, value: Any) -> None:
        moment = self._normal(value)
        self._shown = moment
        self._zone = moment.tzinfo if isinstance(moment, datetime) else None
        self.offset.setText(
            moment.strftime("%z") if isinstance(moment, datetime) and moment.tzinfo else ""
        )
        if isinstance(moment, datetime):
            self.time_edit.setDateTime(
                QDateTime(
                    QDate(moment.year, moment.month, moment.day),
                    QTime(moment.hour, moment.minute, moment.second),
                )
            )
            self.stack.setCurrentWidget(self.time_edit)
        elif isinstance(moment, date):
            self.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
            self.stack.setCurrentWidget(self.date_edit)
        else:
            self.text.set_value(moment)
            self.text.edit.setPlaceholderText("YYYY-MM-DD")
            self.stack.setCurrentWidget(self.text)

    def set_now(self) -> None:
        """Today for a date-only value; otherwise now, in the value's own offset."""
        current = self.stack.currentWidget()
        if current is self.date_edit:
            self.set_value(date.today())
        elif current is self.time_edit and self._zone is None:
            self.set_value(datetime.now().replace(microsecond=0))  # the file writes local times
        else:
            self.set_value(datetime.now(self._zone).astimezone(self._zone).replace(microsecond=0))
        self._shown = None  # make commit() see a change
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        self.now_button.setEnabled(not read_only)
        self.date_edit.setReadOnly(read_only)
        self.time_edit.setReadOnly(read_only)
        self.text.set_read_only(read_only)

    @Slot()
    def _on_now_button_clicked(self) -> None:
        self.set_now()

    @Slot()
    def _on_date_edit_editing_finished(self) -> None:
        self.commit()

    @Slot()
    def _on_time_edit_editing_finished(self) -> None:
        self.commit()

    @Slot(object)
    def _on_text_value_committed(self, value: object) -> None:
        self.commit()
