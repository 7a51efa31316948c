"""Side-by-side view of the disk version and the writer's, to choose which to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.document.compare import Row, RowKind, count_differences, side_by_side
from editor.ui.app.i18n import plural, tr
from editor.ui.files.external_change_dialog import Choice

# Background of differing rows on each side, and of the gap facing a one-sided line.
DISK_COLOR = "#ffd9d6"
MINE_COLOR = "#d4f2d2"
GAP_COLOR = "#e6e6e6"
TEXT_COLOR = "#1a1a1a"


class ComparePane(QPlainTextEdit):
    """One read-only side; rows are aligned with the other side (gaps are empty lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # rows must stay aligned
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def show_rows(self, lines: list[str | None]) -> None:
        """One line per row; None (a gap facing a line on the other side) is empty."""
        self.setPlainText("\n".join(line or "" for line in lines))

    def highlight(self, marks: list[tuple[int, str]]) -> None:
        """Give each (row, color) a full-width background."""
        selections = []
        for row, color in marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document().findBlockByNumber(row))
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format.setBackground(QColor(color))  # type: ignore[attr-defined]
            selection.format.setForeground(QColor(TEXT_COLOR))  # type: ignore[attr-defined]
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)

    def highlighted_rows(self) -> list[int]:
        return [s.cursor.blockNumber() for s in self.extraSelections()]  # type: ignore[attr-defined]


def _marks(rows: list[Row], side: str) -> list[tuple[int, str]]:
    own, gap_kind = (
        (DISK_COLOR, RowKind.ONLY_RIGHT) if side == "disk" else (MINE_COLOR, RowKind.ONLY_LEFT)
    )
    marks = []
    for index, row in enumerate(rows):
        if row.kind is RowKind.SAME:
            continue
        marks.append((index, GAP_COLOR if row.kind is gap_kind else own))
    return marks


class CompareDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, disk_text: str, mine_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(tr("Compare “%1”").replace("%1", name))
        self.result_choice: Choice | None = None
        self.rows = side_by_side(disk_text, mine_text)
        self.disk_pane, self.mine_pane = ComparePane(), ComparePane()
        self.disk_pane.setObjectName("disk_pane")
        self.mine_pane.setObjectName("mine_pane")
        self._fill_panes()
        self._link_scrolling()
        layout = QVBoxLayout(self)
        count = count_differences(self.rows)
        self.summary = QLabel(plural("%n line differs.", "%n lines differ.", count))
        layout.addWidget(self.summary)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("On disk")), 0, 0)
        grid.addWidget(QLabel(tr("Your version (unsaved)")), 0, 1)
        grid.addWidget(self.disk_pane, 1, 0)
        grid.addWidget(self.mine_pane, 1, 1)
        layout.addLayout(grid, 1)
        layout.addWidget(self._buttons())
        self.resize(1100, 680)
        self._scroll_to_first_difference()

    def _fill_panes(self) -> None:
        self.disk_pane.show_rows([row.left for row in self.rows])
        self.mine_pane.show_rows([row.right for row in self.rows])
        self.disk_pane.highlight(_marks(self.rows, "disk"))
        self.mine_pane.highlight(_marks(self.rows, "mine"))

    def _link_scrolling(self) -> None:
        for bar_of in (QPlainTextEdit.verticalScrollBar, QPlainTextEdit.horizontalScrollBar):
            left, right = bar_of(self.disk_pane), bar_of(self.mine_pane)
            left.valueChanged.connect(right.setValue)
            right.valueChanged.connect(left.setValue)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.load_button = QPushButton(tr("Load Disk Version"))
        self.keep_button = QPushButton(tr("Keep My Version"))
        box.addButton(self.load_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.load_button.clicked.connect(lambda: self._choose(Choice.LOAD_DISK))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        box.rejected.connect(self.reject)
        return box

    def _choose(self, choice: Choice) -> None:
        self.result_choice = choice
        self.accept()

    def _scroll_to_first_difference(self) -> None:
        first = next((i for i, row in enumerate(self.rows) if row.kind is not RowKind.SAME), 0)
        self.disk_pane.verticalScrollBar().setValue(max(0, first - 3))

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, disk_text: str, mine_text: str
    ) -> Choice | None:
        """KEEP_MINE or LOAD_DISK; None when cancelled (back to the question)."""
        dialog = cls(parent, name, disk_text, mine_text)
        dialog.exec()
        dialog.deleteLater()
        return dialog.result_choice
