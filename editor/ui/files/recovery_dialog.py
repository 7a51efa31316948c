"""Offer back the unsaved text a crashed Kosei left in the journal, one document at a time.

Journal files that cannot be read back (damaged, planted, nested too deeply) are
listed too, as "could not be read", with Delete or Keep and a Show File button:
they are never silently skipped at every start.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QDateTime, QLocale, QUrl, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.document.journal import JournalEntry, UnreadableEntry
from editor.core.document.names import shown_name
from editor.ui.app.i18n import plural, tr


class RecoveryChoice(Enum):
    RESTORE = "restore"  # open a window with the text as unsaved changes
    DISCARD = "discard"  # delete the entry
    LATER = "later"  # keep the entry and ask again at the next start


_CHOICES = (RecoveryChoice.RESTORE, RecoveryChoice.DISCARD)
_UNREADABLE_CHOICES = (RecoveryChoice.DISCARD, RecoveryChoice.LATER)


def _choice_label(choice: RecoveryChoice, unreadable: bool = False) -> str:
    if choice is RecoveryChoice.RESTORE:
        return tr("Restore")
    if choice is RecoveryChoice.LATER:
        return tr("Keep")
    return tr("Delete") if unreadable else tr("Discard")


class DiffHighlighter(QSyntaxHighlighter):
    """Colours a unified diff: added lines green, removed red, hunk headers blue."""

    def highlightBlock(self, text: str) -> None:  # Qt's name
        colour = None
        if text.startswith(("+++", "---")):
            colour = QColor("#6e7781")
        elif text.startswith("+"):
            colour = QColor("#1a7f37")
        elif text.startswith("-"):
            colour = QColor("#cf222e")
        elif text.startswith("@@"):
            colour = QColor("#0969da")
        if colour is not None:
            fmt = QTextCharFormat()
            fmt.setForeground(colour)
            if text.startswith(("+++", "---", "@@")):
                fmt.setFontWeight(QFont.Weight.Bold)
            self.setFormat(0, len(text), fmt)


class RecoveryDialog(QDialog):
    def __init__(
        self,
        entries: list[JournalEntry],
        parent: QWidget | None = None,
        unreadable: list[UnreadableEntry] | tuple[UnreadableEntry, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.unreadable = list(unreadable)
        self.setWindowTitle(tr("Recover Unsaved Text"))
        self.resize(760, 560)
        self._combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addWidget(self._build_table())
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)
        layout.addWidget(self.diff_label)
        self.diff_view = QPlainTextEdit()
        self.diff_view.setReadOnly(True)
        self.diff_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._highlighter = DiffHighlighter(self.diff_view.document())
        layout.addWidget(self.diff_view, 1)
        buttons = QDialogButtonBox()
        self.show_file_button = QPushButton(tr("Show File"))
        self.show_file_button.setEnabled(False)
        self.show_file_button.clicked.connect(self._on_show_file_button_clicked)
        buttons.addButton(self.show_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = buttons.addButton(tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(
            tr("Decide Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.currentItemChanged.connect(self._on_table_current_item_changed)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)

    def _intro(self) -> QLabel:
        text = plural(
            "Kosei did not close properly last time. Unsaved text of %n document was kept.",
            "Kosei did not close properly last time. Unsaved text of %n documents was kept.",
            len(self.entries) + len(self.unreadable),
        )
        hint = tr(
            "Restore opens it as unsaved changes on top of the file, so you can review and save it. Decide Later keeps everything for the next start."
        )
        label = QLabel(f"<b>{text}</b><br>{hint}")
        label.setWordWrap(True)
        return label

    def _build_table(self) -> QTreeWidget:
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([tr("Document"), tr("Folder"), tr("Last kept"), tr("Action")])
        for entry in self.entries:
            item = QTreeWidgetItem(
                [
                    entry.path.name if entry.path else tr("untitled"),
                    str(entry.path.parent) if entry.path else "",
                    _when(entry.saved_at),
                    "",
                ]
            )
            if entry.path:
                item.setToolTip(1, str(entry.path))
            self.table.addTopLevelItem(item)
            combo = QComboBox()
            for choice in _CHOICES:
                combo.addItem(_choice_label(choice), choice)
            self.table.setItemWidget(item, 3, combo)
            self._combos.append(combo)
        for bad in self.unreadable:
            item = QTreeWidgetItem(
                [
                    shown_name(bad.file.name),
                    shown_name(bad.file.parent),
                    tr("could not be read"),
                    "",
                ]
            )
            item.setToolTip(2, bad.reason)
            self.table.addTopLevelItem(item)
            combo = QComboBox()
            for choice in _UNREADABLE_CHOICES:
                combo.addItem(_choice_label(choice, unreadable=True), choice)
            self.table.setItemWidget(item, 3, combo)
            self._combos.append(combo)
        header = self.table.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(40 + 28 * min(len(self._combos), 5))
        return self.table

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_table_current_item_changed(
        self, item: QTreeWidgetItem | None, _previous: object
    ) -> None:
        if item is None:
            return
        index = self.table.indexOfTopLevelItem(item)
        bad = self._unreadable_at(index)
        self.show_file_button.setEnabled(bad is not None)
        if bad is not None:
            self.diff_label.setText(
                tr("“%1” could not be read: %2")
                .replace("%1", shown_name(bad.file.name))
                .replace("%2", bad.reason)
            )
            self.diff_view.setPlainText("")
            return
        entry = self.entries[index]
        self.diff_label.setText(_diff_caption(entry))
        self.diff_view.setPlainText(entry.diff())

    def _unreadable_at(self, index: int) -> UnreadableEntry | None:
        offset = index - len(self.entries)
        return self.unreadable[offset] if 0 <= offset < len(self.unreadable) else None

    @Slot()
    def _on_show_file_button_clicked(self) -> None:
        item = self.table.currentItem()
        bad = self._unreadable_at(self.table.indexOfTopLevelItem(item)) if item else None
        if bad is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(bad.file.parent)))

    def set_choice(self, index: int, choice: RecoveryChoice) -> None:
        options = _CHOICES if index < len(self.entries) else _UNREADABLE_CHOICES
        self._combos[index].setCurrentIndex(options.index(choice))

    def choices(self) -> list[tuple[JournalEntry | UnreadableEntry, RecoveryChoice]]:
        rows: list[JournalEntry | UnreadableEntry] = [*self.entries, *self.unreadable]
        return [(row, combo.currentData()) for row, combo in zip(rows, self._combos, strict=True)]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        entries: list[JournalEntry],
        unreadable: list[UnreadableEntry] | tuple[UnreadableEntry, ...] = (),
    ) -> list[tuple[JournalEntry | UnreadableEntry, RecoveryChoice]]:
        """What to do with each entry; "Decide Later" (or closing) keeps them all."""
        dialog = cls(entries, parent, unreadable)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choices()
        return [(entry, RecoveryChoice.LATER) for entry in [*entries, *unreadable]]


def _when(saved_at: float) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(int(saved_at * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _diff_caption(entry: JournalEntry) -> str:
    if entry.path is None:
        return tr("An untitled document: all of its text is new.")
    if entry.disk_text() is None:
        return tr("“%1” is no longer on disk: all of the kept text is new.").replace(
            "%1", entry.path.name
        )
    return tr("Kept text compared with “%1” on disk:").replace("%1", entry.path.name)
