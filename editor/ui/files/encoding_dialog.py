"""Ask which encoding a file was written in, with a live preview of each choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.document.encodings import Guess
from editor.ui.app.i18n import tr

_PREVIEW_CHARS = 2000


class EncodingDialog(QDialog):
    """Lists the candidate encodings (best guess first and selected) beside a preview."""

    def __init__(
        self, parent: QWidget | None, name: str, guesses: list[Guess], sample: bytes, message: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encoding_dialog")
        self.setWindowTitle(tr("Reopen with Encoding"))
        self._sample = sample
        layout = QVBoxLayout(self)
        intro = QLabel(
            message or tr("Choose the encoding “%1” was written in.").replace("%1", name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QListWidget()
        self.choices.setObjectName("encoding_choices")
        for guess in guesses:
            label = tr(guess.label)  # "CP932 (Windows Japanese)": the core's CANDIDATES table
            text = label if guess.decodes else tr("%1 (does not fit)").replace("%1", label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, guess.codec)
            if not guess.decodes:
                item.setForeground(self.palette().placeholderText())
            self.choices.addItem(item)
        layout.addWidget(self.choices, 1)
        layout.addWidget(QLabel(tr("Preview:")))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choices.currentRowChanged.connect(self._on_choices_current_row_changed)
        self.choices.itemDoubleClicked.connect(self.accept)
        self.choices.setCurrentRow(0)
        self.resize(560, 480)

    @property
    def codec(self) -> str | None:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot(int)
    def _on_choices_current_row_changed(self, _row: int) -> None:
        codec = self.codec
        text = self._sample.decode(codec, errors="replace") if codec else ""
        self.preview.setPlainText(text[:_PREVIEW_CHARS])

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        name: str,
        guesses: list[Guess],
        sample: bytes = b"",
        message: str = "",
    ) -> str | None:
        """The codec the writer chose, or None when they cancelled."""
        dialog = cls(parent, name, guesses, sample, message)
        try:
            return dialog.codec if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
