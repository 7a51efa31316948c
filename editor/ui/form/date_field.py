"""The date field of the form: the writer types (or pastes) a date and exactly that is written.

Qt's date editors edit one section at a time: Ctrl+A and typing a whole date
replaced only the section under the cursor, so ``2025-12-24 18:05:07`` was
written as ``2026-12-24 18:49:05``. This field is a line edit instead: the
whole text is parsed by the core, text that is no date is marked invalid and
never written, and a calendar button picks a day without touching the time.
The file's own format and offset style are kept by the core when writing.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from editor.core.frontmatter.edit.dates import editable_text, parse_date_text
from editor.ui.app.i18n import tr
from editor.ui.app.theme import ERROR_TEXT
from editor.ui.form.fields import TYPING_PAUSE_MS, Field


class DateField(Field):
    """Date or date-time typed as text; a value that is no date (``"yesterday"``) is shown as is."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("YYYY-MM-DD HH:MM:SS")
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(tr("Pick a day"))
        self.now_button = QToolButton()
        self.now_button.setText(tr("Now"))
        self.now_button.setToolTip(tr("Set to the current date and time"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.now_button)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self._zone: tzinfo | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.now_button.clicked.connect(self._on_now_button_clicked)

    # -- value --------------------------------------------------------------------------------
    def value(self) -> Any:
        """The typed date, or None while the text is no date (nothing is committed then)."""
        moment = parse_date_text(self.edit.text())
        if isinstance(moment, datetime) and moment.tzinfo is None and self._zone is not None:
            moment = moment.replace(tzinfo=self._zone)  # typed without offset: the post's offset
        return moment

    def is_valid(self) -> bool:
        return self.value() is not None or (not self.edit.text().strip() and self._shown is None)

    def _normal(self, value: Any) -> Any:
        if isinstance(value, str):
            return parse_date_text(value) or value
        return value

    def shows(self, value: Any) -> bool:
        return _same_moment(self._normal(value), self.value())

    def set_value(self, value: Any) -> None:
        self._timer.stop()
        moment = self._normal(value)
        self._shown = moment
        self._zone = moment.tzinfo if isinstance(moment, datetime) else None
        if isinstance(moment, date):
            self.edit.setText(editable_text(moment))
        else:
            self.edit.setText("" if moment is None else str(moment))
        self._show_validity(True)

    def commit(self) -> None:
        self._show_validity(self.is_valid())
        current = self.value()
        if current is not None and not _same_moment(current, self._shown):
            self._shown = current
            self.value_committed.emit(current)

    def _show_validity(self, valid: bool) -> None:
        self.edit.setProperty("invalid", not valid)
        # Red text and a reason: the value is not written until it reads as a date.
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.edit.setStyleSheet(
            "" if valid else f"color: {ERROR_TEXT['dark' if dark else 'light']};"
        )
        self.edit.setToolTip(
            "" if valid else tr("Not a date: type it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (+09:00)")
        )

    def set_now(self) -> None:
        """Today for a date-only value; otherwise now, in the value's own offset."""
        if isinstance(self._shown, date) and not isinstance(self._shown, datetime):
            moment: date = date.today()
        elif self._zone is None:
            moment = datetime.now().replace(microsecond=0)  # the file writes local times
        else:
            moment = datetime.now(self._zone).replace(microsecond=0)
        self.edit.setText(editable_text(moment))
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)
        self.now_button.setEnabled(not read_only)

    # -- slots --------------------------------------------------------------------------------
    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self._show_validity(True)  # judged after the pause, not at every keystroke
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.commit()

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        self._timer.stop()
        self.commit()

    @Slot()
    def _on_now_button_clicked(self) -> None:
        self.set_now()

    @Slot()
    def _on_calendar_button_clicked(self) -> None:
        current = self.value()
        if isinstance(current, date):
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()

    @Slot(QDate)
    def _on_calendar_clicked(self, day: QDate) -> None:
        self.calendar.hide()
        current = self.value()
        picked = date(day.year(), day.month(), day.day())
        if isinstance(current, datetime):
            picked = current.replace(year=picked.year, month=picked.month, day=picked.day)
        self.edit.setText(editable_text(picked))
        self.commit()


def _same_moment(a: Any, b: Any) -> bool:
    # 13:00+09:00 equals 04:00Z as a time, but the writer typed another text: compare fields.
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None) and a.utcoffset() == b.utcoffset()
    return type(a) is type(b) and bool(a == b)
