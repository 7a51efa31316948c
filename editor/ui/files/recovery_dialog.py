"""Offer back the unsaved text a crashed Kosei left in the journal, one document at a time."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QDateTime, QLocale, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.document.journal import JournalEntry
from editor.ui.app.i18n import plural, tr


class RecoveryChoice(Enum):
    RESTORE = "restore"  # open a window with the text as unsaved changes
    DISCARD = "discard"  # delete the entry
    LATER = "later"  # keep the entry and ask again at the next start


_CHOICES = (RecoveryChoice.RESTORE, RecoveryChoice.DISCARD)


def _choice_label(choice: RecoveryChoice) -> str:
    if choice is RecoveryChoice.RESTORE:
        return tr("Restore")
    return tr("Discard")


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
    def __init__(self, entries: list[JournalEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
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
            len(self.entries),
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
        header = self.table.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(40 + 28 * min(len(self.entries), 5))
        return self.table

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_table_current_item_changed(
        self, item: QTreeWidgetItem | None, _previous: object
    ) -> None:
        if item is None:
            return
        entry = self.entries[self.table.indexOfTopLevelItem(item)]
        self.diff_label.setText(_diff_caption(entry))
        self.diff_view.setPlainText(entry.diff())

    def set_choice(self, index: int, choice: RecoveryChoice) -> None:
        self._combos[index].setCurrentIndex(_CHOICES.index(choice))

    def choices(self) -> list[tuple[JournalEntry, RecoveryChoice]]:
        return [
            (entry, combo.currentData())
            for entry, combo in zip(self.entries, self._combos, strict=True)
        ]

    @classmethod
    def ask(
        cls, parent: QWidget | None, entries: list[JournalEntry]
    ) -> list[tuple[JournalEntry, RecoveryChoice]]:
        """What to do with each entry; "Decide Later" (or closing) keeps them all."""
        dialog = cls(entries, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choices()
        return [(entry, RecoveryChoice.LATER) for entry in entries]


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
