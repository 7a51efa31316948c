"""The find/replace bar under the editor: fields, options, match count; it only emits intents."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.text.search import SearchOptions
from editor.ui.app.i18n import plural, tr

ERROR_STYLE = "color: #c0392b;"


class FindBar(QWidget):
    search_changed = Signal()  # the query or an option changed
    in_selection_toggled = Signal(bool)
    next_requested = Signal()
    previous_requested = Signal()
    replace_requested = Signal()
    replace_all_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.find_field = QLineEdit(placeholderText=tr("Find"))
        self.find_field.setObjectName("find_field")
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(placeholderText=tr("Replace with"))
        self.replace_field.setObjectName("replace_field")
        self.count_label = QLabel()
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(140)
        self.error_label = QLabel()
        self.error_label.setObjectName("find_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.previous_button = self._tool_button("▲", tr("Previous match (Shift+Enter)"))
        self.next_button = self._tool_button("▼", tr("Next match (Enter)"))
        self.close_button = self._tool_button("✕", tr("Close (Esc)"))
        self.replace_button = QPushButton(tr("Replace"))
        self.replace_all_button = QPushButton(tr("Replace All"))
        self.match_case = QCheckBox(tr("Match case"))
        self.whole_word = QCheckBox(tr("Whole word"))
        self.regex = QCheckBox(tr("Regular expression"))
        self.in_selection = QCheckBox(tr("In selection"))
        self.fold_width = QCheckBox(tr("Ignore width (Ａ＝A, ｶ＝カ)"))
        self._lay_out()
        self._connect()
        self.hide()

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.find_field, 0, 0)
        find_tail = QHBoxLayout()
        for widget in (self.count_label, self.previous_button, self.next_button):
            find_tail.addWidget(widget)
        find_tail.addStretch(1)
        find_tail.addWidget(self.close_button)
        grid.addLayout(find_tail, 0, 1)
        grid.addWidget(self.replace_field, 1, 0)
        self._replace_tail = QWidget()
        replace_tail = QHBoxLayout(self._replace_tail)
        replace_tail.setContentsMargins(0, 0, 0, 0)
        replace_tail.addWidget(self.replace_button)
        replace_tail.addWidget(self.replace_all_button)
        replace_tail.addStretch(1)
        grid.addWidget(self._replace_tail, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        options = QHBoxLayout()
        for box in self._option_boxes():
            options.addWidget(box)
        options.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(3)
        outer.addLayout(grid)
        outer.addWidget(self.error_label)
        outer.addLayout(options)

    @Slot(bool)
    def _on_regex_toggled(self, regex: bool) -> None:
        # The group syntax, where the writer looks for it: $1 (VS Code, JavaScript) and \1.
        self.replace_field.setPlaceholderText(
            tr("Replace with ($1 or \\1 = group 1, $& = the match)")
            if regex
            else tr("Replace with")
        )
        self.replace_field.setToolTip(
            tr(
                "Groups: $1 … $99 or \\1, named $<name> or \\g<name>; the whole match $& or $0; "
                "$$ is a dollar sign; \\n a new line, \\t a tab"
            )
            if regex
            else ""
        )

    def _option_boxes(self) -> tuple[QCheckBox, ...]:
        return (self.match_case, self.whole_word, self.regex, self.in_selection, self.fold_width)

    def _connect(self) -> None:
        self.find_field.textChanged.connect(self.search_changed)
        self.replace_field.textChanged.connect(self.search_changed)  # a bad template shows early
        for box in (self.match_case, self.whole_word, self.regex, self.fold_width):
            box.toggled.connect(self.search_changed)
        self.in_selection.toggled.connect(self.in_selection_toggled)
        self.regex.toggled.connect(self._on_regex_toggled)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.replace_button.clicked.connect(self.replace_requested)
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        order = (self.find_field, self.replace_field, *self._option_boxes())
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_requested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Enter finds the next match (Shift+Enter the previous); Enter in Replace replaces."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_field:
                    self.replace_requested.emit()
                elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
        return super().eventFilter(watched, event)

    # -- state -------------------------------------------------------------------------------
    def open(self, query: str | None, with_replace: bool) -> None:
        """Show the bar (with or without the replace row) and focus the find field."""
        if query:
            self.find_field.setText(query)
        self.replace_field.setVisible(with_replace)
        self._replace_tail.setVisible(with_replace)
        self.show()
        self.find_field.selectAll()
        # Replace with a query taken from the selection: the next thing to type is the replacement.
        (self.replace_field if with_replace and query else self.find_field).setFocus()

    def query(self) -> str:
        return self.find_field.text()

    def replacement(self) -> str:
        return self.replace_field.text()

    def replace_visible(self) -> bool:
        return not self.replace_field.isHidden()

    def options(self) -> SearchOptions:
        return SearchOptions(
            match_case=self.match_case.isChecked(),
            whole_word=self.whole_word.isChecked(),
            regex=self.regex.isChecked(),
            fold_width=self.fold_width.isChecked(),
        )

    def show_count(self, current: int, total: int) -> None:
        """``current`` is 1-based, 0 when no match is selected."""
        self.error_label.hide()
        if total == 0:
            text = tr("No results") if self.query() else ""
        elif current > 0:
            text = tr("%1 of %2").replace("%1", f"{current:,}").replace("%2", f"{total:,}")
        else:
            text = plural("%n match", "%n matches", total)
        self.count_label.setText(text)

    def show_note(self, text: str) -> None:
        self.error_label.hide()
        self.count_label.setText(text)

    def show_error(self, message: str) -> None:
        """A red line under the fields (a bad pattern or replacement); the count is cleared."""
        self.count_label.setText("")
        self.error_label.setText(message)
        self.error_label.show()


def with_find_bar(editor: QPlainTextEdit, bar: FindBar) -> QWidget:
    """The editor with the find bar under it, as one widget for the splitter."""
    area = QWidget()
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(editor)
    layout.addWidget(bar)
    return area
