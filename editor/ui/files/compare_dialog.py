"""Side-by-side view of the disk version and the writer's, to choose which to keep.

The two versions are the two columns of one table, a row per aligned line:
long lines wrap (a change inside a long Japanese paragraph is seen without
scrolling sideways) and the rows stay aligned however they wrap. In a changed
line the characters that differ are marked in a stronger colour. Long unchanged
stretches are folded into one "… n unchanged lines …" row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.document.compare import (
    Row,
    RowKind,
    Skipped,
    around_changes,
    count_differences,
    inline_changes,
    side_by_side,
)
from editor.ui.app.i18n import plural, tr
from editor.ui.files.external_change_dialog import Choice

# Background of differing rows on each side, and of the gap facing a one-sided line.
DISK_COLOR = "#ffd9d6"
MINE_COLOR = "#d4f2d2"
GAP_COLOR = "#e6e6e6"
# The characters that differ inside a changed line.
DISK_CHANGE_COLOR = "#ff9f96"
MINE_CHANGE_COLOR = "#8fdc89"
TEXT_COLOR = "#1a1a1a"
SIDES = ("disk", "mine")


def _backgrounds(row: Row) -> tuple[str | None, str | None]:
    if row.kind is RowKind.SAME:
        return None, None
    if row.kind is RowKind.ONLY_LEFT:
        return DISK_COLOR, GAP_COLOR
    if row.kind is RowKind.ONLY_RIGHT:
        return GAP_COLOR, MINE_COLOR
    return DISK_COLOR, MINE_COLOR


class CompareView(QTextEdit):
    """The read-only table: column 0 the disk version, column 1 the writer's."""

    def __init__(self, rows: list[Row | Skipped], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        document = QTextDocument(self)
        document.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        document.setUndoRedoEnabled(False)
        self.table = _fill(document, rows)
        self.setDocument(document)

    def cell_text(self, row: int, side: str) -> str:
        cell = self.table.cellAt(row, SIDES.index(side))
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def cell_background(self, row: int, side: str) -> str | None:
        brush = self.table.cellAt(row, SIDES.index(side)).format().background()
        return brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else None

    def cell_foreground(self, row: int, side: str) -> str | None:
        """The text colour set on a cell's first character (None: the palette's)."""
        cell = self.table.cellAt(row, SIDES.index(side))
        iterator = cell.firstCursorPosition().block().begin()
        if iterator.atEnd():
            return None
        brush = iterator.fragment().charFormat().foreground()
        return brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else None

    def marked_text(self, row: int, side: str) -> list[str]:
        """The stretches of a cell drawn as changed characters."""
        strong = QColor(DISK_CHANGE_COLOR if side == "disk" else MINE_CHANGE_COLOR)
        cell = self.table.cellAt(row, SIDES.index(side))
        found: list[str] = []
        block = cell.firstCursorPosition().block()
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().background().color() == strong:
                found.append(fragment.text())
            iterator += 1
        return found


def _fill(document: QTextDocument, rows: list[Row | Skipped]) -> QTextTable:
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(1)
    table_format.setCellSpacing(0)
    half = QTextLength(QTextLength.Type.PercentageLength, 50)
    table_format.setColumnWidthConstraints([half, half])
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    cursor = QTextCursor(document)
    table = cursor.insertTable(max(1, len(rows)), 2, table_format)
    plain = QTextCharFormat()
    plain.setForeground(QColor(TEXT_COLOR))
    skipped = QTextCharFormat(plain)
    skipped.setForeground(QColor("#6e7681"))
    for index, row in enumerate(rows):
        if isinstance(row, Skipped):
            note = plural("… %n unchanged line …", "… %n unchanged lines …", row.count)
            for column in (0, 1):
                table.cellAt(index, column).firstCursorPosition().insertText(note, skipped)
            continue
        left_marks, right_marks = (
            inline_changes(row.left or "", row.right or "")
            if row.kind is RowKind.CHANGED
            else ([], [])
        )
        cells = (
            (row.left, left_marks, DISK_CHANGE_COLOR),
            (row.right, right_marks, MINE_CHANGE_COLOR),
        )
        for column, ((text, marks, strong), background) in enumerate(
            zip(cells, _backgrounds(row), strict=True)
        ):
            cell = table.cellAt(index, column)
            if background is not None:
                cell_format = cell.format()
                cell_format.setBackground(QColor(background))
                cell.setFormat(cell_format)
            # Dark text only on the light marked rows; an unchanged row is drawn in the
            # palette's text colour (dark text on the dark theme's base was unreadable).
            text_format = plain if background is not None else QTextCharFormat()
            _insert_marked(cell.firstCursorPosition(), text or "", marks, text_format, strong)
    return table


def _insert_marked(
    cursor: QTextCursor, text: str, marks: list[tuple[int, int]], plain: QTextCharFormat, color: str
) -> None:
    strong = QTextCharFormat(plain)
    strong.setBackground(QColor(color))
    done = 0
    for start, end in marks:
        cursor.insertText(text[done:start], plain)
        cursor.insertText(text[start:end], strong)
        done = end
    cursor.insertText(text[done:], plain)


class CompareDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, disk_text: str, mine_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(tr("Compare “%1”").replace("%1", name))
        self.result_choice: Choice | None = None
        self.rows = side_by_side(disk_text, mine_text)
        self.shown_rows = around_changes(self.rows)
        self.view = CompareView(self.shown_rows)
        self.view.setObjectName("compare_view")
        layout = QVBoxLayout(self)
        count = count_differences(self.rows)
        self.summary = QLabel(plural("%n line differs.", "%n lines differ.", count))
        layout.addWidget(self.summary)
        heads = QLabel(tr("On disk") + "  |  " + tr("Your version (unsaved)"))
        layout.addWidget(heads)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._buttons())
        self.resize(1100, 680)
        self._scroll_to_first_difference()

    def side_text(self, side: str) -> str:
        """One side as shown, a line per row (a gap facing the other side is empty)."""
        return "\n".join(self.view.cell_text(row, side) for row in range(len(self.shown_rows)))

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
        first = next(
            (
                i
                for i, row in enumerate(self.shown_rows)
                if isinstance(row, Row) and row.kind is not RowKind.SAME
            ),
            0,
        )
        cell = self.view.table.cellAt(max(0, first - 3), 0)
        self.view.setTextCursor(cell.firstCursorPosition())
        self.view.ensureCursorVisible()

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, disk_text: str, mine_text: str
    ) -> Choice | None:
        """KEEP_MINE or LOAD_DISK; None when cancelled (back to the question)."""
        dialog = cls(parent, name, disk_text, mine_text)
        dialog.exec()
        dialog.deleteLater()
        return dialog.result_choice
